import { describe, expect, it } from 'vitest';
import { BRANDS } from '../../data/brands';
import { computeChecklist } from '../checklist';
import {
  createPlan,
  deletePlan,
  NOTE_MAX,
  progressOf,
  resetPlan,
  selectPlan,
  setNote,
  toggleStep,
  undoReset,
} from './plans';
import { DEFAULT_PLANS } from './schema';

const docomo = BRANDS.find((b) => b.id === 'docomo');
if (!docomo) throw new Error('docomo missing');
const start = createPlan(DEFAULT_PLANS, { brand: 'docomo', card: 'physical', goal: 'cancel' }, 'p1', 100);

describe('plan edits', () => {
  it('creates and activates a plan; several can coexist', () => {
    const two = createPlan(start, { brand: 'au', card: 'esim', goal: 'mnp' }, 'p2', 200);
    expect(two.plans.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(two.activeId).toBe('p2');
    expect(selectPlan(two, 'p1').activeId).toBe('p1');
    expect(selectPlan(two, 'nope')).toBe(two);
  });

  it('ticks, unticks and counts progress over the current checklist', () => {
    const steps = computeChecklist(docomo, 'physical', 'cancel');
    const first = steps[0]?.id ?? '';
    let state = toggleStep(start, 'p1', first, true, 500);
    expect(state.plans[0]?.steps[first]).toEqual({ done: true, at: 500 });
    expect(progressOf(state.plans[0] ?? start.plans[0]!, docomo)).toEqual({ done: 1, total: steps.length });
    state = toggleStep(state, 'p1', first, false, 600);
    expect(state.plans[0]?.steps[first]).toEqual({ done: false });
  });

  it('ignores ticks on steps the data no longer has, but keeps them', () => {
    const state = toggleStep(start, 'p1', 'retired-step', true, 1);
    expect(state.plans[0]?.steps['retired-step']?.done).toBe(true);
    expect(progressOf(state.plans[0]!, docomo).done).toBe(0);
  });

  it('saves, trims to the limit and clears notes', () => {
    let state = setNote(start, 'p1', 'points', 'used them all');
    expect(state.plans[0]?.steps.points).toEqual({ done: false, note: 'used them all' });
    state = setNote(state, 'p1', 'points', 'x'.repeat(NOTE_MAX + 50));
    expect(state.plans[0]?.steps.points?.note).toHaveLength(NOTE_MAX);
    state = setNote(state, 'p1', 'points', '   ');
    expect(state.plans[0]?.steps.points).toEqual({ done: false });
  });

  it('reset keeps notes and can be undone until the next edit', () => {
    let state = toggleStep(start, 'p1', 'points', true, 1);
    state = setNote(state, 'p1', 'points', 'keep me');
    state = toggleStep(state, 'p1', 'final-month-full', true, 2);
    const reset = resetPlan(state, 'p1');
    expect(reset.plans[0]?.steps).toEqual({ points: { done: false, note: 'keep me' } });
    expect(undoReset(reset, 'p1').plans[0]?.steps).toEqual(state.plans[0]?.steps);
    const edited = toggleStep(reset, 'p1', 'points', true, 3);
    expect(edited.plans[0]?.beforeReset).toBeUndefined();
    expect(undoReset(edited, 'p1')).toEqual(edited);
  });

  it('deleting the active plan activates the next one', () => {
    const two = createPlan(start, { brand: 'au', card: 'esim', goal: 'mnp' }, 'p2', 200);
    expect(deletePlan(two, 'p2')).toMatchObject({ activeId: 'p1', plans: [{ id: 'p1' }] });
    expect(deletePlan(start, 'p1')).toMatchObject({ activeId: null, plans: [] });
  });
});
