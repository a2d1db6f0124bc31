/**
 * Calendar days in Japan time. Carrier deadlines are Japanese dates, so "today", "the last day of the month" and
 * "10:00" all mean Asia/Tokyo whatever zone the computer is in. Japan has kept UTC+9 without daylight saving
 * since 1951, so a fixed offset is exact, and every computation below goes through UTC to stay independent of
 * the local zone (utils/planner/timezone.test.ts runs them under several `TZ` values).
 */
import * as v from 'valibot';

/** A calendar day as `YYYY-MM-DD`. */
export type Day = string;

const JAPAN_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const DAY_FORMAT = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcMidnight(day: Day): number {
  const match = DAY_FORMAT.exec(day);
  if (!match) throw new RangeError(`not a day: ${day}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function fromUtcMidnight(ms: number): Day {
  return new Date(ms).toISOString().slice(0, 10);
}

/** True for a day that exists in the calendar: `2028-02-29` yes, `2027-02-29` no. */
export function isDay(value: unknown): value is Day {
  if (typeof value !== 'string' || !DAY_FORMAT.test(value)) return false;
  const ms = utcMidnight(value);
  return !Number.isNaN(ms) && fromUtcMidnight(ms) === value;
}

/**
 * The stored and messaged form of a day; a date input gives exactly this. Marked pure so the popup, which uses
 * this module's date arithmetic but validates nothing, does not carry valibot for it.
 */
export const DaySchema = /* @__PURE__ */ v.pipe(
  v.string(),
  v.check((s: string) => isDay(s), 'not a calendar day (YYYY-MM-DD)'),
);

export function addDays(day: Day, days: number): Day {
  return fromUtcMidnight(utcMidnight(day) + days * DAY_MS);
}

/** Whole days from `from` to `to`: 1 when `to` is the next day, negative when it is earlier. */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

export function lastDayOfMonth(day: Day): Day {
  const d = new Date(utcMidnight(day));
  return fromUtcMidnight(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
}

/** The Japanese calendar day at an instant. */
export function japanDay(ms: number): Day {
  return fromUtcMidnight(Math.floor((ms + JAPAN_OFFSET_MS) / DAY_MS) * DAY_MS);
}

/** Minutes since midnight in Japan at an instant. */
export function japanMinutes(ms: number): number {
  return Math.floor(((((ms + JAPAN_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS) / 60_000);
}

/** `HH:MM` as minutes since midnight. */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** The instant of `HH:MM` Japan time on a day. */
export function japanInstant(day: Day, time: string): number {
  return utcMidnight(day) - JAPAN_OFFSET_MS + minutesOf(time) * 60_000;
}

/**
 * A day written out for people in their language, with the weekday (shops and carriers keep weekday hours).
 * Formatted as the UTC midnight of the day so the computer's zone cannot move it to a neighbouring date.
 */
export function formatDay(day: Day, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    weekday: 'short',
  }).format(new Date(utcMidnight(day)));
}
