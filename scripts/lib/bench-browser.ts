/**
 * Headless Chromium for the benchmark, with or without the built extension and otherwise identical, beside
 * the fixture server; plus DevTools sessions on a page and on the extension's service worker for heap readings.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Worker } from 'playwright-core';
import { EXTENSION_DIR } from '../../tests/e2e/harness';
import { findChromium, QUIET_FLAGS } from './chromium';
import type { FixtureServer } from './fixture-server';

export interface BenchBrowser {
  context: BrowserContext;
  /** The extension's id, or null in the browser without it. */
  extensionId: string | null;
  close(): Promise<void>;
}

export async function launchBrowser(
  server: FixtureServer,
  extension: boolean,
  extraArgs: readonly string[] = [],
): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'kaiyaku-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: [
      ...QUIET_FLAGS,
      ...server.chromiumArgs,
      ...(extension
        ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`]
        : []),
      ...extraArgs,
    ],
  });
  const worker = extension ? await extensionWorker(context) : null;
  return {
    context,
    extensionId: worker && new URL(worker.url()).host,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return existing ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
}

const MB = 1024 * 1024;

/** Something that speaks the DevTools protocol: a page's session, or the service worker's below. */
export interface Protocol {
  send(method: string, params?: object): Promise<unknown>;
}

/** The used JS heap in MB after a full garbage collection (twice: the first can leave weakly held objects). */
export async function heapAfterGc(target: Protocol): Promise<number> {
  await target.send('HeapProfiler.collectGarbage');
  await target.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await target.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / MB;
}

export function pageProtocol(cdp: CDPSession): Protocol {
  return { send: (method, params) => cdp.send(method as 'Runtime.enable', params) };
}

/**
 * A DevTools session on the extension's service worker. Playwright opens sessions on pages only, so this
 * attaches from the browser's session and relays messages through `Target.sendMessageToTarget`.
 */
export async function workerProtocol(b: BenchBrowser): Promise<Protocol & { detach(): Promise<void> }> {
  const browser = b.context.browser();
  if (!browser || !b.extensionId) throw new Error('no extension service worker to attach to');
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${b.extensionId}/`),
  );
  if (!target) throw new Error('extension service worker not found');
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  });
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    const waiting = reply.id === undefined ? undefined : pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id as number);
    if (reply.error) waiting.reject(new Error(reply.error.message));
    else waiting.resolve(reply.result);
  });
  let lastId = 0;
  return {
    send(method, params = {}) {
      const id = ++lastId;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        cdp
          .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
          .catch(reject);
      });
    },
    async detach() {
      await cdp.send('Target.detachFromTarget', { sessionId });
      await cdp.detach();
    },
  };
}
