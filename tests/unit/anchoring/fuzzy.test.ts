import { describe, expect, it } from 'vitest';
import { collapseWhitespace, matchQuote } from '@/utils/anchoring/match-quote';

const para = (n: number) =>
  `Paragraph ${n} reports that officials met on day ${n} and discussed the proposal in some detail before leaving. `;
const page = Array.from({ length: 200 }, (_, i) => para(i)).join('');

describe('matchQuote: fuzzy matching of changed pages', () => {
  it('finds a quote whose words were edited, scored below exact matches', () => {
    const quote = 'officials met on day 57 and discussed the proposal in some detail';
    const changed = page.replace(quote, 'officials met on day 57 and debated the proposal in great detail');
    const hint = page.indexOf(quote);
    const m = matchQuote(
      changed,
      { exact: quote, prefix: 'Paragraph 57 reports that ', suffix: ' before leaving.' },
      hint,
    );
    expect(m).not.toBeNull();
    expect(changed.slice(m!.start, m!.end)).toContain('debated the proposal');
    expect(m!.start).toBe(changed.indexOf('officials met on day 57'));
    expect(m!.score).toBeLessThanOrEqual(0.8);
  });

  it('uses context and the position hint to choose among near-identical paragraphs', () => {
    const quote = 'officials met on day 12 and discussed the proposal';
    const changed = page.replace('day 12 and discussed', 'day 12 and had discussed');
    const m = matchQuote(changed, { exact: quote, prefix: 'Paragraph 12 reports that ' }, page.indexOf(quote));
    expect(changed.slice(m!.start, m!.start + 23)).toBe('officials met on day 12');
  });

  it('finds an edited quote with no position hint when the page has no near-duplicate of it', () => {
    const article = 'The council voted on Monday to approve the new budget. Critics said it cut libraries. ';
    const m = matchQuote(article.replace('voted on Monday', 'voted late on Monday'), {
      exact: 'The council voted on Monday to approve the new budget.',
    });
    expect(m?.start).toBe(0);
  });

  it('does not match text that changed too much, nor very short quotes', () => {
    expect(matchQuote(page, { exact: 'the minister resigned abruptly after the vote was counted' })).toBeNull();
    expect(matchQuote(page, { exact: 'xyzq' })).toBeNull();
  });

  it('matches long quotes by their start and end', () => {
    const quote = para(80) + para(81) + para(82) + para(83);
    const changed = page.replace('day 81 and discussed', 'day 81 and argued over');
    const m = matchQuote(changed, { exact: quote });
    expect(m?.start).toBe(changed.indexOf('Paragraph 80 '));
  });
});

describe('matchQuote on a page with many orphans', () => {
  it('collapses the page’s whitespace once, not once per highlight that has no exact match', () => {
    const page = 'The envoy spoke.\n\n   The aide   replied.  '.repeat(2000);
    const first = collapseWhitespace(page);
    expect(collapseWhitespace(page)).toBe(first);
    expect(first.collapsed.startsWith('The envoy spoke. The aide replied. ')).toBe(true);
    expect(page.slice(first.origin[17]!, first.origin[17]! + 3)).toBe('The');
    // Orphans (quotes no longer on the page) each try the collapsed copy; it is the same one every time.
    for (let i = 0; i < 5; i++) expect(matchQuote(page, { exact: `a sentence long gone ${i}` })).toBeNull();
    expect(collapseWhitespace(page)).toBe(first);
  });
});
