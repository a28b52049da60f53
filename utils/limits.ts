// How much text Sidelight takes in from outside (web pages, story packs, highlight files), in one place. Each
// bound is far above real use and low enough that one input cannot pin the service worker or fill the
// database; an input over a bound is rejected whole, naming the field and the bound (overLimit).

/** The longest article text read from a page, a story pack or the CLI: about 80,000 words, ten long reads. */
export const MAX_ARTICLE_CHARS = 500_000;

/** The largest saved page (.html, or .txt with header lines) the CLI reads: the largest real page is 1.6 MB. */
export const MAX_SAVED_PAGE_CHARS = 20_000_000;

/** The most articles in one story: 25 times the 200-article story the benchmarks add to. */
export const MAX_PACK_ARTICLES = 5_000;

/** The largest story pack, as a file and as its articles' text in all: 5,000 articles of 20,000 characters. */
export const MAX_PACK_CHARS = 100_000_000;

/** The most highlights in one imported file: ten times the 10,000 the library is measured with. */
export const MAX_IMPORT_HIGHLIGHTS = 100_000;

/** The largest highlights file imported: 10,000 highlights as Sidelight exports them take about 12,000,000. */
export const MAX_IMPORT_CHARS = 200_000_000;

/** The most links whose differences a page asks for at once, and their texts' characters in all: an article of
 *  MAX_ARTICLE_CHARS has some 3,000 links to a story like the embedded one (60 for 1,500 words). */
export const MAX_DIFFERENCE_PAIRS = 50_000;
export const MAX_DIFFERENCE_CHARS = 20 * MAX_ARTICLE_CHARS;

/** A whole number as en-US writes it ("500,000"). Not by Intl: the schemas build their messages when the service
 *  worker starts, and the first Intl number format of a browser session took 7.5 ms there (0.2 ms in a worker
 *  restarted later); in Node, 23% of evaluating background.js. */
export const englishNumber = (n: number): string =>
  Number.isSafeInteger(n) ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : n.toLocaleString('en-US');

/** "longer than 500,000 characters": the message for a text over `max`. */
export const tooLong = (max: number): string => `longer than ${englishNumber(max)} characters`;

/** "more than 5,000 articles": the message for a list over `max`. */
export const tooMany = (max: number, what: string): string => `more than ${englishNumber(max)} ${what}`;
