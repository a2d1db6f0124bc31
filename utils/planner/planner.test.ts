import { describe, expect, it } from 'vitest';
import { BRANDS } from '../../data/brands';
import type { Step, TimingRule } from '../../data/schema';
import { COMMON_STEPS } from '../../data/steps';
import { computeChecklist } from '../checklist';
import { japanInstant } from './day';
import { dueNowDay, dueStatus, isPassed, mnpExpiry, type PlanInput, schedule } from './planner';
import type { Deadline } from './timing';

/** The instant of a Japanese day and time. */
const at = (day: string, time = '12:00') => japanInstant(day, time);
const rule: TimingRule = { kind: 'before-end', days: 0 };
const deadline = (by: string, extra: Partial<Deadline> = {}): Deadline => ({ by, rule, index: 0, ...extra });

describe('due status', () => {
  it.each([
    // [today, due, status]
    ['2028-03-20', '2028-03-10', 'overdue'],
    ['2028-03-11', '2028-03-10', 'overdue'],
    ['2028-03-10', '2028-03-10', 'now'],
    ['2028-03-08', '2028-03-10', 'now'],
    ['2028-03-07', '2028-03-10', 'soon'],
    ['2028-03-03', '2028-03-10', 'soon'],
    ['2028-03-02', '2028-03-10', 'later'],
    ['2028-02-28', '2028-03-01', 'now'],
    ['2027-12-30', '2028-01-01', 'now'],
  ])('today %s, due %s → %s', (today, by, status) => {
    expect(dueStatus(deadline(by), false, at(today))).toBe(status);
  });

  it('says done for a ticked step, whatever the date', () => {
    expect(dueStatus(deadline('2028-03-10'), true, at('2028-04-01'))).toBe('done');
  });

  it('ends a day with a cutoff at that time, Japan time', () => {
    const withCutoff = deadline('2028-03-31', { cutoff: '21:10' });
    expect(isPassed(withCutoff, at('2028-03-31', '21:09'))).toBe(false);
    expect(isPassed(withCutoff, at('2028-03-31', '21:10'))).toBe(true);
    expect(dueStatus(withCutoff, false, at('2028-03-31', '21:10'))).toBe('overdue');
    expect(isPassed(deadline('2028-03-31'), at('2028-03-31', '23:59'))).toBe(false);
  });

  it('keeps a window that has not opened yet for later, however close its end', () => {
    const window = deadline('2028-03-12', { from: '2028-03-11' });
    expect(dueStatus(window, false, at('2028-03-10'))).toBe('later');
    expect(dueStatus(window, false, at('2028-03-11'))).toBe('now');
  });

  it.each([
    ['2028-03-10', undefined, '2028-03-08'],
    ['2028-03-01', undefined, '2028-02-28'],
    ['2028-04-09', '2028-03-10', '2028-04-07'],
    ['2028-03-11', '2028-03-10', '2028-03-10'],
  ])('a deadline on %s (window from %s) turns due now on %s', (by, from, day) => {
    expect(dueNowDay(deadline(by, { from }))).toBe(day);
  });
});

const docomo = BRANDS.find((b) => b.id === 'docomo');
if (!docomo) throw new Error('docomo missing');

describe('scheduling a checklist', () => {
  const steps = computeChecklist(docomo, 'physical', 'cancel');
  const plan = (extra: Partial<PlanInput> = {}): PlanInput => ({ steps: {}, ...extra });

  it('leaves every step undated, in checklist order, without dates', () => {
    expect(schedule(steps, plan(), at('2028-03-01'))).toEqual({ dated: [], undated: steps });
  });

  it('orders the dated steps by their next deadline and keeps the rest in order', () => {
    const { dated, undated } = schedule(steps, plan({ targetDate: '2028-03-10' }), at('2028-03-05'));
    const dates = dated.map((d) => d.next.by);
    expect(dates).toEqual([...dates].sort());
    expect(dated.map((d) => d.step.id)).toEqual([
      'move-sms-logins',
      'carrier-mail-docomo',
      'carrier-billing',
      'docomo-cancel-online',
      'final-month-full',
    ]);
    expect(dated.map((d) => [d.next.by, d.status])).toEqual([
      ['2028-03-10', 'soon'],
      ['2028-03-10', 'soon'],
      ['2028-03-10', 'soon'],
      ['2028-03-10', 'soon'],
      ['2028-03-31', 'later'],
    ]);
    expect(undated.map((s) => s.id)).toEqual(
      steps.filter((s) => !dated.some((d) => d.step === s)).map((s) => s.id),
    );
  });

  it('moves a step with two deadlines on to the second once the first has passed', () => {
    const mail = (now: number) =>
      schedule(steps, plan({ targetDate: '2028-03-10' }), now).dated.find(
        (d) => d.step.id === 'carrier-mail-docomo',
      );
    expect(mail(at('2028-03-09'))?.next).toMatchObject({ by: '2028-03-10' });
    // After the line ends: ask to keep the address within 31 days, counting the end day.
    expect(mail(at('2028-03-11'))).toMatchObject({
      next: { by: '2028-04-09', from: '2028-03-10' },
      status: 'later',
    });
    expect(mail(at('2028-04-08'))?.status).toBe('now');
    expect(mail(at('2028-04-10'))).toMatchObject({ next: { by: '2028-04-09' }, status: 'overdue' });
  });

  it('marks ticked steps done but keeps them in date order', () => {
    const ticked = plan({ targetDate: '2028-03-10', steps: { 'move-sms-logins': { done: true } } });
    const first = schedule(steps, ticked, at('2028-03-20')).dated[0];
    expect(first).toMatchObject({ step: { id: 'move-sms-logins' }, status: 'done' });
  });
});

describe('MNP reservation number', () => {
  const steps = computeChecklist(docomo, 'physical', 'mnp');
  const issued = (mnpIssuedDate: string) => ({ steps: {}, mnpIssuedDate });

  it.each([
    // [issued, today, expires, days left, level]
    ['2028-03-01', '2028-03-01', '2028-03-15', 14, 'valid'],
    ['2028-03-01', '2028-03-12', '2028-03-15', 3, 'valid'],
    ['2028-03-01', '2028-03-13', '2028-03-15', 2, 'expiring'],
    ['2028-03-01', '2028-03-15', '2028-03-15', 0, 'expiring'],
    ['2028-03-01', '2028-03-16', '2028-03-15', -1, 'expired'],
    ['2028-02-20', '2028-02-29', '2028-03-05', 5, 'valid'],
    ['2027-02-20', '2027-02-28', '2027-03-06', 6, 'valid'],
  ])('issued %s, today %s: expires %s, %i days left, %s', (day, today, expires, daysLeft, level) => {
    expect(mnpExpiry(steps, issued(day), at(today))).toEqual({ expires, daysLeft, level });
  });

  it('has no expiry without an issue date or without an MNP rule in the checklist', () => {
    expect(mnpExpiry(steps, { steps: {} }, at('2028-03-01'))).toBeUndefined();
    const cancelSteps = computeChecklist(docomo, 'physical', 'cancel');
    expect(mnpExpiry(cancelSteps, issued('2028-03-01'), at('2028-03-01'))).toBeUndefined();
  });

  it('dates the MNP step by the earlier of the end date and the expiry', () => {
    const mnpStep = COMMON_STEPS.find((s) => s.id === 'mnp-reservation-number') as Step;
    const dated = (targetDate: string, now: string) =>
      schedule([mnpStep], { steps: {}, targetDate, mnpIssuedDate: '2028-03-01' }, at(now)).dated[0];
    expect(dated('2028-03-31', '2028-03-02')?.next.by).toBe('2028-03-15');
    expect(dated('2028-03-10', '2028-03-02')?.next.by).toBe('2028-03-10');
  });
});
