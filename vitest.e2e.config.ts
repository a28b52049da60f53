import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// End-to-end tests: the built extension (.output/chrome-mv3, or under $SIDELIGHT_OUT_DIR) in a real Chromium, against the demo newsroom.
// One file at a time: each file owns a browser, and this machine has two cores.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    retry: process.env.CI ? 1 : 0,
    // expect.poll's own default (1 s) is too short for a busy two-core machine: a page load, the service worker's
    // engine and a redraw can take seconds there. A poll ends as soon as its condition holds.
    expect: { poll: { timeout: 15_000 } },
  },
});
