import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStoryPack, parseStoryPackJson } from '@/utils/pack/parse';

const embedded = JSON.parse(readFileSync('public/stories/witkoff-leak.json', 'utf8'));
const clone = () => structuredClone(embedded);

describe('story pack format', () => {
  it('accepts the embedded pack', () => {
    const parsed = parseStoryPack(embedded);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.articles.map((a) => a.outlet)).toEqual(['UNIAN', 'Capital Post', 'Insider']);
  });

  it('keeps the article text and strips the capture chrome', () => {
    const [unian] = embedded.articles;
    expect(unian.text.startsWith('Bloomberg has published an exclusive transcript')).toBe(true);
    expect(unian.text).toContain('Witkoff\'s"questionable loyalty"');
    expect(unian.text).not.toMatch(/Overview Logo|App Store|Get the full experience/);
    expect(unian.text.endsWith('This is what a negotiator does," he said.')).toBe(true);
  });

  it.each([
    [(p: any) => (p.articles[1].url = 'javascript:alert(1)'), 'articles[1].url'],
    [(p: any) => delete p.articles[0].outlet, 'articles[0].outlet'],
    [(p: any) => (p.articles[2].text = '   '), 'articles[2].text'],
    [(p: any) => (p.articles[0].date = '26/11/2025'), 'articles[0].date'],
    [(p: any) => (p.version = 99), 'version'],
    [(p: any) => (p.format = 'something-else'), 'format'],
    [(p: any) => (p.story.id = '../etc'), 'story.id'],
    [(p: any) => (p.articles[1].id = p.articles[0].id), 'articles'],
    [(p: any) => (p.articles = []), 'articles'],
    [(p: any) => (p.articles[0].surprise = true), 'articles[0].surprise'],
  ])('rejects a malformed pack and names the field (%#)', (mutate, field) => {
    const pack = clone();
    mutate(pack);
    const parsed = parseStoryPack(pack);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.field).toBe(field);
      expect(parsed.error.startsWith(`${field}: `)).toBe(true);
    }
  });

  it('reports broken JSON without throwing', () => {
    const parsed = parseStoryPackJson('{"format": ');
    expect(parsed).toMatchObject({ ok: false, field: '(json)' });
  });

  it('rejects values that are not packs at all', () => {
    for (const value of [null, 42, 'pack', []]) expect(parseStoryPack(value).ok).toBe(false);
  });
});
