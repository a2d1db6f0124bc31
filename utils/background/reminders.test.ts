import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { BRANDS } from '../../data/brands';
import { japanInstant } from '../planner/day';
import { reminderAlarms } from '../planner/reminders';
import { DEFAULT_SETTINGS, PLANS_VERSION, type Plan } from '../store/schema';
import { openReminder, showReminder, startReminders, syncAlarms } from './reminders';
import { Store } from './store';

const plan: Plan = {
  id: 'plan-1',
  brand: 'docomo',
  card: 'physical',
  goal: 'cancel',
  createdAt: 0,
  steps: {},
  targetDate: '2028-03-10',
};
const NOW = japanInstant('2028-03-01', '12:00');

beforeEach(async () => {
  fakeBrowser.reset();
  // fakeBrowser has no i18n; the UI language only matters while the language setting is "auto".
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  await fakeBrowser.storage.local.set({
    plans: { version: PLANS_VERSION, plans: [plan], activeId: plan.id },
  });
});

const names = async () => (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();

describe('syncing alarms', () => {
  it('creates the wanted alarms, and running it again (a restart) changes nothing', async () => {
    const state = await new Store().read();
    const wanted = reminderAlarms(state.plans, state.settings, BRANDS, NOW);
    await syncAlarms(wanted);
    const first = await fakeBrowser.alarms.getAll();
    await syncAlarms(wanted);
    await syncAlarms(reminderAlarms(state.plans, state.settings, BRANDS, NOW));
    expect(await fakeBrowser.alarms.getAll()).toEqual(first);
    expect(first.map((a) => ({ name: a.name, when: a.scheduledTime }))).toEqual(wanted);
  });

  it('removes our stale alarms but leaves other alarms alone', async () => {
    fakeBrowser.alarms.create('reminder:2020-01-01:old-plan', { when: NOW + 1000 });
    fakeBrowser.alarms.create('someone-else', { when: NOW + 1000 });
    await syncAlarms([]);
    expect(await names()).toEqual(['someone-else']);
  });
});

describe('a fired reminder', () => {
  it('shows a notification about the steps due, in the chosen language', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, lang: 'ja' } });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await showReminder(new Store(), BRANDS, 'reminder:2028-03-08:plan-1');
    expect(create).toHaveBeenCalledWith(
      'reminder:2028-03-08:plan-1',
      expect.objectContaining({ type: 'basic', title: 'NTTドコモ · 解約する' }),
    );
  });

  it('stays quiet when reminders were switched off meanwhile', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, reminders: false } });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await showReminder(new Store(), BRANDS, 'reminder:2028-03-08:plan-1');
    expect(create).not.toHaveBeenCalled();
  });

  it('opens the popup page on its plan when clicked', async () => {
    const open = vi.spyOn(fakeBrowser.tabs, 'create');
    await openReminder('reminder:2028-03-08:plan-1');
    expect(open).toHaveBeenCalledWith({ url: expect.stringMatching(/\/popup\.html\?plan=plan-1$/) });
    await openReminder('not-ours');
    expect(open).toHaveBeenCalledTimes(1);
  });
});

describe('the background wiring', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('re-schedules whenever plans or settings change', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    startReminders(new Store(), BRANDS);
    const ticked = { ...plan, steps: { 'final-month-full': { done: true } } };
    await fakeBrowser.storage.local.set({
      plans: { version: PLANS_VERSION, plans: [ticked], activeId: plan.id },
    });
    await vi.waitFor(async () =>
      expect(await names()).toEqual(['reminder:2028-03-08:plan-1', 'reminder:2028-04-07:plan-1']),
    );
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, reminders: false } });
    await vi.waitFor(async () => expect(await names()).toEqual([]));
  });
});
