import { beforeEach, describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing';
import { BRANDS } from '../../data/brands';
import { NO_TABS } from '../../tests/unit/router-deps';
import { handleMessage, RefusedError, type RouterDeps } from '../background/router';
import { Store } from '../background/store';
import type { AssistantContext, Message, PopupState } from '../messages';
import { DEFAULT_SETTINGS, PLANS_VERSION, type PlansState } from '../store/schema';
import { guideFor } from './answer';

const ORIGIN = 'chrome-extension://kaiyaku/';
const popup: Runtime.MessageSender = { id: 'kaiyaku', url: `${ORIGIN}popup.html` };
const page = (url: string): Runtime.MessageSender => ({
  id: 'kaiyaku',
  url,
  tab: { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
});
const DOCOMO = page('https://www.docomo.ne.jp/mydocomo/cancel/complete/');

let deps: RouterDeps;
let badgeRefreshes: number;

beforeEach(() => {
  fakeBrowser.reset();
  badgeRefreshes = 0;
  let nextId = 0;
  deps = {
    store: new Store(),
    extensionOrigin: ORIGIN,
    extensionId: 'kaiyaku',
    ...NO_TABS,
    refreshBadges: async () => void badgeRefreshes++,
    newId: () => `plan-${++nextId}`,
    now: () => 2_000,
    langEnv: async () => ({ preferred: ['en-US'], ui: 'en-US' }),
  };
});

const send = (message: Message, sender: Runtime.MessageSender) => handleMessage(message, sender, deps);
/** The context for `sender`'s page, in a browser whose preferred language is `preferred`. */
const contextFor = async (sender: Runtime.MessageSender, preferred = 'en-US') => {
  deps.langEnv = async () => ({ preferred: [preferred], ui: 'en-US' });
  return (await send({ type: 'assistant/context' }, sender)) as AssistantContext;
};
const plans = async () => ((await send({ type: 'state/get' }, popup)) as PopupState).plans;

async function createPlan(
  brand: string,
  goal: 'cancel' | 'mnp',
  card: 'physical' | 'corporate' = 'physical',
) {
  await send({ type: 'plan/create', brand, card, goal }, popup);
}

describe('assistant/context', () => {
  it('without a plan: the cancel path, nothing to tick, strings in the browser’s preferred language', async () => {
    const context = await contextFor(page('https://www.docomo.ne.jp/mydocomo/'), 'ja-JP');
    expect(context.brand).toBe('docomo');
    expect(context.goal).toBe('cancel');
    expect(context.path?.steps.map((s) => s.id)).toContain('line-cancel');
    expect(context.completion).toBeNull();
    expect(context.lang).toBe('ja');
    expect(context.strings['assistant.hideHere']).toBe('このサイトではヒントを出さない');
    expect(context.languages[0]).toEqual({
      value: 'auto',
      label: '自動 · 日本語（ブラウザーの優先言語 ja-JP）',
    });
    expect(context.hintsHidden).toBe(false);
  });

  it('follows the plan of the carrier family: goal, the step the completion page confirms, its title', async () => {
    await createPlan('docomo', 'mnp');
    const context = await contextFor(DOCOMO);
    expect(context.goal).toBe('mnp');
    expect(context.path?.steps.map((s) => s.id)).toEqual([
      'contract-menu',
      'mnp-reservation',
      'mnp-start',
      'mnp-proceed',
    ]);
    expect(context.completion).toEqual({ stepId: 'docomo-mnp', done: false });
    expect(context.strings['assistant.markDone']).toBe(
      'Mark “Request the MNP number in My docomo or on 151” as done',
    );
  });

  it('offers nothing to tick when the plan’s checklist lacks the step (ahamo’s page, docomo plan)', async () => {
    await createPlan('docomo', 'cancel');
    const context = await contextFor(page('https://ahamo.com/support/procedure/'));
    expect(context.brand).toBe('ahamo');
    expect(context.path?.notes?.length).toBeGreaterThan(0);
    expect(context.completion).toBeNull();
  });

  it('sends only this brand’s data and none of the user’s plans or notes', async () => {
    await createPlan('docomo', 'cancel');
    await send({ type: 'plan/note', planId: 'plan-1', stepId: 'points-docomo', note: 'secret note' }, popup);
    const text = JSON.stringify(await contextFor(DOCOMO));
    expect(text).not.toContain('secret note');
    expect(text).not.toContain('plan-1');
    expect(text).not.toContain('my.au.com');
  });

  it('is refused off the portals, and to the popup', async () => {
    await expect(contextFor(page('https://www.example-news.jp/'))).rejects.toThrow(RefusedError);
    await expect(contextFor(page('https://id.smt.docomo.ne.jp/'))).rejects.toThrow(RefusedError);
    await expect(contextFor(popup)).rejects.toThrow(RefusedError);
  });
});

describe('page/step-done', () => {
  it('ticks the confirmed step in the relevant plan and refreshes the badge', async () => {
    await createPlan('au', 'cancel');
    await createPlan('docomo', 'cancel');
    await send({ type: 'plan/select', planId: 'plan-1' }, popup); // the active plan is au's
    const before = badgeRefreshes;
    expect(await send({ type: 'page/step-done', stepId: 'docomo-cancel-online' }, DOCOMO)).toBeNull();
    const [au, docomo] = await plans();
    expect(docomo?.steps['docomo-cancel-online']).toEqual({ done: true, at: 2_000 });
    expect(au?.steps).toEqual({});
    expect(badgeRefreshes).toBe(before + 1);
    expect((await contextFor(DOCOMO)).completion?.done).toBe(true);
  });

  it('refuses any other step, a page of another carrier family, no plan, and the popup', async () => {
    const refused = (stepId: string, sender: Runtime.MessageSender) =>
      expect(send({ type: 'page/step-done', stepId }, sender)).rejects.toThrow(RefusedError);
    await refused('docomo-cancel-online', DOCOMO); // no plan yet
    await createPlan('docomo', 'cancel');
    await refused('points-docomo', DOCOMO);
    await refused('docomo-mnp', DOCOMO);
    await refused('docomo-cancel-online', page('https://my.au.com/complete')); // au's page
    await refused('docomo-cancel-online', page('https://evil.example/www.docomo.ne.jp/'));
    await refused('docomo-cancel-online', popup);
    expect((await plans())[0]?.steps).toEqual({});
  });

  it('refuses a step the plan’s card type does not have', async () => {
    await createPlan('docomo', 'cancel', 'corporate'); // docomo-cancel-online is for physical SIMs and eSIMs
    await expect(send({ type: 'page/step-done', stepId: 'docomo-cancel-online' }, DOCOMO)).rejects.toThrow(
      RefusedError,
    );
  });
});

describe('hint settings from the page', () => {
  it('hides and shows hints on the sender’s own site only', async () => {
    const au = page('https://my.au.com/');
    await send({ type: 'settings/hints', host: 'my.au.com', hidden: true }, au);
    expect((await contextFor(au)).hintsHidden).toBe(true);
    expect((await contextFor(page('https://www.au.com/'))).hintsHidden).toBe(false);
    await expect(send({ type: 'settings/hints', host: 'www.au.com', hidden: true }, au)).rejects.toThrow(
      RefusedError,
    );
    await send({ type: 'settings/hints', host: 'my.au.com', hidden: false }, au);
    expect((await contextFor(au)).hintsHidden).toBe(false);
  });

  it('switches the language for the whole extension', async () => {
    await send({ type: 'settings/lang', lang: 'zh-CN' }, DOCOMO);
    const context = await contextFor(DOCOMO);
    expect(context.lang).toBe('zh-CN');
    expect(context.strings['assistant.next']).toBe('下一步点击');
    expect(((await send({ type: 'state/get' }, popup)) as PopupState).settings.lang).toBe('zh-CN');
  });

  it('refuses hint settings from a page that is not a portal', async () => {
    await expect(
      send({ type: 'settings/lang', lang: 'ja' }, page('https://www.example-news.jp/')),
    ).rejects.toThrow(RefusedError);
  });
});

describe('plans already in storage', () => {
  it('are found for their carrier’s portal (a SoftBank eSIM plan on My SoftBank)', async () => {
    const stored: PlansState = {
      version: PLANS_VERSION,
      activeId: 'p',
      plans: [{ id: 'p', brand: 'softbank', card: 'esim', goal: 'cancel', createdAt: 1, steps: {} }],
    };
    await fakeBrowser.storage.local.set({ plans: stored, settings: { ...DEFAULT_SETTINGS, lang: 'en' } });
    const context = await contextFor(page('https://my.softbank.jp/msb/d/top'));
    expect(context.completion).toEqual({ stepId: 'softbank-cancel', done: false });
    expect(BRANDS.find((b) => b.id === context.brand)?.portal?.hosts).toContain('my.softbank.jp');
  });
});

describe('guideFor: what a recognised page with nothing to point at offers', () => {
  const byId = (id: string) => BRANDS.find((b) => b.id === id) as (typeof BRANDS)[number];

  it('the path in words, a sourced label quoted, an intent-only step named by what it is for', () => {
    expect(guideFor(byId('docomo'), 'keep', 'en')?.path).toEqual([
      '「契約内容・手続き」',
      '(keeping the number (電話番号保管 / 一時休止))',
    ]);
  });

  it('the carrier’s own page for the goal, and the phone line only where the data says there is one', () => {
    const au = guideFor(byId('au'), 'cancel', 'ja');
    expect(au?.url).toBe('https://www.au.com/support/service/mobile/procedure/contract/cancel/');
    expect(au?.phones).toEqual([]);
    // au's MNP line rests on guides only (shown as unconfirmed): the official enquiries line is offered instead.
    const mnp = guideFor(byId('au'), 'mnp', 'en')?.phones.map((p) => p.number);
    expect(mnp).not.toContain('0077-75470');
    expect(mnp).toContain('157');
  });

  it('nothing for a goal the brand has no path for', () => {
    expect(guideFor(byId('povo'), 'keep', 'en')).toBeNull();
  });
});
