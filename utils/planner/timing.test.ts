import { describe, expect, it } from 'vitest';
import type { Step, TimingRule } from '../../data/schema';
import { COMMON_STEPS } from '../../data/steps';
import { deadlinesOf, type PlanDates } from './timing';

const stepWith = (...timing: TimingRule[]): Step => ({ ...(COMMON_STEPS[0] as Step), timing });
const byOf = (rule: TimingRule, dates: PlanDates) => deadlinesOf(stepWith(rule), dates)[0]?.by;

describe('timing rules', () => {
  it.each([
    // [end day, days before, due]
    ['2028-03-10', 0, '2028-03-10'],
    ['2028-03-10', 7, '2028-03-03'],
    ['2028-03-01', 1, '2028-02-29'],
    ['2027-03-01', 1, '2027-02-28'],
    ['2029-01-03', 7, '2028-12-27'],
  ])('before-end: line ends %s, %i days before → %s', (end, days, due) => {
    expect(byOf({ kind: 'before-end', days }, { targetDate: end })).toBe(due);
  });

  it.each([
    ['2028-02-01', '2028-02-29'],
    ['2028-02-29', '2028-02-29'],
    ['2027-02-14', '2027-02-28'],
    ['2100-02-14', '2100-02-28'],
    ['2028-04-15', '2028-04-30'],
    ['2028-12-31', '2028-12-31'],
  ])('month-end: line ends %s → last day of its month %s', (end, due) => {
    expect(byOf({ kind: 'month-end' }, { targetDate: end })).toBe(due);
  });

  it.each([
    // 31 days after the end; counting the end day as day 1 gives the earlier, safe date.
    ['2028-03-10', true, '2028-04-09'],
    ['2028-03-10', false, '2028-04-10'],
    ['2028-01-31', true, '2028-03-01'],
    ['2027-01-31', true, '2027-03-02'],
    ['2028-12-15', true, '2029-01-14'],
  ])('after-end-within 31: line ends %s, counting the end day %s → %s', (end, countEndDay, due) => {
    const [deadline] = deadlinesOf(stepWith({ kind: 'after-end-within', days: 31, countEndDay }), {
      targetDate: end,
    });
    expect(deadline).toMatchObject({ from: end, by: due });
  });

  it.each([
    // Valid 15 days counting the issue day: the last valid day is the issue day + 14.
    ['2028-03-01', '2028-03-15'],
    ['2028-02-20', '2028-03-05'],
    ['2027-02-20', '2027-03-06'],
    ['2028-02-15', '2028-02-29'],
    ['2028-12-25', '2029-01-08'],
    ['2028-01-31', '2028-02-14'],
  ])('after-mnp-issued-within 15 (issue day counts): issued %s → last valid day %s', (issued, due) => {
    const rule: TimingRule = { kind: 'after-mnp-issued-within', days: 15, countIssueDay: true };
    expect(byOf(rule, { mnpIssuedDate: issued })).toBe(due);
  });

  it('needs the date a rule counts from', () => {
    expect(deadlinesOf(stepWith({ kind: 'before-end', days: 0 }), {})).toEqual([]);
    expect(
      deadlinesOf(stepWith({ kind: 'after-mnp-issued-within', days: 15, countIssueDay: true }), {
        targetDate: '2028-03-10',
      }),
    ).toEqual([]);
    expect(
      deadlinesOf({ ...(COMMON_STEPS[0] as Step), timing: undefined }, { targetDate: '2028-03-10' }),
    ).toEqual([]);
  });

  it('lists several deadlines earliest first, keeping each rule’s index and cutoff', () => {
    const step = stepWith(
      { kind: 'after-end-within', days: 31, countEndDay: true },
      { kind: 'month-end', cutoff: '21:10' },
      { kind: 'before-end', days: 0 },
    );
    const deadlines = deadlinesOf(step, { targetDate: '2028-03-31' });
    expect(deadlines.map((d) => [d.by, d.index, d.cutoff])).toEqual([
      ['2028-03-31', 1, '21:10'],
      ['2028-03-31', 2, undefined],
      ['2028-04-30', 0, undefined],
    ]);
  });
});
