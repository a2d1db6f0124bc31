/**
 * The page's JS heap across single-page navigations on a carrier portal where the assistant works (My au's
 * fixture): the page itself is driven through history.pushState and re-renders its menu each time, N times,
 * then the heap is read after a forced GC, with and without the extension. When the extension's part grows,
 * the objects that pile up in its isolated world are counted over DevTools: AbortSignal listeners (WXT's
 * ctx timers each add one) and MutationObservers still alive.
 */
import type { CDPSession } from 'playwright-core';
import { type BenchBrowser, heapAfterGc, pageProtocol } from './bench-browser';
import { round } from './bench-stats';

const PORTAL = 'https://my.au.com/';

/**
 * Runs in the page: `n` route changes between My au's top menu and its contract menu, rendered two frames after
 * the URL changed (as after a fetch), each followed by three frames for the assistant to look. Returns how many
 * ended with an element highlighted. A string: tsx would wrap named functions in a helper the page lacks.
 */
const navigate = (n: number) => `(async () => {
  const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
  let highlighted = 0;
  for (let i = 0; i < ${n}; i++) {
    const contract = i % 2 === 0;
    history.pushState({}, '', contract ? '/spa/contract' : '/');
    await frame(); await frame();
    (contract ? renderContract : renderTop)();
    await frame(); await frame(); await frame();
    if (document.querySelector('[data-kaiyaku-highlight]')) highlighted++;
  }
  return highlighted;
})()`;

/** What the extension's isolated world holds: AbortSignals with their listeners, and MutationObservers. */
async function isolatedWorldCounts(cdp: CDPSession, contextId: number) {
  const count = async (prototype: string) => {
    const proto = await cdp.send('Runtime.evaluate', { expression: `${prototype}.prototype`, contextId });
    const { objects } = await cdp.send('Runtime.queryObjects', {
      prototypeObjectId: proto.result.objectId as string,
    });
    const { result } = await cdp.send('Runtime.getProperties', {
      objectId: objects.objectId as string,
      ownProperties: true,
    });
    return result.filter((p) => /^\d+$/.test(p.name)).map((p) => p.value?.objectId as string);
  };
  let abortListeners = 0;
  for (const objectId of await count('AbortSignal')) {
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId });
    abortListeners += listeners.filter((l) => l.type === 'abort').length;
  }
  return { abortListeners, mutationObservers: (await count('MutationObserver')).length };
}

async function run(b: BenchBrowser, batches: readonly number[]) {
  const page = await b.context.newPage();
  const cdp = await b.context.newCDPSession(page);
  const isolated: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string } | undefined;
    if (aux?.type === 'isolated' && context.origin.startsWith('chrome-extension://'))
      isolated.push(context.id);
  });
  await cdp.send('Runtime.enable');
  await page.goto(PORTAL, { waitUntil: 'load' });
  await page.locator(b.extensionId ? '[data-kaiyaku-highlight]' : '.menu').waitFor({ state: 'attached' });
  const protocol = pageProtocol(cdp);
  const reading = async (navigations: number, highlighted: number) => {
    await page.waitForTimeout(500);
    const world = isolated[0];
    return {
      navigations,
      highlighted,
      heapMb: round(await heapAfterGc(protocol), 3),
      ...(world === undefined ? {} : await isolatedWorldCounts(cdp, world)),
    };
  };
  const points = [await reading(0, 0)];
  let done = 0;
  for (const n of batches) {
    const highlighted = (await page.evaluate(navigate(n - done))) as number;
    done = n;
    points.push(await reading(done, highlighted));
  }
  await page.close();
  return points;
}

export async function benchSpaHeap(withExt: BenchBrowser, without: BenchBrowser, batches: readonly number[]) {
  const a = await run(withExt, batches);
  const b = await run(without, batches);
  /** KB per 100 navigations between the first and the last batch. */
  const growth = (points: { navigations: number; heapMb: number }[]) => {
    const first = points[1] as { navigations: number; heapMb: number };
    const last = points[points.length - 1] as { navigations: number; heapMb: number };
    return round(((last.heapMb - first.heapMb) * 1024 * 100) / (last.navigations - first.navigations));
  };
  return {
    page: PORTAL,
    with: a,
    without: b,
    kbPer100Navigations: { with: growth(a), without: growth(b) },
  };
}
