// Text from outside may hold lone UTF-16 surrogates (half an emoji, cut at a UTF-16 offset; or planted).
// encodeURIComponent throws on one, so a single one in a highlight used to break the library's rendering and the
// Markdown export. It is repaired where text comes in, not rejected: a highlight's 200-unit context is cut at a
// UTF-16 offset and can itself end in half an emoji, so Sidelight's own exports may carry one; U+FFFD is one
// UTF-16 unit too, so every offset into the text (positions, claims) stays where it was.
import * as v from 'valibot';
import { tooLong } from './limits';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with each lone surrogate replaced by U+FFFD (what String.prototype.toWellFormed does), same length. */
export const wellFormed = (text: string): string => text.replace(LONE_SURROGATE, '\uFFFD');

/** A valibot string whose output has no lone surrogates: the first step of a string schema for outside text. */
export const wellFormedString = () => v.pipe(v.string(), v.transform(wellFormed));

/** A well-formed string of at most `max` UTF-16 units ("longer than 2,000 characters" otherwise). */
export const boundedString = (max: number) =>
  v.pipe(v.string(), v.maxLength(max, tooLong(max)), v.transform(wellFormed));
