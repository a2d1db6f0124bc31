/**
 * An extension update over what an older version stored (the hardening issue). The extension is loaded from a
 * temporary copy of the build whose manifest says 0.0.1, and the older version's storage is put in place; then
 * the directory's content is replaced by the current build. Chromium derives an unpacked extension's id from its
 * directory, so it finds the same extension (same id, same storage) at a higher version, two ways:
 *
 * - loaded again while the browser runs (DevTools protocol `Extensions.loadUnpacked`, what "Load unpacked" does;
 *   like the Web Store updating a running browser): `runtime.onInstalled` reports reason "update" and the
 *   previous version;
 * - with the browser closed and relaunched on the same profile: Chromium reinstalls an extension given by
 *   `--load-extension` at every launch, so `onInstalled` reports "install" (no previous version), but the
 *   extension's storage is the old version's.
 *
 * In both, every tick and setting must survive, with no storage-problem notice and the right badge.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, type Harness, launch } from './harness';

const OLD_VERSION = '0.0.1';
const CURRENT_VERSION = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')).version;

/**
 * Records what `runtime.onInstalled` reports, in session storage, for the test to read: appended to both copies'
 * background script, the only change besides the old copy's version number. It runs at the script's top level, as
 * a listener must to receive the event that started the worker.
 */
const INSTALL_PROBE =
  '\n;chrome.runtime.onInstalled.addListener((d) => chrome.storage.session.set({ e2eInstalled: d }));\n';

/** Puts the current build in `dir`, with `version` in its manifest. */
function copyBuild(dir: string, version: string) {
  rmSync(dir, { recursive: true, force: true });
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestFile = join(dir, 'manifest.json');
  writeFileSync(manifestFile, JSON.stringify({ ...JSON.parse(readFileSync(manifestFile, 'utf8')), version }));
  writeFileSync(join(dir, 'background.js'), readFileSync(join(dir, 'background.js'), 'utf8') + INSTALL_PROBE);
}

/** Exactly what the version before plans version 2 stored: ticked step ids as a list, no notes. */
const OLD_STORAGE = {
  plans: {
    version: 1,
    active: 'old-docomo',
    plans: [
      {
        id: 'old-docomo',
        carrier: 'docomo',
        card: 'physical',
        goal: 'cancel',
        created: Date.UTC(2026, 0, 5),
        done: ['move-sms-logins', 'points-docomo'],
      },
      {
        id: 'old-au',
        carrier: 'au',
        card: 'esim',
        goal: 'mnp',
        created: Date.UTC(2026, 0, 6),
        done: ['mnp-one-stop'],
      },
    ],
  },
  // Settings before the reminders switch existed.
  settings: {
    version: 1,
    lang: 'en',
    hintsHiddenOn: ['my.au.com'],
    trustedSites: ['myhome-nas.duckdns.org'],
  },
};

let h: Harness;
let extensionDir: string;

beforeAll(async () => {
  extensionDir = mkdtempSync(join(tmpdir(), 'kaiyaku-update-'));
  copyBuild(extensionDir, OLD_VERSION);
  h = await launch({ extensionDir });
});
afterAll(async () => {
  await h?.close();
  rmSync(extensionDir, { recursive: true, force: true });
});

/**
 * Evaluates `read` in a fresh extension page, which reaches storage and the manifest without the service worker
 * (after a reload, Playwright may still list the old worker or not yet the new one).
 */
async function onExtensionPage<T>(read: () => Promise<T> | T): Promise<T> {
  const page = await h.context.newPage();
  try {
    await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
    return await page.evaluate(read);
  } finally {
    await page.close();
  }
}
const stored = () => onExtensionPage(() => chrome.storage.local.get(null));
const installed = () =>
  onExtensionPage(async () => (await chrome.storage.session.get('e2eInstalled')).e2eInstalled);
const version = () => onExtensionPage(() => chrome.runtime.getManifest().version);

/** The old version running, with exactly what it stored. */
async function oldVersionWithItsStorage() {
  expect(await version()).toBe(OLD_VERSION);
  await (await h.serviceWorker()).evaluate(async (old) => {
    await chrome.storage.local.clear();
    await chrome.storage.local.set(old);
  }, OLD_STORAGE);
}

async function ticked(popup: Page): Promise<string[]> {
  return popup
    .locator('.step input[type=checkbox]:checked')
    .evaluateAll((boxes) => boxes.map((b) => b.closest<HTMLElement>('.step')?.dataset.step ?? '').sort());
}

/** The popup and the badge show every old tick and setting, and no storage problem; nothing was set aside. */
async function expectEverythingKept() {
  const page = await h.context.newPage();
  await page.goto('https://www.docomo.ne.jp/');
  const tabId = await h.tabIdOf(page);
  const popup = await h.openPopup({ tabId });
  await expect(popup.locator('#plan-title').textContent()).resolves.toContain('NTT docomo');
  expect(await ticked(popup)).toEqual(['move-sms-logins', 'points-docomo']);
  const progress = popup.locator('#progress-text');
  const done = Number(await progress.getAttribute('data-done'));
  const total = Number(await progress.getAttribute('data-total'));
  expect(done).toBe(2);
  await expect.poll(() => h.badgeText(tabId)).toBe(String(total - done));
  expect(await popup.locator('.notice.warning').count()).toBe(0);
  await popup.locator('[data-list="guard.trustedSites"] summary').click();
  await expect(popup.locator('[data-list="guard.trustedSites"]').textContent()).resolves.toContain(
    'myhome-nas.duckdns.org',
  );

  await popup.getByRole('button', { name: /^au \(KDDI\) · / }).click();
  await expect.poll(() => ticked(popup)).toEqual(['mnp-one-stop']);

  const after = await stored();
  expect(after.quarantine).toBeUndefined();
  expect(after.settings).toEqual(OLD_STORAGE.settings);
  await popup.close();
  await page.close();
}

describe('extension update over an older version’s storage', () => {
  it('updated while the browser runs: onInstalled says "update" from the old version; everything kept', async () => {
    await expect.poll(installed).toMatchObject({ reason: 'install' });
    await oldVersionWithItsStorage();
    copyBuild(extensionDir, CURRENT_VERSION);
    // What "Load unpacked" does for a directory already loaded: Chromium updates that extension in place.
    // (`runtime.reload()` leaves a --load-extension extension unloaded here.)
    const browser = h.context.browser();
    if (!browser) throw new Error('no browser to load the extension in');
    const cdp = await browser.newBrowserCDPSession();
    expect(await cdp.send('Extensions.loadUnpacked', { path: extensionDir })).toEqual({ id: h.extensionId });
    await cdp.detach();

    await expect.poll(version, { timeout: 15_000 }).toBe(CURRENT_VERSION);
    await expect.poll(installed).toEqual({ reason: 'update', previousVersion: OLD_VERSION });
    await expectEverythingKept();
  });

  it('updated across a browser restart: the same extension and storage at the new version; everything kept', async () => {
    await h.context.close();
    copyBuild(extensionDir, OLD_VERSION);
    await h.restart();
    await oldVersionWithItsStorage();
    await h.context.close();
    copyBuild(extensionDir, CURRENT_VERSION);
    await h.restart();

    expect(await version()).toBe(CURRENT_VERSION);
    // Chromium reinstalls a --load-extension extension at each launch (see the top of this file).
    await expect.poll(installed).toEqual({ reason: 'install' });
    await expectEverythingKept();
  });
  it('sets a newer version’s value aside, says so, lists it, and keeps it', async () => {
    const newer = {
      version: 3,
      plans: [{ id: 'n1', brand: 'docomo', card: 'physical', goal: 'cancel', createdAt: 1, tasks: [] }],
      activeId: 'n1',
    };
    await (await h.serviceWorker()).evaluate((plans) => chrome.storage.local.set({ plans }), newer);
    const popup = await h.openPopup();
    const notice = popup.locator('.notice.warning');
    await expect(notice.textContent()).resolves.toContain('could not be read');

    await popup.locator('details.your-data summary').click();
    const item = popup.locator('.kept-aside li[data-cause="newer"]');
    await expect(item.textContent()).resolves.toContain('newer version of Kaiyaku Guard');
    // This version would read it only in part, so it offers no restore; the value downloads exactly as stored.
    expect(await item.getByRole('button', { name: 'Restore' }).count()).toBe(0);
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      item.getByRole('button', { name: 'Download' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^kaiyaku-guard-plans-set-aside-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(readFileSync(await download.path(), 'utf8'))).toEqual(newer);

    // Dismissing the notice keeps the value; only "Forget" deletes it.
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    const kept = (await stored()).quarantine as { key: string; raw: string; seen: boolean }[];
    expect(kept.filter((e) => e.key === 'plans').map((e) => JSON.parse(e.raw))).toEqual([newer]);
    expect(kept.every((e) => e.seen)).toBe(true);
    await popup.close();
  });
});
