/**
 * What an addons.mozilla.org reviewer does with the sources archive (README "Release"): unpack it, `npm ci`,
 * `npm run build`, and compare the result with the Firefox package, file by file and byte for byte. Slow (a
 * fresh install from the npm registry): `npm run test:rebuild`, which .ci/run runs after `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { filesUnder, unpack } from './archives';

const sources = unpack('sources');
const firefox = unpack('firefox');
afterAll(() => {
  for (const archive of [sources, firefox]) rmSync(archive.dir, { recursive: true, force: true });
}, 120_000);

/** The shell a reviewer builds in: without what Vitest sets (NODE_ENV=test would change what the build keeps). */
function reviewerEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(NODE_ENV|VITEST.*|TEST|MODE)$/.test(key)),
  );
}

it('rebuilds the Firefox package exactly from the sources archive with npm ci && npm run build', () => {
  const run = (args: string[]) =>
    execFileSync('npm', args, {
      cwd: sources.dir,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: reviewerEnv(),
    });
  run(['ci', '--no-audit', '--no-fund']);
  run(['run', 'build']);
  const rebuilt = `${sources.dir}/.output/firefox-mv2`;
  const files = filesUnder(rebuilt);
  expect(files).toEqual(firefox.files);
  const differing = files.filter((file) => !readFileSync(`${rebuilt}/${file}`).equals(firefox.read(file)));
  expect(differing).toEqual([]);
}, 900_000);
