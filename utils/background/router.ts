/**
 * Answers the typed messages. State-changing messages are accepted only from the extension's own pages;
 * content scripts may only report what their own tab shows.
 */
import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import { BRANDS } from '../../data/brands';
import { answerAssistant } from '../assistant/answer';
import { isOffered, summarise } from '../checklist';
import { answerGuard, type GuardDeps, refreshTrust } from '../guard/answer';
import { headlineFor } from '../guard/banner';
import { type LangEnv, resolveLang } from '../language';
import {
  type AssistantContext,
  GUARD_MESSAGES,
  type GuardAnswer,
  isAssistantMessage,
  type Message,
  MessageSchema,
  type PopupState,
  type TabInfo,
} from '../messages';
import { setPlanDates } from '../planner/plan-dates';
import { explainReasons } from '../scam/reasons';
import type { ExportFile, ImportCheck } from '../store/export-file';
import {
  createPlan,
  deletePlan,
  resetPlan,
  selectPlan,
  setNote,
  toggleStep,
  undoReset,
} from '../store/plans';
import { forgetEntry, quarantineItems, restoreEntry } from '../store/quarantine';
import type { PlansState } from '../store/schema';
import { setHintsHidden } from '../store/settings';
import { applyImport, checkImport, exportData, parseImport } from '../store/transfer';
import { shownOf } from './frames';
import type { StoredState } from './store';

/** The guard's needs (store, tabs, badges, languages) and what only the router uses. */
export interface RouterDeps extends GuardDeps {
  extensionOrigin: string;
  extensionId: string;
  newId(): string;
  now(): number;
}

export class RefusedError extends Error {}

function fromExtensionPage(sender: Runtime.MessageSender, deps: RouterDeps): boolean {
  return sender.id === deps.extensionId && !!sender.url?.startsWith(deps.extensionOrigin);
}

/** A content script of this extension (it has a tab, and its URL is the page's, not ours). */
function fromContentScript(sender: Runtime.MessageSender, deps: RouterDeps): boolean {
  return sender.id === deps.extensionId && sender.tab !== undefined && !fromExtensionPage(sender, deps);
}

function applyPlanChange(message: Message, plans: PlansState, deps: RouterDeps): PlansState {
  switch (message.type) {
    case 'plan/create': {
      const brand = BRANDS.find((b) => b.id === message.brand);
      if (!brand || !isOffered(brand, message.card, message.goal)) throw new RefusedError('not offered');
      return createPlan(plans, message, deps.newId(), deps.now());
    }
    case 'plan/select':
      return selectPlan(plans, message.planId);
    case 'plan/toggle':
      return toggleStep(plans, message.planId, message.stepId, message.done, deps.now());
    case 'plan/note':
      return setNote(plans, message.planId, message.stepId, message.note);
    case 'plan/reset':
      return resetPlan(plans, message.planId);
    case 'plan/undo-reset':
      return undoReset(plans, message.planId);
    case 'plan/delete':
      return deletePlan(plans, message.planId);
    default:
      return plans;
  }
}

/** After plans or settings were replaced wholesale: open tabs follow the trusted sites, badges the plans. */
const afterDataReplaced = (state: StoredState, deps: RouterDeps) => refreshTrust(deps, state);

const CATALOGUE = BRANDS.map(summarise);

/** The tab as the popup shows it: what it warns about (the top page or a frame), in words. */
function popupTab(tab: TabInfo, lang: ReturnType<typeof resolveLang>): NonNullable<PopupState['tab']> {
  const { frames: _frames, ...top } = tab;
  const { verdict, trusted, framedSite } = shownOf(tab);
  const headline =
    verdict.level === 'danger' || verdict.level === 'caution'
      ? headlineFor(verdict, verdict.level, lang)
      : null;
  return { ...top, verdict, trusted, framedSite, headline, explanations: explainReasons(verdict, lang) };
}

/**
 * Everything the popup renders. It carries the full data only of the brands on screen, and the guard's reasons
 * already in words, so the popup's bundle holds no carrier data of its own.
 */
function popupState(state: StoredState, tab: TabInfo | null, env: LangEnv): PopupState {
  const lang = resolveLang(state.settings.lang, env);
  const shown = new Set([...state.plans.plans.map((p) => p.brand), tab && shownOf(tab).verdict.brand]);
  return {
    plans: state.plans.plans,
    activeId: state.plans.activeId,
    settings: state.settings,
    unseenProblems: state.quarantine.filter((e) => !e.seen).length,
    quarantine: quarantineItems(state.quarantine),
    tab: tab && popupTab(tab, lang),
    catalogue: CATALOGUE,
    brands: BRANDS.filter((b) => shown.has(b.id)),
  };
}

export async function handleMessage(
  raw: unknown,
  sender: Runtime.MessageSender,
  deps: RouterDeps,
): Promise<PopupState | AssistantContext | GuardAnswer | ExportFile | ImportCheck | string | null> {
  const parsed = v.safeParse(MessageSchema, raw);
  if (!parsed.success) throw new RefusedError('malformed message');
  const message = parsed.output;

  // ── Scam guard: its every-page content script speaks only of its own tab and host ──
  if (GUARD_MESSAGES.has(message.type)) {
    if (!fromContentScript(sender, deps)) throw new RefusedError('guard messages come from content scripts');
    return answerGuard(message as Parameters<typeof answerGuard>[0], sender, deps);
  }
  // ── In-page assistant (issue 4) ──────────────────────────────────────────────────────────────────────
  // Its content script on a carrier portal may read its page's hints, tick the step that page confirms and
  // change the hint settings; utils/assistant/answer.ts decides from the sender's URL, set by the browser.
  if (isAssistantMessage(message) && fromContentScript(sender, deps)) {
    const answer = await answerAssistant(BRANDS, message, sender.url, deps);
    if (!answer.ok) throw new RefusedError(answer.reason);
    return answer.value;
  }
  // The popup shares two of them: the language, and showing hints again on a site where they were hidden.
  const shared = message.type === 'settings/lang' || (message.type === 'settings/hints' && !message.hidden);
  if (isAssistantMessage(message) && !shared) throw new RefusedError('only the in-page assistant sends this');
  // ── end of in-page assistant ──
  if (!fromExtensionPage(sender, deps)) throw new RefusedError('only extension pages may change data');

  let state: StoredState;
  switch (message.type) {
    case 'state/get':
      state = await deps.store.read();
      break;
    case 'settings/lang':
      state = await deps.store.update((s) => ({ settings: { ...s.settings, lang: message.lang } }));
      break;
    case 'site/untrust':
      state = await deps.store.update((s) => ({
        settings: {
          ...s.settings,
          trustedSites: s.settings.trustedSites.filter((site) => site !== message.site),
        },
      }));
      await refreshTrust(deps, state);
      break;
    case 'problems/seen':
      state = await deps.store.update((s) => ({
        quarantine: s.quarantine.map((e) => ({ ...e, seen: true })),
      }));
      break;
    // ── Departure-date planning (issue 8). Dates change no badge; reminders follow storage on their own. ──
    case 'plan/dates':
      state = await deps.store.update((s) => ({ plans: setPlanDates(s.plans, message.planId, message) }));
      break;
    case 'settings/hints':
      state = await deps.store.update((s) => ({
        settings: setHintsHidden(s.settings, message.host, message.hidden),
      }));
      break;
    case 'settings/reminders':
      state = await deps.store.update((s) => ({ settings: { ...s.settings, reminders: message.enabled } }));
      break;
    // ── end of departure-date planning ──
    // ── Export and import of all user data (issue 7): the file is checked here, before the user confirms and
    // again after; an import replaces everything at once and keeps the replaced data in the quarantine. ──
    case 'data/export':
      return exportData(await deps.store.read(), deps.now());
    case 'data/import': {
      if (!message.replace) return checkImport(message.text);
      const result = parseImport(message.text);
      if (!result.ok) throw new RefusedError(`import refused: ${result.problem.code}`);
      state = await deps.store.update((s) => applyImport(s, result.data, deps.now()));
      await afterDataReplaced(state, deps);
      break;
    }
    // ── end of export and import ──
    // ── The values kept aside: restore and forget are idempotent (a gone entry changes nothing), so the popup
    // may repeat them after a failed send. ──
    case 'quarantine/raw': {
      const entry = (await deps.store.read()).quarantine.find((e) => e.id === message.id);
      if (!entry) throw new RefusedError('no such entry');
      return entry.raw;
    }
    case 'quarantine/restore':
      state = await deps.store.update((s) => {
        const restored = restoreEntry(s, message.id, deps.newId, deps.now());
        if (!restored.ok) throw new RefusedError('this version cannot restore the entry');
        return restored.change;
      });
      await afterDataReplaced(state, deps);
      break;
    case 'quarantine/forget':
      state = await deps.store.update((s) => ({ quarantine: forgetEntry(s.quarantine, message.id) }));
      break;
    // ── end of the values kept aside ──
    default:
      state = await deps.store.update((s) => ({ plans: applyPlanChange(message, s.plans, deps) }));
      await deps.refreshBadges(state);
  }
  const tabId = message.type === 'state/get' ? message.tabId : undefined;
  return popupState(state, tabId === undefined ? null : await deps.tabs.get(tabId), await deps.langEnv());
}
