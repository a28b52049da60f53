// Page chrome that reads like prose. A site's instructions and promotion ("If you notice an error, select
// the text and press Ctrl+Enter", "Explore international stories overlooked by American media.") end in a
// full stop, so segmentation takes them for sentences, and with nothing in the story to match they would be
// painted "no one else reports". Reporting tells of the world in the third person: a sentence that speaks to
// the reader, outside any quotation, is chrome when nothing in the story relates to it. Only then, so a
// column's "you" that does report something keeps its links.

import { quotations } from './differences/quotes';

const TO_THE_READER = /\b(?:you|your|yours|yourself|yourselves)\b/iu;
// Calls to action open a sentence with a bare verb; news prose does not ("Subscribe to…", "Sign up for…").
const CALL_TO_ACTION =
  /^(?:explore|subscribe|sign (?:up|in)|log in|click|tap|download|follow us|share this|join us|register|scroll|read more|learn more|discover)\b/iu;

/** Whether a sentence addresses the reader (second person outside quotations, or a call to action). */
export function speaksToReader(sentence: string): boolean {
  if (CALL_TO_ACTION.test(sentence.trimStart())) return true;
  // A quotation is someone else speaking: "you" inside one is reported speech, not the page addressing you.
  const unquoted = quotations(sentence).reduce((text, q) => text.replace(q, ' '), sentence);
  return TO_THE_READER.test(unquoted);
}
