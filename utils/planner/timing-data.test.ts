/**
 * The timing rules in data/ must say no more than their steps' sourced texts: every number a rule uses appears in
 * the step's own words, so a deadline can never be invented in a rule alone.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { BRANDS } from '../../data/brands';
import { type Step, StepSchema, type TimingRule } from '../../data/schema';
import { COMMON_STEPS } from '../../data/steps';
import { computeChecklist, isOffered } from '../checklist';
import { mnpDeadline } from './planner';

const ALL_STEPS = [...COMMON_STEPS, ...BRANDS.flatMap((b) => b.steps)];

/** What a step's texts must contain for a rule to be grounded in them. */
function evidence(rule: TimingRule): RegExp[] {
  const days = (n: number) => (n === 7 ? /\b7\b|week|週間|周/ : new RegExp(`\\b${n}\\b|${n}日|${n} 天`));
  switch (rule.kind) {
    case 'before-end':
      return [...(rule.days > 0 ? [days(rule.days)] : []), ...(rule.cutoff ? [new RegExp(rule.cutoff)] : [])];
    case 'month-end':
      return [/month|月/, ...(rule.cutoff ? [new RegExp(rule.cutoff)] : [])];
    case 'after-end-within':
    case 'after-mnp-issued-within':
      return [days(rule.days)];
  }
}

function ungroundedRules(steps: readonly Step[]): string[] {
  return steps.flatMap((step) =>
    (step.timing ?? []).flatMap((rule) => {
      const text = [step.title.en, step.body.en, step.title.ja, step.body.ja].join('\n');
      return evidence(rule)
        .filter((pattern) => !pattern.test(text))
        .map((pattern) => `${step.id}: ${rule.kind} needs ${pattern} in its text`);
    }),
  );
}

describe('timing rules in the data', () => {
  it('are valid in the common steps too', () => {
    expect(COMMON_STEPS.flatMap((s) => v.safeParse(StepSchema, s).issues ?? [])).toEqual([]);
  });

  it('use only numbers and times that their steps’ sourced texts state', () => {
    expect(ungroundedRules(ALL_STEPS)).toEqual([]);
  });

  it('catch a rule whose number the text does not give', () => {
    const step = { ...(COMMON_STEPS[0] as Step), timing: [{ kind: 'before-end', days: 9, cutoff: '19:00' }] };
    expect(ungroundedRules([step as Step])).toHaveLength(2);
  });

  it('give every MNP checklist the number’s 15-day validity', () => {
    const missing = BRANDS.flatMap((brand) =>
      brand.cards
        .filter((card) => isOffered(brand, card, 'mnp'))
        .filter((card) => {
          const steps = computeChecklist(brand, card, 'mnp');
          return mnpDeadline(steps, { steps: {}, mnpIssuedDate: '2028-03-01' })?.by !== '2028-03-15';
        })
        .map((card) => `${brand.id}/${card}`),
    );
    expect(missing).toEqual([]);
  });
});
