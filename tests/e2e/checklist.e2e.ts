import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeFindings } from './a11y';
import { createPlan, type Harness, launch } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

async function progress(popup: Page): Promise<{ done: number; total: number }> {
  const status = popup.locator('#progress-text');
  return {
    done: Number(await status.getAttribute('data-done')),
    total: Number(await status.getAttribute('data-total')),
  };
}

describe('popup checklist', () => {
  it('shows a sourced checklist with official contacts for docomo · physical SIM · cancel', async () => {
    const popup = await h.openPopup();
    await createPlan(popup, 'NTT docomo', 'Physical SIM', 'Cancel the line (解約)');
    await expect(popup.locator('#plan-title').textContent()).resolves.toContain('NTT docomo');
    const steps = popup.locator('.step');
    expect(await steps.count()).toBeGreaterThan(5);
    await expect(popup.locator('[data-step="cancel-destroys-number"]').isVisible()).resolves.toBe(true);
    // Official numbers are tap-to-call links.
    await expect(popup.locator('.all-contacts a[href="tel:+81120800000"]').textContent()).resolves.toBe(
      '0120-800-000',
    );
    await expect(popup.locator('.all-contacts a[href="tel:151"]').count()).resolves.toBe(1);
    // A fact resting on one blog (or on blogs alone) is marked as uncertain.
    await expect(popup.locator('.fact-meta .uncertain').first().isVisible()).resolves.toBe(true);
    await popup.close();
  });

  it('keeps a tick and a note across reopening the popup, restarting the worker and the browser', async () => {
    let popup = await h.openPopup();
    const step = popup.locator('[data-step="move-sms-logins"]');
    await step.getByRole('checkbox').check();
    await step.getByText('Add a note').click();
    await step.getByRole('textbox').fill('LINE and bank moved to my new number');
    await step.getByRole('button', { name: 'Save note' }).click();
    await popup.waitForFunction(
      () => document.querySelector('[data-step="move-sms-logins"] .saved')?.textContent !== '',
    );
    const before = await progress(popup);
    expect(before.done).toBe(1);
    await popup.close();

    popup = await h.openPopup();
    await expect(
      popup.locator('[data-step="move-sms-logins"] input[type=checkbox]').isChecked(),
    ).resolves.toBe(true);
    await popup.close();

    // Kill the service worker: state must come back from storage, not memory.
    await h.stopServiceWorker();
    popup = await h.openPopup();
    await expect(
      popup.locator('[data-step="move-sms-logins"] input[type=checkbox]').isChecked(),
    ).resolves.toBe(true);
    await popup.close();

    await h.restart();
    popup = await h.openPopup();
    const after = popup.locator('[data-step="move-sms-logins"]');
    await expect(after.locator('input[type=checkbox]').isChecked()).resolves.toBe(true);
    await expect(after.getByRole('textbox').inputValue()).resolves.toBe(
      'LINE and bank moved to my new number',
    );
    expect(await progress(popup)).toEqual(before);
    await popup.close();
  });

  it('switches every visible string when the language changes, and remembers it', async () => {
    let popup = await h.openPopup();
    const english = await popup.locator('main').innerText();
    await popup.getByLabel('Language').selectOption('ja');
    await popup.locator('html[lang="ja"]').waitFor();
    await expect(popup.locator('h1').textContent()).resolves.toBe('解約ガード');
    await expect(popup.locator('#progress-text').textContent()).resolves.toMatch(/件中.*件完了/);
    const japanese = await popup.locator('main').innerText();
    // No English sentence of the UI survives the switch (proper names like "My docomo" may).
    for (const line of [
      'Before you start',
      'Official contacts',
      'Clear all ticks',
      'Add a note',
      'Sources',
    ]) {
      expect(english).toContain(line);
      expect(japanese).not.toContain(line);
    }
    await popup.getByLabel('言語').selectOption('zh-CN');
    await popup.locator('html[lang="zh-CN"]').waitFor();
    await expect(popup.locator('#progress-text').textContent()).resolves.toMatch(/已完成/);
    await popup.close();
    popup = await h.openPopup();
    await expect(popup.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await popup.getByLabel('语言').selectOption('en');
    await popup.locator('html[lang="en"]').waitFor();
    await popup.close();
  });

  it('badge on a carrier page counts the remaining steps of that carrier’s plan', async () => {
    const page = await h.context.newPage();
    await page.goto('https://www.docomo.ne.jp/');
    const tabId = await h.tabIdOf(page);
    const popup = await h.openPopup({ tabId });
    const { done, total } = await progress(popup);
    await expect.poll(() => h.badgeText(tabId)).toBe(String(total - done));
    // The popup vouches for the official site it was opened on.
    await expect(popup.locator('.verdict[data-level="official"]').isVisible()).resolves.toBe(true);
    // Ticking one more step lowers the badge by one.
    await popup.locator('.step input[type=checkbox]:not(:checked)').first().check();
    await expect.poll(() => h.badgeText(tabId)).toBe(String(total - done - 1));
    await popup.close();

    const other = await h.context.newPage();
    await other.goto('https://www.example-news.jp/');
    const otherId = await h.tabIdOf(other);
    await expect.poll(() => h.badgeText(otherId)).toBe('');
    await page.close();
    await other.close();
  });

  it('reset clears the ticks and can be undone; a second checklist lives beside the first', async () => {
    const popup = await h.openPopup();
    const before = await progress(popup);
    expect(before.done).toBeGreaterThan(0);
    await popup.getByRole('button', { name: 'Clear all ticks' }).click();
    await expect.poll(async () => (await progress(popup)).done).toBe(0);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await progress(popup)).done).toBe(before.done);

    await createPlan(popup, 'NTT docomo', 'eSIM', 'Move the number to another carrier (MNP)');
    await expect(popup.locator('[data-step="esim-delete-after"]').isVisible()).resolves.toBe(true);
    expect(await popup.locator('.plan-tabs button').count()).toBe(3); // two plans + "new checklist"
    await popup.close();
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    const popup = await h.openPopup();
    const { passed, violations } = await axeFindings(popup);
    expect(passed).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await popup.close();
  });
});
