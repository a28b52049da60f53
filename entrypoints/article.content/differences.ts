import type { Claim } from '@/utils/engine';
import { sendMessage } from '@/utils/browser/send';
import { MAX_DIFFERENCE_CHARS, MAX_DIFFERENCE_PAIRS } from '@/utils/limits';

// The alignment comes back without its links' differences, so the notes are drawn as soon as the links are
// known; the worker finds the differences meanwhile (on a woken worker that is half of a first alignment:
// docs/side-notes.md), and the notes show them when they arrive.

/** Asks for the differences of every link of `claims` and writes them into the links; resolves once they are in.
 *  Past the message's bounds (an article far longer than any real one), the links beyond show none. */
export async function fillDifferences(claims: Claim[]): Promise<void> {
  const links = claims.flatMap((claim) => claim.matches.map((match) => ({ claim: claim.text, match })));
  let chars = 0;
  const asked = links.slice(0, MAX_DIFFERENCE_PAIRS).filter(({ claim, match }) => {
    chars += claim.length + match.text.length;
    return chars <= MAX_DIFFERENCE_CHARS;
  });
  if (!asked.length) return;
  const reply = await sendMessage({
    type: 'find-differences',
    pairs: asked.map(({ claim, match }): [string, string] => [claim, match.text]),
  });
  reply.differences.forEach((found, i) => {
    const link = asked[i];
    if (link) link.match.differences = found;
  });
}
