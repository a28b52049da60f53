// YAML front matter for Markdown notes. Titles, authors and tags come from other people's pages and imported
// files: each is written as a double-quoted scalar, where a colon, a quote, a `#`, a leading `---` or `- ` mean
// nothing, and every line break or other control character is an escape, so no value can end its line, end the
// front matter or start a key of its own. (YAML 1.2, §7.3.1; read the same by YAML 1.1 parsers and Obsidian.)

/** Escapes that YAML's double-quoted style names; other control characters are written \xNN or \uNNNN. */
const NAMED: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\0': '\\0',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
  '\u0085': '\\N',
  '\u2028': '\\L',
  '\u2029': '\\P',
};

// C0 and C1 controls, DEL, the line and paragraph separators, and the byte-order mark (which a parser may drop).
const isControl = (code: number) =>
  code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || code === 0xfeff;

/** One character of a double-quoted scalar: itself, or its escape. */
function escaped(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const code = c.codePointAt(0)!;
  if (!isControl(code)) return c;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `s` as a YAML double-quoted scalar, on one line. */
export const yamlQuoted = (s: string): string => `"${[...s].map(escaped).join('')}"`;

// A date YAML and Obsidian read as a date; anything else given as a date is written as text.
const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A value in front matter: text (quoted), a list of texts (one quoted item a line), or a date written bare. */
export type YamlValue = string | readonly string[] | { date: string };

/** A front matter block (`---` … `---`) of the fields that have a value, in the order given. Keys are the
 *  caller's own constants, never text from outside. */
export function frontMatter(fields: readonly [key: string, value: YamlValue | undefined][]): string {
  const lines = ['---'];
  for (const [key, value] of fields) {
    if (value === undefined) continue;
    if (typeof value === 'string') lines.push(`${key}: ${yamlQuoted(value)}`);
    else if ('date' in value) lines.push(`${key}: ${BARE_DATE.test(value.date) ? value.date : yamlQuoted(value.date)}`);
    else if (value.length) lines.push(`${key}:`, ...value.map((item) => `  - ${yamlQuoted(item)}`));
  }
  lines.push('---');
  return lines.join('\n');
}
