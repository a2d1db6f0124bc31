import { beforeEach, describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing';
import {
  contentScriptSender,
  EXTENSION_ORIGIN,
  type FakeRouter,
  fakeRouter,
  popupSender,
} from '../../tests/unit/router-deps';
import type { Message, PopupState, TabInfo } from '../messages';
import { PLANS_VERSION } from '../store/schema';
import { handleMessage, RefusedError, type RouterDeps } from './router';

const popup = popupSender;
const contentScript = contentScriptSender;

let deps: RouterDeps;
let tabs: Map<number, TabInfo>;
let router: FakeRouter;

beforeEach(() => {
  router = fakeRouter(1_000);
  ({ deps, tabs } = router);
});

// Popup messages are answered with the popup state; the in-page assistant's answers are tested in
// utils/assistant/answer.test.ts.
const send = (message: Message | unknown, sender = popup) =>
  handleMessage(message, sender, deps) as Promise<PopupState | null>;

describe('background messages', () => {
  it('creates a plan, ticks a step and stores both', async () => {
    await send({ type: 'plan/create', brand: 'docomo', card: 'physical', goal: 'cancel' });
    const state = await send({ type: 'plan/toggle', planId: 'plan-1', stepId: 'points-docomo', done: true });
    expect(state?.plans[0]?.steps['points-docomo']).toEqual({ done: true, at: 1_000 });
    const stored = await fakeBrowser.storage.local.get('plans');
    expect(stored.plans).toMatchObject({ version: PLANS_VERSION, activeId: 'plan-1' });
    expect(router.badgeRefreshes()).toBe(2);
  });

  it('refuses a plan the carrier does not offer', async () => {
    await expect(
      send({ type: 'plan/create', brand: 'docomo', card: 'prepaid', goal: 'cancel' }),
    ).rejects.toThrow(RefusedError);
    await expect(
      send({ type: 'plan/create', brand: 'nobody', card: 'physical', goal: 'cancel' }),
    ).rejects.toThrow(RefusedError);
  });

  it('does not lose a tick when two popups write at once', async () => {
    await send({ type: 'plan/create', brand: 'au', card: 'physical', goal: 'cancel' });
    const ids = ['points', 'final-month-full', 'instalments-continue', 'move-sms-logins', 'carrier-billing'];
    await Promise.all(
      ids.map((stepId) => send({ type: 'plan/toggle', planId: 'plan-1', stepId, done: true })),
    );
    const state = await send({ type: 'state/get' });
    expect(Object.keys(state?.plans[0]?.steps ?? {}).sort()).toEqual([...ids].sort());
  });

  it.each([
    ['a web page pretending to be the popup', { id: 'kaiyaku', url: 'https://evil.example/popup.html' }],
    ['another extension', { id: 'other', url: `${EXTENSION_ORIGIN}popup.html` }],
    ['a content script', contentScript(3, 'https://www.docomo.ne.jp/')],
  ])('refuses data changes from %s', async (_who, sender) => {
    await expect(
      send(
        { type: 'plan/create', brand: 'docomo', card: 'physical', goal: 'cancel' },
        sender as Runtime.MessageSender,
      ),
    ).rejects.toThrow(RefusedError);
    expect(await fakeBrowser.storage.local.get('plans')).toEqual({});
  });

  it('refuses malformed messages', async () => {
    await expect(send({ type: 'plan/toggle', planId: 'x' })).rejects.toThrow(RefusedError);
    await expect(send('hello')).rejects.toThrow(RefusedError);
  });

  it('judges a content script’s own tab by the URL the browser gives, never by the message', async () => {
    await send({ type: 'guard/check', sample: '' }, contentScript(7, 'https://www.docomo.ne.jp/'));
    expect(tabs.get(7)).toMatchObject({
      brand: 'docomo',
      site: 'www.docomo.ne.jp',
      verdict: { level: 'official' },
    });
    const answer = await send(
      { type: 'guard/check', sample: '' },
      contentScript(8, 'https://docomo-login.duckdns.org/'),
    );
    expect(tabs.get(8)).toMatchObject({ brand: null, verdict: { level: 'danger', brand: 'docomo' } });
    expect(answer).toMatchObject({ banner: { level: 'danger' } });
    await expect(send({ type: 'guard/check', sample: '' }, popup)).rejects.toThrow(RefusedError);
    const state = await send({ type: 'state/get', tabId: 7 });
    expect(state?.tab).toMatchObject({ brand: 'docomo' });
  });

  it('trusts only the sender’s own site; the popup can revoke it', async () => {
    const page = contentScript(9, 'https://nas.duckdns.org/login');
    await send({ type: 'site/trust' }, page);
    expect((await send({ type: 'state/get' }))?.settings.trustedSites).toEqual(['nas.duckdns.org']);
    expect(await send({ type: 'guard/check', sample: '' }, page)).toEqual({
      scan: false,
      scanIfSignal: false,
      banner: null,
    });
    expect(tabs.get(9)?.trusted).toBe(true);
    await expect(send({ type: 'site/untrust', site: 'nas.duckdns.org' }, page)).rejects.toThrow(RefusedError);
    await send({ type: 'site/untrust', site: 'nas.duckdns.org' });
    expect(tabs.get(9)?.trusted).toBe(false);
    expect(await send({ type: 'guard/check', sample: '' }, page)).toMatchObject({
      banner: { level: 'caution' },
    });
  });

  it('sets corrupted storage aside, tells the popup once, and keeps working', async () => {
    await fakeBrowser.storage.local.set({
      plans: '{{not json',
      settings: { version: 1, lang: 'ja', hintsHiddenOn: [], trustedSites: [] },
    });
    const state = await send({ type: 'state/get' });
    expect(state?.plans).toEqual([]);
    expect(state?.settings.lang).toBe('ja');
    expect(state?.unseenProblems).toBe(1);
    const { quarantine } = await fakeBrowser.storage.local.get('quarantine');
    expect(quarantine).toEqual([
      expect.objectContaining({ key: 'plans', raw: JSON.stringify('{{not json'), seen: false }),
    ]);
    expect((await send({ type: 'problems/seen' }))?.unseenProblems).toBe(0);
    // The quarantined value is still there after the user has seen the notice.
    expect((await fakeBrowser.storage.local.get('quarantine')).quarantine).toHaveLength(1);
    await send({ type: 'plan/create', brand: 'docomo', card: 'physical', goal: 'cancel' });
    expect((await send({ type: 'state/get' }))?.plans).toHaveLength(1);
  });

  it('remembers the language choice', async () => {
    await send({ type: 'settings/lang', lang: 'zh-CN' });
    expect((await send({ type: 'state/get' }))?.settings.lang).toBe('zh-CN');
    await expect(send({ type: 'settings/lang', lang: 'fr' })).rejects.toThrow(RefusedError);
  });

  it('lets the popup show hints again on a site where the page hid them, but not hide them anywhere', async () => {
    const portal = contentScript(4, 'https://www.docomo.ne.jp/mydocomo/');
    await handleMessage({ type: 'settings/hints', host: 'www.docomo.ne.jp', hidden: true }, portal, deps);
    expect((await send({ type: 'state/get' }))?.settings.hintsHiddenOn).toEqual(['www.docomo.ne.jp']);
    await expect(send({ type: 'settings/hints', host: 'www.au.com', hidden: true })).rejects.toThrow(
      RefusedError,
    );
    const state = await send({ type: 'settings/hints', host: 'www.docomo.ne.jp', hidden: false });
    expect(state?.settings.hintsHiddenOn).toEqual([]);
  });
});
