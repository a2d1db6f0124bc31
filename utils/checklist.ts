/**
 * Computes a plan's checklist from the data: the common steps that apply to the chosen card type and goal,
 * with the brand's own versions substituted in place, then the brand's other steps, ordered by phase.
 */
import type { Brand, CardType, Condition, Goal, Step } from '../data/schema';
import { COMMON_STEPS } from '../data/steps';
import { PHASES } from '../data/vocabulary';

export function applies(when: Condition | undefined, card: CardType, goal: Goal): boolean {
  return (!when?.cards || when.cards.includes(card)) && (!when?.goals || when.goals.includes(goal));
}

/** What the plan form needs to know of a brand (the popup gets only this for brands without a plan). */
export interface BrandSummary {
  id: string;
  name: Brand['name'];
  cards: Brand['cards'];
  goals: Record<Goal, { available: boolean; note?: Brand['goals'][Goal]['note'] }>;
}

export function summarise(brand: Brand): BrandSummary {
  const goal = (g: Goal) => ({ available: brand.goals[g].available, note: brand.goals[g].note });
  return {
    id: brand.id,
    name: brand.name,
    cards: brand.cards,
    goals: { cancel: goal('cancel'), mnp: goal('mnp'), keep: goal('keep') },
  };
}

/** Whether the brand offers this combination at all; the popup greys out the others. */
export function isOffered(brand: BrandSummary, card: CardType, goal: Goal): boolean {
  return brand.cards.includes(card) && brand.goals[goal].available;
}

export function computeChecklist(brand: Brand, card: CardType, goal: Goal): Step[] {
  const own = brand.steps.filter((step) => applies(step.when, card, goal));
  const replacement = new Map(own.filter((s) => s.replaces).map((s) => [s.replaces as string, s]));
  const omitted = new Set(brand.omit);
  const common = COMMON_STEPS.filter((s) => !omitted.has(s.id) && applies(s.when, card, goal));
  const commonIds = new Set(common.map((s) => s.id));
  const ordered = [
    ...common.map((s) => replacement.get(s.id) ?? s),
    ...own.filter((s) => !s.replaces || !commonIds.has(s.replaces)),
  ];
  // Array.prototype.sort is stable, so steps keep their data order within a phase.
  return ordered.sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase));
}

/** Every step the brand can show for some card type and goal: its own steps and the common ones it keeps. */
export function allStepsOf(brand: Brand): Step[] {
  const replaced = new Set(brand.steps.flatMap((s) => (s.replaces ? [s.replaces] : [])));
  const omitted = new Set(brand.omit);
  return [...COMMON_STEPS.filter((s) => !replaced.has(s.id) && !omitted.has(s.id)), ...brand.steps];
}
