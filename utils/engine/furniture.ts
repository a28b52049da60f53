// Page furniture (the page's chrome, not the browser) that reads like prose. A site's instructions and
// promotion ("If you notice an error, select the text and press Ctrl+Enter", "Explore international stories
// overlooked by American media.") end in a full stop, so segmentation takes them for sentences, and with
// nothing in the story to match they would be painted "no one else reports". Reporting tells of the world in
// the third person: a sentence that speaks to the reader, outside any quotation, is chrome when nothing in the
// story relates to it. Only then, so a column's "you" that does report something keeps its links.

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

/** A person's name, as a byline or a writer's note opens with it: two to four capitalised words ("Nelson D. Schwartz"). */
const NAME = String.raw`\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){1,3}`;

// Furniture a page prints around its reporting in any story: copyright and credit lines, bylines, photo and
// video captions' credits, "Read more" and share prompts, notes on the article. Each ends like a sentence but
// reports nothing. Measured against the real pages' annotated furniture (tests/gold/real-pages-furniture.json).
const FURNITURE = [
  /^\s*(?:©|\(c\)\s|copyright\b)/iu,
  /\ball rights reserved\b/iu,
  /^\s*(?:photo|image|picture|video|illustration|credit|source)s?\s*(?::|by\b)/iu,
  // A picture's caption left in the text (outside <figcaption>, which extraction drops), by the words wire
  // services and papers open captions with ("In this photo taken …", "FILE - …", "Clockwise from top: …",
  // "From left, …", "Pictured: …", "[figure 6: …]"), or by the credit it ends with ("… - Image: Raspberry Pi
  // Foundation").
  /^\s*(?:\[\s*(?:figure|fig\.|image|photo|picture|video)\b|in this (?:[\p{L}-]+ )?(?:photo|image|picture|photograph|handout)\b|file(?: photo)?\s*[-–—:]|clockwise from\b|from left\s*[,:]|(?:from )?left to right\s*[,:]|pictured\s*[:,])/iu,
  /\s[-–—|]\s*(?:photo|image|picture|credit)s?\s*:/iu,
  /^\s*(?:read more|read also|also read|see also|related|more on this|watch|listen)\s*[:|–—-]/iu,
  new RegExp(String.raw`^\s*[Bb]y\s+${NAME}(?:\s*[,|–—-]\s*[\p{L}\s.'-]{0,40})?\.?\s*$`, 'u'),
  // The writer's note at the foot of an article: a name, then the writer's trade ("Jane Doe is a reporter for …")
  // or beat ("Jane Doe covers the White House.", "… has covered economics since 2012"). Prose introduces people
  // inside a sentence ("said Jane Doe, a reporter at …"). Not "the author of" (a plan has one), nor "writes
  // about" or "reports on" (an outlet or a president does), nor "covered up".
  new RegExp(
    String.raw`^\s*(?!The\s)${NAME}\s+(?:(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}?` +
      String.raw`(?:reporter|correspondent|writer|journalist|editor|columnist|contributor)\b|` +
      String.raw`(?:covers|has\s+covered|has\s+been\s+covering)\s(?!up\b))`,
    'u',
  ),
  // What the page says of the article itself: "Jane Doe contributed to this report.", "This article originally
  // appeared on …", "A version of this article appears in print on …", a correction ("This version corrects …",
  // "An earlier version of this article misstated …").
  /\bcontributed(?:\s+reporting)?\s+to\s+this\s+(?:report|article|story)\b/iu,
  /^\s*(?:this\s+version|an?\s+(?:earlier|previous|prior)\s+version\s+of\s+this\s+(?:article|story|report))\b/iu,
  /^\s*(?:this|a version of this)\s+(?:article|story|post)\s+(?:(?:was\s+)?(?:originally|first)\s+(?:appeared|published|ran)|was\s+reprinted|appear(?:s|ed)\s+in\s+print)\b/iu,
];

/** Whether a line is page furniture (copyright, credit, byline, "Read more"): never a claim, in any story. */
export function isFurniture(sentence: string): boolean {
  return FURNITURE.some((re) => re.test(sentence));
}
