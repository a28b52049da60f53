// Measuring helpers for the in-browser benchmarks (notes-browser.bench.mjs): CPU profiles attributed to the
// extension's scripts, the time from DOMContentLoaded to notes on screen, heap usage, and table printing.

/** Statistics of a list of numbers. */
export function stats(values) {
  const s = [...values].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return { n: s.length, median: at(0.5), p90: at(0.9), max: s[s.length - 1] ?? NaN, min: s[0] ?? NaN };
}

/** Prints a Markdown table. */
export function table(head, rows) {
  console.log(`| ${head.join(' | ')} |`);
  console.log(`|${head.map(() => '---').join('|')}|`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  console.log('');
}

export const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '–');

/** Starts V8's sampling profiler for a page (its main world and the extension's isolated worlds share it). */
export async function startProfile(cdp) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
}

/**
 * Stops the profiler; returns milliseconds of samples whose stack holds a frame from each of `scripts`
 * (URL substrings), and of all non-idle samples (the page's own main-thread time, the baseline).
 */
export async function stopProfile(cdp, scripts) {
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const owner = new Map(); // node id -> index of the script it runs under, or -1
  const ownerOf = (id) => {
    if (owner.has(id)) return owner.get(id);
    const url = byId.get(id)?.callFrame.url ?? '';
    let o = scripts.findIndex((s) => url.includes(s));
    if (o < 0 && parent.has(id)) o = ownerOf(parent.get(id));
    owner.set(id, o);
    return o;
  };
  const ours = scripts.map(() => 0);
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const name = byId.get(id)?.callFrame.functionName;
    if (name === '(idle)') return;
    busy += dt;
    const o = ownerOf(id);
    if (o >= 0) ours[o] += dt;
  });
  return { ours, busy };
}

/** Run in the page before it loads: records when Sidelight's notes are first on screen (after a frame). */
export function recordNotesVisible() {
  // The notes' shadow root is closed to the page (this runs in the page's world), so their host is what it sees.
  const seen = () => !!document.querySelector('sidelight-notes');
  const observer = new MutationObserver(() => {
    if (!seen()) return;
    observer.disconnect();
    requestAnimationFrame(() => (window.__notesVisibleAt = performance.now()));
  });
  observer.observe(document, { childList: true, subtree: true });
  // The content script mounts the host and renders the rows in one task (show-notes.tsx: mount, paint, draw), so
  // when the observer sees the host the rows are there too; the next frame puts them on screen.
}

/** The User Timing mark the article script sets when the links' differences are on screen (show-notes.tsx). */
const DIFFERENCES_SHOWN = 'sidelight:differences-shown';

/** Milliseconds from DOMContentLoaded to notes visible, to their differences shown (they follow the notes), and to
 *  the load event (the baseline), in one page. */
export async function notesTiming(page, timeout = 20_000) {
  await page.waitForFunction(() => window.__notesVisibleAt !== undefined, null, { timeout });
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, DIFFERENCES_SHOWN, { timeout });
  return page.evaluate((mark) => {
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      notes: window.__notesVisibleAt - nav.domContentLoadedEventStart,
      differences: performance.getEntriesByName(mark)[0].startTime - nav.domContentLoadedEventStart,
      load: nav.loadEventEnd - nav.domContentLoadedEventStart,
    };
  }, DIFFERENCES_SHOWN);
}

/** JS heap in use (MB) after a full collection, and DOM nodes, for a page's renderer. */
export async function heapAndNodes(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const nodes = metrics.find((m) => m.name === 'Nodes')?.value ?? NaN;
  return { heapMB: usedSize / 2 ** 20, nodes };
}
