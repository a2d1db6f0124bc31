/** "Your data" lists the values kept aside: each can be downloaded, restored (when this version reads it) or forgotten. */
import { readFileSync } from 'node:fs';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const plan = (id: string, brand: string, note: string) => ({
  id,
  brand,
  card: 'physical',
  goal: 'cancel',
  createdAt: 1,
  steps: { 'move-sms-logins': { done: true, at: 5, note } },
});
const current = { version: 2, activeId: 'now', plans: [plan('now', 'docomo', 'current note')] };
const replacedPlans = {
  version: 2,
  activeId: 'old',
  plans: [plan('old', 'au', 'note from before the import')],
};
const replacedSettings = {
  version: 1,
  lang: 'en',
  hintsHiddenOn: [],
  trustedSites: ['myhome-nas.duckdns.org'],
};
const entry = (id: string, key: string, value: unknown, cause: string, reason: string) => ({
  id,
  key,
  at: Date.UTC(2028, 2, 1, 9),
  reason,
  raw: JSON.stringify(value),
  seen: true,
  cause,
});
const SEEDED = {
  plans: current,
  quarantine: [
    entry('q-plans', 'plans', replacedPlans, 'replaced', 'replaced by an import on 2028-03-01T09:00:00.000Z'),
    entry(
      'q-settings',
      'settings',
      replacedSettings,
      'replaced',
      'replaced by an import on 2028-03-01T09:00:00.000Z',
    ),
    entry('q-damaged', 'plans', { ...plan('x', 'au', ''), card: 'floppy' }, 'damaged', 'card: Invalid type'),
  ],
};

const stored = async () => (await h.serviceWorker()).evaluate(() => chrome.storage.local.get(null));
const keptIds = async () => ((await stored()).quarantine as { id: string }[]).map((e) => e.id);

async function openKeptAside(popup: Page) {
  await popup.locator('details.your-data summary').click();
  return popup.locator('.kept-aside');
}

describe('values kept aside', () => {
  it('lists each with its kind, date and cause in plain words, and has no accessibility violations', async () => {
    await (await h.serviceWorker()).evaluate((seed) => chrome.storage.local.set(seed), SEEDED);
    const popup = await h.openPopup();
    const list = await openKeptAside(popup);
    const items = list.locator('li');
    await expect(items.count()).resolves.toBe(3);
    await expect(items.nth(0).textContent()).resolves.toMatch(
      /^Checklists · .*2028.*Your data from before an import/,
    );
    await expect(items.nth(1).textContent()).resolves.toMatch(/^Settings · /);
    await expect(items.nth(2).textContent()).resolves.toContain('It is damaged and could not be read.');
    // Only what this version reads completely can be restored; everything can be downloaded and forgotten.
    expect(await list.getByRole('button', { name: 'Restore' }).count()).toBe(2);
    expect(await list.getByRole('button', { name: 'Download' }).count()).toBe(3);
    expect(await list.getByRole('button', { name: 'Forget' }).count()).toBe(3);
    // A confirmation open too: it is part of what must be accessible.
    await items.nth(2).getByRole('button', { name: 'Forget' }).click();
    await popup.evaluate(axe.source);
    const violations = await popup.evaluate(async () => {
      const result = await (window as unknown as { axe: typeof axe }).axe.run(document);
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await popup.close();
  });

  it('restores checklists beside the current one after a confirmation', async () => {
    const popup = await h.openPopup();
    const item = (await openKeptAside(popup)).locator('li').first();
    await item.getByRole('button', { name: 'Restore' }).click();
    await expect(item.locator('.confirm').textContent()).resolves.toContain(
      'Add its 1 checklists back beside',
    );
    expect(await keptIds()).toContain('q-plans'); // nothing happens before the confirmation
    await item.locator('.confirm').getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => popup.locator('.plan-tabs button').count()).toBe(3); // two plans + "new"
    await expect(popup.locator('#plan-title').textContent()).resolves.toContain('au (KDDI)');
    await expect(popup.locator('[data-step="move-sms-logins"] textarea').inputValue()).resolves.toBe(
      'note from before the import',
    );
    const after = await stored();
    expect((after.plans as typeof current).plans.map((p) => p.id)).toEqual(['now', 'old']);
    expect(await keptIds()).toEqual(['q-settings', 'q-damaged']);
    await popup.close();
  });

  it('restores settings only when asked, keeping the current ones aside in turn', async () => {
    await (await h.serviceWorker()).evaluate(() =>
      chrome.storage.local.set({
        settings: {
          version: 1,
          lang: 'en',
          hintsHiddenOn: ['my.au.com'],
          trustedSites: [],
          reminders: false,
        },
      }),
    );
    const popup = await h.openPopup();
    const item = (await openKeptAside(popup)).locator('li[data-key="settings"]');
    await item.getByRole('button', { name: 'Restore' }).click();
    await expect(item.locator('.confirm').textContent()).resolves.toContain(
      'Your current settings are kept here',
    );
    await item.locator('.confirm').getByRole('button', { name: 'Cancel' }).click();
    expect(await keptIds()).toContain('q-settings');
    await item.getByRole('button', { name: 'Restore' }).click();
    await item.locator('.confirm').getByRole('button', { name: 'Restore' }).click();
    await popup.locator('[data-list="guard.trustedSites"] summary').click();
    await expect
      .poll(() => popup.locator('[data-list="guard.trustedSites"]').textContent())
      .toContain('myhome-nas.duckdns.org');
    const after = await stored();
    expect(after.settings).toEqual(replacedSettings);
    const kept = after.quarantine as { id: string; key: string; raw: string }[];
    expect(kept.map((e) => e.id)).not.toContain('q-settings');
    expect(JSON.parse(kept.find((e) => e.key === 'settings')?.raw ?? '')).toMatchObject({ reminders: false });
    await popup.close();
  });

  it('downloads a value exactly as stored, and forgets one only after a confirmation', async () => {
    const popup = await h.openPopup();
    const item = (await openKeptAside(popup)).locator('li[data-cause="damaged"]');
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      item.getByRole('button', { name: 'Download' }).click(),
    ]);
    expect(JSON.parse(readFileSync(await download.path(), 'utf8'))).toEqual({
      ...plan('x', 'au', ''),
      card: 'floppy',
    });
    await item.getByRole('button', { name: 'Forget' }).click();
    await expect(item.locator('.confirm').textContent()).resolves.toContain('Delete this for good?');
    await item.locator('.confirm').getByRole('button', { name: 'Forget' }).click();
    await expect.poll(keptIds).not.toContain('q-damaged');
    await expect.poll(() => popup.locator('li[data-cause="damaged"]').count()).toBe(0);
    await popup.close();
  });
});
