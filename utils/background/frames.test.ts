/**
 * Frames (issue 17) through the background's real message handling: what a sub-frame's report may change, and
 * what it may not. The content side (which frames report at all) is tested in Chromium: tests/e2e/frames.e2e.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { type FakeRouter, fakeRouter } from '../../tests/unit/router-deps';
import type { Banner } from '../guard/banner';
import type { GuardAnswer, PopupState, TabInfo } from '../messages';
import { type FrameInfo, frameAddress, MAX_FRAMES, shownOf, withFrame, withTop } from './frames';
import { handleMessage, type RouterDeps } from './router';

let router: FakeRouter;
let deps: RouterDeps;
let tabs: Map<number, TabInfo>;
let shownInTop: { tabId: number; banner: Banner }[];
let alive: Set<string>;

beforeEach(() => {
  router = fakeRouter(1_000);
  ({ deps, tabs } = router);
  shownInTop = [];
  alive = new Set();
  deps.showInTop = async (tabId, banner) => void shownInTop.push({ tabId, banner });
  deps.topAlive = async (_tabId, documentId) => alive.has(documentId);
});

const TAB = 5;

/** A message from the guard in frame `frameId` of tab 5, at `url`, as the browser describes the sender. */
function frame(
  frameId: number,
  url: string,
  more: Partial<Runtime.MessageSender> = {},
): Runtime.MessageSender {
  return {
    id: 'kaiyaku',
    url,
    frameId,
    tab: { id: TAB, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
    ...more,
  };
}
const top = (url: string, documentId = 'doc-1') => {
  alive.add(documentId);
  return frame(0, url, { documentId });
};

const check = (sender: Runtime.MessageSender, extra: object = {}) =>
  handleMessage({ type: 'guard/check', sample: '', ...extra }, sender, deps) as Promise<GuardAnswer>;
const popupTab = async () =>
  (
    (await handleMessage(
      { type: 'state/get', tabId: TAB },
      { id: 'kaiyaku', url: 'chrome-extension://kaiyaku/popup.html' },
      deps,
    )) as PopupState
  ).tab;

const NEWS = 'https://www.example-news.jp/articles/1.html';
const KIT = 'https://docomo-login.duckdns.org/dacc/';

describe('a sub-frame’s report', () => {
  it('makes a harmless page warn about the kit it frames, naming the frame’s host everywhere', async () => {
    await check(top(NEWS));
    const answer = await check(frame(3, KIT));
    // The frame itself shows nothing; the top page's guard is told, with the framed host named.
    expect(answer.banner).toBeNull();
    expect(shownInTop).toHaveLength(1);
    expect(shownInTop[0]?.banner).toMatchObject({
      level: 'danger',
      framed: { site: 'docomo-login.duckdns.org' },
      trustLabel: 'I trust docomo-login.duckdns.org',
    });
    expect(shownInTop[0]?.banner.framed?.note).toContain('docomo-login.duckdns.org');
    expect(router.badgeRefreshes()).toBeGreaterThan(1);
    // The top page's own record is untouched; the popup describes the frame.
    expect(tabs.get(TAB)).toMatchObject({ site: 'www.example-news.jp', verdict: { level: 'none' } });
    expect(await popupTab()).toMatchObject({
      framedSite: 'docomo-login.duckdns.org',
      verdict: { level: 'danger', brand: 'docomo' },
    });
    // The top page's next look is answered with the frame's banner too.
    expect((await check(top(NEWS))).banner?.framed?.site).toBe('docomo-login.duckdns.org');
  });

  it('costs no storage when it does not warn: twenty ad frames leave no trace', async () => {
    for (let id = 1; id <= 20; id++)
      await check(frame(id, `https://ads${id % 3}.adnet.example/slot?id=${id}`));
    expect(tabs.size).toBe(0);
    expect(shownInTop).toEqual([]);
  });

  it('is judged by the sender the browser gives, whatever the message claims', async () => {
    await check(top('https://www.docomo.ne.jp/'));
    // Extra fields naming another address, frame or tab are dropped by the schema and never read.
    await check(frame(4, KIT), { url: 'https://www.docomo.ne.jp/', frameId: 0, tabId: 99 });
    const info = tabs.get(TAB);
    expect(info).toMatchObject({ brand: 'docomo', site: 'www.docomo.ne.jp', verdict: { level: 'official' } });
    expect(info?.frames).toMatchObject([{ frameId: 4, site: 'docomo-login.duckdns.org' }]);
    expect(tabs.has(99)).toBe(false);
  });

  it('from an official carrier page never makes the tab official, nor warns', async () => {
    await check(top(NEWS));
    await check(frame(2, 'https://www.docomo.ne.jp/support/'));
    expect(tabs.get(TAB)).toMatchObject({ brand: null, site: 'www.example-news.jp' });
    expect(tabs.get(TAB)?.frames).toBeUndefined();
    expect(await popupTab()).toMatchObject({ framedSite: null, verdict: { level: 'none' } });
  });

  it('judges a frame without its own address (about:blank, srcdoc) by the origin the browser reports', () => {
    const origin = (url: string, o: string) => frameAddress({ url, origin: o } as Runtime.MessageSender);
    expect(origin('about:blank', 'https://evil.example')).toBe('https://evil.example/');
    expect(origin('about:srcdoc', 'https://evil.example')).toBe('https://evil.example/');
    expect(origin('https://a.example/x', 'https://b.example')).toBe('https://a.example/x');
    expect(origin('data:text/html,x', 'null')).toBe('data:text/html,x');
  });

  it('may ask to trust only from the top page, and only a host the tab warned about', async () => {
    await check(top(NEWS));
    await check(frame(3, KIT));
    const trust = (sender: Runtime.MessageSender, framed?: string) =>
      handleMessage({ type: 'site/trust', ...(framed && { framed }) }, sender, deps);
    await trust(top(NEWS), 'www.softbank.jp');
    await trust(frame(3, KIT), 'www.example-news.jp');
    const trusted = async () =>
      (
        (await handleMessage(
          { type: 'state/get' },
          { id: 'kaiyaku', url: 'chrome-extension://kaiyaku/popup.html' },
          deps,
        )) as PopupState
      ).settings.trustedSites;
    expect(await trusted()).toEqual([]);
    await trust(top(NEWS), 'docomo-login.duckdns.org');
    expect(await trusted()).toEqual(['docomo-login.duckdns.org']);
    expect(await popupTab()).toMatchObject({ framedSite: null, verdict: { level: 'none' } });
  });
});

describe('the tab’s record across loads', () => {
  it('keeps a frame’s warning while the top document stays (address changes), drops it with a new page', async () => {
    await check(top(NEWS, 'doc-1'));
    await check(frame(3, KIT));
    // A single-page app changes its address: the same document reports again.
    await check(top(`${NEWS}#comments`, 'doc-1'));
    expect(tabs.get(TAB)?.frames).toHaveLength(1);
    // A new page in the tab: the previous page's frames go.
    alive.delete('doc-1');
    await check(top('https://www.example-news.jp/other.html', 'doc-2'));
    expect(tabs.get(TAB)?.frames).toBeUndefined();
  });

  it('gives a new page the frames that reported before its top page did, not the old page’s', async () => {
    await check(top(NEWS, 'doc-1'));
    await check(frame(3, KIT));
    alive.delete('doc-1');
    // The new page's kit frame reports first (its top page's guard has not started yet).
    await check(frame(7, 'https://au-id-login.top/'));
    await check(top('https://www.example-news.jp/other.html', 'doc-2'));
    expect(tabs.get(TAB)?.frames?.map((f) => f.frameId)).toEqual([7]);
    expect(tabs.get(TAB)?.frames?.[0]?.top).toBe('doc-2');
  });
});

describe('frame records', () => {
  const verdict = (level: 'danger' | 'caution', score: number) => ({
    level,
    brand: null,
    score,
    reasons: [],
    host: 'x.example',
  });
  const info = (id: number, level: 'danger' | 'caution', score = 1): FrameInfo => ({
    frameId: id,
    site: `f${id}.example`,
    verdict: verdict(level, score),
    trusted: false,
    top: null,
  });

  it('keeps the worst frames when a page holds more than it can keep, so a kit cannot be pushed out', () => {
    let record: TabInfo | null = null;
    record = withFrame(record, info(1, 'danger', 9));
    for (let id = 2; id < 60; id++) record = withFrame(record, info(id, 'caution'));
    expect(record.frames).toHaveLength(MAX_FRAMES);
    expect(shownOf(record).framedSite).toBe('f1.example');
  });

  it('keeps a frame’s worst verdict: a milder later report (a second look, a navigation) does not lower it', () => {
    const record = withFrame(withFrame(null, info(3, 'danger', 8)), { ...info(3, 'caution', 2) });
    expect(record.frames).toMatchObject([{ frameId: 3, verdict: { level: 'danger', score: 8 } }]);
    expect(withFrame(record, info(3, 'danger', 12)).frames?.[0]?.verdict.score).toBe(12);
  });

  it('shows the top page when it warns at least as much as its worst frame', () => {
    const record = withTop(withFrame(null, info(2, 'caution', 3)), {
      brand: null,
      site: 'top.example',
      verdict: verdict('danger', 5),
      trusted: false,
      document: 'd',
    });
    expect(shownOf(record)).toMatchObject({ framedSite: null, verdict: { level: 'danger' } });
  });
});
