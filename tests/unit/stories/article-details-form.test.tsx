// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleDetailsForm } from '@/components/stories/ArticleDetailsForm';
import { StoryCard, type StoryActions } from '@/components/stories/StoryCard';
import type { StorySummary } from '@/utils/stories/messages';

// Issue 20, item 8: on the stories page each article of a story of one's own has a form to correct its details,
// with labelled fields, checked before anything is sent; and each story links to its coverage view.

const article: StorySummary['articles'][number] = {
  id: 'a1',
  outlet: 'www.northern-sky.example',
  url: 'https://northern-sky.example/x',
  title: 'Comet brightens | Northern Sky Weekly',
  language: 'en',
};
const story: StorySummary = { id: 'mine', title: 'Mine', readOnly: false, articles: [article] };

let root: HTMLElement;
beforeEach(() => void document.body.append((root = document.createElement('div'))));
afterEach(() => {
  render(null, root);
  root.remove();
});

const field = (name: string) => root.querySelector<HTMLInputElement>(`[data-testid="detail-${name}"]`)!;
const text = (testId: string) => root.querySelector(`[data-testid="${testId}"]`)?.textContent ?? null;
const type = (name: string, value: string) =>
  act(() => {
    field(name).value = value;
    field(name).dispatchEvent(new Event('input'));
  });
const submit = () =>
  act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })));
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

describe('the article details form', () => {
  const show = (onSave = vi.fn().mockResolvedValue(null)) => {
    act(() => render(<ArticleDetailsForm idBase="s-a1" article={article} onSave={onSave} />, root));
    return onSave;
  };

  it('labels each field, filled with the details as read', () => {
    show();
    const labelled = [...root.querySelectorAll('input')].map((input) => [
      root.querySelector(`label[for="${input.id}"]`)?.textContent,
      input.value,
    ]);
    expect(labelled).toEqual([
      ['Title', 'Comet brightens | Northern Sky Weekly'],
      ['Outlet (required)', 'www.northern-sky.example'],
      ['Author', ''],
      ['Date', ''],
      ['Language (required)', 'en'],
    ]);
    expect(field('date').getAttribute('aria-describedby')).toBe('s-a1-date-hint');
    expect(text('correct-details')).toContain('Correct details of “Comet brightens | Northern Sky Weekly”');
  });

  it('names, marks and focuses a bad field, and sends nothing', async () => {
    const onSave = show();
    type('date', '26 November');
    submit();
    await settle();
    expect(onSave).not.toHaveBeenCalled();
    expect(text('details-error')).toBe('Not saved: date: must be a date as YYYY, YYYY-MM or YYYY-MM-DD');
    expect(field('date').getAttribute('aria-invalid')).toBe('true');
    expect(field('date').getAttribute('aria-describedby')).toBe('s-a1-date-hint s-a1-error');
    expect(document.activeElement).toBe(field('date'));
    expect(field('outlet').hasAttribute('aria-invalid')).toBe(false);
  });

  it('sends the corrected details and says they are saved', async () => {
    const onSave = show();
    type('outlet', 'Northern Sky Weekly');
    type('author', 'Ingrid Solberg');
    type('date', '2025-11-26');
    submit();
    await settle();
    expect(onSave).toHaveBeenCalledWith({
      title: 'Comet brightens | Northern Sky Weekly',
      outlet: 'Northern Sky Weekly',
      author: 'Ingrid Solberg',
      date: '2025-11-26',
      language: 'en',
    });
    expect(text('details-saved')).toMatch(/^Saved\./);
    expect(text('details-error')).toBeNull();
  });

  it('marks the field the background refused', async () => {
    show(vi.fn().mockResolvedValue({ error: 'language: must be a BCP 47 language tag', field: 'language' }));
    submit();
    await settle();
    expect(text('details-error')).toBe('Not saved: language: must be a BCP 47 language tag');
    expect(field('language').getAttribute('aria-invalid')).toBe('true');
    expect(text('details-saved')).toBe('');
  });

  it('says so when the background does not answer', async () => {
    show(vi.fn().mockRejectedValue(new Error('The message port closed')));
    submit();
    await settle();
    expect(text('details-error')).toMatch(/did not answer \(The message port closed\)/);
  });
});

describe('a story’s card', () => {
  const actions = {} as StoryActions;

  it('links to the story’s coverage view', () => {
    act(() => render(<StoryCard story={{ ...story, id: 'comet halvorsen' }} actions={actions} />, root));
    const link = root.querySelector<HTMLAnchorElement>('[data-testid="story-coverage-link"]')!;
    expect(link.getAttribute('href')).toBe('coverage.html?story=comet%20halvorsen');
    expect(link.textContent).toBe('Coverage of “Mine”: who reports which claim');
  });

  it('offers corrections on stories of one’s own only, and shows each article’s byline', () => {
    const detailed = { ...article, author: 'Ingrid Solberg', date: '2025-11' };
    act(() => render(<StoryCard story={{ ...story, articles: [detailed] }} actions={actions} />, root));
    expect(root.querySelectorAll('[data-testid="correct-details"]')).toHaveLength(1);
    expect(text('article-byline')).toBe('(by Ingrid Solberg · 2025-11 · en)');
    act(() => render(<StoryCard story={{ ...story, readOnly: true }} actions={actions} />, root));
    expect(root.querySelectorAll('[data-testid="correct-details"]')).toHaveLength(0);
    expect(root.querySelector('[data-testid="story-coverage-link"]')).not.toBeNull();
  });
});
