// Reading what a page shows, pixel by pixel: Playwright's PNG screenshot, decoded by the browser itself
// (createImageBitmap), so no PNG library is needed.
import type { Page } from 'playwright-core';

export type Rgb = readonly [number, number, number];

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The pixels `page` shows in `box` (viewport coordinates), as RGB triples. */
export async function pixelsIn(page: Page, box: Box): Promise<Rgb[]> {
  const png = await page.screenshot({ clip: box });
  const rgba = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const blob = new Blob([bytes], { type: 'image/png' });
    const image = await createImageBitmap(blob, { colorSpaceConversion: 'none', premultiplyAlpha: 'none' });
    const canvas = new OffscreenCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    return [...ctx.getImageData(0, 0, image.width, image.height).data];
  }, png.toString('base64'));
  const pixels: Rgb[] = [];
  for (let i = 0; i < rgba.length; i += 4) pixels.push([rgba[i]!, rgba[i + 1]!, rgba[i + 2]!]);
  return pixels;
}

/** Whether `a` is within `tolerance` of `b` in every channel. */
export const near = (a: Rgb, b: Rgb, tolerance: number) => a.every((c, i) => Math.abs(c - b[i]!) <= tolerance);

/** The colour most of `pixels` have (a text box's background: glyphs cover the minority). */
export function commonest(pixels: readonly Rgb[]): Rgb {
  const counts = new Map<string, number>();
  for (const p of pixels) counts.set(p.join(), (counts.get(p.join()) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return top.split(',').map(Number) as unknown as Rgb;
}

/** `colour` ([r, g, b, alpha], as in CSS) laid over the opaque `under`. */
export const blend = ([r, g, b, a]: readonly number[], under: Rgb): Rgb =>
  [r!, g!, b!].map((c, i) => c * a! + under[i]! * (1 - a!)) as unknown as Rgb;
