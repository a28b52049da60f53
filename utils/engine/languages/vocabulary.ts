// The news words of each language the engine reads, into English words the engine stems as it stems
// English: what happened (leak, recording, transcript, call), who reports it (agency, envoy, adviser,
// intelligence) and the places every story of world news names. Curated general news vocabulary, not any
// one story's words; each entry is a word's stem as the language inflects it (a prefix), so one entry serves
// every case and tense ("розмов" is розмова, розмови, розмовою). An entry written "=word" matches that word
// only, for stems too short to be prefixes ("мир" is peace, "мирон" is not). Coverage is tested on the
// development fixtures (tests/unit/engine/languages.test.ts, languages-reading.test.ts).

import type { Bridged } from './identify';

// One line per English word: the word, then its stems in the language.
const TABLES: Record<Bridged, string> = {
  uk: `leak злив злит злил витік витоку витоки витоків
recording запис аудіозапис
tape плівк плівок
audio аудіо
transcript стенограм транскрип
call дзвін дзвінк
phone телефон
conversation розмов
publish оприлюдн опублік
publication публікац
reveal розкри викри
intercept перехоп
listen прослух підслух
intelligence розвідк спецслужб
source джерел
confidential конфіденційн
secret таємн секретн
authentic автентичн справжн
fake фейк підробк
confirm підтверд
deny заперечи заперечу спростув
negotiation переговор перемовин
negotiator переговірник перемовник
peace =мир миру мирн
plan план
envoy посланц посланець посланник спецпосланц спецпосланець спецпредставник
adviser радник
advice порад
aide помічник
president президент
kremlin кремл
agency агентств
journalist журналіст
report повідом
question питанн
motive мотив
speculation припущ
theory версі
suspicion підозр
unacceptable неприйнятн
origin походжен
european європ
american америк
russian російськ росіян
russia росі
ukrainian українськ українц
ukraine україн
usa =сша
moscow москв
washington вашингтон
scandal скандал
official посадовц посадовець чиновник офіційн
administration адміністрац
war війн
discussion обговор дискусі
diplomat дипломат
media медіа =змі
global глобальн
begin почал почина розпоча
possibility можлив
technical технічн
senior високопосадов
independent незалежн
researcher дослідник
expert експерт
influence вплив
context контекст
consider вважа
capital столиц
step =крок кроку кроки
visit візит
involved причетн залучен`,
  ru: `leak утечк утечек слив слил
recording запис аудиозапис
tape плёнк пленк
audio аудио
transcript стенограм расшифровк транскрип
call звонок звонк
phone телефон
conversation разговор бесед
publish опубликов
publication публикац
reveal раскры
intercept перехват
listen прослуш послуша подслуш
intelligence разведк спецслужб
source источник
confidential конфиденциальн
secret секретн
authentic подлинн достоверн
fake фейк подделк
confirm подтверд
deny опроверг отрица
negotiation переговор
negotiator переговорщик
peace =мир мира мирн
plan план
envoy посланник спецпредставител спецпосланник
adviser советник
aide помощник
president президент
kremlin кремл
agency агентств
journalist журналист
report сообщ
question вопрос
motive мотив
speculation предполож
suspicion подозрен
unacceptable неприемлем
origin происхожд
european европ
american америк
russian российск русск
russia росси
ukrainian украинск
ukraine украин
usa =сша
moscow москв
washington вашингтон
scandal скандал
official чиновник
administration администрац
war войн
visit визит
involved причастн вовлечен`,
  de: `leak leck geleakt durchsicker durchgesicker zugespielt
recording aufnahm aufzeichn mitschnitt
audio audio
transcript transkript abschrift
call telefonat anruf
phone telefon
conversation gespräch
publish veröffentlich
reveal enthüll
intercept abgefangen abfang abhör abgehört anzapf zapft
intelligence geheimdienst nachrichtendienst
source quelle
confidential vertraulich
secret geheim
authentic echtheit authentisch
fake fälschung gefälscht fake
confirm bestätig
deny bestreit bestritt leugn dementi
negotiation verhandl
negotiator unterhändler
peace frieden
plan plan
envoy gesandt sondergesandt sonderbeauftragt
adviser berater
advice tipp ratschlag ratschläg
president präsident
kremlin kreml
agency agentur nachrichtenagentur
journalist journalist
report bericht
question frage
motive motiv
speculation spekul
suspicion verdacht
unacceptable inakzeptabel unannehmbar
origin herkunft
european europ
american amerikan
russian russisch russen
russia russland
ukrainian ukrainisch ukrainer
ukraine ukrain
moscow moskau
washington washington
scandal skandal
official beamt
administration regierung administration
war krieg
visit besuch
involved beteiligt`,
  fr: `leak fuite
recording enregistr
audio audio
transcript transcription transcrit
call appel
phone téléphon
conversation conversation entretien
publish publié publier publia
publication publication
reveal révél divulg
intercept intercept
listen écout
intelligence renseignement
spy espion
source source
confidential confidentiel
secret secret
authentic authentifi authentique authenticité
fake =faux falsifi
confirm confirm
deny dément démenti
negotiation négociation négocier
negotiator négociateur
peace paix
plan plan
envoy émissaire envoyé
adviser conseiller
advice =conseils
president président
kremlin kremlin
agency agence
journalist journalist
report rapport
question question
motive motif
speculation spécul
theory théorie
suspicion soupçon
unacceptable inacceptable
origin origine
european europ
american améric
russian russe
russia russie
ukrainian ukrainien
ukraine ukrain
moscow moscou
washington washington
scandal scandale
official responsable
administration administration
war guerre
visit visite
involved impliqu`,
  es: `leak filtrac filtrad
recording grabac grabad
audio audio
transcript transcripc
call llamad
phone teléfon telefónic
conversation conversac
publish publicó publicad publicar
publication publicación
reveal revel
intercept intercept
listen escuch
intelligence inteligencia
spy espionaje espía
source fuente
confidential confidencial
secret secret
authentic auténtic autenticidad
fake falso falsa falsedad
confirm confirm
deny desmint negó
negotiation negociac negociar
negotiator negociador
peace =paz
plan plan
envoy enviad
adviser asesor
president president
kremlin kremlin
agency agencia
journalist periodista
report informe
question pregunta
motive motiv
speculation especul
suspicion sospech
unacceptable inaceptable
origin origen
european europe
american estadounidense american
russian =ruso =rusa =rusos =rusas
russia rusia
ukrainian ucranian
ukraine ucrania
moscow moscú
washington washington
scandal escándalo
official funcionari
administration administración gobierno
war guerra
visit visita
involved implicad`,
  it: `leak =leak =fuga =fughe trapelat
recording registrazion registrat
audio audio
transcript trascrizion trascritt
call telefonat chiamat
phone telefon
conversation conversazion colloqui
publish pubblicat pubblicar
publication pubblicazion
reveal rivel
intercept intercett
listen ascolt
intelligence intelligence
spy spia spie spionaggio
source fonte fonti
confidential riservat
secret segret
authentic autentic
fake =falso =falsa =falsi =false
confirm conferm
deny smentit smentisc
negotiation negoziat negoziazion
negotiator negoziator
peace =pace
plan =piano
envoy inviat
adviser consiglier
advice =consigli =consiglio
president president
kremlin cremlino
agency agenzia
journalist giornalist
report rapporto
question domanda
motive motiv
speculation specul
suspicion sospett
unacceptable inaccettabil
origin origine
european europe
american american
russian =russo =russa =russi =russe
russia russia
ukrainian ucrain
ukraine ucraina
moscow mosca
washington washington
scandal scandalo
official funzionari
administration amministrazion governo
war guerra
visit visita
involved coinvolt`,
  pl: `leak wyciek przeciek
recording nagran
record zapis
transcript transkrypc stenogram
call połączen
phone telefon
conversation rozmow
publish opublikow
publication publikac
reveal ujawni
intercept przechwyc podsłuch
intelligence służb
source źródł
confidential poufn
secret tajn
authentic autentycz
fake fałsz
confirm potwierdz
deny zaprzecz dementow
negotiation negocjac
negotiator negocjator
peace pokojow pokoju
plan plan
envoy wysłannik
adviser doradc
advice porad
advise doradz podpowiad
president prezydent
kremlin kreml
agency agencj
journalist dziennikarz
report raport
question pytani
motive motyw
speculation spekul
suspicion podejrz
unacceptable niedopuszczaln
origin pochodzen
european europ
american amerykań
russian rosyjsk rosjan
russia rosj
ukrainian ukraińsk ukraińc
ukraine ukrain
moscow moskw
washington waszyngton
scandal skandal
official urzędni
administration administracj
war wojn
visit wizyt wizyc
involved zaangażowan`,
};

/** One language's table: exact words and stems (longest first), each to its English word. */
export interface Vocabulary {
  exact: Map<string, string>;
  stems: Array<[string, string]>;
}

const parsed = new Map<Bridged, Vocabulary>();

/** The vocabulary of a language, read from its table once. */
export function vocabulary(lang: Bridged): Vocabulary {
  let v = parsed.get(lang);
  if (!v) {
    v = { exact: new Map(), stems: [] };
    for (const line of TABLES[lang].split('\n')) {
      const [english, ...forms] = line.trim().split(/\s+/u);
      for (const f of forms) {
        if (f.startsWith('=')) v.exact.set(f.slice(1), english!);
        else v.stems.push([f, english!]);
      }
    }
    v.stems.sort((a, b) => b[0].length - a[0].length);
    parsed.set(lang, v);
  }
  return v;
}

/** The stems of every English word the language's vocabulary gives: what a page in it can show of a story. */
export function englishStems(lang: Bridged, stem: (word: string) => string): Set<string> {
  const v = vocabulary(lang);
  return new Set([...v.exact.values(), ...v.stems.map(([, e]) => e)].map(stem));
}

/** The English word for a lowercase word of the language, or null when the vocabulary has none. */
export function toEnglish(norm: string, lang: Bridged): string | null {
  const v = vocabulary(lang);
  const exact = v.exact.get(norm);
  if (exact) return exact;
  for (const [stem, english] of v.stems) if (norm.startsWith(stem)) return english;
  return null;
}
