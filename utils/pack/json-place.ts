// Where JSON.parse stopped in a file, as a person finds it there: line and column, counted from 1. The parser's
// message is in English whatever the reader's language (Chromium: "… in JSON at position 42 (line 3 column 7)";
// Firefox: "… at line 3 column 7 of the JSON data"), so a problem says the place in the reader's words instead.

/** The line and column where parsing `text` stopped, read from the parser's `message`; null where it names none
 *  ("Unexpected token 'x', "x…" is not valid JSON"). */
export function jsonErrorPlace(text: string, message: string): { line: number; column: number } | null {
  const lineColumn = /\bat line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const at = /\bat position (\d+)/.exec(message);
  const position = at ? Number(at[1]) : /\bend of JSON input\b/.test(message) ? text.length : null;
  if (position === null || position > text.length) return null;
  const before = text.slice(0, position);
  return { line: before.split('\n').length, column: position - before.lastIndexOf('\n') };
}
