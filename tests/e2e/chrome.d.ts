// Code passed to page.evaluate / worker.evaluate runs inside extension contexts, where `chrome` is global.
declare const chrome: typeof import('@wxt-dev/browser').browser;
