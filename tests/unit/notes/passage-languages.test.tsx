// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NoteDetail } from '@/components/notes/NoteDetail';
import { PassageLanguagesContext } from '@/components/notes/passage-language';
import type { AlignResult, Claim, ClaimMatch } from '@/utils/engine';
import { foreignLanguage, passageLanguages, type PassageLanguages } from '@/utils/notes/passage-languages';
import type { StoryPack } from '@/utils/pack/schema';

// A note names the language of a passage in another language than the page (issue 17): the background joins
// each linked article's language from its pack; the note's detail says "in English" beside that outlet.

const match = (articleId: string, outlet: string, storyId = 's'): ClaimMatch => ({
  articleId,
  outlet,
  url: null,
  start: 0,
  end: 10,
  text: 'The call took place on October 14.',
  score: 0.9,
  probability: 0.9,
  relation: 'same',
  differences: [],
  storyId,
});
const claim: Claim = {
  start: 0,
  end: 10,
  text: 'Das Telefonat fand am 14. Oktober statt.',
  kind: 'sentence',
  matches: [match('a1', 'UNIAN'), match('a2', 'Spiegel')],
};
const pack = {
  format: 'sidelight-story-pack',
  version: 1,
  story: { id: 's', title: 'Story' },
  articles: [
    { id: 'a1', outlet: 'UNIAN', url: null, language: 'en', text: 'x' },
    { id: 'a2', outlet: 'Spiegel', url: null, language: 'de-DE', text: 'y' },
  ],
} as unknown as StoryPack;
const result: AlignResult = { story: { id: 's', title: 'Story', score: 1, detected: true }, claims: [claim] };

describe('passage languages', () => {
  it('joins each linked article’s language from its pack, by story and id', () => {
    expect(passageLanguages(result, [pack], 'de')).toEqual({ page: 'de', articles: { 's/a1': 'en', 's/a2': 'de-DE' } });
  });

  it('names a passage in another language than the page only', () => {
    const langs = passageLanguages(result, [pack], 'de');
    expect(claim.matches.map((m) => foreignLanguage(langs, m))).toEqual(['en', null]);
    // On an English page the German passage is the one named.
    expect(claim.matches.map((m) => foreignLanguage({ ...langs, page: 'en' }, m))).toEqual([null, 'de']);
    // A page in a language the engine does not identify: a passage in one it does is surely in another.
    expect(foreignLanguage({ page: 'other', articles: { 's/a1': 'en', 's/a2': 'pt' } }, match('a2', 'x'))).toBe(null);
    expect(foreignLanguage({ page: 'other', articles: { 's/a1': 'en' } }, match('a1', 'x'))).toBe('en');
    expect(foreignLanguage(null, match('a1', 'x'))).toBe(null);
  });
});

describe('a note’s passage language', () => {
  let root: HTMLElement;
  beforeEach(() => void document.body.append((root = document.createElement('div'))));
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  const show = (langs: PassageLanguages | null) =>
    act(() =>
      render(
        <PassageLanguagesContext.Provider value={langs}>
          <NoteDetail id="c0" claim={claim} />
        </PassageLanguagesContext.Provider>,
        root,
      ),
    );

  it('is named beside the outlet, and the passage carries its lang for screen readers', () => {
    show(passageLanguages(result, [pack], 'de'));
    const named = [...root.querySelectorAll('[data-testid="note-language"]')].map((e) => e.textContent);
    expect(named).toEqual(['in English']);
    const unian = root.querySelector('[data-article="a1"]')!;
    expect(unian.querySelector('[data-testid="note-language"]')?.textContent).toBe('in English');
    expect(unian.querySelector('blockquote')?.getAttribute('lang')).toBe('en');
    expect(root.querySelector('[data-article="a2"] blockquote')?.hasAttribute('lang')).toBe(false);
  });

  it('is not named without the languages', () => {
    show(null);
    expect(root.querySelectorAll('[data-testid="note-language"]')).toHaveLength(0);
  });
});
