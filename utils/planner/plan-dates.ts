/**
 * The pure edit behind the `plan/dates` message: sets or clears a plan's two planning dates.
 */
import type { PlansState } from '../store/schema';
import type { Day } from './day';

export interface DatesChange {
  /** A day sets the date, null clears it, absent leaves it as it is. */
  targetDate?: Day | null;
  mnpIssuedDate?: Day | null;
}

export function setPlanDates(state: PlansState, planId: string, change: DatesChange): PlansState {
  if (!state.plans.some((p) => p.id === planId)) return state;
  return {
    ...state,
    plans: state.plans.map((plan) => {
      if (plan.id !== planId) return plan;
      const targetDate = change.targetDate === undefined ? plan.targetDate : change.targetDate;
      const mnpIssuedDate = change.mnpIssuedDate === undefined ? plan.mnpIssuedDate : change.mnpIssuedDate;
      // Cleared dates are removed rather than stored empty, so the plan looks as it did before any was set.
      const { targetDate: _t, mnpIssuedDate: _m, ...rest } = plan;
      return { ...rest, ...(targetDate && { targetDate }), ...(mnpIssuedDate && { mnpIssuedDate }) };
    }),
  };
}
