import { describe, expect, it } from 'vitest';
import { identifiedLanguage } from '@/utils/stories/article-language';
import { toPackArticle } from '@/utils/stories/page-article';

// Stories of one's own in any language record the article's language: the one declared, else the one the engine
// identifies from the text, else "und" where it is not sure (issue 17).

const GERMAN =
  'Der Sondergesandte hat dem Berater des Kremls in einem Telefonat geraten, wie der Plan dem Präsidenten ' +
  'vorgestellt werden soll. Die Aufnahme wurde von einer Nachrichtenagentur veröffentlicht, und der Kreml sagt, ' +
  'das Gespräch sei nicht für die Öffentlichkeit bestimmt gewesen. Auch in Kiew wird darüber gesprochen.';
const UKRAINIAN =
  'Спецпосланець порадив помічнику Кремля, як представити план президенту, і ця розмова стала відомою після ' +
  'публікації агентства. У Кремлі заявили, що витік мав на меті зірвати переговори, але не коментували ' +
  'зміст розмови. Експерти вважають, що запис міг бути перехоплений розвідкою однієї з країн.';
// Bulgarian writes "ъ" as Russian does, and neither "ы", "э" nor "ё": not Russian, and no language the engine knows.
const BULGARIAN =
  'Специалният пратеник е съветвал помощника на Кремъл как да бъде представен планът на президента, а ' +
  'разговорът стана известен след публикацията на агенцията. В Кремъл заявиха, че изтичането цели да ' +
  'провали преговорите, но не коментираха съдържанието на разговора. Експерти смятат, че записът е прихванат.';
const LOREM =
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et ' +
  'dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip.';

const page = (text: string, lang?: string) => ({ url: 'https://news.example/a', title: 'A', text, lang });

describe('the language an article records', () => {
  it('is the one the page declares, whatever its text', () => {
    expect(toPackArticle(page(GERMAN, 'de-AT'), []).language).toBe('de-AT');
    expect(toPackArticle(page(UKRAINIAN, 'en'), []).language).toBe('en');
  });

  it('is identified from the text when the page declares none, or an invalid one', () => {
    expect(toPackArticle(page(GERMAN), []).language).toBe('de');
    expect(toPackArticle(page(UKRAINIAN, ''), []).language).toBe('uk');
    expect(toPackArticle(page(GERMAN, 'deutsch!'), []).language).toBe('de');
  });

  it('is "und" rather than a guess for a short text, an unknown language or a Cyrillic language the engine does not read', () => {
    expect(identifiedLanguage('Привіт, світе.')).toBeNull(); // One "і" would make it Ukrainian.
    expect(identifiedLanguage('The comet brightened and the astronomers said it was the first time.')).toBeNull();
    expect(identifiedLanguage(LOREM)).toBeNull();
    expect(identifiedLanguage(BULGARIAN)).toBeNull();
    expect(identifiedLanguage(`${UKRAINIAN} Її звали Јелена.`)).toBeNull(); // A Serbian letter: not surely Ukrainian.
    expect(toPackArticle(page(LOREM), []).language).toBe('und');
    expect(toPackArticle(page(BULGARIAN), []).language).toBe('und');
  });
});
