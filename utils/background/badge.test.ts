import { describe, expect, it } from 'vitest';
import { BRANDS } from '../../data/brands';
import { computeChecklist } from '../checklist';
import { createPlan, toggleStep } from '../store/plans';
import { DEFAULT_PLANS } from '../store/schema';
import { badgeFor, NO_BADGE, planForBrand } from './badge';

const docomoSteps = computeChecklist(BRANDS.find((b) => b.id === 'docomo')!, 'physical', 'cancel');
let plans = createPlan(DEFAULT_PLANS, { brand: 'docomo', card: 'physical', goal: 'cancel' }, 'd', 1);
plans = createPlan(plans, { brand: 'au', card: 'physical', goal: 'mnp' }, 'a', 2);
plans = toggleStep(plans, 'd', docomoSteps[0]?.id ?? '', true, 3);

describe('badge', () => {
  it('counts the remaining steps of the plan for the tab’s carrier', () => {
    expect(badgeFor(BRANDS, plans, { brand: 'docomo' }).text).toBe(String(docomoSteps.length - 1));
  });
  it('treats a sub-brand’s site as its parent’s (ahamo → the docomo plan)', () => {
    expect(planForBrand(BRANDS, plans, 'ahamo')?.id).toBe('d');
    expect(planForBrand(BRANDS, plans, 'uq-mobile')?.id).toBe('a');
  });
  it('shows nothing off carrier sites or without a plan', () => {
    expect(badgeFor(BRANDS, plans, null)).toEqual(NO_BADGE);
    expect(badgeFor(BRANDS, plans, { brand: null })).toEqual(NO_BADGE);
    expect(badgeFor(BRANDS, plans, { brand: 'rakuten-mobile' })).toEqual(NO_BADGE);
  });
  it('shows a tick when every step is done', () => {
    const all = docomoSteps.reduce((s, step) => toggleStep(s, 'd', step.id, true, 4), plans);
    expect(badgeFor(BRANDS, all, { brand: 'docomo' }).text).toBe('✓');
  });
});
