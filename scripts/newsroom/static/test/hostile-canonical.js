// The hostile page's script (templates/hostile-canonical.mjs): it tries, as any page's script could, to read and
// drive Sidelight's UI. Whatever it learns or manages goes into window.__hostile for the e2e test to read;
// `done` is set once it has tried everything. Its waits are the attacker's patience, bounded.
(() => {
  const report = { readable: [], drawn: [], clicked: [], saveButtonShown: false, commented: false, done: false };
  window.__hostile = report;
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const until = async (find, ms) => {
    for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) {
      const found = find();
      if (found) return found;
    }
    return null;
  };
  const roots = () =>
    [...document.querySelectorAll('sidelight-save, sidelight-highlights, sidelight-notes')]
      .map((host) => host.shadowRoot)
      .filter(Boolean);
  const inRoots = (selector) =>
    roots()
      .map((root) => root.querySelector(selector))
      .find(Boolean) ?? null;
  const read = () => {
    for (const root of roots()) report.readable.push(root.textContent);
    report.drawn = [...(CSS.highlights?.get('sidelight-saved') ?? [])].map((range) => range.toString());
  };

  async function attack() {
    // (a) The reader's highlights for the address this page names are drawn on it, or listed as not found on it
    // (with their quotes): open that list and read everything Sidelight shows.
    const notFound = await until(() => inRoots('[data-testid="highlight-orphans"] button'), 8000);
    if (notFound) {
      notFound.click();
      await until(() => inRoots('[data-testid="highlight-orphans"] li'), 2000);
    }
    read();

    // (b) Plant a highlight under that address: select this page's text, make the mouseup that shows the save
    // button, press it, then write the comment.
    const paragraph = document.getElementById('plant');
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    const box = range.getBoundingClientRect();
    paragraph.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: box.right, clientY: box.bottom }));
    const host = await until(() => document.querySelector('sidelight-save'), 5000);
    report.saveButtonShown = !!host;
    const button = host?.shadowRoot?.querySelector('button');
    if (button) {
      button.click();
      report.clicked.push('save button');
    }
    if (host) {
      // Without its root, the host is all a script can reach: click it, and dispatch a click into it.
      host.click();
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      report.clicked.push('host');
    }
    const card = await until(() => inRoots('[data-testid="highlight-saved"]'), 8000);
    if (card) {
      const comment = card.querySelector('textarea');
      comment.value = 'Planted by the page';
      comment.dispatchEvent(new Event('input', { bubbles: true }));
      [...card.querySelectorAll('button')].find((b) => b.textContent === 'Save note')?.click();
      report.commented = true;
    }
    read();
  }

  const start = () => void attack().finally(() => (report.done = true));
  if (document.readyState === 'complete') start();
  else addEventListener('load', start);
})();
