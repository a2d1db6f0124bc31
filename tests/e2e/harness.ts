/**
 * Launches the built extension in real headless Chromium with a fresh profile, next to the fixture server.
 * Every e2e file uses this; see README "Testing".
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { findChromium, QUIET_FLAGS } from '../../scripts/lib/chromium';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  server: FixtureServer;
  profileDir: string;
  serviceWorker(): Promise<Worker>;
  /** Opens the popup as a page; `tabId` makes it describe that tab, as the toolbar popup would. */
  openPopup(options?: { tabId?: number; locale?: string }): Promise<Page>;
  /** The id Chromium gives the tab showing `page`. */
  tabIdOf(page: Page): Promise<number>;
  /** Opens `url` in a new tab; `timeout` for pages that take long to load (ms, Playwright's default otherwise). */
  visit(url: string, timeout?: number): Promise<{ page: Page; tabId: number }>;
  /** The badge text the extension set for a tab. */
  badgeText(tabId: number): Promise<string>;
  /** Terminates the extension's service worker, as Chrome does after 30 s idle; the next event restarts it. */
  stopServiceWorker(): Promise<void>;
  /**
   * Finds the service worker now and returns a function that terminates it at once, for stopping it while
   * messages are in flight (stopServiceWorker spends a few hundred milliseconds finding it first).
   */
  armServiceWorkerStop(): Promise<() => Promise<void>>;
  /**
   * Reads and clicks inside a closed shadow root, which page scripts and Playwright locators cannot reach,
   * through the DevTools protocol; the click is a real mouse click at the element's position.
   */
  shadow(page: Page, hostSelector: string): Promise<ClosedShadow>;
  /** Closes the browser and starts it again on the same profile. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface ClosedShadow {
  /** The shadow root's HTML (for reading text and attributes). */
  html(): Promise<string>;
  /** Clicks the first element matching `selector` whose text contains `text`. */
  click(selector: string, text: string): Promise<void>;
  /**
   * Runs `fn` in the page with the shadow root as its argument, as DevTools can (page scripts cannot); like
   * `page.evaluate`, `fn` must not use variables from the test, and its result must be serialisable.
   */
  evaluate<T, A = undefined>(fn: (root: ShadowRoot, arg: A) => T | Promise<T>, arg?: A): Promise<T>;
}

async function closedShadow(
  context: BrowserContext,
  page: Page,
  hostSelector: string,
): Promise<ClosedShadow> {
  const cdp = await context.newCDPSession(page);
  const shadowRootId = async () => {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: hostSelector });
    if (!nodeId) throw new Error(`no ${hostSelector} on the page`);
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) throw new Error(`${hostSelector} has no shadow root`);
    const { nodeIds } = await cdp.send('DOM.pushNodesByBackendIdsToFrontend', {
      backendNodeIds: [shadow.backendNodeId],
    });
    return nodeIds[0] as number;
  };
  return {
    async html() {
      const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId: await shadowRootId() });
      return outerHTML;
    },
    async click(selector, text) {
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: await shadowRootId(), selector });
      for (const nodeId of nodeIds) {
        const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
        if (!outerHTML.includes(text)) continue;
        await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId });
        const { model } = await cdp.send('DOM.getBoxModel', { nodeId });
        const [x1, y1, , , x3, y3] = model.content;
        await page.mouse.click(((x1 ?? 0) + (x3 ?? 0)) / 2, ((y1 ?? 0) + (y3 ?? 0)) / 2);
        return;
      }
      throw new Error(`no ${selector} with text ${text} in ${hostSelector}`);
    },
    async evaluate(fn, arg) {
      const { object } = await cdp.send('DOM.resolveNode', { nodeId: await shadowRootId() });
      const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
        arguments: [{ value: arg }],
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(`in ${hostSelector}: ${exceptionDetails.exception?.description}`);
      return result.value;
    },
  };
}

async function launchContext(
  profileDir: string,
  server: FixtureServer,
  locale: string | undefined,
  headless: boolean,
  extensionDir: string,
): Promise<BrowserContext> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  return chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless,
    locale,
    viewport: { width: 1200, height: 800 },
    args: [
      ...QUIET_FLAGS,
      // Without a Playwright locale (a profile with its own preferred languages), the UI language is set here.
      ...(locale ? [] : ['--lang=en-US']),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...server.chromiumArgs,
    ],
  });
}

async function workerOf(context: BrowserContext): Promise<Worker> {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return existing ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
}

/**
 * `extensionDir` loads the extension from another directory (e.g. a copy with an older manifest version, for the
 * update test); Chromium derives an unpacked extension's id from its path, so the id stays across restarts.
 */
export async function launch(
  options: {
    locale?: string;
    headless?: boolean;
    extensionDir?: string;
    /**
     * The profile's preferred languages (Chromium's `intl.accept_languages`, e.g. "zh-CN,zh"), with an English
     * UI: as a person sets them in the browser's settings. Playwright's page locale emulation is then off, so
     * pages and the extension see the profile's own languages.
     */
    preferredLanguages?: string;
  } = {},
): Promise<Harness> {
  const locale = options.preferredLanguages ? undefined : (options.locale ?? 'en-US');
  const headless = options.headless ?? true;
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const server = await startFixtureServer();
  const profileDir = mkdtempSync(join(tmpdir(), 'kaiyaku-e2e-'));
  if (options.preferredLanguages) {
    mkdirSync(join(profileDir, 'Default'), { recursive: true });
    writeFileSync(
      join(profileDir, 'Default', 'Preferences'),
      JSON.stringify({ intl: { accept_languages: options.preferredLanguages } }),
    );
  }
  let context = await launchContext(profileDir, server, locale, headless, extensionDir);
  const extensionId = new URL((await workerOf(context)).url()).host;

  const harness: Harness = {
    get context() {
      return context;
    },
    extensionId,
    server,
    profileDir,
    serviceWorker: () => workerOf(context),
    async openPopup({ tabId, locale: popupLocale } = {}) {
      const page = await context.newPage();
      const query = tabId === undefined ? '' : `?tab=${tabId}`;
      if (popupLocale) await page.setExtraHTTPHeaders({ 'accept-language': popupLocale });
      await page.setViewportSize({ width: 380, height: 600 });
      await page.goto(`chrome-extension://${extensionId}/popup.html${query}`);
      await page.locator('main h1').waitFor();
      return page;
    },
    async tabIdOf(page) {
      // The extension has no `tabs` permission, so tabs cannot be found by URL: bring the page to the front
      // and ask for the active tab instead.
      await page.bringToFront();
      const worker = await workerOf(context);
      return worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        if (tab?.id === undefined) throw new Error('no active tab');
        return tab.id;
      });
    },
    async visit(url, timeout) {
      const page = await context.newPage();
      await page.goto(url, { timeout });
      return { page, tabId: await harness.tabIdOf(page) };
    },
    async badgeText(tabId) {
      const worker = await workerOf(context);
      return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    async stopServiceWorker() {
      await (await harness.armServiceWorkerStop())();
    },
    async armServiceWorkerStop() {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const extensionWorker = async () =>
        (await cdp.send('Target.getTargets')).targetInfos.find(
          (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
        );
      const target = await extensionWorker();
      if (!target) throw new Error('extension service worker not found');
      return async () => {
        await cdp.send('Target.closeTarget', { targetId: target.targetId });
        // Playwright's worker "close" event is not reliable here; ask Chromium until the worker is gone.
        for (let i = 0; i < 100 && (await extensionWorker())?.targetId === target.targetId; i++) {
          await new Promise((done) => setTimeout(done, 50));
        }
        await page.close();
      };
    },
    shadow: (page, hostSelector) => closedShadow(context, page, hostSelector),
    async restart() {
      await context.close();
      context = await launchContext(profileDir, server, locale, headless, extensionDir);
      await workerOf(context);
    },
    async close() {
      await context.close().catch(() => undefined);
      await server.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
  return harness;
}

/** Makes a checklist through the popup's form, as a user would (labels as shown in English). */
export async function createPlan(popup: Page, brandLabel: string, card: string, goal: string) {
  const newButton = popup.getByRole('button', { name: /New checklist/ });
  if (await newButton.isVisible()) await newButton.click();
  await popup.getByLabel('Carrier', { exact: true }).selectOption({ label: brandLabel });
  await popup.getByRole('radio', { name: card, exact: true }).check();
  await popup.getByRole('radio', { name: goal, exact: true }).check();
  await popup.getByRole('button', { name: 'Make my checklist' }).click();
  await popup.locator('.checklist').waitFor();
}
