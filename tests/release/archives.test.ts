/**
 * The archives `npm run zip` makes are the ones the stores get: the Chrome Web Store's zip, addons.mozilla.org's
 * zip and the sources AMO asks for when the code is bundled. Each is unpacked and checked as its store would, and
 * for what must not ship (source maps, tests, build leftovers). Budgets: README "Release".
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Archive, ROOT, unpack, VERSION } from './archives';

const chrome = unpack('chrome');
const firefox = unpack('firefox');
const sources = unpack('sources');
afterAll(() => {
  for (const archive of [chrome, firefox, sources]) rmSync(archive.dir, { recursive: true, force: true });
});

// biome-ignore lint/suspicious/noExplicitAny: a manifest is free-form JSON; each test reads the keys it checks
type Manifest = Record<string, any>;
const manifestOf = (archive: Archive): Manifest => JSON.parse(archive.read('manifest.json').toString('utf8'));

/** Every file a manifest names: icons, scripts, pages, locales. */
function referencedFiles(manifest: Manifest): string[] {
  const action = manifest.action ?? manifest.browser_action ?? {};
  return [
    ...Object.values<string>(manifest.icons ?? {}),
    ...(manifest.content_scripts ?? []).flatMap((c: Manifest) => [...(c.js ?? []), ...(c.css ?? [])]),
    ...(manifest.background?.scripts ?? []),
    ...(manifest.background?.service_worker ? [manifest.background.service_worker] : []),
    ...(action.default_popup ? [action.default_popup] : []),
    `_locales/${manifest.default_locale}/messages.json`,
  ];
}

/** The name and description each locale shows in the store, resolved from `__MSG_…__`. */
function storeTexts(
  archive: Archive,
  manifest: Manifest,
): { locale: string; name: string; description: string }[] {
  const locales = archive.files.filter((f) => /^_locales\/[^/]+\/messages\.json$/.test(f));
  return locales.map((file) => {
    const messages = JSON.parse(archive.read(file).toString('utf8'));
    const resolve = (text: string) =>
      text.replace(/__MSG_(\w+)__/g, (_m, key) => messages[key]?.message ?? '');
    return {
      locale: file.split('/')[1] ?? '',
      name: resolve(manifest.name),
      description: resolve(manifest.description),
    };
  });
}

describe.each([
  ['Chrome Web Store', chrome],
  ['addons.mozilla.org', firefox],
])('the package for %s', (_store, archive) => {
  const manifest = manifestOf(archive);

  it("carries package.json's version and every file its manifest names", () => {
    expect(manifest.version).toBe(VERSION);
    for (const file of referencedFiles(manifest)) expect(archive.files, file).toContain(file);
  });

  it('names and describes itself in every locale within the stores’ limits', () => {
    const texts = storeTexts(archive, manifest);
    expect(texts.map((t) => t.locale).sort()).toEqual(['en', 'ja', 'zh_CN']);
    for (const { locale, name, description } of texts) {
      expect(name.length, `${locale} name`).toBeGreaterThan(0);
      expect(name.length, `${locale} name`).toBeLessThanOrEqual(45); // Chrome's limit for a name in the toolbar
      expect(description.length, `${locale} description`).toBeGreaterThan(0);
      expect(description.length, `${locale} description`).toBeLessThanOrEqual(132); // the Web Store's limit
    }
  });

  it('holds no source maps, tests, fixtures or hidden files', () => {
    const unwanted = archive.files.filter((f) =>
      /\.map$|\.test\.|\.e2e\.|(^|\/)tests?\/|fixtures|(^|\/)\.|\.tsx?$/.test(f),
    );
    expect(unwanted).toEqual([]);
    for (const file of archive.files.filter((f) => f.endsWith('.js') || f.endsWith('.css'))) {
      expect(archive.read(file).toString('utf8'), file).not.toMatch(/sourceMappingURL/);
    }
  });

  it('stays within its size budget: 400 kB zipped, 1.2 MB unpacked, no file over 700 kB', () => {
    expect(archive.size).toBeLessThan(400_000);
    const sizes = archive.files.map((f) => [f, archive.read(f).length] as const);
    expect(sizes.reduce((sum, [, size]) => sum + size, 0)).toBeLessThan(1_200_000);
    expect(sizes.filter(([, size]) => size > 700_000)).toEqual([]);
  });
});

describe('the Chrome package', () => {
  const manifest = manifestOf(chrome);
  it('is a Manifest V3 extension with a service worker and no Firefox or self-hosting keys', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background).toEqual({ service_worker: 'background.js' });
    for (const key of ['browser_specific_settings', 'key', 'update_url'])
      expect(manifest).not.toHaveProperty(key);
  });
});

describe('the Firefox package', () => {
  const manifest = manifestOf(firefox);
  it('has its permanent add-on id, for desktop and Android, and declares that it collects no data', () => {
    const settings = manifest.browser_specific_settings;
    // A GUID: AMO ties the listing, updates and the user's stored data to it for good.
    expect(settings.gecko.id).toMatch(/^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/);
    expect(settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(settings.gecko.strict_min_version).toMatch(/^\d+\.0$/);
    expect(settings.gecko_android.strict_min_version).toMatch(/^\d+\.0$/);
  });

  it("passes AMO's own validator (addons-linter through web-ext) with no errors and no manifest warnings", () => {
    let output: string;
    try {
      output = execFileSync(
        'npx',
        ['web-ext', 'lint', '--source-dir', firefox.dir, '--output', 'json', '--no-input'],
        {
          cwd: ROOT,
          encoding: 'utf8',
        },
      );
    } catch (error) {
      output = (error as { stdout: string }).stdout; // web-ext exits non-zero on errors; the report is still JSON
    }
    const report = JSON.parse(output);
    const codes = (list: { code: string }[]) => list.map((m) => m.code);
    expect(codes(report.errors)).toEqual([]);
    expect(codes(report.notices)).toEqual([]);
    // The only warnings: Preact writing `innerHTML` in its DOM diff, which AMO reviews and accepts.
    expect(codes(report.warnings).filter((code) => code !== 'UNSAFE_VAR_ASSIGNMENT')).toEqual([]);
  });
});

describe('the sources archive for AMO', () => {
  it('holds what the build needs, at the same version, and nothing else', () => {
    for (const file of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md']) {
      expect(sources.files).toContain(file);
    }
    for (const dir of ['entrypoints/', 'components/', 'utils/', 'data/', 'public/']) {
      expect(
        sources.files.some((f) => f.startsWith(dir)),
        dir,
      ).toBe(true);
    }
    expect(sources.read('package.json').toString('utf8')).toBe(
      readFileSync(join(ROOT, 'package.json'), 'utf8'),
    );
    const unwanted = sources.files.filter((f) =>
      /^(node_modules|\.output|\.wxt|\.git|tests|scripts|demo-output)\/|\.test\.tsx?$|\.map$|(^|\/)\.env/.test(
        f,
      ),
    );
    expect(unwanted).toEqual([]);
    expect(sources.size).toBeLessThan(500_000);
  });
});
