/**
 * Plans a checklist around its dates: each step's deadline that matters now, how urgent it is on a given
 * instant, the steps in date order, and the MNP reservation number's expiry. Pure: "now" is a parameter.
 */
import type { Step } from '../../data/schema';
import type { Plan } from '../store/schema';
import { addDays, type Day, daysBetween, japanDay, japanMinutes, minutesOf } from './day';
import { type Deadline, deadlinesOf } from './timing';

/** A step is "due now" from this many days before its last day, and "due soon" from this many. */
export const DUE_NOW_DAYS = 2;
export const DUE_SOON_DAYS = 7;

export type DueStatus = 'done' | 'overdue' | 'now' | 'soon' | 'later';

export type PlanInput = Pick<Plan, 'steps' | 'targetDate' | 'mnpIssuedDate'>;

export interface DatedStep {
  step: Step;
  /** All its deadlines, earliest first. */
  deadlines: Deadline[];
  /** The one that matters now: the first not yet passed, or the last once all have passed. */
  next: Deadline;
  status: DueStatus;
}

export interface Schedule {
  /** Steps with at least one computable deadline, by the date of their `next` deadline. */
  dated: DatedStep[];
  /** The others, in checklist order. */
  undated: Step[];
}

/** Whether the deadline is over at `now`: its day has gone, or its cutoff time on that day has. */
export function isPassed(deadline: Deadline, now: number): boolean {
  const left = daysBetween(japanDay(now), deadline.by);
  return left < 0 || (left === 0 && !!deadline.cutoff && japanMinutes(now) >= minutesOf(deadline.cutoff));
}

export function dueStatus(deadline: Deadline, done: boolean, now: number): DueStatus {
  if (done) return 'done';
  if (isPassed(deadline, now)) return 'overdue';
  const today = japanDay(now);
  if (deadline.from && today < deadline.from) return 'later';
  const left = daysBetween(today, deadline.by);
  if (left <= DUE_NOW_DAYS) return 'now';
  return left <= DUE_SOON_DAYS ? 'soon' : 'later';
}

/** The day a deadline turns "due now": what reminders are scheduled for. */
export function dueNowDay(deadline: Deadline): Day {
  const day = addDays(deadline.by, -DUE_NOW_DAYS);
  return deadline.from && deadline.from > day ? deadline.from : day;
}

function nextOf(deadlines: Deadline[], now: number): Deadline | undefined {
  return deadlines.find((d) => !isPassed(d, now)) ?? deadlines.at(-1);
}

export function schedule(steps: readonly Step[], plan: PlanInput, now: number): Schedule {
  const dated: DatedStep[] = [];
  const undated: Step[] = [];
  for (const step of steps) {
    const deadlines = deadlinesOf(step, plan);
    const next = nextOf(deadlines, now);
    if (!next) undated.push(step);
    else dated.push({ step, deadlines, next, status: dueStatus(next, !!plan.steps[step.id]?.done, now) });
  }
  // Stable sort: steps due the same day keep their checklist order.
  dated.sort((a, b) => a.next.by.localeCompare(b.next.by));
  return { dated, undated };
}

export interface MnpExpiry {
  /** The last day the number can be used. */
  expires: Day;
  /** Days from today (Japan) to `expires`; negative once it has expired. */
  daysLeft: number;
  level: 'valid' | 'expiring' | 'expired';
}

/**
 * The MNP reservation number's validity as a deadline, taken from the checklist's own sourced rule (15 days
 * counting the issue day), so the number lives in the data only. Undefined without an issue date or such a rule.
 */
export function mnpDeadline(steps: readonly Step[], plan: PlanInput): Deadline | undefined {
  if (!plan.mnpIssuedDate) return undefined;
  // Only `after-mnp-issued-within` rules yield a deadline from the issue date alone.
  return steps.flatMap((s) => deadlinesOf(s, { mnpIssuedDate: plan.mnpIssuedDate }))[0];
}

export function mnpExpiry(steps: readonly Step[], plan: PlanInput, now: number): MnpExpiry | undefined {
  const deadline = mnpDeadline(steps, plan);
  if (!deadline) return undefined;
  const daysLeft = daysBetween(japanDay(now), deadline.by);
  const level = daysLeft < 0 ? 'expired' : daysLeft <= DUE_NOW_DAYS ? 'expiring' : 'valid';
  return { expires: deadline.by, daysLeft, level };
}
