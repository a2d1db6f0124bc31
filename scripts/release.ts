/**
 * `npm run release -- patch|minor|major`: bumps the version in package.json and the lock, moves CHANGELOG.md's
 * Unreleased entries into the new version's section, then builds the store archives (`npm run zip`). It commits
 * nothing: review, test (`npm test`, `npm run test:rebuild`), commit and tag yourself (README "Release").
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { releaseChangelog } from './lib/changelog';

const ROOT = resolve(import.meta.dirname, '..');
const CHANGELOG = resolve(ROOT, 'CHANGELOG.md');
const kind = process.argv[2];

if (!kind || !['patch', 'minor', 'major'].includes(kind)) {
  console.error('usage: npm run release -- patch|minor|major');
  process.exit(1);
}
const run = (args: string[]) => execFileSync('npm', args, { cwd: ROOT, stdio: 'inherit' });

// Check the changelog before touching the version, so a refused release leaves everything as it was.
const changelog = readFileSync(CHANGELOG, 'utf8');
releaseChangelog(changelog, '0.0.0-check', '0000-00-00');
run(['version', kind, '--no-git-tag-version']);
const { version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
const today = new Date().toISOString().slice(0, 10);
writeFileSync(CHANGELOG, releaseChangelog(changelog, version, today));
run(['run', 'zip']);
console.log(
  `\nVersion ${version}: CHANGELOG.md dated ${today}, archives in .output/. Next: npm test, npm run test:rebuild, commit, tag v${version}.`,
);
