/**
 * Answers the typed messages. State-changing messages are accepted only from the extension's own pages;
 * content scripts may only report what their own tab shows.
 */
import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import { BRANDS } from '../../data/brands';
import { isOffered } from '../checklist';
import {
  type Message,
  MessageSchema,
  PAGE_SCRIPT_MESSAGES,
  type PopupState,
  type TabInfo,
} from '../messages';
import {
  createPlan,
  deletePlan,
  resetPlan,
  selectPlan,
  setNote,
  toggleStep,
  undoReset,
} from '../store/plans';
import type { PlansState } from '../store/schema';
import type { Store, StoredState } from './store';

export interface RouterDeps {
  store: Store;
  extensionOrigin: string;
  extensionId: string;
  tabs: {
    get(tabId: number): Promise<TabInfo | null>;
    set(tabId: number, info: TabInfo): Promise<void>;
  };
  /** Called after any change that may alter what a badge shows. */
  refreshBadges(state: StoredState): Promise<void>;
  newId(): string;
  now(): number;
}

export class RefusedError extends Error {}

function fromExtensionPage(sender: Runtime.MessageSender, deps: RouterDeps): boolean {
  return sender.id === deps.extensionId && !!sender.url?.startsWith(deps.extensionOrigin);
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

function popupState(state: StoredState, tab: TabInfo | null): PopupState {
  return {
    plans: state.plans.plans,
    activeId: state.plans.activeId,
    settings: state.settings,
    unseenProblems: state.quarantine.filter((e) => !e.seen).length,
    tab,
  };
}

export async function handleMessage(
  raw: unknown,
  sender: Runtime.MessageSender,
  deps: RouterDeps,
): Promise<PopupState | null> {
  const parsed = v.safeParse(MessageSchema, raw);
  if (!parsed.success) throw new RefusedError('malformed message');
  const message = parsed.output;

  if (PAGE_SCRIPT_MESSAGES.has(message.type)) {
    const tabId = sender.tab?.id;
    if (sender.id !== deps.extensionId || tabId === undefined || message.type !== 'page/report') {
      throw new RefusedError('page reports come from content scripts');
    }
    await deps.tabs.set(tabId, { brand: BRANDS.some((b) => b.id === message.brand) ? message.brand : null });
    await deps.refreshBadges(await deps.store.read());
    return null;
  }
  if (!fromExtensionPage(sender, deps)) throw new RefusedError('only extension pages may change data');

  let state: StoredState;
  switch (message.type) {
    case 'state/get':
      state = await deps.store.read();
      break;
    case 'settings/lang':
      state = await deps.store.update((s) => ({ settings: { ...s.settings, lang: message.lang } }));
      break;
    case 'problems/seen':
      state = await deps.store.update((s) => ({
        quarantine: s.quarantine.map((e) => ({ ...e, seen: true })),
      }));
      break;
    default:
      state = await deps.store.update((s) => ({ plans: applyPlanChange(message, s.plans, deps) }));
      await deps.refreshBadges(state);
  }
  const tabId = message.type === 'state/get' ? message.tabId : undefined;
  return popupState(state, tabId === undefined ? null : await deps.tabs.get(tabId));
}
