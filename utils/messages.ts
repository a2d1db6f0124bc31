/**
 * The typed messages between the popup, the content scripts and the background, which owns all state.
 * Every message is validated on arrival: a malformed one is refused, never half-applied.
 */
import * as v from 'valibot';
import { CARD_TYPES, GOALS, LANGS } from '../data/schema';
import type { Plan, Settings } from './store/schema';

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(64));

export const MessageSchema = v.variant('type', [
  v.object({ type: v.literal('state/get'), tabId: v.optional(v.number()) }),
  v.object({
    type: v.literal('plan/create'),
    brand: Id,
    card: v.picklist(CARD_TYPES),
    goal: v.picklist(GOALS),
  }),
  v.object({ type: v.literal('plan/select'), planId: Id }),
  v.object({ type: v.literal('plan/toggle'), planId: Id, stepId: Id, done: v.boolean() }),
  v.object({
    type: v.literal('plan/note'),
    planId: Id,
    stepId: Id,
    note: v.pipe(v.string(), v.maxLength(4000)),
  }),
  v.object({ type: v.literal('plan/reset'), planId: Id }),
  v.object({ type: v.literal('plan/undo-reset'), planId: Id }),
  v.object({ type: v.literal('plan/delete'), planId: Id }),
  v.object({ type: v.literal('settings/lang'), lang: v.picklist(['auto', ...LANGS]) }),
  v.object({ type: v.literal('problems/seen') }),
  /** From a content script: what the page in the sender's tab is. */
  v.object({ type: v.literal('page/report'), brand: v.nullable(Id) }),
]);
export type Message = v.InferOutput<typeof MessageSchema>;
export type MessageType = Message['type'];

/** Messages only the extension's own pages may send: they change the user's data. */
export const PAGE_SCRIPT_MESSAGES: ReadonlySet<MessageType> = new Set(['page/report']);

/** What the background knows about one tab. */
export interface TabInfo {
  /** The brand whose official site the tab shows, or null. */
  brand: string | null;
}

/** The one answer to every popup message: the whole state it renders. */
export interface PopupState {
  plans: Plan[];
  activeId: string | null;
  settings: Settings;
  /** How many stored values were set aside unread and not yet shown to the user. */
  unseenProblems: number;
  tab: TabInfo | null;
}
