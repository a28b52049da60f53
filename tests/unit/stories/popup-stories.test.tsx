// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AddToStory, type AddOutcome, type AddTarget } from '@/components/popup/AddToStory';
import { StoriesSection } from '@/components/popup/StoriesSection';
import type { StorySummary } from '@/utils/stories/messages';

// Issue 20, item 7: the popup after "Start the story" points at the story just made (a second click used to start
// a duplicate), and a story only detected on the page is not described as holding it.

const story = (id: string, title: string): StorySummary => ({ id, title, readOnly: false, articles: [] });

let root: HTMLElement;
beforeEach(() => void document.body.append((root = document.createElement('div'))));
afterEach(() => {
  render(null, root);
  root.remove();
});

const text = (testId: string) => root.querySelector(`[data-testid="${testId}"]`)?.textContent ?? null;
const submit = () =>
  act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })));
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

describe('the popup’s "Add to story" after starting a story', () => {
  it('switches to the new story, so a second click adds to it instead of starting another', async () => {
    let stories: StorySummary[] = [];
    const onAdd = vi.fn(async (target: AddTarget): Promise<AddOutcome> => {
      if ('newTitle' in target) stories = [story('page-title', target.newTitle)];
      draw(); // as the popup does: the list is read again before the promise resolves
      return { storyId: 'page-title' };
    });
    const draw = () => render(<AddToStory stories={stories} pageTitle="Page title" onAdd={onAdd} />, root);
    act(draw);
    expect(text('add-article')).toBe('Start the story');
    submit();
    await settle();
    expect(onAdd).toHaveBeenLastCalledWith({ newTitle: 'Page title' });
    expect(root.querySelector<HTMLSelectElement>('[data-testid="story-target"]')!.value).toBe('page-title');
    expect(root.querySelector('[data-testid="new-story-title"]')).toBeNull();
    expect(text('add-article')).toBe('Add to story');
    submit();
    await settle();
    expect(onAdd).toHaveBeenLastCalledWith({ storyId: 'page-title' });
    expect(onAdd.mock.calls.filter(([t]) => 'newTitle' in t)).toHaveLength(1);
  });
});

describe('the popup’s stories line', () => {
  const both = [story('held', 'Held story'), story('guess', 'Guessed story')];
  const show = (pageIn: string[], detectedIds: string[]) =>
    act(() =>
      render(
        <StoriesSection
          stories={both}
          pageIn={pageIn}
          foundStoryId={detectedIds[0] ?? null}
          detectedIds={detectedIds}
          page={null}
          done={null}
          onAdd={vi.fn()}
        />,
        root,
      ),
    );

  it('says a page only detected as a story looks like it belongs to it, not that it is in it', () => {
    show([], ['guess']);
    expect(text('page-in-stories')).toBeNull();
    expect(text('page-detected-stories')).toBe(
      'This page looks like it belongs to the story Guessed story (not added to it).',
    );
  });

  it('keeps "in the story" for a story holding the page, and names a detected one apart', () => {
    show(['held'], ['held', 'guess']);
    expect(text('page-in-stories')).toBe('This page is in the story Held story.');
    expect(text('page-detected-stories')).toBe(
      'It also looks like it belongs to the story Guessed story (not added to it).',
    );
  });
});
