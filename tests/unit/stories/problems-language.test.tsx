// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ArticleDetailsForm } from '@/components/stories/ArticleDetailsForm';
import { ImportForm } from '@/components/stories/ImportForm';
import { substitute, type Catalog } from '@/utils/i18n/messages';
import type { StorySummary } from '@/utils/stories/messages';
import { pack } from './helpers';

// A bad corrected detail and a malformed story pack are named in the reader's language, the field as it is in
// the form or the file ("date", "articles[1].url") in every language. They were English in every browser.

/** The browser as one whose UI language picked `lang`'s catalogue (as tests/unit/i18n/adapter.test.ts fakes it). */
function browserIn(lang: string) {
  const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Catalog;
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) =>
    substitute(messages[key]?.message ?? '', subs)) as typeof fakeBrowser.i18n.getMessage);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(lang);
}

const article: StorySummary['articles'][number] = { id: 'a1', outlet: 'One', url: null, language: 'en' };

let root: HTMLElement;
beforeEach(() => void document.body.append((root = document.createElement('div'))));
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

const text = (testId: string) => root.querySelector(`[data-testid="${testId}"]`)?.textContent ?? null;
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

async function badDate() {
  act(() => render(<ArticleDetailsForm idBase="s-a1" article={article} onSave={vi.fn()} />, root));
  const date = root.querySelector<HTMLInputElement>('[data-testid="detail-date"]')!;
  act(() => {
    date.value = '26 листопада';
    date.dispatchEvent(new Event('input'));
  });
  act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })));
  await settle();
  return text('details-error');
}

async function importFile(name: string, contents: string) {
  act(() => render(<ImportForm onImport={vi.fn()} />, root));
  const input = root.querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
  Object.defineProperty(input, 'files', {
    value: [new File([contents], name, { type: 'application/json' })],
    configurable: true,
  });
  act(() => void input.dispatchEvent(new Event('change')));
  await settle();
  await settle();
  return text('import-error');
}

const badUrl = () => {
  const p = pack('shared', 2);
  return JSON.stringify({ ...p, articles: [p.articles[0], { ...p.articles[1], url: 'ftp://two.example/x' }] });
};

describe('a refused detail or pack in the reader’s language', () => {
  it('names a bad date in Ukrainian, Russian and German on the correct-details form', async () => {
    browserIn('uk');
    expect(await badDate()).toBe('Не збережено: date: має бути дата у форматі РРРР, РРРР-ММ або РРРР-ММ-ДД');
    browserIn('ru');
    expect(await badDate()).toMatch(/^.+: date: должна быть дата в формате ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД$/);
    browserIn('de');
    expect(await badDate()).toMatch(/^.+: date: muss ein Datum im Format JJJJ, JJJJ-MM oder JJJJ-MM-TT sein$/);
  });

  it('names the bad field of an imported pack in Ukrainian', async () => {
    browserIn('uk');
    expect(await importFile('shared.json', badUrl())).toMatch(
      /^.+: shared\.json: articles\[1\]\.url: має бути адреса http\(s\)$/,
    );
    expect(await importFile('new.json', JSON.stringify({ ...pack('s', 1), version: 2 }))).toBe(
      'Не імпортовано: new.json: version: має бути 1',
    );
    expect(await importFile('cut.json', '{"format": ')).toBe(
      'Не імпортовано: cut.json: (json): недійсний JSON у рядку 1, позиція 12',
    );
  });

  it('keeps the English words where the browser’s language is English', async () => {
    browserIn('en');
    expect(await badDate()).toBe('Not saved: date: must be a date as YYYY, YYYY-MM or YYYY-MM-DD');
    expect(await importFile('shared.json', badUrl())).toBe(
      'Not imported: shared.json: articles[1].url: must be an http(s) address',
    );
  });
});
