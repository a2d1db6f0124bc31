/**
 * The facts a user acts on: the numbers they dial (with hours) and those shown as unconfirmed, the channels and
 * goals that say yes or no, the fees and their exemptions, and the steps whose deadlines the planner computes.
 * `npm run data:report` and the data tests hold these to a higher bar than hosts and menu labels.
 */
import type { Brand, Sourced, Step } from './schema';

/**
 * `reported-phone`: a contact whose number is shown only as unconfirmed (`reportedPhone`). It is not a number we
 * tell anyone to dial, so the official-or-press rule for phones does not apply, but it still counts among the
 * facts a user acts on (the contact and the page it points to).
 */
export type ActedKind = 'phone' | 'reported-phone' | 'channel' | 'goal' | 'fee' | 'deadline';

export interface ActedFact {
  kind: ActedKind;
  /** Where it is, e.g. `contacts[info-own]` or `goals.cancel.channels.phone`. */
  path: string;
  fact: Sourced;
}

/** A yen amount in the Japanese or English text: ¥1,100, 1,100円, ¥0. */
const YEN = /[¥￥]\s?\d|\d[\d,]*\s?円/;

function stepKind(step: Step): ActedKind | undefined {
  if (step.timing) return 'deadline';
  if (YEN.test(step.body.ja) || YEN.test(step.body.en) || YEN.test(step.title.en)) return 'fee';
  return undefined;
}

export function actedSteps(steps: readonly Step[], prefix = 'steps'): ActedFact[] {
  return steps.flatMap((step) => {
    const kind = stepKind(step);
    return kind ? [{ kind, path: `${prefix}[${step.id}]`, fact: step }] : [];
  });
}

export function actedFacts(brand: Brand): ActedFact[] {
  const out: ActedFact[] = [];
  for (const contact of brand.contacts) {
    const path = `contacts[${contact.id}]`;
    if (contact.phone) out.push({ kind: 'phone', path, fact: contact });
    else if (contact.reportedPhone) out.push({ kind: 'reported-phone', path, fact: contact });
  }
  for (const [goal, info] of Object.entries(brand.goals)) {
    out.push({ kind: 'goal', path: `goals.${goal}`, fact: info });
    for (const [channel, fact] of Object.entries(info.channels))
      if (fact) out.push({ kind: 'channel', path: `goals.${goal}.channels.${channel}`, fact });
  }
  out.push(...actedSteps(brand.steps));
  return out;
}
