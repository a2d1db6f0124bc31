/** CHANGELOG.md's sections, for the release script and the release tests. */

export const UNRELEASED = '## Unreleased';

/** The entries under "## Unreleased" (up to the next section), trimmed; empty when there are none. */
export function unreleasedEntries(changelog: string): string {
  const start = changelog.indexOf(UNRELEASED);
  if (start < 0) return '';
  const body = changelog.slice(start + UNRELEASED.length);
  const next = body.search(/^## /m);
  return (next < 0 ? body : body.slice(0, next)).trim();
}

/** Whether the changelog has a section for `version` ("## 1.2.3 — 2026-12-07"). */
export function hasVersionSection(changelog: string, version: string): boolean {
  return new RegExp(`^## ${version.replace(/\./g, '\\.')} — \\d{4}-\\d{2}-\\d{2}`, 'm').test(changelog);
}

/**
 * Moves the Unreleased entries into a new section for `version` dated `date` (YYYY-MM-DD), under a fresh, empty
 * Unreleased heading. Throws when there is nothing to release or the version already has a section.
 */
export function releaseChangelog(changelog: string, version: string, date: string): string {
  if (!unreleasedEntries(changelog))
    throw new Error('CHANGELOG.md: nothing under "## Unreleased" to release');
  if (hasVersionSection(changelog, version))
    throw new Error(`CHANGELOG.md already has a section for ${version}`);
  return changelog.replace(UNRELEASED, `${UNRELEASED}\n\n## ${version} — ${date}`);
}
