/** Export and import of all user data through the popup's "Your data" section (issue 7). */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlan, type Harness, launch } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const done = async (popup: Page) => Number(await popup.locator('#progress-text').getAttribute('data-done'));

async function openYourData(popup: Page) {
  const section = popup.locator('details.your-data');
  if (!(await section.getAttribute('open').then((v) => v !== null))) {
    await section.locator('summary').click();
  }
  return section;
}

const stored = async () => (await h.serviceWorker()).evaluate(() => chrome.storage.local.get());

describe('your data: export and import', () => {
  let exported = '';

  it('exports every checklist, tick and note to a JSON file', async () => {
    const popup = await h.openPopup();
    await createPlan(popup, 'au (KDDI)', 'eSIM', 'Move the number to another carrier (MNP)');
    await popup.locator('.step input[type=checkbox]').first().check();
    await createPlan(popup, 'NTT docomo', 'Physical SIM', 'Cancel the line (解約)');
    const step = popup.locator('[data-step="move-sms-logins"]');
    await step.getByRole('checkbox').check();
    await popup.locator('.step input[type=checkbox]:not(:checked)').first().check();
    await step.getByText('Add a note').click();
    await step.getByRole('textbox').fill('bank moved');
    await step.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => done(popup)).toBe(2);

    const section = await openYourData(popup);
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      section.getByRole('button', { name: 'Export (.json)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^kaiyaku-guard-\d{4}-\d{2}-\d{2}\.json$/);
    exported = readFileSync(await download.path(), 'utf8');
    const file = JSON.parse(exported);
    expect(file).toMatchObject({ format: 'kaiyaku-guard-export', version: 1 });
    expect(file.plans.plans).toHaveLength(2);
    expect(JSON.stringify(file.plans)).toContain('bank moved');
    await expect(section.getByRole('status').textContent()).resolves.toContain('Saved as kaiyaku-guard-');
    await popup.close();
  });

  it('after a reset and a deleted checklist, importing the file brings everything back', async () => {
    const popup = await h.openPopup();
    await popup.getByRole('button', { name: 'Clear all ticks' }).click();
    await expect.poll(() => done(popup)).toBe(0);
    await popup.getByRole('button', { name: /^au \(KDDI\) · / }).click();
    await expect.poll(() => popup.locator('#plan-title').textContent()).toMatch(/^au \(KDDI\)/);
    await popup.getByRole('button', { name: 'Delete this checklist' }).click();
    await popup.locator('.confirm').getByRole('button', { name: 'Delete this checklist' }).click();
    await expect.poll(() => popup.locator('.plan-tabs button').count()).toBe(2); // one plan + "new"
    const before = await stored();

    const section = await openYourData(popup);
    await section.getByLabel('Import…').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    const confirm = section.locator('.confirm');
    await expect(confirm.textContent()).resolves.toContain('(2 checklists)');
    // Nothing changes before the user confirms.
    expect(await stored()).toEqual(before);
    await confirm.getByRole('button', { name: 'Replace my data' }).click();
    await expect(section.getByRole('status').textContent()).resolves.toContain('Imported 2 checklists');

    await expect.poll(() => popup.locator('.plan-tabs button').count()).toBe(3);
    await expect.poll(() => done(popup)).toBe(2);
    await expect(
      popup.locator('[data-step="move-sms-logins"]').getByRole('textbox').inputValue(),
    ).resolves.toBe('bank moved');
    // What the import replaced is kept aside, not lost, and does not raise the storage-problem notice.
    const after = await stored();
    const kept = (after.quarantine as { key: string; raw: string; seen: boolean }[]).filter(
      (e) => e.key === 'plans',
    );
    expect(kept.map((e) => JSON.parse(e.raw))).toEqual([before.plans]);
    expect(kept.every((e) => e.seen)).toBe(true);
    expect(await popup.locator('.notice.warning').count()).toBe(0);
    await popup.close();
  });

  it.each([
    ['a file that is not JSON', 'holiday.json', 'PK\u0003\u0004 not json at all', 'it is not a JSON file'],
    [
      'another program’s JSON',
      'package.json',
      '{"name":"x","version":"1.0.0"}',
      'not a Kaiyaku Guard export',
    ],
    [
      'an export from a newer version',
      'future.json',
      '{"format":"kaiyaku-guard-export","version":9}',
      'newer version of Kaiyaku Guard',
    ],
    [
      'a file over 5 MB',
      'huge.json',
      `{"format":"kaiyaku-guard-export","x":"${'x'.repeat(6_000_000)}"}`,
      'too large',
    ],
  ])('says clearly why %s is not imported, and changes nothing', async (_what, name, text, message) => {
    const before = await stored();
    const popup = await h.openPopup();
    const section = await openYourData(popup);
    await section.getByLabel('Import…').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    const alert = section.locator('.data-status.error');
    await expect(alert.textContent()).resolves.toContain(message);
    await expect(alert.getAttribute('role')).resolves.toBe('alert');
    expect(await section.locator('.confirm').count()).toBe(0);
    expect(await stored()).toEqual(before);
    await popup.close();
  });
});
