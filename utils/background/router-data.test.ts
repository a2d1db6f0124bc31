/**
 * The `data/export` and `data/import` messages (issue 7) and the `quarantine/*` messages; the file format is tested
 * in utils/store/transfer.test.ts, restoring in utils/store/quarantine.test.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing';
import { contentScriptSender, type FakeRouter, fakeRouter, popupSender } from '../../tests/unit/router-deps';
import type { Message, PopupState, TabInfo } from '../messages';
import { type ExportFile, serialiseExport } from '../store/export-file';
import { handleMessage, RefusedError, type RouterDeps } from './router';

const popup = popupSender;
const contentScript = contentScriptSender(3, 'https://www.docomo.ne.jp/');
const webPage: Runtime.MessageSender = { id: 'kaiyaku', url: 'https://evil.example/popup.html' };

let deps: RouterDeps;
let tabs: Map<number, TabInfo>;
let router: FakeRouter;

beforeEach(() => {
  router = fakeRouter(Date.UTC(2028, 2, 1));
  ({ deps, tabs } = router);
});

const send = (message: Message, sender = popup) => handleMessage(message, sender, deps);
const state = async () => (await send({ type: 'state/get' })) as PopupState;

async function someData() {
  await send({ type: 'plan/create', brand: 'docomo', card: 'physical', goal: 'cancel' });
  await send({ type: 'plan/toggle', planId: 'plan-1', stepId: 'points-docomo', done: true });
  await send({ type: 'plan/note', planId: 'plan-1', stepId: 'points-docomo', note: 'used them up' });
  await send({ type: 'plan/dates', planId: 'plan-1', targetDate: '2028-03-10', mnpIssuedDate: null });
  await send({ type: 'settings/lang', lang: 'ja' });
  await send({ type: 'site/trust' }, { ...contentScript, url: 'https://nas.duckdns.org/' });
}

describe('data/export and data/import', () => {
  it('exports everything, and an import of that file after a wipe brings it all back', async () => {
    await someData();
    const before = await state();
    const file = (await send({ type: 'data/export' })) as ExportFile;
    expect(file.format).toBe('kaiyaku-guard-export');
    expect(file.plans.plans[0]?.steps['points-docomo']).toMatchObject({ done: true, note: 'used them up' });
    expect(file.plans.plans[0]?.targetDate).toBe('2028-03-10');
    expect(file.settings).toMatchObject({ lang: 'ja', trustedSites: ['nas.duckdns.org'] });

    await send({ type: 'plan/delete', planId: 'plan-1' });
    await send({ type: 'site/untrust', site: 'nas.duckdns.org' });
    expect((await state()).plans).toEqual([]);

    const after = (await send({
      type: 'data/import',
      text: serialiseExport(file),
      replace: true,
    })) as PopupState;
    expect(after.plans).toEqual(before.plans);
    expect(after.activeId).toBe(before.activeId);
    expect(after.settings).toEqual(before.settings);
    expect(after.unseenProblems).toBe(0);
  });

  it('keeps the data it replaces in the quarantine', async () => {
    await someData();
    const mine = (await send({ type: 'data/export' })) as ExportFile;
    const other = { ...mine, plans: { version: 2 as const, plans: [], activeId: null } };
    await send({ type: 'data/import', text: serialiseExport(other), replace: true });
    const { quarantine } = await fakeBrowser.storage.local.get('quarantine');
    const kept = (quarantine as { key: string; raw: string }[]).find((e) => e.key === 'plans');
    expect(JSON.parse(kept?.raw ?? 'null')).toEqual(mine.plans);
  });

  it('re-marks open tabs as trusted or not after an import, and redraws the badges', async () => {
    await someData();
    const file = (await send({ type: 'data/export' })) as ExportFile;
    await send({ type: 'site/untrust', site: 'nas.duckdns.org' });
    await send({ type: 'guard/check', sample: '' }, { ...contentScript, url: 'https://nas.duckdns.org/' });
    expect(tabs.get(3)?.trusted).toBe(false);
    const refreshes = router.badgeRefreshes();
    await send({ type: 'data/import', text: serialiseExport(file), replace: true });
    expect(tabs.get(3)?.trusted).toBe(true);
    expect(router.badgeRefreshes()).toBeGreaterThan(refreshes);
  });

  it('checks a file without changing anything until asked to replace', async () => {
    await someData();
    const file = (await send({ type: 'data/export' })) as ExportFile;
    const stored = await fakeBrowser.storage.local.get(null);
    const empty = { ...file, plans: { version: 2 as const, plans: [], activeId: null } };
    await expect(
      send({ type: 'data/import', text: serialiseExport(empty), replace: false }),
    ).resolves.toEqual({
      ok: true,
      checklists: 0,
    });
    await expect(send({ type: 'data/import', text: 'nope', replace: false })).resolves.toEqual({
      ok: false,
      problem: { code: 'not-json' },
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(stored);
  });

  it('refuses a bad file and changes nothing', async () => {
    await someData();
    const stored = await fakeBrowser.storage.local.get(null);
    for (const text of ['not json', '{"format":"kaiyaku-guard-export","version":2}', '[]']) {
      await expect(send({ type: 'data/import', text, replace: true })).rejects.toThrow(RefusedError);
    }
    expect(await fakeBrowser.storage.local.get(null)).toEqual(stored);
  });

  it.each([
    ['a content script', contentScript],
    ['a web page', webPage],
  ])('answers neither message for %s', async (_who, sender) => {
    await someData();
    const file = (await send({ type: 'data/export' })) as ExportFile;
    const stored = await fakeBrowser.storage.local.get(null);
    await expect(send({ type: 'data/export' }, sender)).rejects.toThrow(RefusedError);
    const empty = { ...file, plans: { version: 2 as const, plans: [], activeId: null } };
    await expect(
      send({ type: 'data/import', text: serialiseExport(empty), replace: true }, sender),
    ).rejects.toThrow(RefusedError);
    await expect(send({ type: 'data/import', text: 'x', replace: false }, sender)).rejects.toThrow(
      RefusedError,
    );
    expect(await fakeBrowser.storage.local.get(null)).toEqual(stored);
  });
});

describe('the values kept aside', () => {
  /** Someone's data replaced by an import of an empty file: their plan and settings are kept aside. */
  async function replacedByImport() {
    await someData();
    const file = (await send({ type: 'data/export' })) as ExportFile;
    const empty = { ...file, plans: { version: 2 as const, plans: [], activeId: null }, quarantine: [] };
    await send({
      type: 'data/import',
      text: serialiseExport({ ...empty, settings: { ...file.settings, lang: 'en', trustedSites: [] } }),
      replace: true,
    });
    return { before: file, listed: (await state()).quarantine };
  }

  it('lists them with ids, causes and what Restore would do, also entries kept before ids existed', async () => {
    await fakeBrowser.storage.local.set({
      quarantine: [
        { key: 'plans', at: 1, reason: 'card: Invalid type', raw: '{"card":"floppy"}', seen: true },
      ],
    });
    const { quarantine } = await state();
    expect(quarantine).toEqual([
      {
        id: expect.any(String),
        key: 'plans',
        at: 1,
        cause: 'damaged',
        reason: 'card: Invalid type',
        restores: null,
      },
    ]);
    // The id given to the old entry is stored, so it names the same entry next time.
    expect((await state()).quarantine[0]?.id).toBe(quarantine[0]?.id);
  });

  it('hands the popup a value as stored, to download', async () => {
    const { before, listed } = await replacedByImport();
    const plans = listed.find((e) => e.key === 'plans');
    expect(JSON.parse((await send({ type: 'quarantine/raw', id: plans?.id ?? '' })) as string)).toEqual(
      before.plans,
    );
    await expect(send({ type: 'quarantine/raw', id: 'nope' })).rejects.toThrow(RefusedError);
  });

  it('restores plans beside the current ones, once, and redraws the badges', async () => {
    const { before, listed } = await replacedByImport();
    await send({ type: 'plan/create', brand: 'au', card: 'esim', goal: 'mnp' });
    const plans = listed.find((e) => e.key === 'plans');
    expect(plans?.restores).toEqual({ checklists: 1 });
    const refreshes = router.badgeRefreshes();
    const restore = { type: 'quarantine/restore', id: plans?.id ?? '' } as const;
    const after = (await send(restore)) as PopupState;
    expect(after.plans.map((p) => p.brand)).toEqual(['au', 'docomo']);
    expect(after.plans[1]).toEqual(before.plans.plans[0]);
    expect(after.activeId).toBe(before.plans.plans[0]?.id);
    expect(after.quarantine.map((e) => e.id)).not.toContain(plans?.id);
    expect(router.badgeRefreshes()).toBeGreaterThan(refreshes);
    // A repeated message (the popup retries after a failed send) changes nothing.
    expect(((await send(restore)) as PopupState).plans).toEqual(after.plans);
  });

  it('restores settings in the current ones’ place and keeps those aside, re-marking trusted tabs', async () => {
    const { before, listed } = await replacedByImport();
    await send({ type: 'guard/check', sample: '' }, { ...contentScript, url: 'https://nas.duckdns.org/' });
    expect(tabs.get(3)?.trusted).toBe(false);
    const settings = listed.find((e) => e.key === 'settings');
    const after = (await send({ type: 'quarantine/restore', id: settings?.id ?? '' })) as PopupState;
    expect(after.settings).toEqual(before.settings);
    expect(tabs.get(3)?.trusted).toBe(true);
    const swapped = after.quarantine.filter((e) => e.key === 'settings');
    expect(swapped).toHaveLength(1);
    expect(
      JSON.parse((await send({ type: 'quarantine/raw', id: swapped[0]?.id ?? '' })) as string).lang,
    ).toBe('en');
  });

  it('refuses to restore what this version cannot read, and forgets any entry for good', async () => {
    await fakeBrowser.storage.local.set({ plans: { version: 3, plans: [] } });
    const [newer] = (await state()).quarantine;
    expect(newer).toMatchObject({ cause: 'newer', restores: null });
    const stored = await fakeBrowser.storage.local.get(null);
    await expect(send({ type: 'quarantine/restore', id: newer?.id ?? '' })).rejects.toThrow(RefusedError);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(stored);
    expect(
      ((await send({ type: 'quarantine/forget', id: newer?.id ?? '' })) as PopupState).quarantine,
    ).toEqual([]);
    expect(await fakeBrowser.storage.local.get('quarantine')).toEqual({ quarantine: [] });
  });

  it.each([
    ['a content script', contentScript],
    ['a web page', webPage],
  ])('lets %s neither read, restore nor forget one', async (_who, sender) => {
    const { listed } = await replacedByImport();
    const stored = await fakeBrowser.storage.local.get(null);
    for (const entry of listed) {
      for (const type of ['quarantine/raw', 'quarantine/restore', 'quarantine/forget'] as const) {
        await expect(send({ type, id: entry.id }, sender)).rejects.toThrow(RefusedError);
      }
    }
    expect(await fakeBrowser.storage.local.get(null)).toEqual(stored);
  });

  it('exports them, and an import on another device keeps them', async () => {
    const { listed } = await replacedByImport();
    const file = (await send({ type: 'data/export' })) as ExportFile;
    expect(file.quarantine.map((e) => e.id)).toEqual(listed.map((e) => e.id));
    router = fakeRouter(Date.UTC(2028, 2, 2));
    ({ deps, tabs } = router);
    const after = (await send({
      type: 'data/import',
      text: serialiseExport(file),
      replace: true,
    })) as PopupState;
    expect(after.quarantine.map((e) => e.id)).toEqual(listed.map((e) => e.id));
    expect(after.unseenProblems).toBe(0);
  });

  it('gives an edited file’s repeated ids new ones, so Forget removes one entry only', async () => {
    await replacedByImport();
    const file = (await send({ type: 'data/export' })) as ExportFile;
    const [first] = file.quarantine;
    if (!first) throw new Error('nothing kept aside');
    const twin = { ...first, raw: '"another value"' };
    router = fakeRouter(Date.UTC(2028, 2, 2));
    ({ deps, tabs } = router);
    const imported = (await send({
      type: 'data/import',
      text: serialiseExport({ ...file, quarantine: [first, twin] }),
      replace: true,
    })) as PopupState;
    const ids = imported.quarantine.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const after = (await send({ type: 'quarantine/forget', id: ids[0] ?? '' })) as PopupState;
    expect(after.quarantine).toHaveLength(imported.quarantine.length - 1);
  });

  it('refuses a file whose kept-aside entry has a time no date can show', async () => {
    await replacedByImport();
    const file = (await send({ type: 'data/export' })) as ExportFile;
    const [first] = file.quarantine;
    if (!first) throw new Error('nothing kept aside');
    const stored = await fakeBrowser.storage.local.get(null);
    const text = serialiseExport({ ...file, quarantine: [{ ...first, at: 1e300 }] });
    await expect(send({ type: 'data/import', text, replace: true })).rejects.toThrow(RefusedError);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(stored);
  });
});
