/**
 * `npm start`: builds the extension, serves the demo pages under the carriers' real host names and opens
 * Chromium with the extension loaded. Without a display (no $DISPLAY, or --headless) it visits every demo
 * page and the popup in each language (also at a phone's 360 px, with the plan page), writes PNG screenshots to
 * demo-output/ and exits.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { LANGS } from '../data/schema';
import { launch } from '../tests/e2e/harness';
import { DEMO_HOST, fixturePages } from './lib/fixture-server';

const OUT = resolve(import.meta.dirname, '../demo-output');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

function fileName(url: string): string {
  return `${url
    .replace(/^https:\/\//, '')
    .replace(/[^\w.-]+/g, '_')
    .replace(/_$/, '')}.png`;
}

async function makeDemoPlan(popup: Page): Promise<void> {
  await popup.getByLabel('Carrier', { exact: true }).selectOption('docomo');
  await popup.getByRole('radio', { name: 'Physical SIM', exact: true }).check();
  await popup.getByRole('radio', { name: 'Cancel the line (解約)', exact: true }).check();
  await popup.getByRole('button', { name: 'Make my checklist' }).click();
  for (const box of (await popup.locator('.step input[type=checkbox]').all()).slice(0, 2)) await box.check();
}

async function main(): Promise<void> {
  console.log('Building the extension…');
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  const h = await launch({ headless });
  if (!headless) {
    const page = await h.context.newPage();
    await page.goto(`https://${DEMO_HOST}/`);
    await h.openPopup();
    console.log(
      `Chromium is open on https://${DEMO_HOST}/ with Kaiyaku Guard loaded. Close the window to stop.`,
    );
    await new Promise((done) => h.context.on('close', done));
    await h.close();
    return;
  }
  mkdirSync(OUT, { recursive: true });
  const written: string[] = [];
  const popup = await h.openPopup();
  await makeDemoPlan(popup);
  for (const lang of LANGS) {
    await popup.getByRole('combobox').first().selectOption(lang);
    await popup.locator(`html[lang="${lang}"]`).waitFor();
    const path = resolve(OUT, `popup-${lang}.png`);
    await popup.screenshot({ path, fullPage: true });
    written.push(path);
  }
  // A phone's width (Firefox for Android opens the popup as a page): the same popup at 360 px, and the plan page.
  await popup.setViewportSize({ width: 360, height: 740 });
  for (const lang of LANGS) {
    await popup.getByRole('combobox').first().selectOption(lang);
    await popup.locator(`html[lang="${lang}"]`).waitFor();
    const path = resolve(OUT, `popup-${lang}-360px.png`);
    await popup.screenshot({ path, fullPage: true });
    written.push(path);
  }
  await popup.getByRole('combobox').first().selectOption('en');
  const [plan] = await Promise.all([
    h.context.waitForEvent('page'),
    popup.getByRole('link', { name: /Take it with you/ }).click(),
  ]);
  await plan.setViewportSize({ width: 360, height: 740 });
  await plan.locator('.shop-card').waitFor();
  const planPath = resolve(OUT, 'plan-360px.png');
  await plan.screenshot({ path: planPath, fullPage: true });
  written.push(planPath);
  await plan.close();
  await popup.setViewportSize({ width: 380, height: 600 });
  for (const url of [`https://${DEMO_HOST}/`, ...fixturePages()]) {
    const page = await h.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(1500); // let late-rendered menus and the extension's hints appear
    const path = resolve(OUT, fileName(url));
    await page.screenshot({ path });
    written.push(path);
    const tabPopup = await h.openPopup({ tabId: await h.tabIdOf(page) });
    const popupPath = resolve(OUT, `popup-for-${fileName(url)}`);
    await tabPopup.screenshot({ path: popupPath, fullPage: true });
    written.push(popupPath);
    await tabPopup.close();
    await page.close();
  }
  await h.close();
  console.log(`No display: wrote ${written.length} screenshots to ${OUT}:`);
  for (const path of written) console.log(`  ${path}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
