/**
 * Finds the element a path's next step means: of the page's clickable elements (candidates.ts), the one whose
 * words fit the step furthest along the path best (score.ts). A sourced wording must be the element's whole
 * label, never a part of a sentence; a match by intent must be a short label with an action word and none of
 * the words that rule it out. Labels in footers, FAQ, news and breadcrumbs are skipped, so the generic 解約 link
 * every carrier has there is never pointed at.
 */
import { clickables, contextOf, isOnTheWay, isSide } from './candidates';
import { namesOf } from './names';
import {
  bestStep,
  type CandidateWords,
  type CompiledStep,
  type Evidence,
  isBetter,
  mayMatch,
  mentionsStep,
  readsHeading,
} from './score';

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

/**
 * The best step for one element. Its surroundings are read only when they can change the answer, most elements
 * of a page never need them: the heading above a short label (it can rule a match out, or give a bare
 * 「お申込み」 its meaning), and whether it sits in a side bar (it weakens a match by intent).
 */
function score(element: Element, names: string[], steps: readonly CompiledStep[]) {
  const words: CandidateWords = {
    names,
    context: '',
    href: (element.getAttribute('href') ?? '').toLowerCase(),
    side: false,
  };
  let match = bestStep(steps, words);
  if (match?.evidence === 'wording') return match;
  if (match || names.some((name) => readsHeading(name, steps))) {
    words.context = contextOf(element, names);
    if (words.context) match = bestStep(steps, words);
  }
  if (match) {
    words.side = isSide(element);
    if (words.side) match = bestStep(steps, words);
  }
  return match;
}

/** The element for the step furthest along `steps` that is on the page, or null. */
export function findNextTarget(root: ParentNode, steps: readonly CompiledStep[]): Found | null {
  if (steps.length === 0) return null;
  const names = (text: string) => mentionsStep(text, steps);
  let best: Found | null = null;
  for (const element of clickables(root, names)) {
    const names = namesOf(element);
    if (!names.some((name) => mayMatch(name, steps))) continue;
    const match = score(element, names, steps);
    if (!match || !isBetter(match, best) || !isOnTheWay(element)) continue;
    const step = steps.find((s) => s.index === match.index) as CompiledStep;
    best = { element, step: step.step, ...match };
  }
  return best;
}
