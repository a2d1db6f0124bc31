/**
 * Departure-date planning in the built extension: dates in the popup, due markers and order, the MNP warning,
 * a reminder alarm turning into a notification, the printable plan and its .ics export.
 * Dates are computed from today's date in Japan, as the extension computes them.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, japanDay } from '../../utils/planner/day';
import { axeFindings } from './a11y';
import { createPlan, type Harness, launch } from './harness';

let h: Harness;
const today = japanDay(Date.now());

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

/** Sets the end date and waits until the steps show due markers computed from it. */
async function setEndDate(popup: Page, day: string) {
  await popup.getByLabel('The line should end by').fill(day);
  await popup.locator(`[data-step="docomo-cancel-online"] .due[data-due-date="${day}"]`).waitFor();
}

async function activePlanId(): Promise<string> {
  const worker = await h.serviceWorker();
  const stored = await worker.evaluate(() => chrome.storage.local.get('plans'));
  return (stored.plans as { activeId: string }).activeId;
}

async function reminderAlarms(): Promise<chrome.alarms.Alarm[]> {
  const worker = await h.serviceWorker();
  const alarms = await worker.evaluate(() => chrome.alarms.getAll());
  return alarms.filter((a) => a.name.startsWith('reminder:'));
}

/** Events of an .ics text, parsed with a calendar library. */
function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return { uid: event.uid, day: event.startDate.toString(), allDay: event.startDate.isDate };
  });
}

describe('departure-date planning', () => {
  let planId: string;

  it('orders dated steps by date and marks what is due now, soon or overdue', async () => {
    const popup = await h.openPopup();
    await createPlan(popup, 'NTT docomo', 'Physical SIM', 'Cancel the line (解約)');
    planId = await activePlanId();
    await expect(popup.locator('.by-date').count()).resolves.toBe(0);

    await setEndDate(popup, addDays(today, 2));
    const cancelStep = popup.locator('[data-step="docomo-cancel-online"] .due');
    await expect(cancelStep.getAttribute('data-due')).resolves.toBe('now');
    await expect(cancelStep.textContent()).resolves.toContain('Due now');
    // The dated steps come first, in date order; the others stay under their phases.
    const dates = await popup
      .locator('.by-date .due')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-due-date') ?? ''));
    expect(dates.length).toBeGreaterThanOrEqual(4);
    expect(dates).toEqual([...dates].sort());
    await expect(popup.locator('.by-date [data-step="final-month-full"]').count()).resolves.toBe(1);
    await expect(popup.locator('.by-date [data-step="cancel-destroys-number"]').count()).resolves.toBe(0);
    await expect(
      popup.locator('#phase-prepare ~ ol [data-step="cancel-destroys-number"]').count(),
    ).resolves.toBe(1);

    await setEndDate(popup, addDays(today, 5));
    await expect(cancelStep.getAttribute('data-due')).resolves.toBe('soon');
    await expect(cancelStep.textContent()).resolves.toContain('Due soon');

    await setEndDate(popup, addDays(today, -1));
    await expect(cancelStep.getAttribute('data-due')).resolves.toBe('overdue');
    await expect(cancelStep.textContent()).resolves.toContain('Overdue');
    // Once the line has ended, the carrier-mail step moves on to its 31-day window for keeping the address.
    await expect(
      popup.locator('[data-step="carrier-mail-docomo"] .due').getAttribute('data-due-date'),
    ).resolves.toBe(addDays(today, 29));

    // A ticked step stays in place, marked done.
    await popup.locator('[data-step="docomo-cancel-online"] input[type=checkbox]').check();
    await expect.poll(() => cancelStep.getAttribute('data-due')).toBe('done');
    await setEndDate(popup, addDays(today, 5));
    await popup.locator('[data-step="docomo-cancel-online"] input[type=checkbox]').uncheck();
    await expect.poll(() => cancelStep.getAttribute('data-due')).toBe('soon');
    expect(await axeFindings(popup)).toMatchObject({ violations: [] });
    await popup.close();
  });

  it('warns before the MNP reservation number expires', async () => {
    const popup = await h.openPopup();
    await createPlan(popup, 'NTT docomo', 'Physical SIM', 'Move the number to another carrier (MNP)');
    // Issued 13 days ago: valid 15 days counting the issue day, so tomorrow is its last day.
    await popup.getByLabel('MNP number issued on').fill(addDays(today, -13));
    const warning = popup.locator('.mnp-expiry[data-mnp="expiring"]');
    await warning.waitFor();
    await expect(warning.getAttribute('role')).resolves.toBe('alert');
    await expect(warning.textContent()).resolves.toContain('expires on');
    await popup.getByLabel('MNP number issued on').fill(addDays(today, -20));
    await popup.locator('.mnp-expiry[data-mnp="expired"]').waitFor();
    await popup.getByLabel('MNP number issued on').fill(today);
    await expect(popup.locator('.mnp-expiry[data-mnp="valid"]').textContent()).resolves.toContain(
      '14 days left',
    );
    await popup.close();
  });

  it('schedules reminders from the dates; a fired alarm shows a notification; they can be switched off', async () => {
    const alarms = await reminderAlarms();
    // The cancel plan ends in 5 days: its steps turn due now in 3 days, at 10:00 Japan time.
    const due = alarms.find((a) => a.name === `reminder:${addDays(today, 3)}:${planId}`);
    expect(due?.scheduledTime).toBe(Date.parse(`${addDays(today, 3)}T01:00:00Z`));
    expect(new Set(alarms.map((a) => a.name)).size).toBe(alarms.length);

    const worker = await h.serviceWorker();
    await worker.evaluate((name) => chrome.alarms.create(name, { when: Date.now() + 100 }), due?.name ?? '');
    await expect
      .poll(async () => Object.keys(await worker.evaluate(() => chrome.notifications.getAll())), {
        timeout: 10_000,
      })
      .toContain(due?.name);

    // A notification click opens the popup page on the plan it is about, even when another plan is active.
    const opened = await h.context.newPage();
    await opened.goto(`chrome-extension://${h.extensionId}/popup.html?plan=${encodeURIComponent(planId)}`);
    await expect(opened.locator('#plan-title').textContent()).resolves.toContain('Cancel the line');
    await opened.getByLabel(/^Reminders/).uncheck();
    await expect.poll(async () => (await reminderAlarms()).length).toBe(0);
    await opened.getByLabel(/^Reminders/).check();
    await expect.poll(async () => (await reminderAlarms()).length).toBe(alarms.length);
    await opened.close();
  });

  it('prints the plan with the bilingual block for shop staff, and exports its dates as .ics', async () => {
    const popup = await h.openPopup();
    await popup.getByRole('button', { name: /NTT docomo · Cancel/ }).click();
    const [printView] = await Promise.all([
      h.context.waitForEvent('page'),
      popup.getByRole('link', { name: /Take it with you/ }).click(),
    ]);
    await printView.locator('.shop-card').waitFor();
    expect(printView.url()).toContain(`plan.html?plan=${encodeURIComponent(planId)}`);
    await expect(printView.locator('.shop-line[lang="ja"]').textContent()).resolves.toBe(
      'この回線を解約したいです。MNP（番号の引き継ぎ）は不要です。',
    );
    await expect(printView.locator('.shop-line[lang="en"]').textContent()).resolves.toBe(
      'I want to cancel this line. I do not need MNP.',
    );
    await expect(
      printView.locator('[data-step="docomo-cancel-online"]').getAttribute('data-due-date'),
    ).resolves.toBe(addDays(today, 5));
    await expect(printView.locator('.document[data-step="docomo-shop-documents"]').count()).resolves.toBe(1);
    await expect(printView.locator('.contacts a[href="tel:+81120800000"]').count()).resolves.toBe(1);
    await expect(printView.getByRole('button', { name: 'Print / save as PDF' }).isVisible()).resolves.toBe(
      true,
    );
    expect(await axeFindings(printView)).toMatchObject({ violations: [] });

    const [download] = await Promise.all([
      printView.waitForEvent('download'),
      printView.getByRole('button', { name: 'Export dates (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('kaiyaku-guard-docomo-cancel.ics');
    const events = parseIcs(readFileSync(await download.path(), 'utf8'));
    const end = addDays(today, 5);
    expect(events.every((e) => e.allDay)).toBe(true);
    expect(events).toContainEqual({
      uid: `${planId}.docomo-cancel-online.0@kaiyaku-guard`,
      day: end,
      allDay: true,
    });
    expect(events).toContainEqual({
      uid: `${planId}.carrier-mail-docomo.1@kaiyaku-guard`,
      day: addDays(end, 30),
      allDay: true,
    });
    expect(events.map((e) => e.day)).toEqual([...events.map((e) => e.day)].sort());
    await printView.close();

    // In Japanese, the block pairs Japanese with English.
    await popup.getByLabel('Language').selectOption('ja');
    await popup.locator('html[lang="ja"]').waitFor();
    const japanese = await h.context.newPage();
    await japanese.goto(`chrome-extension://${h.extensionId}/plan.html?plan=${encodeURIComponent(planId)}`);
    await japanese.locator('.shop-card').waitFor();
    await expect(
      japanese.locator('.shop-line').evaluateAll((n) => n.map((e) => e.getAttribute('lang'))),
    ).resolves.toEqual(['ja', 'en']);
    await expect(japanese.locator('h1').textContent()).resolves.toBe('持ち歩き用プラン');
    await popup.getByLabel('言語').selectOption('en');
    await japanese.close();
    await popup.close();
  });
});
