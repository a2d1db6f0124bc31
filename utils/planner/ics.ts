/**
 * A minimal iCalendar (RFC 5545) writer for all-day events: enough for calendar apps to import a plan's
 * deadlines. Pure; utils/planner/calendar.ts decides which events a plan has.
 */
import { addDays, type Day } from './day';

export interface IcsEvent {
  /** Stable across exports, so importing again updates the event instead of adding a copy. */
  uid: string;
  /** All-day, on this Japanese date. */
  day: Day;
  summary: string;
  description?: string;
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and a space. Counted in UTF-8 octets and
 * split only between characters, so a Japanese character is never cut in half.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines begin with a space, which counts towards their 75 octets.
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

const compactDay = (day: Day) => day.replaceAll('-', '');

/** `YYYYMMDDTHHMMSSZ`, the UTC form DTSTAMP requires. */
function utcStamp(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

function eventLines(event: IcsEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compactDay(event.day)}`,
    // DTEND of an all-day event is exclusive: the next day.
    `DTEND;VALUE=DATE:${compactDay(addDays(event.day, 1))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    // A deadline is a reminder, not a busy day.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

export function toIcs(events: readonly IcsEvent[], options: { name: string; now: number }): string {
  const stamp = utcStamp(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kaiyaku Guard//Departure plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
