// W3C TextPositionSelectors count Unicode code points; JavaScript indexes UTF-16 units. An emoji or a rare CJK
// character is one code point and two units, so offsets drift after each one unless converted.

/** Converts between UTF-16 offsets and code-point offsets in one text, in O(log n) per call after one scan. */
export interface CodePointIndex {
  toCodePoints(utf16: number): number;
  toUtf16(codePoints: number): number;
}

/** Indexes the astral (surrogate-pair) characters of `text` once, so conversions are cheap for many offsets. */
export function codePointIndex(text: string): CodePointIndex {
  // UTF-16 offsets of the low half of each surrogate pair: each one is a unit that is not a code point.
  const lows: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) lows.push(++i);
    }
  }
  /** How many entries of `lows` are below `bound` (as UTF-16 or as code points, via `key`). */
  const countBelow = (bound: number, key: (low: number, k: number) => number): number => {
    let lo = 0;
    let hi = lows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (key(lows[mid]!, mid) < bound) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    toCodePoints: (u) => u - countBelow(u, (low) => low),
    // The k-th low unit sits at code point (low - k); each one before the target adds a unit.
    toUtf16: (cp) => cp + countBelow(cp + 1, (low, k) => low - k),
  };
}
