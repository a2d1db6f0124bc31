/**
 * What the toolbar badge says for a tab: how many steps remain in the plan for the carrier the tab shows.
 */
import type { Brand } from '../../data/schema';
import type { TabInfo } from '../messages';
import { progressOf } from '../store/plans';
import type { Plan, PlansState } from '../store/schema';
import { shownOf } from './frames';

export interface Badge {
  text: string;
  color: string;
}

export const NO_BADGE: Badge = { text: '', color: '#1a7f37' };
/** A warning outranks the step count: red for danger, amber for caution. */
const WARNING_BADGES = {
  danger: { text: '!', color: '#b42318' },
  caution: { text: '!', color: '#bf8700' },
} as const;

/** The brand a plan or page "belongs to": ahamo pages are docomo's, UQ mobile pages au's, and so on. */
function family(brands: readonly Brand[], id: string): string {
  return brands.find((b) => b.id === id)?.parent ?? id;
}

/** The active plan when it is for this carrier's family, else the first plan that is. */
export function planForBrand(brands: readonly Brand[], plans: PlansState, brandId: string): Plan | undefined {
  const wanted = family(brands, brandId);
  const matches = (p: Plan) => family(brands, p.brand) === wanted;
  const active = plans.plans.find((p) => p.id === plans.activeId);
  return active && matches(active) ? active : plans.plans.find(matches);
}

export function badgeFor(brands: readonly Brand[], plans: PlansState, tab: TabInfo | null): Badge {
  // The top page's warning, or its worst frame's (utils/background/frames.ts).
  const shown = tab && shownOf(tab);
  const level = shown && !shown.trusted ? shown.verdict.level : 'none';
  if (level === 'danger' || level === 'caution') return WARNING_BADGES[level];
  if (!tab?.brand) return NO_BADGE;
  const plan = planForBrand(brands, plans, tab.brand);
  const brand = plan && brands.find((b) => b.id === plan.brand);
  if (!plan || !brand) return NO_BADGE;
  const { done, total } = progressOf(plan, brand);
  return { text: done >= total ? '✓' : String(total - done), color: '#1a7f37' };
}
