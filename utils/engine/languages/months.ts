// The months in each language the engine reads, as dates write them ("14 жовтня", "14. Oktober", "14 ottobre",
// "25 listopada"): nominative and genitive forms, compared folded (stem.ts foldWord). Read as the English
// month by the bridge, and as a date by the differences (differences/numbers.ts).

import type { Bridged } from './identify';
import { foldWord } from './stem';

// January to December, each month's forms separated by '/'.
const MONTHS: Record<Bridged, string> = {
  de: 'januar/jänner februar märz/maerz april mai juni juli august september oktober november dezember',
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre/setiembre octubre noviembre diciembre',
  it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  pl: 'styczeń/stycznia luty/lutego marzec/marca kwiecień/kwietnia maj/maja czerwiec/czerwca lipiec/lipca sierpień/sierpnia wrzesień/września październik/października listopad/listopada grudzień/grudnia',
  ru: 'январь/января февраль/февраля март/марта апрель/апреля май/мая июнь/июня июль/июля август/августа сентябрь/сентября октябрь/октября ноябрь/ноября декабрь/декабря',
  uk: 'січень/січня лютий/лютого березень/березня квітень/квітня травень/травня червень/червня липень/липня серпень/серпня вересень/вересня жовтень/жовтня листопад/листопада грудень/грудня',
};

/** The English month names, January first. */
export const ENGLISH_MONTHS =
  'january february march april may june july august september october november december'.split(' ');

const byForm = new Map<string, number>();
for (const list of Object.values(MONTHS))
  list.split(' ').forEach((forms, month) => {
    for (const f of forms.split('/')) byForm.set(foldWord(f), month + 1);
  });

/** The month (1–12) a word of any of the languages names, or null. */
export function monthOf(word: string): number | null {
  return byForm.get(foldWord(word)) ?? null;
}
