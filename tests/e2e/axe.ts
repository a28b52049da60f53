import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/**
 * Serious or critical axe-core findings in `page` (or in the element `selector` finds). axe is evaluated rather
 * than added as a script tag, because extension pages' CSP bars inline and foreign scripts.
 */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
  return page.evaluate(async (sel) => {
    type Finding = { id: string; impact: string; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run(n: Node): Promise<{ violations: Finding[] }> } }).axe;
    const { violations } = await axe.run(sel ? document.querySelector(sel)! : document);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, selector);
}
