// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AddToStory } from '@/components/popup/AddToStory';
import { ImportForm } from '@/components/stories/ImportForm';
import { StoriesPage } from '@/components/stories/StoriesPage';
import { StoryCard, type StoryActions } from '@/components/stories/StoryCard';
import { RefusedError, sendMessage } from '@/utils/browser/send';
import type { StorySummary } from '@/utils/stories/messages';
import { pack } from './helpers';

// Issue 18: a story action the background refuses, or that gets no answer, says so on screen. The popup's button
// used to stay at "Adding…" for good, and the stories page showed nothing at all.

vi.mock('@/utils/browser/send', async (original) => ({
  ...(await original<typeof import('@/utils/browser/send')>()),
  sendMessage: vi.fn(),
}));

const story: StorySummary = {
  id: 'mine',
  title: 'Mine',
  readOnly: false,
  articles: [
    { id: 'a1', outlet: 'One', url: 'https://one.example/x', title: 'First', language: 'en' },
    { id: 'a2', outlet: 'Two', url: 'https://two.example/x', title: 'Second', language: 'en' },
  ],
};

let root: HTMLElement;
beforeEach(() => void document.body.append((root = document.createElement('div'))));
afterEach(() => {
  render(null, root);
  root.remove();
  vi.mocked(sendMessage).mockReset();
});

const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.includes(name))!;
const text = (testId: string) => root.querySelector(`[data-testid="${testId}"]`)?.textContent;
/** Lets the rejected promises settle and Preact render what followed. */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

describe('the popup’s "Add to story"', () => {
  it('shows the refusal and gives the button back', async () => {
    const onAdd = vi.fn().mockRejectedValue(new RefusedError('this page may not add stories'));
    act(() => render(<AddToStory stories={[story]} pageTitle="A page" onAdd={onAdd} />, root));
    act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })));
    await settle();
    expect(text('add-error')).toBe('Refused: this page may not add stories');
    expect(text('add-article')).toBe('Add to story');
    expect(root.querySelector<HTMLButtonElement>('[data-testid="add-article"]')!.disabled).toBe(false);
  });

  it('says the background did not answer when the message fails', async () => {
    const onAdd = vi.fn().mockRejectedValue(new Error('Could not establish connection'));
    act(() => render(<AddToStory stories={[]} pageTitle="A page" onAdd={onAdd} />, root));
    act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })));
    await settle();
    expect(text('add-error')).toMatch(/did not answer \(Could not establish connection\)/);
    expect(text('add-article')).toBe('Start the story');
  });
});

describe('the stories page', () => {
  it('shows on the story’s card why "Remove" failed when the background throws', async () => {
    const actions = {
      removeArticle: vi.fn().mockRejectedValue(new Error('The message port closed')),
    } as unknown as StoryActions;
    act(() => render(<StoryCard story={story} actions={actions} />, root));
    act(() => button('Remove').click());
    await settle();
    expect(text('story-error')).toMatch(/did not answer \(The message port closed\)/);
  });

  it('shows why an import failed when the background refuses it', async () => {
    const onImport = vi.fn().mockRejectedValue(new RefusedError('not from an extension page'));
    act(() => render(<ImportForm onImport={onImport} />, root));
    const input = root.querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
    const file = new File([JSON.stringify(pack('shared', 1))], 'shared.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file] });
    act(() => void input.dispatchEvent(new Event('change')));
    await settle();
    await settle();
    expect(text('import-error')).toBe('Not imported: Refused: not from an extension page');
  });

  it('says the list could not be read instead of "Loading…" for ever', async () => {
    vi.mocked(sendMessage).mockRejectedValue(new Error('Extension context invalidated'));
    act(() => render(<StoriesPage />, root));
    await settle();
    expect(text('stories-error')).toMatch(/could not be listed.*Extension context invalidated/);
    expect(root.textContent).not.toContain('Loading…');
  });

  it('shows a refused edit on the card, and the list stays', async () => {
    vi.mocked(sendMessage).mockImplementation(async (msg) => {
      if (msg.type === 'stories-list') return { ok: true, stories: [story], pageIn: [] };
      throw new RefusedError('only Sidelight’s own pages may edit stories');
    });
    act(() => render(<StoriesPage />, root));
    await settle();
    act(() => button('Remove').click());
    await settle();
    expect(text('story-error')).toBe('Refused: only Sidelight’s own pages may edit stories');
    expect(root.querySelectorAll('[data-testid="story-article"]')).toHaveLength(2);
  });
});
