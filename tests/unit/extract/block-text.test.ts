import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockText } from '@/utils/extract/block-text';
import { extractArticleFromHtml } from '@/utils/extract/node-article';

const body = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body;

describe('blockText', () => {
  it('puts each block on its own line, even with no whitespace between them in the HTML', () => {
    expect(blockText(body('<h2>Trump’s reaction</h2><p>After the <b>publication</b>, Trump spoke.</p>'))).toBe(
      'Trump’s reaction\n\nAfter the publication, Trump spoke.',
    );
  });

  it('collapses the source’s line breaks inside a paragraph, keeps <br> and non-breaking spaces', () => {
    expect(
      blockText(body('<p>The call took\n   place on\tOct. 14.<br>A new line.</p><ul><li>one</li><li>two</li></ul>')),
    ).toBe('The call took place on Oct. 14.\n\nA new line.\n\none\n\ntwo');
    expect(blockText(body('<p>100\u00a0million</p>'))).toBe('100\u00a0million');
  });

  it('leaves out a picture’s caption and credit, which report nothing', () => {
    const html =
      '<p>The Kremlin said the leak hurt the talks.</p><figure><img src="x.jpg"><figcaption>Yuri Ushakov ' +
      'attends a meeting in Moscow. Photo: Reuters</figcaption></figure><p>Witkoff will visit Moscow.</p>';
    expect(blockText(body(html))).toBe('The Kremlin said the leak hurt the talks.\n\nWitkoff will visit Moscow.');
  });
});

describe('extractArticleFromHtml', () => {
  it('keeps a sub-heading apart from the paragraph after it', () => {
    const para = 'After the publication of the conversation, the president said he saw nothing wrong with it. '.repeat(
      6,
    );
    const html = `<html><head><title>T</title></head><body><article><h1>T</h1><p>${para}</p><h2>Trump's reaction</h2><p>${para}</p></article></body></html>`;
    const text = extractArticleFromHtml(html)!.text;
    expect(text).toContain("\n\nTrump's reaction\n\nAfter the publication");
    expect(text).not.toContain('reactionAfter');
  });

  it('leaves out captions a site marks by its class names, and keeps an article whose class only mentions them', () => {
    const para = 'After the publication of the conversation, the president said he saw nothing wrong with it. '.repeat(
      6,
    );
    const html =
      `<html><head><title>T</title></head><body><article class="story has-captions"><h1>T</h1><p>${para}</p>` +
      '<p><img src="a.jpg"><br><span class="pb-caption">Yuri Ushakov attends a meeting in Moscow on Monday.</span></p>' +
      '<table><tr><td><img src="b.jpg"></td></tr><tr><td class="tr-caption">Schematic from hell!</td></tr></table>' +
      `<div class="Media-Caption">The Kremlin in winter. Photo: Reuters</div><p>${para}</p></article></body></html>`;
    const text = extractArticleFromHtml(html)!.text;
    expect(text).toContain('After the publication');
    expect(text).not.toContain('Ushakov attends');
    expect(text).not.toContain('Schematic');
    expect(text).not.toContain('Kremlin in winter');
  });
});
