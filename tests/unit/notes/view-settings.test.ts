import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NOTES_VIEW,
  MAX_RAIL_SITES,
  notesViewProblem,
  parseNotesView,
  railChoice,
  withRailChoice,
} from '@/utils/notes/view-settings';

describe('how the notes look (stored choices)', () => {
  it('underlines only reported claims and follows the page on every site by default', () => {
    expect(parseNotesView(undefined)).toEqual({ v: 1, underlineUnreported: false, rail: {} });
    expect(railChoice(DEFAULT_NOTES_VIEW, 'news.example')).toBeNull();
  });

  it('rejects a record with any field wrong whole, naming the field', () => {
    const good = { v: 1, underlineUnreported: true, rail: { 'news.example': 'folded' } };
    expect(notesViewProblem(good)).toBeNull();
    expect(parseNotesView(good)).toEqual(good);
    const cases: [unknown, string][] = [
      ['x', 'notes-view: must be an object'],
      [{ ...good, v: 2 }, 'v: must be 1'],
      [{ ...good, underlineUnreported: 'yes' }, 'underlineUnreported: must be true or false'],
      [{ ...good, rail: [] }, 'rail: must be an object'],
      [{ ...good, rail: { 'news.example': 'hidden' } }, 'rail.news.example: must be "folded" or "open"'],
      [{ ...good, rail: { 'a b': 'open' } }, 'rail.a b: not a host name'],
      [{ ...good, extra: 1 }, 'extra: unknown field'],
    ];
    for (const [raw, problem] of cases) {
      expect(notesViewProblem(raw)).toBe(problem);
      // Whole: not the good part kept and the bad part dropped.
      expect(parseNotesView(raw)).toEqual(DEFAULT_NOTES_VIEW);
    }
  });

  it('remembers a site’s fold, changes it, forgets it, and leaves other sites alone', () => {
    let view = withRailChoice(DEFAULT_NOTES_VIEW, 'a.example', 'folded');
    view = withRailChoice(view, 'b.example', 'open');
    expect(railChoice(view, 'a.example')).toBe('folded');
    expect(railChoice(view, 'b.example')).toBe('open');
    expect(railChoice(view, 'c.example')).toBeNull();
    expect(railChoice(view, null)).toBeNull();
    view = withRailChoice(view, 'a.example', 'open');
    expect(railChoice(view, 'a.example')).toBe('open');
    view = withRailChoice(view, 'a.example', null);
    expect(view.rail).toEqual({ 'b.example': 'open' });
    expect(notesViewProblem(view)).toBeNull();
    // An inherited name is not a site's choice.
    expect(railChoice(view, 'constructor')).toBeNull();
  });

  it('keeps at most the bound of sites, dropping the oldest', () => {
    let view = DEFAULT_NOTES_VIEW;
    const rail = Object.fromEntries(Array.from({ length: MAX_RAIL_SITES }, (_, i) => [`s${i}.example`, 'open']));
    view = withRailChoice({ ...view, rail: rail as Record<string, 'open'> }, 'new.example', 'folded');
    expect(Object.keys(view.rail)).toHaveLength(MAX_RAIL_SITES);
    expect(railChoice(view, 's0.example')).toBeNull();
    expect(railChoice(view, 'new.example')).toBe('folded');
  });
});
