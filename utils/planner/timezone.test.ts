/**
 * The planner must give the same Japanese dates whatever zone the computer is in. Node re-reads the zone when
 * `process.env.TZ` is assigned, so changing it here really changes the zone; each case first proves that
 * through `getTimezoneOffset()`, and the original zone is put back afterwards.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BRANDS } from '../../data/brands';
import { computeChecklist } from '../checklist';
import { DEFAULT_SETTINGS } from '../store/schema';
import { formatDay, japanDay, japanInstant } from './day';
import { mnpExpiry, schedule } from './planner';
import { reminderAlarms } from './reminders';

const ZONES: [zone: string, offsetInMarch: number][] = [
  ['UTC', 0],
  ['Asia/Tokyo', -540],
  ['America/Los_Angeles', 420],
  ['Pacific/Kiritimati', -840],
  ['Pacific/Pago_Pago', 660],
  ['Asia/Kolkata', -330],
];

const originalZone = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalZone;
});

const docomo = BRANDS.find((b) => b.id === 'docomo');
if (!docomo) throw new Error('docomo missing');
const steps = computeChecklist(docomo, 'physical', 'mnp');
const plan = {
  id: 'p',
  brand: 'docomo',
  card: 'physical' as const,
  goal: 'mnp' as const,
  createdAt: 0,
  steps: {},
  targetDate: '2028-03-31',
  mnpIssuedDate: '2028-03-01',
};
// 23:30 on 14 March in Tokyo: still the 14th there, already the 14th or the 15th elsewhere.
const now = Date.parse('2028-03-14T14:30:00Z');

/** Everything the planner computes that a zone could wrongly shift. */
function plannerOutput() {
  const { dated, undated } = schedule(steps, plan, now);
  return {
    today: japanDay(now),
    dated: dated.map((d) => [d.step.id, d.next.by, d.status]),
    undated: undated.map((s) => s.id),
    mnp: mnpExpiry(steps, plan, now),
    alarms: reminderAlarms({ version: 2, plans: [plan], activeId: 'p' }, DEFAULT_SETTINGS, BRANDS, now),
    shown: formatDay('2028-03-15', 'en'),
    tenAm: new Date(japanInstant('2028-03-15', '10:00')).toISOString(),
  };
}

describe('the planner in every time zone', () => {
  const outputs = new Map<string, ReturnType<typeof plannerOutput>>();

  it.each(ZONES)('%s really is the zone (offset %i) and plans in Japan time', (zone, offset) => {
    process.env.TZ = zone;
    expect(new Date('2028-03-14T12:00:00Z').getTimezoneOffset()).toBe(offset);
    const output = plannerOutput();
    expect(output.today).toBe('2028-03-14');
    expect(output.mnp).toEqual({ expires: '2028-03-15', daysLeft: 1, level: 'expiring' });
    expect(output.shown).toBe('Wed, Mar 15, 2028');
    expect(output.tenAm).toBe('2028-03-15T01:00:00.000Z');
    outputs.set(zone, output);
  });

  it('gives identical results in all of them', () => {
    expect(outputs.size).toBe(ZONES.length);
    const [first, ...rest] = [...outputs.values()];
    for (const output of rest) expect(output).toEqual(first);
    expect(new Set(ZONES.map(([, offset]) => offset)).size).toBe(ZONES.length);
  });
});
