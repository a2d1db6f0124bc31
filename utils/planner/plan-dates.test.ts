import { beforeEach, describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing';
import { NO_TABS } from '../../tests/unit/router-deps';
import { handleMessage, RefusedError, type RouterDeps } from '../background/router';
import { Store } from '../background/store';
import type { PopupState } from '../messages';
import { DEFAULT_PLANS, type Plan, type PlansState } from '../store/schema';
import { setPlanDates } from './plan-dates';

const plan: Plan = { id: 'p1', brand: 'docomo', card: 'physical', goal: 'mnp', createdAt: 1, steps: {} };
const state: PlansState = { ...DEFAULT_PLANS, plans: [plan, { ...plan, id: 'p2' }], activeId: 'p1' };

describe('setting a plan’s dates', () => {
  it('sets both dates on that plan only, and clears them again without leaving empty fields', () => {
    const dated = setPlanDates(state, 'p1', { targetDate: '2028-03-10', mnpIssuedDate: '2028-03-01' });
    expect(dated.plans[0]).toEqual({ ...plan, targetDate: '2028-03-10', mnpIssuedDate: '2028-03-01' });
    expect(dated.plans[1]).toBe(state.plans[1]);
    const cleared = setPlanDates(dated, 'p1', { targetDate: null, mnpIssuedDate: '2028-03-01' });
    expect(cleared.plans[0]).toEqual({ ...plan, mnpIssuedDate: '2028-03-01' });
    expect('targetDate' in (cleared.plans[0] as Plan)).toBe(false);
  });

  it('leaves a date the change does not name as it is, so two quick edits in a row both stay', () => {
    const first = setPlanDates(state, 'p1', { targetDate: '2028-03-10' });
    const second = setPlanDates(first, 'p1', { mnpIssuedDate: '2028-03-01' });
    expect(second.plans[0]).toEqual({ ...plan, targetDate: '2028-03-10', mnpIssuedDate: '2028-03-01' });
    expect(setPlanDates(second, 'p1', { mnpIssuedDate: null }).plans[0]).toEqual({
      ...plan,
      targetDate: '2028-03-10',
    });
  });

  it('ignores an unknown plan', () => {
    expect(setPlanDates(state, 'nope', { targetDate: '2028-03-10', mnpIssuedDate: null })).toBe(state);
  });
});

describe('the plan/dates and settings/reminders messages', () => {
  const ORIGIN = 'chrome-extension://kaiyaku/';
  const popup: Runtime.MessageSender = { id: 'kaiyaku', url: `${ORIGIN}popup.html` };
  let deps: RouterDeps;
  beforeEach(() => {
    fakeBrowser.reset();
    deps = {
      store: new Store(),
      extensionOrigin: ORIGIN,
      extensionId: 'kaiyaku',
      ...NO_TABS,
      refreshBadges: async () => undefined,
      newId: () => 'p1',
      now: () => 1,
      langEnv: async () => ({ preferred: ['en-US'], ui: 'en-US' }),
    };
  });
  // Messages from the popup are answered with the popup's state.
  const send = (message: unknown, sender = popup) =>
    handleMessage(message, sender, deps) as Promise<PopupState | null>;

  it('stores the dates and the reminders switch', async () => {
    await send({ type: 'plan/create', brand: 'docomo', card: 'physical', goal: 'mnp' });
    const dated = await send({
      type: 'plan/dates',
      planId: 'p1',
      targetDate: '2028-03-10',
      mnpIssuedDate: null,
    });
    expect(dated?.plans[0]?.targetDate).toBe('2028-03-10');
    const off = await send({ type: 'settings/reminders', enabled: false });
    expect(off?.settings.reminders).toBe(false);
    const stored = await fakeBrowser.storage.local.get(['plans', 'settings']);
    expect(stored).toMatchObject({
      plans: { plans: [{ targetDate: '2028-03-10' }] },
      settings: { reminders: false },
    });
  });

  it.each([
    ['a day that does not exist', '2027-02-29'],
    ['another format', '10/03/2028'],
    ['a time', '2028-03-10T00:00'],
  ])('refuses %s', async (_what, targetDate) => {
    await send({ type: 'plan/create', brand: 'docomo', card: 'physical', goal: 'mnp' });
    await expect(send({ type: 'plan/dates', planId: 'p1', targetDate, mnpIssuedDate: null })).rejects.toThrow(
      RefusedError,
    );
  });

  it('accepts them only from the extension’s own pages', async () => {
    const page: Runtime.MessageSender = { id: 'kaiyaku', url: 'https://evil.example/' };
    await expect(send({ type: 'settings/reminders', enabled: false }, page)).rejects.toThrow(RefusedError);
  });
});
