/**
 * The committed lock file is what `npm ci` installs on a fresh machine (.ci/run has no fallback): these checks fail
 * here, in seconds, for the mistakes that make `npm ci` refuse it or warn, instead of on the next clean checkout.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const readJson = (file: string) => JSON.parse(readFileSync(resolve(ROOT, file), 'utf8'));

interface LockedPackage {
  version?: string;
  optional?: boolean;
  engines?: { node?: string } | string[];
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const pkg = readJson('package.json');
const lock = readJson('package-lock.json') as {
  lockfileVersion: number;
  packages: Record<string, LockedPackage & Record<string, unknown>>;
};
const locked = Object.entries(lock.packages).filter(([path]) => path !== '');
const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** The Node versions README "Requirements" names, as the `engines` range it quotes. */
function readmeNodeRange(): string {
  const match = /Node\.js `([^`]+)`/.exec(readFileSync(resolve(ROOT, 'README.md'), 'utf8'));
  if (!match?.[1]) throw new Error('README names no Node versions ("Node.js `<range>`")');
  return match[1];
}

describe('package-lock.json', () => {
  it('is written for the package.json beside it (npm ci refuses a lock that disagrees)', () => {
    expect(lock.lockfileVersion).toBe(3);
    const root = lock.packages[''] ?? {};
    for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
      expect(root[field] ?? {}, field).toEqual(pkg[field] ?? {});
    }
    expect(root.engines).toEqual(pkg.engines);
  });

  it('locks every direct dependency at a version its range accepts', () => {
    for (const [name, range] of Object.entries<string>({ ...pkg.dependencies, ...pkg.devDependencies })) {
      const version = lock.packages[`node_modules/${name}`]?.version;
      expect(version, `${name} is not in the lock`).toBeDefined();
      expect(semver.satisfies(version as string, range), `${name}@${version} for ${range}`).toBe(true);
    }
  });

  it('applies every override', () => {
    for (const [name, version] of Object.entries<string>(pkg.overrides ?? {})) {
      const copies = locked.filter(([path]) => nameOf(path) === name);
      expect(copies.length, `${name} is not in the lock`).toBeGreaterThan(0);
      for (const [path, entry] of copies) expect(entry.version, path).toBe(version);
    }
  });

  it("lists every platform's optional packages, not only this machine's", () => {
    const names = new Set(locked.map(([path]) => nameOf(path)));
    const missing = locked.flatMap(([path, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((dep) => !names.has(dep))
        .map((dep) => `${dep} (wanted by ${nameOf(path)})`),
    );
    expect(missing).toEqual([]);
  });

  it('installs without engine warnings on every Node version package.json and the README name', () => {
    const ours: string = pkg.engines.node;
    expect(readmeNodeRange()).toBe(ours);
    expect(semver.satisfies(process.versions.node, ours), `this Node, ${process.versions.node}`).toBe(true);
    // Every version our range admits must be one each locked package admits (optional ones included: another
    // platform installs them).
    const refused = locked
      .filter(([, entry]) => typeof (entry.engines as { node?: string } | undefined)?.node === 'string')
      .filter(([, entry]) => !semver.subset(ours, (entry.engines as { node: string }).node))
      .map(([path, entry]) => `${nameOf(path)}@${entry.version} wants node ${JSON.stringify(entry.engines)}`);
    expect(refused).toEqual([]);
  });
});
