import { describe, expect, it } from 'vitest';
import { isFurniture, speaksToReader } from '@/utils/engine/furniture';
import { alignText } from '@/utils/engine/index';
import { index, pack } from './embedded';

describe('speaksToReader', () => {
  it.each([
    'If you notice an error, select the required text and press Ctrl+Enter.',
    'Articles are translated to English so you get a unique view into their world.',
    'Explore international stories overlooked by American media.',
    'Sign up for our morning newsletter.',
  ])('is true of chrome: %s', (s) => expect(speaksToReader(s)).toBe(true));

  it.each([
    'Bloomberg News obtained and published audio of two separate conversations.',
    // Reported speech: the "you" is someone quoted, not the page speaking to its reader.
    '"This is a standard thing, you know?" Trump told reporters.',
    '“You have to sell it to both sides,” he said.',
    'The envoy explored a new proposal with the Kremlin.',
  ])('is false of reporting: %s', (s) => expect(speaksToReader(s)).toBe(false));
});

describe('chrome in an aligned page', () => {
  const seed = pack.articles[0]!;
  const hint = 'If you notice an error, select the required text and press Ctrl+Enter.';
  const known = 'As you may know, Bloomberg News obtained and published audio of two separate conversations.';
  const result = alignText(index, `${seed.text}\n${hint}\n${known}`, { url: seed.url ?? undefined });
  const claim = (text: string) => result.claims.find((c) => c.text === text)!;

  it('is not a claim when nothing in the story relates to it, so no note says no one else reports it', () => {
    expect(claim(hint).kind).toBe('heading');
    expect(claim(hint).matches).toEqual([]);
  });

  it('stays a claim with its links when the story reports it', () => {
    expect(claim(known).kind).toBe('sentence');
    expect(claim(known).matches.length).toBeGreaterThan(0);
  });
});

describe('isFurniture', () => {
  it.each([
    '© 2025 Thomson/Reuters. All rights reserved.',
    'Copyright 2025 The Associated Press.',
    'Photo: Russian media.',
    'Read more: Kremlin says leak aims to hinder talks.',
    'By Jane Smith, Reuters',
    'Heba Habib contributed to this report.',
    'Reuters staff contributed reporting to this story.',
    'This article originally appeared on The Atlantic.',
    'This article was reprinted on Wired.com.',
    'A version of this article appears in print on March 3, on Page A1 of the New York edition.',
    'This version corrects the spelling of the region to Tuva, not Tyva.',
    'An earlier version of this article misstated the date of the call.',
    // Captions left in the text, by the words captions open with or the credit they end with.
    'In this photo taken on Nov. 26, Yuri Ushakov speaks to reporters in Moscow.',
    'FILE - Steve Witkoff arrives at the Kremlin, Oct. 14, 2025.',
    'Clockwise from top: the envoy, the aide and the transcript.',
    'From left, Steve Witkoff, Yuri Ushakov and Kirill Dmitriev.',
    'Pictured: the Kremlin at night.',
    '[figure 3: the transcript as Bloomberg published it]',
    'The Kremlin at night - Image: Reuters',
    // The writer's note at the foot of an article: what the writer does, or the beat.
    'Jane Smith is a reporter for Reuters covering Russia and Ukraine.',
    'Ana María Diaz was a correspondent in Moscow for the BBC.',
    'Nelson D. Schwartz has covered economics since 2012.',
    'Jane Smith covers the White House.',
  ])('is true of page furniture: %s', (s) => expect(isFurniture(s)).toBe(true));

  it.each([
    'Bloomberg said it had reviewed a recording of the conversation.',
    'By Tuesday, the Kremlin had called the leak an attempt to hinder the talks.',
    'Photographs of the meeting were released by the Kremlin.',
    'Three intelligence agencies contributed to the report that Bloomberg obtained.',
    'This article of the peace plan was published in October.',
    'This report was published by the Senate committee on Tuesday.',
    'This story appeared first in the Kremlin’s own press.',
    'In this call, Witkoff advised Ushakov on how to pitch the plan.',
    'Filed on Tuesday, the report named no source.',
    'From left-leaning outlets to the Kremlin, everyone asked who leaked the calls.',
    'The recording - a copy of which Bloomberg reviewed - ran for five minutes.',
    // People in the news introduced in prose, and what a plan covers.
    'Steve Witkoff is a real estate developer and a longtime friend of Trump.',
    'Yuri Ushakov was the Russian ambassador to the United States.',
    'The reporter who obtained the recording, Jane Smith, declined to comment.',
    'The peace plan covers security guarantees and territory.',
    'Kirill Dmitriev is the author of the peace plan.',
    'The Kremlin has covered up the leak.',
    'The White House Press Office is the editor of record.',
    'Bloomberg News reports on a second call.',
    'Donald Trump writes about the call on Truth Social.',
  ])('is false of reporting: %s', (s) => expect(isFurniture(s)).toBe(false));

  it('reads the rest of a furniture line as furniture too, and the next line as prose again', () => {
    const text =
      `${pack.articles[1]!.text}\n\nA version of this article appears in print on Page A1 with the headline: ` +
      'Who Leaked the Call? Order Reprints | Today’s Paper | Subscribe.\n\nThe Kremlin said the leak hurt the talks.';
    const claims = alignText(index, text).claims;
    const tail = claims.slice(claims.findIndex((c) => c.text.startsWith('A version of this article')));
    expect(tail.map((c) => [c.text.slice(0, 12), c.kind])).toEqual([
      ['A version of', 'heading'],
      ['Order Reprin', 'heading'],
      ['The Kremlin ', 'sentence'],
    ]);
  });

  it('gives a copyright line no note and no claim, even on a page of the story', () => {
    const text = `${pack.articles[1]!.text}\n\n© 2025 Thomson/Reuters. All rights reserved.`;
    const last = alignText(index, text).claims.at(-1)!;
    expect(last.text).toContain('All rights reserved');
    expect(last.kind).toBe('heading');
    expect(last.matches).toEqual([]);
  });
});
