import { describe, expect, it } from 'vitest';
import { BRANDS } from '../../data/brands';
import { DEFAULT_SETTINGS, type Plan, type PlansState } from '../store/schema';
import { japanInstant } from './day';
import { alarmName, parseAlarmName, reminderAlarms, reminderNotice } from './reminders';

const at = (day: string, time = '12:00') => japanInstant(day, time);
const plan = (extra: Partial<Plan> = {}): Plan => ({
  id: 'plan-1',
  brand: 'docomo',
  card: 'physical',
  goal: 'cancel',
  createdAt: 0,
  steps: {},
  targetDate: '2028-03-10',
  ...extra,
});
const state = (...plans: Plan[]): PlansState => ({ version: 2, plans, activeId: plans[0]?.id ?? null });
const alarmsOf = (plans: PlansState, now: number, settings = DEFAULT_SETTINGS) =>
  reminderAlarms(plans, settings, BRANDS, now);

describe('reminder alarms', () => {
  it('schedules one alarm per plan and day, at 10:00 Japan time when steps turn due now', () => {
    const alarms = alarmsOf(state(plan()), at('2028-03-01'));
    expect(alarms).toEqual([
      // Four steps due by 10 March share one alarm on the 8th; the month's end (31 March) has its own.
      { name: 'reminder:2028-03-08:plan-1', when: Date.parse('2028-03-08T01:00:00Z') },
      { name: 'reminder:2028-03-29:plan-1', when: Date.parse('2028-03-29T01:00:00Z') },
      // 持ち運び: within 31 days of the end, counting the end day → 9 April, due now from the 7th.
      { name: 'reminder:2028-04-07:plan-1', when: Date.parse('2028-04-07T01:00:00Z') },
    ]);
  });

  it('never lists an alarm twice, and gives the same list for the same state', () => {
    const plans = state(
      plan(),
      plan({ id: 'plan-2', goal: 'mnp', mnpIssuedDate: '2028-03-01' }),
      plan({ id: 'plan-3', brand: 'au', targetDate: '2028-03-31' }),
    );
    const first = alarmsOf(plans, at('2028-03-01'));
    const names = first.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    expect(alarmsOf(structuredClone(plans), at('2028-03-01'))).toEqual(first);
    expect(first.map((a) => a.when)).toEqual([...first.map((a) => a.when)].sort((a, b) => a - b));
  });

  it('warns two days before the MNP number expires', () => {
    const mnp = plan({ goal: 'mnp', targetDate: undefined, mnpIssuedDate: '2028-03-01' });
    expect(alarmsOf(state(mnp), at('2028-03-01')).map((a) => a.name)).toEqual(['reminder:2028-03-13:plan-1']);
  });

  it('drops what is past, ticked or switched off', () => {
    expect(alarmsOf(state(plan()), at('2028-03-08', '10:00')).map((a) => a.name)).toEqual([
      'reminder:2028-03-29:plan-1',
      'reminder:2028-04-07:plan-1',
    ]);
    const monthEndDone = plan({ steps: { 'final-month-full': { done: true } } });
    expect(alarmsOf(state(monthEndDone), at('2028-03-01')).map((a) => a.name)).not.toContain(
      'reminder:2028-03-29:plan-1',
    );
    expect(alarmsOf(state(plan()), at('2028-03-01'), { ...DEFAULT_SETTINGS, reminders: false })).toEqual([]);
    expect(alarmsOf(state(plan({ targetDate: undefined })), at('2028-03-01'))).toEqual([]);
    expect(alarmsOf(state(plan({ brand: 'gone' })), at('2028-03-01'))).toEqual([]);
  });

  it('reads plan and day back from an alarm name', () => {
    expect(parseAlarmName(alarmName('a:b', '2028-03-08'))).toEqual({ day: '2028-03-08', planId: 'a:b' });
    expect(parseAlarmName('other-alarm')).toBeUndefined();
    expect(parseAlarmName('reminder:2028-03-08')).toBeUndefined();
  });
});

describe('reminder notifications', () => {
  it('say what is due, in the user’s language, at most three lines', () => {
    const notice = reminderNotice(state(plan()), BRANDS, 'reminder:2028-03-08:plan-1', 'en');
    expect(notice?.title).toBe('NTT docomo · Cancel the line (解約)');
    const lines = notice?.message.split('\n') ?? [];
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('by Fri, Mar 10, 2028: Move SMS two-factor logins to another number first');
    expect(lines[3]).toBe('and 1 more');
    const ja = reminderNotice(state(plan()), BRANDS, 'reminder:2028-03-29:plan-1', 'ja');
    expect(ja?.message).toBe('2028年3月31日(金)まで: 最終月は日割りになりません');
  });

  it('mention the MNP expiry', () => {
    const mnp = plan({ goal: 'mnp', targetDate: undefined, mnpIssuedDate: '2028-03-01' });
    expect(reminderNotice(state(mnp), BRANDS, 'reminder:2028-03-13:plan-1', 'en')?.message).toBe(
      'The MNP number expires on Wed, Mar 15, 2028. Finish the port before then, or request a new number.',
    );
  });

  it('say nothing once the steps are ticked, the plan is gone or the name is not ours', () => {
    const done = plan({ steps: { 'final-month-full': { done: true } } });
    expect(reminderNotice(state(done), BRANDS, 'reminder:2028-03-29:plan-1', 'en')).toBeUndefined();
    expect(reminderNotice(state(), BRANDS, 'reminder:2028-03-08:plan-1', 'en')).toBeUndefined();
    expect(reminderNotice(state(plan()), BRANDS, 'something-else', 'en')).toBeUndefined();
  });
});
