/**
 * The background's answers to the in-page assistant. The content script may read the hints for its own page,
 * tick the one step its carrier's completion page confirms, and change the hint settings; what it may do is
 * decided from the sender's URL (set by the browser), never from what the message claims.
 */
import { type IntentId, type IntentLexicon, LEXICON } from '../../data/intents';
import { type Brand, type Goal, LANGS, type Lang, type PortalPath } from '../../data/schema';
import { planForBrand } from '../background/badge';
import type { Store, StoredState } from '../background/store';
import { computeChecklist } from '../checklist';
import { autoLabel, LANG_NAMES, pick, t } from '../i18n';
import { chooseLang, type LangEnv, type LangSetting } from '../language';
import type { AssistantContext, AssistantGuide, AssistantMessage } from '../messages';
import { toggleStep } from '../store/plans';
import type { PlansState } from '../store/schema';
import { setHintsHidden } from '../store/settings';
import { brandOfPortalHost } from './portal';
import { ASSISTANT_STRING_KEYS, type AssistantStrings } from './strings';

export interface AnswerDeps {
  store: Store;
  refreshBadges(state: StoredState): Promise<void>;
  now(): number;
  /** The browser's languages, for the hints while the language setting is "auto" (utils/language.ts). */
  langEnv(): Promise<LangEnv>;
}

export type Answer = { ok: true; value: AssistantContext | null } | { ok: false; reason: string };

const DEFAULT_GOAL: Goal = 'cancel';

/** The step `brand`'s completion page confirms for the plan relevant to it, when that plan's checklist has it. */
function completionFor(brands: readonly Brand[], plans: PlansState, brand: Brand) {
  const plan = planForBrand(brands, plans, brand.id);
  const planBrand = plan && brands.find((b) => b.id === plan.brand);
  const stepId = plan && brand.portal?.paths[plan.goal]?.completes;
  const step =
    planBrand && stepId && computeChecklist(planBrand, plan.card, plan.goal).find((s) => s.id === stepId);
  return plan && step ? { plan, step } : null;
}

/** The lexicon entries `path` needs: the content script carries no word lists of its own. */
function lexiconFor(path: PortalPath | null): Partial<Record<IntentId, IntentLexicon>> {
  const entries = (path?.steps ?? []).flatMap((step) =>
    step.intent === 'exact-only' ? [] : [[step.intent, LEXICON[step.intent]] as const],
  );
  return Object.fromEntries(entries);
}

/**
 * The way to `goal` in words, the carrier's own page for it and its phone channel: what a recognised page
 * offers when nothing on it can be pointed at, so the assistant is never silent there.
 */
export function guideFor(brand: Brand, goal: Goal, lang: Lang): AssistantGuide | null {
  const path = brand.portal?.paths[goal];
  if (!path) return null;
  const info = brand.goals[goal];
  const channels = info.channels;
  const url = channels.online?.url ?? channels.shop?.url ?? channels.phone?.url ?? null;
  const phoneOpen = channels.phone && channels.phone.available !== 'no';
  const purpose = goal === 'mnp' ? 'mnp' : 'enquiries';
  const withPurpose = brand.contacts.filter((c) => c.purpose === purpose && c.phone);
  const contacts = !phoneOpen
    ? []
    : withPurpose.length > 0
      ? withPurpose
      : brand.contacts.filter((c) => c.purpose === 'enquiries' && c.phone);
  return {
    path: path.steps.map((step) =>
      step.label
        ? `「${step.label.ja}」`
        : step.intent === 'exact-only'
          ? '…'
          : `(${pick(LEXICON[step.intent].name, lang)})`,
    ),
    url,
    phones: contacts.slice(0, 2).map((contact) => ({
      name: pick(contact.name, lang),
      number: contact.phone?.display ?? '',
      hours: contact.hours ? pick(contact.hours, lang) : null,
    })),
  };
}

export function assistantContext(
  brands: readonly Brand[],
  state: Pick<StoredState, 'plans' | 'settings'>,
  brand: Brand,
  host: string,
  env: LangEnv,
): AssistantContext {
  const plan = planForBrand(brands, state.plans, brand.id);
  const goal = plan?.goal ?? DEFAULT_GOAL;
  const completion = completionFor(brands, state.plans, brand);
  const lang = chooseLang(state.settings.lang, env).lang;
  const step = completion ? pick(completion.step.title, lang) : '';
  const languages: AssistantContext['languages'] = [
    { value: 'auto', label: autoLabel(chooseLang('auto', env), lang) },
    ...LANGS.map((l) => ({ value: l as LangSetting, label: LANG_NAMES[l] })),
  ];
  return {
    brand: brand.id,
    portal: { pages: brand.portal?.pages ?? [], ignore: brand.portal?.ignore },
    goal,
    path: brand.portal?.paths[goal] ?? null,
    lexicon: lexiconFor(brand.portal?.paths[goal] ?? null),
    guide: guideFor(brand, goal, lang),
    completion: completion && {
      stepId: completion.step.id,
      done: !!completion.plan.steps[completion.step.id]?.done,
    },
    lang,
    langSetting: state.settings.lang,
    strings: Object.fromEntries(
      ASSISTANT_STRING_KEYS.map((key) => [key, t(lang, key, { step, brand: pick(brand.name, lang) })]),
    ) as AssistantStrings,
    languages,
    hintsHidden: state.settings.hintsHiddenOn.includes(host),
  };
}

/** Why `stepId` may not be ticked from `brand`'s pages, or null: only the step its completion page confirms. */
export function stepDoneRefusal(
  brands: readonly Brand[],
  plans: PlansState,
  brand: Brand,
  stepId: string,
): string | null {
  const completion = completionFor(brands, plans, brand);
  if (!completion) return 'no plan for this carrier includes a step its pages confirm';
  return completion.step.id === stepId ? null : `${brand.id} pages cannot confirm ${stepId}`;
}

/** Ticks `stepId` in the plan relevant to `brand`; leaves the plans as they are when that is refused. */
export function markStepDone(
  brands: readonly Brand[],
  plans: PlansState,
  brand: Brand,
  stepId: string,
  now: number,
): PlansState {
  const completion = completionFor(brands, plans, brand);
  return completion && !stepDoneRefusal(brands, plans, brand, stepId)
    ? toggleStep(plans, completion.plan.id, stepId, true, now)
    : plans;
}

export async function answerAssistant(
  brands: readonly Brand[],
  message: AssistantMessage,
  senderUrl: string | undefined,
  deps: AnswerDeps,
): Promise<Answer> {
  const host = senderUrl ? new URL(senderUrl).hostname : '';
  const brand = brandOfPortalHost(brands, host);
  if (!brand) return { ok: false, reason: `${host || 'this page'} is not a carrier portal` };
  switch (message.type) {
    case 'assistant/context':
      return {
        ok: true,
        value: assistantContext(brands, await deps.store.read(), brand, host, await deps.langEnv()),
      };
    case 'page/step-done': {
      const refusal = stepDoneRefusal(brands, (await deps.store.read()).plans, brand, message.stepId);
      if (refusal) return { ok: false, reason: refusal };
      const state = await deps.store.update((s) => ({
        plans: markStepDone(brands, s.plans, brand, message.stepId, deps.now()),
      }));
      await deps.refreshBadges(state);
      return { ok: true, value: null };
    }
    case 'settings/hints': {
      if (message.host !== host)
        return { ok: false, reason: 'the assistant may hide hints only on its own site' };
      await deps.store.update(({ settings }) => ({
        settings: setHintsHidden(settings, host, message.hidden),
      }));
      return { ok: true, value: null };
    }
    case 'settings/lang':
      await deps.store.update(({ settings }) => ({ settings: { ...settings, lang: message.lang } }));
      return { ok: true, value: null };
  }
}
