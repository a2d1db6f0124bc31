/**
 * How strongly a clickable element looks like a step of the user's path. Pure: it sees the element only as the
 * words it carries (what candidates.ts read from the page), so the rules are tested as tables.
 *
 * Evidence, strongest first:
 * - `wording`: one of the element's names is a wording the sources quote for the step (data/brands/*.ts);
 * - `intent`: its words say what the step does (data/intents.ts): an action word (解約, MNP, 番号保管…), made
 *   stronger by what it acts on (回線, 契約…) and by a procedure's phrasing (お手続き, する, はこちら), none of
 *   the words that rule it out (fees, options, porting in, withdrawing, FAQ and news). A short label such as
 *   「お申込み」 or 「解約する」 is read with the heading it sits under, which can also rule it out (「解約する」
 *   under 「留守番電話サービス」 cancels an option).
 * Then, for intent evidence only: a link whose path says the same (/cancel, kaiyaku, mnp) counts more, one into
 * FAQ or news less, and an item in a page's navigation or side bar less than one in its content. Below
 * INTENT_THRESHOLD nothing is pointed at.
 */
import type { IntentId, IntentLexicon } from '../../data/intents';
import type { MenuStep } from '../../data/schema';
import { labelKeys } from './normalise';

/** What candidates.ts reads from one clickable element. */
export interface CandidateWords {
  /** Its names, normalised (normalise.ts): text, aria-label, title, a heading or image inside it. */
  names: readonly string[];
  /** The heading it sits under, normalised; read only for short labels, else ''. */
  context: string;
  /** The path of its link, lower case; '' when it is not a link. */
  href: string;
  /** In the page's navigation, header or side bar rather than its content. */
  side: boolean;
}

export type Evidence = 'wording' | 'intent';

export interface StepMatch {
  score: number;
  evidence: Evidence;
  /** The words that matched: the element's own name (what the hint quotes). */
  label: string;
}

/** An exact sourced wording. */
export const WORDING_SCORE = 100;
/** Intent evidence below this points at nothing. */
export const INTENT_THRESHOLD = 35;
/** A label longer than this (normalised) is a sentence, a notice or a card's text, never read for intent. */
export const MAX_INTENT_CHARS = 24;
/** A label this short may be a bare verb or form (「解約する」, 「お申込み」): its heading is read with it. */
export const SHORT_LABEL_CHARS = 12;

const W = {
  /** The action word is in the element's own words. */
  action: 30,
  /** The action word is only in the heading above a short label. */
  actionInContext: 20,
  object: 15,
  form: 10,
  short: 5,
  hrefSays: 10,
  hrefArticle: -20,
  side: -10,
} as const;

/** Link paths that say what an intent does. */
const HREF_WORDS: Record<Exclude<IntentId, 'exact-only'>, RegExp> = {
  'contract-menu': /contract|keiyaku/,
  procedures: /procedure|tetsuzuki/,
  'cancel-line': /cancel|kaiyaku/,
  'mnp-reservation': /mnp/,
  'keep-number': /keep|hokan|kyushi|ikkyu/,
};
const HREF_ARTICLE = /faq|news|info\/|campaign|topics/;

interface CompiledIntent {
  id: Exclude<IntentId, 'exact-only'>;
  action: RegExp;
  object: RegExp;
  form: RegExp;
  /** `form`, global: to take every form word out of a label. */
  formAll: RegExp;
  exclude: RegExp;
}

const any = (sources: readonly string[]) => new RegExp(sources.join('|'), 'u');
/** Each lexicon's expressions are built once, however often a page is searched. */
const compiled = new WeakMap<IntentLexicon, CompiledIntent>();

function compile(id: Exclude<IntentId, 'exact-only'>, lexicon: IntentLexicon): CompiledIntent {
  let intent = compiled.get(lexicon);
  if (!intent) {
    intent = {
      id,
      action: any(lexicon.actions),
      object: any(lexicon.objects),
      form: any(lexicon.forms),
      formAll: new RegExp(lexicon.forms.join('|'), 'gu'),
      exclude: any(lexicon.exclude),
    };
    compiled.set(lexicon, intent);
  }
  return intent;
}

/** A path's steps made ready for scoring: their exact wordings, and the intent each declares. */
export interface CompiledStep {
  step: MenuStep;
  index: number;
  keys: ReadonlySet<string>;
  intent: CompiledIntent | null;
}

export function compileSteps(
  steps: readonly MenuStep[],
  lexicon: Partial<Record<IntentId, IntentLexicon>>,
): CompiledStep[] {
  return steps.map((step, index) => {
    const id = step.intent;
    const words = id !== 'exact-only' ? lexicon[id] : undefined;
    return {
      step,
      index,
      keys: new Set(labelKeys(step)),
      intent: id !== 'exact-only' && words ? compile(id, words) : null,
    };
  });
}

/** Whether `text` (normalised) holds any word a step could match on: the watch's cheap first look. */
export function mentionsStep(text: string, steps: readonly CompiledStep[]): boolean {
  return steps.some(
    (s) => [...s.keys].some((key) => text.includes(key)) || s.intent?.action.test(text) === true,
  );
}

/**
 * Whether a label is worth scoring for `steps`: it holds a wording or an action word, or it is short and
 * phrased like a procedure (a bare 「お申込み」, whose heading may name the step). Cheap, so most of a page's
 * clickable elements are passed over before their surroundings are read.
 */
export function mayMatch(name: string, steps: readonly CompiledStep[]): boolean {
  if (mentionsStep(name, steps)) return true;
  return name.length <= SHORT_LABEL_CHARS && steps.some((s) => s.intent?.form.test(name));
}

/** Particles and honorifics left when the form words are taken out of a bare 「お申込みはこちら」. */
const PARTICLES = /[おごのをへにで]/gu;

/** Whether some step could match `name` through the heading it sits under: it is a bare procedure word. */
export function readsHeading(name: string, steps: readonly CompiledStep[]): boolean {
  return name.length <= SHORT_LABEL_CHARS && steps.some((s) => s.intent && isBareForm(s.intent, name));
}

/** A label made only of procedure words (「お申込み」, 「手続きへ進む」): it means whatever its heading says. */
function isBareForm(intent: CompiledIntent, name: string): boolean {
  return name.replace(intent.formAll, '').replace(PARTICLES, '').length === 0;
}

function intentScore(intent: CompiledIntent, name: string, words: CandidateWords): number {
  if (name.length > MAX_INTENT_CHARS || intent.exclude.test(name)) return 0;
  const short = name.length <= SHORT_LABEL_CHARS;
  const context = short ? words.context : '';
  if (context && intent.exclude.test(context)) return 0;
  let score: number;
  if (intent.action.test(name)) score = W.action;
  else if (context && intent.action.test(context) && isBareForm(intent, name)) score = W.actionInContext;
  else return 0;
  if (intent.object.test(name) || (context && intent.object.test(context))) score += W.object;
  if (intent.form.test(name)) score += W.form;
  if (short) score += W.short;
  if (HREF_WORDS[intent.id].test(words.href)) score += W.hrefSays;
  if (HREF_ARTICLE.test(words.href)) score += W.hrefArticle;
  if (words.side) score += W.side;
  return score;
}

/** How well `words` fit `step`; null when they do not qualify at all. */
export function scoreStep(step: CompiledStep, words: CandidateWords): StepMatch | null {
  const exact = words.names.find((name) => step.keys.has(name));
  if (exact !== undefined) return { score: WORDING_SCORE, evidence: 'wording', label: exact };
  if (!step.intent) return null;
  let best: StepMatch | null = null;
  for (const name of words.names) {
    const score = intentScore(step.intent, name, words);
    if (score >= INTENT_THRESHOLD && (!best || score > best.score))
      best = { score, evidence: 'intent', label: name };
  }
  return best;
}

/**
 * The step furthest along the path that `words` fit, with its evidence: when both 「解約・その他」 and the
 * 「回線の解約」 inside it are shown, the user's next click is the second one.
 */
export function bestStep(
  steps: readonly CompiledStep[],
  words: CandidateWords,
): (StepMatch & { index: number }) | null {
  // A sourced wording names the element: 「解約・その他」 is that menu, even though 解約 is in it.
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i] as CompiledStep;
    const exact = words.names.find((name) => step.keys.has(name));
    if (exact !== undefined)
      return { score: WORDING_SCORE, evidence: 'wording', label: exact, index: step.index };
  }
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i] as CompiledStep;
    const match = scoreStep(step, words);
    if (match) return { ...match, index: step.index };
  }
  return null;
}

/** Orders two matches: further along the path, then sourced wording over intent, then the higher score. */
export function isBetter(
  a: { index: number; evidence: Evidence; score: number },
  b: { index: number; evidence: Evidence; score: number } | null,
): boolean {
  if (!b) return true;
  if (a.index !== b.index) return a.index > b.index;
  if (a.evidence !== b.evidence) return a.evidence === 'wording';
  return a.score > b.score;
}
