import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLOWED_LICENCES, renderNotices, shippedPackages } from '../../../scripts/notices.mjs';

const root = path.resolve(__dirname, '../../..');

interface Shipped {
  name: string;
  version: string;
  license: string;
}

describe('THIRD_PARTY_NOTICES.md', () => {
  it('is what `npm run notices` writes from package-lock.json now (rerun it after a dependency change)', () => {
    const committed = readFileSync(path.join(root, 'THIRD_PARTY_NOTICES.md'), 'utf8');
    expect(committed, 'THIRD_PARTY_NOTICES.md is out of date: run `npm run notices`').toBe(renderNotices(root));
  });

  it("lists every production dependency at the lockfile's version, each under an allowed licence", () => {
    const shipped: Shipped[] = shippedPackages(root);
    const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
    const deps = Object.keys(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).dependencies);
    for (const name of deps) {
      expect(shipped.find((p) => p.name === name)?.version, name).toBe(lock.packages[`node_modules/${name}`].version);
    }
    // Pulled in as a peer (webextension-polyfill) and through WXT's runtime (not its build toolchain).
    expect(shipped.map((p) => p.name)).toContain('webextension-polyfill');
    expect(shipped.map((p) => p.name)).not.toContain('vite');
    for (const p of shipped) expect(ALLOWED_LICENCES, `${p.name} ${p.version}`).toContain(p.license);
  });
});
