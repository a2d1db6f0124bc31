import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { BRANDS } from '../../data/brands';
import type { Plan } from '../store/schema';
import { planEvents } from './calendar';
import { escapeText, foldLine, type IcsEvent, toIcs } from './ics';

const octets = (s: string) => new TextEncoder().encode(s).length;
const NOW = Date.parse('2028-03-01T03:04:05Z');

/** Parses with a real calendar library (ical.js) and returns the events as plain values. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
      summary: event.summary,
      description: event.description,
    };
  });
}

describe('iCalendar text', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'解約の手続き、'.repeat(20)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldLine('SHORT:ok')).toBe('SHORT:ok');
    expect(octets(foldLine('X'.repeat(75)))).toBe(75);
  });

  it('writes CRLF lines that a calendar library reads back exactly', () => {
    const events: IcsEvent[] = [
      { uid: 'a@x', day: '2028-02-29', summary: 'Leap day; with, punctuation\\', description: 'two\nlines' },
      { uid: 'b@x', day: '2028-12-31', summary: '年末の解約'.repeat(10) },
    ];
    const text = toIcs(events, { name: 'Plan', now: NOW });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text).toContain('DTSTAMP:20280301T030405Z');
    expect(parse(text)).toEqual([
      {
        uid: 'a@x',
        start: '2028-02-29',
        end: '2028-03-01',
        allDay: true,
        summary: 'Leap day; with, punctuation\\',
        description: 'two\nlines',
      },
      {
        uid: 'b@x',
        start: '2028-12-31',
        end: '2029-01-01',
        allDay: true,
        summary: '年末の解約'.repeat(10),
        description: null,
      },
    ]);
  });
});

describe('a plan as a calendar', () => {
  const docomo = BRANDS.find((b) => b.id === 'docomo');
  if (!docomo) throw new Error('docomo missing');
  const plan: Plan = {
    id: 'plan-1',
    brand: 'docomo',
    card: 'physical',
    goal: 'mnp',
    createdAt: 0,
    steps: { points: { done: true }, 'carrier-billing': { done: true } },
    targetDate: '2028-03-10',
    mnpIssuedDate: '2028-03-01',
  };

  it('holds one all-day event per deadline of each open step, and the MNP expiry', () => {
    const events = parse(toIcs(planEvents(plan, docomo, 'en'), { name: 'docomo', now: NOW }));
    expect(events.map((e) => [e.start, e.uid])).toEqual([
      ['2028-03-10', 'plan-1.carrier-mail-docomo.0@kaiyaku-guard'],
      ['2028-03-10', 'plan-1.mnp-reservation-number.0@kaiyaku-guard'],
      ['2028-03-10', 'plan-1.docomo-mnp.0@kaiyaku-guard'],
      ['2028-03-15', 'plan-1.mnp-reservation-number.1@kaiyaku-guard'],
      ['2028-03-15', 'plan-1.mnp-expiry@kaiyaku-guard'],
      ['2028-03-31', 'plan-1.final-month-full.0@kaiyaku-guard'],
      ['2028-04-09', 'plan-1.carrier-mail-docomo.1@kaiyaku-guard'],
    ]);
    expect(events.every((e) => e.allDay)).toBe(true);
    const expiry = events.find((e) => e.uid === 'plan-1.mnp-expiry@kaiyaku-guard');
    expect(expiry?.summary).toBe('MNP reservation number expires');
    const mail = events.find((e) => e.uid === 'plan-1.carrier-mail-docomo.1@kaiyaku-guard');
    expect(mail?.summary).toBe('Your @docomo.ne.jp address stops at once');
    expect(mail?.description).toMatch(/^by Sun, Apr 9, 2028 if the line ends on Fri, Mar 10, 2028\n\n/);
  });

  it('keeps the same UIDs when exported again later', () => {
    const uids = (now: number) =>
      parse(toIcs(planEvents(plan, docomo, 'ja'), { name: 'x', now })).map((e) => e.uid);
    expect(uids(NOW + 86_400_000)).toEqual(uids(NOW));
  });
});
