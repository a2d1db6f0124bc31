/**
 * Finds the element a path's next step means: of the page's clickable elements (candidates.ts), the one whose
 * words fit the step furthest along the path best (score.ts). A sourced wording must be the element's whole
 * label, never a part of a sentence; a match by intent must be a short label with an action word and none of
 * the words that rule it out. Labels in footers, FAQ, news and breadcrumbs are skipped, so the generic 解約 link
 * every carrier has there is never pointed at.
 */
import { clickables, isOnTheWay, wordsOf } from './candidates';
import { namesOf } from './names';
import { bestStep, type CompiledStep, type Evidence, isBetter, mayMatch, mentionsStep } from './score';

export { CLICKABLE, MAX_CANDIDATES } from './candidates';

export interface Found {
  element: Element;
  step: CompiledStep['step'];
  /** Position of `step` on its path. */
  index: number;
  /** A sourced wording of the step, or only its intent. */
  evidence: Evidence;
  /** The element's own words that matched, normalised. */
  label: string;
  score: number;
}

/** The element for the step furthest along `steps` that is on the page, or null. */
export function findNextTarget(root: ParentNode, steps: readonly CompiledStep[]): Found | null {
  if (steps.length === 0) return null;
  const names = (text: string) => mentionsStep(text, steps);
  let best: Found | null = null;
  for (const element of clickables(root, names)) {
    const elementNames = namesOf(element);
    if (!elementNames.some((name) => mayMatch(name, steps))) continue;
    const words = wordsOf(element, elementNames);
    const match = bestStep(steps, words);
    if (!match || !isBetter(match, best) || !isOnTheWay(element)) continue;
    const step = steps.find((s) => s.index === match.index) as CompiledStep;
    best = { element, step: step.step, ...match };
  }
  return best;
}
