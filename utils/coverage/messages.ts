// The coverage view's message, declared once here and joined into the one message union in utils/messages.ts.
import * as v from 'valibot';
import type { WireText } from './wire';

/** The coverage view asks for a story's matrix (who reports which claim). */
export const GetCoverageSchema = v.strictObject({
  type: v.literal('get-coverage'),
  storyId: v.pipe(v.string(), v.minLength(1), v.maxLength(128)),
});

/** Every coverage message schema, for the union in utils/messages.ts. */
export const coverageMessageSchemas = [GetCoverageSchema] as const;

export type CoverageMessageType = v.InferOutput<(typeof coverageMessageSchemas)[number]>['type'];

export interface CoverageReplies {
  /** The matrix as it travels (wire.ts): `readWire` makes it whole. */
  'get-coverage': { ok: true; coverage: WireText } | { ok: false; error: string };
}
