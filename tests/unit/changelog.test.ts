import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasVersionSection, releaseChangelog, unreleasedEntries } from '../../scripts/lib/changelog';

const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLE =
  '# Changelog\n\n## Unreleased\n\n- Fixed the badge.\n\n## 0.1.0 — 2026-11-22\n\n- First build.\n';

describe('CHANGELOG.md', () => {
  it('has a dated section for the version in package.json', () => {
    const { version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
    expect(hasVersionSection(readFileSync(resolve(ROOT, 'CHANGELOG.md'), 'utf8'), version)).toBe(true);
  });

  it('releases the Unreleased entries under the new version, leaving an empty Unreleased', () => {
    const released = releaseChangelog(SAMPLE, '0.2.0', '2026-12-08');
    expect(released).toContain('## Unreleased\n\n## 0.2.0 — 2026-12-08\n\n- Fixed the badge.\n\n## 0.1.0');
    expect(unreleasedEntries(released)).toBe('');
    expect(hasVersionSection(released, '0.2.0')).toBe(true);
  });

  it('refuses to release nothing, or a version twice', () => {
    const released = releaseChangelog(SAMPLE, '0.2.0', '2026-12-08');
    expect(() => releaseChangelog(released, '0.3.0', '2026-12-09')).toThrow(/nothing under/);
    expect(() => releaseChangelog(SAMPLE, '0.1.0', '2026-12-09')).toThrow(/already has/);
  });
});
