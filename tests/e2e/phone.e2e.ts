/**
 * The popup and the printable plan on a phone-sized screen, 360 px wide (Firefox for Android shows the popup as a
 * full page): in every language and in the states that hold the longest content, nothing sticks out sideways (no
 * horizontal scroll, no element past the right edge) and axe-core finds nothing serious.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGS } from '../../data/schema';
import { axeFindings } from './a11y';
import { createPlan, type Harness, launch } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const PHONE = { width: 360, height: 740 };

async function openAtPhoneWidth(path: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize(PHONE);
  await page.goto(`chrome-extension://${h.extensionId}/${path}`);
  await page.locator('main').first().waitFor();
  return page;
}

/** Horizontal overflow: the page's scroll width, and visible elements whose right edge passes the viewport. */
async function overflow(page: Page): Promise<{ scrollWidth: number; sticking: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const sticking = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return (
          box.width > 1 &&
          box.height > 1 &&
          box.right > width + 0.5 &&
          el.closest('.visually-hidden') === null
        );
      })
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).replace(/ /g, '.')}` : ''}`,
      );
    return { scrollWidth: document.documentElement.scrollWidth, sticking };
  });
}

async function expectFits(page: Page, what: string): Promise<void> {
  expect(await overflow(page), what).toEqual({ scrollWidth: PHONE.width, sticking: [] });
  expect(await axeFindings(page), what).toMatchObject({ violations: [] });
}

/** Opens every <details> on the page, so their content is measured too. */
const openAllDetails = (page: Page) =>
  page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });

describe('at 360 px wide', () => {
  let planId = '';

  it('the popup fits: the form, a long checklist with every detail open, and "Your data", in each language', async () => {
    const popup = await openAtPhoneWidth('popup.html');
    await expectFits(popup, 'empty form');
    await createPlan(popup, 'NTT docomo', 'Physical SIM', 'Move the number to another carrier (MNP)');
    await popup.locator('[data-step] input[type=checkbox]').first().check();
    await openAllDetails(popup);
    for (const lang of LANGS) {
      await popup.getByRole('combobox').first().selectOption(lang);
      await popup.locator(`html[lang="${lang}"]`).waitFor();
      await openAllDetails(popup);
      await expectFits(popup, `checklist in ${lang}`);
    }
    await popup.getByRole('combobox').first().selectOption('en');
    const worker = await h.serviceWorker();
    planId = ((await worker.evaluate(() => chrome.storage.local.get('plans'))).plans as { activeId: string })
      .activeId;
    await popup.close();
  });

  it('the popup fits with a scam warning and its reasons', async () => {
    const { page, tabId } = await h.visit('https://sim-kaiyaku-navi.com/docomo-kaiyaku/');
    await page.locator('kaiyaku-guard-warning[data-level="danger"]').waitFor({ state: 'attached' });
    const popup = await openAtPhoneWidth(`popup.html?tab=${tabId}`);
    await popup.locator('.verdict .reasons').waitFor();
    await expectFits(popup, 'verdict');
    await popup.close();
    await page.close();
  });

  it('the printable plan fits', async () => {
    expect(planId).not.toBe('');
    const plan = await openAtPhoneWidth(`plan.html?plan=${encodeURIComponent(planId)}`);
    await plan.locator('.shop-card').waitFor();
    await expectFits(plan, 'plan page');
    await plan.close();
  });
});
