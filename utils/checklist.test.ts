import { describe, expect, it } from 'vitest';
import { BRANDS } from '../data/brands';
import { CARD_TYPES, GOALS, PHASES } from '../data/schema';
import { COMMON_STEPS } from '../data/steps';
import { applies, computeChecklist, isOffered } from './checklist';

const brand = (id: string) => {
  const found = BRANDS.find((b) => b.id === id);
  if (!found) throw new Error(`no brand ${id}`);
  return found;
};

const offered = BRANDS.flatMap((b) =>
  CARD_TYPES.flatMap((card) => GOALS.map((goal) => [b.id, card, goal] as const)),
).filter(([id, card, goal]) => isOffered(brand(id), card, goal));

describe.each(offered)('%s · %s · %s', (brandId, card, goal) => {
  const b = brand(brandId);
  it('has steps, unique ids, ordered by phase, each applying to the choice', () => {
    const steps = computeChecklist(b, card, goal);
    expect(steps.length).toBeGreaterThan(0);
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
    const phases = steps.map((s) => PHASES.indexOf(s.phase));
    expect(phases).toEqual([...phases].sort((x, y) => x - y));
    for (const s of steps) expect(applies(s.when, card, goal)).toBe(true);
    // A common step and the brand's replacement never both appear.
    const ids = new Set(steps.map((s) => s.id));
    for (const s of steps) if (s.replaces) expect(ids.has(s.replaces)).toBe(false);
  });
});

describe('checklist contents users would otherwise learn the hard way', () => {
  it('warns that 解約 destroys the number only when cancelling', () => {
    expect(computeChecklist(brand('docomo'), 'physical', 'cancel').map((s) => s.id)).toContain(
      'cancel-destroys-number',
    );
    expect(computeChecklist(brand('docomo'), 'physical', 'mnp').map((s) => s.id)).not.toContain(
      'cancel-destroys-number',
    );
  });
  it('explains the 15-day MNP reservation number and One-Stop for MNP', () => {
    const ids = computeChecklist(brand('au'), 'physical', 'mnp').map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['mnp-one-stop', 'mnp-reservation-number']));
  });
  it('tells eSIM users that deleting the profile does not cancel', () => {
    expect(computeChecklist(brand('softbank'), 'esim', 'cancel').map((s) => s.id)).toContain(
      'esim-delete-after',
    );
    expect(computeChecklist(brand('softbank'), 'physical', 'cancel').map((s) => s.id)).not.toContain(
      'esim-delete-after',
    );
  });
  it('sends corporate lines to the company administrator', () => {
    expect(computeChecklist(brand('docomo'), 'corporate', 'cancel').map((s) => s.id)).toContain(
      'corporate-administrator',
    );
  });
  it('puts the brand’s own version of a common step in its place', () => {
    const ids = computeChecklist(brand('docomo'), 'physical', 'cancel').map((s) => s.id);
    expect(ids).toContain('carrier-mail-docomo');
    expect(ids).not.toContain('carrier-mail');
    // carrier-mail comes before instalments-continue in the common list; the replacement keeps that place.
    expect(COMMON_STEPS.findIndex((s) => s.id === 'carrier-mail')).toBeLessThan(
      COMMON_STEPS.findIndex((s) => s.id === 'instalments-continue'),
    );
    expect(ids.indexOf('carrier-mail-docomo')).toBeLessThan(ids.indexOf('instalments-continue'));
  });
  it('offers every brand at least one plan', () => {
    for (const b of BRANDS) expect(offered.some(([id]) => id === b.id)).toBe(true);
  });
});
