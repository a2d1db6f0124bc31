/**
 * Turns a step's timing rules (data/schema.ts) into dated deadlines for one plan.
 */
import type { Step, TimingRule } from '../../data/schema';
import { addDays, type Day, lastDayOfMonth } from './day';

/** The dates a plan is planned around; either may be missing. */
export interface PlanDates {
  /** The day the line should end by (the departure date, say). */
  targetDate?: Day;
  /** The day the MNP reservation number was issued. */
  mnpIssuedDate?: Day;
}

export interface Deadline {
  /** The last day to do it, Japan date. */
  by: Day;
  /** The first day it can be done, for rules counted from an event (the line ending, the number issued). */
  from?: Day;
  /** `HH:MM` Japan time on `by` after which a request only counts for the next day. */
  cutoff?: string;
  rule: TimingRule;
  /** The rule's position in the step's `timing`, which names the deadline stably (calendar UIDs). */
  index: number;
}

/** Last day of a window of `days` days that starts on `start`, counting `start` as day 1 or not. */
function windowEnd(start: Day, days: number, countStartDay: boolean): Day {
  return addDays(start, countStartDay ? days - 1 : days);
}

function deadlineOf(rule: TimingRule, dates: PlanDates, index: number): Deadline | undefined {
  const end = dates.targetDate;
  const issued = dates.mnpIssuedDate;
  switch (rule.kind) {
    case 'before-end':
      return end ? { by: addDays(end, -rule.days), cutoff: rule.cutoff, rule, index } : undefined;
    case 'month-end':
      return end ? { by: lastDayOfMonth(end), cutoff: rule.cutoff, rule, index } : undefined;
    case 'after-end-within':
      return end ? { from: end, by: windowEnd(end, rule.days, rule.countEndDay), rule, index } : undefined;
    case 'after-mnp-issued-within':
      return issued
        ? { from: issued, by: windowEnd(issued, rule.days, rule.countIssueDay), rule, index }
        : undefined;
  }
}

/** The step's deadlines that the plan's dates make computable, earliest first (same day: earlier cutoff first). */
export function deadlinesOf(step: Step, dates: PlanDates): Deadline[] {
  const deadlines = (step.timing ?? []).flatMap((rule, i) => deadlineOf(rule, dates, i) ?? []);
  return deadlines.sort(
    (a, b) => a.by.localeCompare(b.by) || (a.cutoff ?? '24').localeCompare(b.cutoff ?? '24'),
  );
}
