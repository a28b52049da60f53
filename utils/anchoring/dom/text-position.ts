// The DOM adapter between a root element's text (its textContent, as W3C TextPositionSelectors count it,
// in UTF-16 units) and live DOM Ranges. Pure lookups: it never changes the page.

/** Text nodes in document order with the offset at which each starts in their joined text. */
export interface TextMap {
  nodes: Text[];
  starts: number[];
  text: string;
}

/** Joins the text nodes a walker yields into one string, remembering where each starts. */
export function collectTextNodes(walker: TreeWalker): TextMap {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    nodes.push(t);
    starts.push(offset);
    parts.push(t.data);
    offset += t.data.length;
  }
  return { nodes, starts, text: parts.join('') };
}

/** The text nodes under `root`, in document order, with the offset at which each starts in `root`'s text. */
export function textNodesWithOffsets(root: Node): TextMap {
  return collectTextNodes((root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT));
}

/** Finds the node containing text offset `offset` by binary search; `end` prefers the earlier node at a boundary. */
function locate(map: { nodes: Text[]; starts: number[] }, offset: number, end: boolean): [Text, number] | null {
  const { nodes, starts } = map;
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = starts[mid]!;
    const len = nodes[mid]!.data.length;
    if (offset < start || (end && offset === start && mid > 0)) hi = mid - 1;
    else if (offset > start + len || (!end && offset === start + len && mid < nodes.length - 1)) lo = mid + 1;
    else return [nodes[mid]!, offset - start];
  }
  return null;
}

/** A Range covering text offsets [start, end) of `root`'s text, or null when out of bounds. */
export function rangeFromOffsets(
  root: Node,
  start: number,
  end: number,
  map = textNodesWithOffsets(root),
): Range | null {
  if (start < 0 || end < start || end > map.text.length) return null;
  const a = locate(map, start, false);
  const b = locate(map, end, true);
  if (!a || !b) return null;
  const range = (root.ownerDocument ?? (root as Document)).createRange();
  range.setStart(a[0], a[1]);
  range.setEnd(b[0], b[1]);
  return range;
}

/** The text offsets of a Range's boundaries within `root`'s text, or null if the range is outside `root`. */
export function offsetsFromRange(root: Node, range: Range, map = textNodesWithOffsets(root)): [number, number] | null {
  const offsetOf = (container: Node, offset: number): number | null => {
    if (container.nodeType === Node.TEXT_NODE) {
      const i = map.nodes.indexOf(container as Text);
      return i < 0 ? null : map.starts[i]! + offset;
    }
    // An element boundary: count the text of the nodes before the child at `offset`.
    const probe = (root.ownerDocument ?? (root as Document)).createRange();
    probe.setStart(root, 0);
    probe.setEnd(container, offset);
    return probe.toString().length;
  };
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const s = offsetOf(range.startContainer, range.startOffset);
  const e = offsetOf(range.endContainer, range.endOffset);
  return s === null || e === null ? null : [s, e];
}
