/**
 * Which reminders the stored state calls for, and what each says. Pure: the background
 * (utils/background/reminders.ts) turns the list into alarms and notifications.
 *
 * One alarm per plan and day at most, at 10:00 Japan time (after shops and support lines open, well before the
 * 20:00–21:10 same-day cut-offs) on the day a step turns "due now", and on the day the MNP number turns
 * "expiring". Alarm names are derived from plan and day, so re-scheduling the same state yields the same names.
 */
import type { Brand, Lang, Step } from '../../data/schema';
import { computeChecklist } from '../checklist';
import { pick, t } from '../i18n';
import type { Plan, PlansState, Settings } from '../store/schema';
import { type Day, formatDay, japanInstant } from './day';
import { dueText } from './format';
import { dueNowDay, mnpDeadline } from './planner';
import { type Deadline, deadlinesOf } from './timing';

export const REMINDER_TIME = '10:00';
const PREFIX = 'reminder:';

/** What a reminder mentions: a step's deadline, or the MNP number's expiry. */
export type ReminderItem =
  | { kind: 'step'; step: Step; deadline: Deadline }
  | { kind: 'mnp'; deadline: Deadline };

export interface Alarm {
  name: string;
  /** Milliseconds since the epoch. */
  when: number;
}

export function alarmName(planId: string, day: Day): string {
  return `${PREFIX}${day}:${planId}`;
}

export function parseAlarmName(name: string): { day: Day; planId: string } | undefined {
  if (!name.startsWith(PREFIX)) return undefined;
  const rest = name.slice(PREFIX.length);
  const day = rest.slice(0, 10);
  const planId = rest.slice(11);
  return rest[10] === ':' && planId ? { day, planId } : undefined;
}

export function isReminderAlarm(name: string): boolean {
  return name.startsWith(PREFIX);
}

/** A plan's reminders by the day they are due. A finished plan has none. */
export function remindersByDay(plan: Plan, brand: Brand): Map<Day, ReminderItem[]> {
  const steps = computeChecklist(brand, plan.card, plan.goal);
  const days = new Map<Day, ReminderItem[]>();
  const add = (item: ReminderItem) => {
    const day = dueNowDay(item.deadline);
    days.set(day, [...(days.get(day) ?? []), item]);
  };
  const open = steps.filter((s) => !plan.steps[s.id]?.done);
  if (open.length === 0) return days;
  for (const step of open) {
    for (const deadline of deadlinesOf(step, plan)) {
      // The MNP number's own expiry reminder below covers deadlines counted from its issue date.
      if (deadline.rule.kind !== 'after-mnp-issued-within') add({ kind: 'step', step, deadline });
    }
  }
  const mnp = mnpDeadline(steps, plan);
  if (mnp) add({ kind: 'mnp', deadline: mnp });
  return days;
}

function lineOf(item: ReminderItem, lang: Lang): string {
  return item.kind === 'mnp'
    ? t(lang, 'mnp.expiring', { date: formatDay(item.deadline.by, lang) })
    : `${dueText(item.deadline, lang)}: ${pick(item.step.title, lang)}`;
}

/** Every alarm the state calls for that is still ahead of `now`, soonest first; none when reminders are off. */
export function reminderAlarms(
  plans: PlansState,
  settings: Settings,
  brands: readonly Brand[],
  now: number,
): Alarm[] {
  if (settings.reminders === false) return [];
  const alarms: Alarm[] = [];
  for (const plan of plans.plans) {
    const brand = brands.find((b) => b.id === plan.brand);
    if (!brand) continue;
    for (const day of remindersByDay(plan, brand).keys()) {
      const when = japanInstant(day, REMINDER_TIME);
      if (when > now) alarms.push({ name: alarmName(plan.id, day), when });
    }
  }
  return alarms.sort((a, b) => a.when - b.when || a.name.localeCompare(b.name));
}

export interface Notice {
  title: string;
  message: string;
}

/** At most this many lines in one notification; the rest are counted. */
const MAX_LINES = 3;

/** What the notification for an alarm says, from the state at the time it fires; undefined if nothing is due. */
export function reminderNotice(
  plans: PlansState,
  brands: readonly Brand[],
  name: string,
  lang: Lang,
): Notice | undefined {
  const parsed = parseAlarmName(name);
  const plan = parsed && plans.plans.find((p) => p.id === parsed.planId);
  const brand = plan && brands.find((b) => b.id === plan.brand);
  if (!parsed || !plan || !brand) return undefined;
  const lines = remindersByDay(plan, brand)
    .get(parsed.day)
    ?.map((item) => lineOf(item, lang));
  if (!lines) return undefined;
  const shown = lines.slice(0, MAX_LINES);
  if (lines.length > MAX_LINES) shown.push(t(lang, 'notify.more', { count: lines.length - MAX_LINES }));
  return { title: `${pick(brand.name, lang)} · ${t(lang, `goal.${plan.goal}`)}`, message: shown.join('\n') };
}
