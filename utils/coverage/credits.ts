// Credited retellings: "according to Bloomberg", "the Guardian writes", "reported by Reuters". A credit to one
// of the story's own outlets links the retelling to that source; credits to outlets outside the story are still
// named, when the text itself shows the name is an outlet (it published or reported something, or is called a
// newspaper, agency or resource) rather than a person ("according to Peskov").

// Inner spaces only, never a line break: a heading's last words are not an outlet's first.
const NAME = String.raw`(?:The[ \u00a0]+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{N}&'’.-]*){0,3}`;
const CUE_BEFORE = String.raw`(?:[Aa]ccording\s+to|reported\s+by|cited\s+by|citing|published\s+(?:by|in)|analysis\s+(?:by|of)|report\s+(?:by|in|from)|as\s+reported\s+(?:by|in))`;
const CUE_AFTER = String.raw`(?:obtained|reported|reports|writes|wrote|says|said|notes|noted|published|revealed|learned)`;
/** Lower-case words that may stand between a cue and the name: "analysis of the British resource The Guardian". */
const FILLER = String.raw`(?:(?:the\s+)?(?:\p{Ll}+\s+){0,4})?`;

const CREDIT_BEFORE = new RegExp(String.raw`\b${CUE_BEFORE}\s+${FILLER}(${NAME})`, 'gu');
const CREDIT_AFTER = new RegExp(String.raw`(${NAME})\s+(?:has\s+|had\s+)?${CUE_AFTER}\b`, 'gu');
const OUTLET_NOUN = String.raw`(?:publication|resource|newspaper|agency|outlet|magazine|website|paper|broadcaster|channel)`;
/** "the British resource The Guardian", "the agency Bloomberg": naming a source as one credits it. */
const CREDIT_NOUN = new RegExp(String.raw`\b${OUTLET_NOUN}\s+(${NAME})`, 'gu');
const PUBLISHED = String.raw`(?:has\s+|had\s+)?(?:published|reported|revealed|obtained)`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const bare = (name: string) =>
  name
    .replace(/^The\s+/u, '')
    .replace(/[’']s$|[.’']$/u, '')
    .trim();

/** True when `text` shows `name` to be an outlet: it published or reported, or is introduced as one. */
function calledAnOutlet(text: string, name: string): boolean {
  const n = String.raw`(?:The\s+)?${escape(name)}`;
  const patterns = [
    String.raw`${n}\s+${PUBLISHED}\b`, // Bloomberg has published
    String.raw`\b${OUTLET_NOUN}\s+${FILLER}${n}\b`, // the agency Bloomberg
    String.raw`\bthe\s+${escape(name)}\s+(?:has\s+|had\s+)?${CUE_AFTER}\b`, // the Guardian writes (people take no article)
  ];
  return new RegExp(patterns.join('|'), 'u').test(text);
}

/** The outlets `text` credits; a credit to one of the story's `outlets` carries that source's article id. */
export function findCredits(
  text: string,
  outlets: { articleId: string; outlet: string }[],
): { name: string; articleId: string | null }[] {
  const byName = new Map(outlets.map((o) => [bare(o.outlet).toLowerCase(), o.articleId]));
  const found = new Map<string, string | null>();
  for (const re of [CREDIT_BEFORE, CREDIT_AFTER, CREDIT_NOUN]) {
    for (const m of text.matchAll(re)) {
      const name = bare(m[1]!);
      if (!name || found.has(name)) continue;
      const articleId = byName.get(name.toLowerCase()) ?? null;
      if (articleId !== null || calledAnOutlet(text, name)) found.set(name, articleId);
    }
  }
  return [...found].map(([name, articleId]) => ({ name, articleId }));
}
