/**
 * Pure edits of the plans state. The background applies them one at a time (see utils/store/store.ts).
 */
import type { Brand, CardType, Goal } from '../../data/schema';
import { computeChecklist } from '../checklist';
import type { Plan, PlansState } from './schema';

/**
 * The longest note kept. Here rather than in ./schema so the popup, which counts progress with this module, does
 * not bundle the valibot schemas.
 */
export const NOTE_MAX = 2000;

export interface PlanChoice {
  brand: string;
  card: CardType;
  goal: Goal;
}

function updatePlan(state: PlansState, planId: string, change: (plan: Plan) => Plan): PlansState {
  if (!state.plans.some((p) => p.id === planId)) return state;
  return { ...state, plans: state.plans.map((p) => (p.id === planId ? change(p) : p)) };
}

export function createPlan(state: PlansState, choice: PlanChoice, id: string, now: number): PlansState {
  // Only the choice's own fields: the caller may pass a whole message, whose `type` is no part of a plan.
  const plan: Plan = {
    id,
    brand: choice.brand,
    card: choice.card,
    goal: choice.goal,
    createdAt: now,
    steps: {},
  };
  return { ...state, plans: [...state.plans, plan], activeId: id };
}

export function selectPlan(state: PlansState, planId: string): PlansState {
  return state.plans.some((p) => p.id === planId) ? { ...state, activeId: planId } : state;
}

/** Any new edit ends the chance to undo a reset: undoing then would silently drop that edit. */
function withoutUndo({ beforeReset: _, ...plan }: Plan): Plan {
  return plan;
}

export function toggleStep(state: PlansState, planId: string, stepId: string, done: boolean, now: number) {
  return updatePlan(state, planId, (old) => {
    const plan = withoutUndo(old);
    const { at: _, ...rest } = plan.steps[stepId] ?? { done: false };
    return {
      ...plan,
      steps: { ...plan.steps, [stepId]: done ? { ...rest, done, at: now } : { ...rest, done } },
    };
  });
}

export function setNote(state: PlansState, planId: string, stepId: string, note: string): PlansState {
  const text = note.slice(0, NOTE_MAX);
  return updatePlan(state, planId, (old) => {
    const plan = withoutUndo(old);
    const { note: _, ...rest } = plan.steps[stepId] ?? { done: false };
    return { ...plan, steps: { ...plan.steps, [stepId]: text.trim() ? { ...rest, note: text } : rest } };
  });
}

/** Clears the ticks but keeps the notes; the previous state can be restored with `undoReset`. */
export function resetPlan(state: PlansState, planId: string): PlansState {
  return updatePlan(state, planId, (plan) => ({
    ...plan,
    beforeReset: plan.steps,
    steps: Object.fromEntries(
      Object.entries(plan.steps).flatMap(([id, s]) => (s.note ? [[id, { done: false, note: s.note }]] : [])),
    ),
  }));
}

export function undoReset(state: PlansState, planId: string): PlansState {
  return updatePlan(state, planId, ({ beforeReset, ...plan }) =>
    beforeReset ? { ...plan, steps: beforeReset } : plan,
  );
}

export function deletePlan(state: PlansState, planId: string): PlansState {
  const plans = state.plans.filter((p) => p.id !== planId);
  const activeId = state.activeId === planId ? (plans[0]?.id ?? null) : state.activeId;
  return { ...state, plans, activeId };
}

export interface Progress {
  done: number;
  total: number;
}

/** Counts only the steps the data currently lists for the plan; states of retired steps are kept but ignored. */
export function progressOf(plan: Plan, brand: Brand): Progress {
  const steps = computeChecklist(brand, plan.card, plan.goal);
  return { done: steps.filter((s) => plan.steps[s.id]?.done).length, total: steps.length };
}
