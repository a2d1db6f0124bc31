import { describe, expect, it } from 'vitest';
import { BRANDS } from '../../data/brands';
import { computeChecklist } from '../checklist';
import type { TabInfo } from '../messages';
import { createPlan, toggleStep } from '../store/plans';
import { DEFAULT_PLANS } from '../store/schema';
import { badgeFor, NO_BADGE, planForBrand } from './badge';

const tab = (
  brand: string | null,
  level: TabInfo['verdict']['level'] = brand ? 'official' : 'none',
): TabInfo => ({
  brand,
  site: 'example.jp',
  verdict: { level, brand, score: 0, reasons: [], host: 'example.jp' },
  trusted: false,
});

const docomoSteps = computeChecklist(BRANDS.find((b) => b.id === 'docomo')!, 'physical', 'cancel');
let plans = createPlan(DEFAULT_PLANS, { brand: 'docomo', card: 'physical', goal: 'cancel' }, 'd', 1);
plans = createPlan(plans, { brand: 'au', card: 'physical', goal: 'mnp' }, 'a', 2);
plans = toggleStep(plans, 'd', docomoSteps[0]?.id ?? '', true, 3);

describe('badge', () => {
  it('counts the remaining steps of the plan for the tab’s carrier', () => {
    expect(badgeFor(BRANDS, plans, tab('docomo')).text).toBe(String(docomoSteps.length - 1));
  });
  it('treats a sub-brand’s site as its parent’s (ahamo → the docomo plan)', () => {
    expect(planForBrand(BRANDS, plans, 'ahamo')?.id).toBe('d');
    expect(planForBrand(BRANDS, plans, 'uq-mobile')?.id).toBe('a');
  });
  it('shows nothing off carrier sites or without a plan', () => {
    expect(badgeFor(BRANDS, plans, null)).toEqual(NO_BADGE);
    expect(badgeFor(BRANDS, plans, tab(null))).toEqual(NO_BADGE);
    expect(badgeFor(BRANDS, plans, tab('rakuten-mobile'))).toEqual(NO_BADGE);
  });
  it('a warning outranks the step count, unless the user trusts the site', () => {
    expect(badgeFor(BRANDS, plans, tab(null, 'danger'))).toEqual({ text: '!', color: '#b42318' });
    expect(badgeFor(BRANDS, plans, tab(null, 'caution'))).toEqual({ text: '!', color: '#bf8700' });
    expect(badgeFor(BRANDS, plans, { ...tab(null, 'danger'), trusted: true })).toEqual(NO_BADGE);
  });
  it('shows a tick when every step is done', () => {
    const all = docomoSteps.reduce((s, step) => toggleStep(s, 'd', step.id, true, 4), plans);
    expect(badgeFor(BRANDS, all, tab('docomo')).text).toBe('✓');
  });
});
