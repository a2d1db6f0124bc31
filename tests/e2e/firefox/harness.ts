/**
 * Launches the built Firefox add-on (.output/firefox-mv2) in real headless Firefox (Debian's firefox-esr), driven
 * over WebDriver BiDi with puppeteer-core, next to the same fixture server as the Chromium tests.
 *
 * The add-on is installed as a user would have it, not as a temporary add-on: zipped into the profile's
 * `extensions/<gecko id>.xpi` (unsigned, which ESR allows), with a fixed internal UUID, so its own pages
 * (`moz-extension://<uuid>/popup.html`) have a known address and its storage stays with the profile across a
 * restart. BiDi refuses to navigate a tab to a `moz-extension:` URL, so Firefox is started with the popup as its
 * first page; from there the extension's own pages can open and navigate one another.
 *
 * Fixture pages keep their real host names: Firefox sends every request through a local proxy that hands each
 * HTTPS tunnel to the fixture server, whatever the host (any port, so several runs can share the machine).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect as connectSocket, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';
import { type FixtureServer, startFixtureServer } from '../../../scripts/lib/fixture-server';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv2');

/** The internal UUID the tests give the add-on (Firefox picks a random one per profile otherwise). */
const EXTENSION_UUID = 'e9ffb9fb-e23f-475f-b6a0-5b3fc7bde22b';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** `FIREFOX_PATH`, else the first of firefox-esr / firefox on the PATH. */
export function findFirefox(): string {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  for (const name of ['firefox-esr', 'firefox']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim();
    } catch {
      // not on the PATH; try the next name
    }
  }
  throw new Error('Firefox not found: install firefox-esr or set FIREFOX_PATH (README "Requirements").');
}

/** The add-on's id, from the built manifest (wxt.config.ts sets it). */
function geckoId(): string {
  const manifestPath = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

/** An HTTP proxy that tunnels every CONNECT to the fixture server, and answers plain HTTP with 404. */
async function startTunnel(target: FixtureServer): Promise<{ port: number; close(): Promise<void> }> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Fixtures are served over HTTPS only');
  });
  // A tunnel's sockets leave the HTTP server's keeping once connected (closeAllConnections does not reach
  // them), and the fixture server waits for them to end before it closes: closing the tunnel ends them itself.
  const sockets = new Set<Socket>();
  const keep = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  server.on('connect', (_req, client, head) => {
    keep(client as Socket);
    const upstream = connectSocket(target.port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    keep(upstream);
    const drop = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', drop);
    client.on('error', drop);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

/** What `find` finds, asked every 100 ms for up to 20 s. */
async function poll<T>(find: () => Promise<T | undefined | false>, failure: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = await find();
    if (found) return found;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(failure);
}

/** Closes Firefox, and kills it should it not have quit within ten seconds (a test's hooks have a minute). */
async function stop(firefox: Browser): Promise<void> {
  const closed = firefox.close().then(
    () => true,
    () => false,
  );
  const timedOut = new Promise<false>((done) => setTimeout(() => done(false), 10_000));
  if (!(await Promise.race([closed, timedOut]))) firefox.process()?.kill('SIGKILL');
}

export interface FirefoxHarness {
  readonly browser: Browser;
  server: FixtureServer;
  /** Opens `url` in a new tab and waits for it to load. */
  visit(url: string): Promise<Page>;
  /** The tab showing `url`, once there is one (a page Firefox opened as it started). */
  tabAt(url: string): Promise<Page>;
  /** Opens one of the extension's pages in a new tab, e.g. `popup.html?tab=3` (the popup describing tab 3). */
  openExtensionPage(path: string): Promise<Page>;
  /** Runs `fn` on an extension page, where the extension's APIs are (`globalThis.browser`). */
  inExtension<T>(fn: () => Promise<T>): Promise<T>;
  /** The id Firefox gives the tab showing `page` (asked from the extension's own page). */
  tabIdOf(page: Page): Promise<number>;
  /** The badge text the extension set for a tab. */
  badgeText(tabId: number): Promise<string>;
  /** The HTML inside the closed shadow root of `hostSelector`, which page scripts cannot reach. */
  closedShadowHtml(page: Page, hostSelector: string): Promise<string>;
  /** Closes Firefox and starts it again on the same profile, opening `openAtStart` as it starts. */
  restart(openAtStart?: string[]): Promise<void>;
  close(): Promise<void>;
}

/** The part of Firefox's `browser` namespace the harness calls from an extension page. */
interface ExtensionApi {
  tabs: {
    query(query: object): Promise<{ id?: number }[]>;
    create(properties: { url: string }): Promise<unknown>;
  };
  browserAction: { getBadgeText(details: { tabId: number }): Promise<string> };
}

/** puppeteer-core's BiDi browser keeps its connection to Firefox; raw BiDi commands go through it. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
const bidi = (browser: Browser) => (browser as unknown as { connection: BidiConnection }).connection;
const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

export async function launchFirefox(options: { locale?: string } = {}): Promise<FirefoxHarness> {
  const id = geckoId();
  const server = await startFixtureServer();
  const tunnel = await startTunnel(server);
  const profileDir = mkdtempSync(join(tmpdir(), 'kaiyaku-firefox-'));
  mkdirSync(join(profileDir, 'extensions'));
  // An .xpi is a zip of the build; `-X` leaves out extra file attributes, `-D` directory entries.
  execFileSync('zip', ['-q', '-r', '-X', '-D', join(profileDir, 'extensions', `${id}.xpi`), '.'], {
    cwd: FIREFOX_EXTENSION_DIR,
  });

  /** `openAtStart`: pages that load as Firefox starts, before add-ons' background pages run (a restored session). */
  const start = (openAtStart: string[] = []) =>
    puppeteer.launch({
      browser: 'firefox',
      executablePath: findFirefox(),
      headless: true,
      // KG_FIREFOX_LOG=1: Firefox's own output and every console message (pages, content scripts, background) on
      // stdout, to see what happened when a test fails.
      dumpio: !!process.env.KG_FIREFOX_LOG,
      userDataDir: profileDir,
      acceptInsecureCerts: true,
      defaultViewport: { width: 1200, height: 800 },
      args: [...openAtStart, `${EXTENSION_ORIGIN}/popup.html`],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
        'xpinstall.signatures.required': false,
        'extensions.autoDisableScopes': 0,
        'extensions.enabledScopes': 15,
        'intl.locale.requested': options.locale ?? 'en-US',
        'intl.accept_languages': options.locale ?? 'en-US',
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': tunnel.port,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': tunnel.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'dom.security.https_first': false,
        ...(process.env.KG_FIREFOX_LOG && {
          'devtools.console.stdout.content': true,
          'devtools.console.stdout.chrome': true,
        }),
      },
    });
  let firefox = await start();

  /** The extension page Firefox starts with: it stays open, to call the extension's APIs and open its pages. */
  const homePage = () =>
    poll(
      async () => (await firefox.pages()).find((p) => p.url().startsWith(EXTENSION_ORIGIN)),
      `Firefox did not open ${EXTENSION_ORIGIN}/popup.html: is the add-on installed?`,
    );
  let home = await homePage();

  const harness: FirefoxHarness = {
    get browser() {
      return firefox;
    },
    server,
    async visit(url) {
      const page = await firefox.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    tabAt: (url) =>
      poll(async () => (await firefox.pages()).find((p) => p.url() === url), `no tab shows ${url}`),
    async openExtensionPage(path) {
      // A new tab opened by the extension itself: puppeteer follows a tab from its creation, whereas it loses
      // track of an extension page that navigates.
      const created = new Promise<Target>((done) => firefox.once('targetcreated', done));
      await home.evaluate(async (url) => {
        await (globalThis as unknown as { browser: ExtensionApi }).browser.tabs.create({ url });
      }, `${EXTENSION_ORIGIN}/${path}`);
      const page = await (await created).page();
      if (!page) throw new Error(`${path} did not open as a page`);
      // Polled with evaluate, not waitForFunction: puppeteer builds a waited-for function with `new Function`
      // inside the page, which the extension pages' CSP (no eval) blocks in Firefox ESR 140; BiDi's own
      // evaluation is not subject to it.
      const url = `${EXTENSION_ORIGIN}/${path}`;
      const loaded = () =>
        page.evaluate((expected) => location.href === expected && document.readyState === 'complete', url);
      // A rejection: the tab is still between documents.
      return poll(async () => (await loaded().catch(() => false)) && page, `${path} did not finish loading`);
    },
    inExtension: (fn) => home.evaluate(fn) as Promise<never>,
    async tabIdOf(page) {
      await page.bringToFront();
      return home.evaluate(async () => {
        const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        if (tab?.id === undefined) throw new Error('no active tab');
        return tab.id;
      });
    },
    async badgeText(tabId) {
      return home.evaluate(
        (tab) =>
          (globalThis as unknown as { browser: ExtensionApi }).browser.browserAction.getBadgeText({
            tabId: tab,
          }),
        tabId,
      );
    },
    async closedShadowHtml(page, hostSelector) {
      // BiDi can serialise a node with its shadow root even when the root is closed ("all"); the root's
      // reference then goes back in as the argument of a function that reads it.
      const target = { context: contextOf(page) };
      const { result } = (await bidi(firefox).send('script.evaluate', {
        expression: `document.querySelector(${JSON.stringify(hostSelector)})`,
        target,
        awaitPromise: false,
        serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
      })) as { result: { result: { value?: { shadowRoot?: { sharedId: string } } } } };
      const shadowRoot = result.result.value?.shadowRoot;
      if (!shadowRoot) throw new Error(`no ${hostSelector} with a shadow root on the page`);
      const html = (await bidi(firefox).send('script.callFunction', {
        functionDeclaration: '(root) => root.innerHTML',
        arguments: [{ sharedId: shadowRoot.sharedId }],
        target,
        awaitPromise: false,
      })) as { result: { result: { value: string } } };
      return html.result.result.value;
    },
    async restart(openAtStart) {
      await stop(firefox);
      firefox = await start(openAtStart);
      home = await homePage();
    },
    async close() {
      await stop(firefox);
      await tunnel.close();
      await server.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
  return harness;
}
