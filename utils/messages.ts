/**
 * The typed messages between the popup, the content scripts and the background, which owns all state.
 * Every message is validated on arrival: a malformed one is refused, never half-applied.
 */
import * as v from 'valibot';
import type { IntentId, IntentLexicon } from '../data/intents';
import type { Brand, Goal, Lang, Portal, PortalPath } from '../data/schema';
import { CARD_TYPES, GOALS, LANGS } from '../data/schema';
import type { AssistantStrings } from './assistant/strings';
import type { FrameInfo } from './background/frames';
import type { BrandSummary } from './checklist';
import type { Banner, Headline } from './guard/banner';
import type { GuardVerdict } from './guard/check';
import { DomFactsSchema } from './guard/facts-schema';
import type { LangSetting } from './i18n';
import { DaySchema } from './planner/day';
import { MAX_IMPORT_BYTES } from './store/export-file';
import type { QuarantineItem } from './store/quarantine';
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
  // Departure-date planning (issue 8): a plan's dates (a day sets one, null clears it, absent leaves it as
  // stored: a change names only its own date, so two quick edits cannot undo each other) and the reminders switch.
  v.object({
    type: v.literal('plan/dates'),
    planId: Id,
    targetDate: v.optional(v.nullable(DaySchema)),
    mnpIssuedDate: v.optional(v.nullable(DaySchema)),
  }),
  v.object({ type: v.literal('settings/reminders'), enabled: v.boolean() }),
  // ── In-page assistant (issue 4): sent by entrypoints/assistant.content on carrier portal hosts ──
  /** What the assistant should show on the sender's page (the background resolves the language: utils/language.ts). */
  v.object({ type: v.literal('assistant/context') }),
  /** The user confirmed on the carrier's completion page that this checklist step is done. */
  v.object({ type: v.literal('page/step-done'), stepId: Id }),
  /** Hide or show the in-page hints on one site. */
  v.object({
    type: v.literal('settings/hints'),
    host: v.pipe(v.string(), v.maxLength(253), v.regex(/^[a-z0-9.-]+$/)),
    hidden: v.boolean(),
  }),
  // ── Scam guard: from entrypoints/guard.ts on every page (the page's URL is the sender's, never sent) ──
  /** A bounded sample of the page's title and text, to decide whether the page deserves a closer look. */
  v.object({ type: v.literal('guard/check'), sample: v.pipe(v.string(), v.maxLength(20_000)) }),
  /** What the page's DOM shows and asks for (extractDomFacts in utils/scam/extract.ts). */
  v.object({ type: v.literal('guard/page'), facts: DomFactsSchema }),
  /**
   * The user clicked "I trust this site" in the page's banner: trust the sender's own host, or, from the top page
   * of a tab whose warning is about a frame, that frame's host (the background checks it warned about it).
   */
  v.object({ type: v.literal('site/trust'), framed: v.optional(v.pipe(v.string(), v.maxLength(253))) }),
  /** From the popup: stop trusting a site. */
  v.object({ type: v.literal('site/untrust'), site: v.pipe(v.string(), v.maxLength(253)) }),
  // ── Export and import of all user data (issue 7; utils/store/transfer.ts); popup only ──
  /** Answered with the export file's content (ExportFile); the popup saves it. */
  v.object({ type: v.literal('data/export') }),
  /**
   * An export file's text. `replace: false` only checks it (answered with an ImportCheck); `replace: true`, once
   * the user confirmed, replaces all data with the file's and keeps the replaced data aside.
   */
  v.object({
    type: v.literal('data/import'),
    text: v.pipe(v.string(), v.maxLength(MAX_IMPORT_BYTES)),
    replace: v.boolean(),
  }),
  // ── The values kept aside (utils/store/quarantine.ts); popup only ──
  /** Answered with the entry's value as stored (JSON text), for the user to download. */
  v.object({ type: v.literal('quarantine/raw'), id: Id }),
  /** Puts the entry's value back beside the current data (the user confirmed), and removes the entry. */
  v.object({ type: v.literal('quarantine/restore'), id: Id }),
  /** Deletes the entry for good (the user confirmed). */
  v.object({ type: v.literal('quarantine/forget'), id: Id }),
]);
export type Message = v.InferOutput<typeof MessageSchema>;
export type MessageType = Message['type'];

/** What the scam guard's content script may send; each concerns only the sender's own tab and host. */
export const GUARD_MESSAGES: ReadonlySet<MessageType> = new Set(['guard/check', 'guard/page', 'site/trust']);

/** What the background knows about one tab. */
export interface TabInfo {
  /** The brand whose official site the tab shows, or null. */
  brand: string | null;
  /** The tab's host name. */
  site: string;
  /** The scam guard's latest verdict on the tab's page. */
  verdict: GuardVerdict;
  /** The user told the guard to trust this site: no warning is shown. */
  trusted: boolean;
  /** The top document the verdict is about (the browser's `sender.documentId`). */
  document?: string;
  /** Frames inside the page whose verdict warns (utils/background/frames.ts); absent when there are none. */
  frames?: FrameInfo[];
}

/** The answer to the guard's messages: whether to look closer, and what to show. */
export interface GuardAnswer {
  /** Look closer at the page (its DOM facts, sent as guard/page), at idle. */
  scan: boolean;
  /** Look closer only if the page's DOM shows a second signal (utils/guard/page-signal.ts). */
  scanIfSignal: boolean;
  banner: Banner | null;
}

/** The one answer to every popup message: the whole state it renders. */
export interface PopupState {
  plans: Plan[];
  activeId: string | null;
  settings: Settings;
  /** How many stored values were set aside unread and not yet shown to the user. */
  unseenProblems: number;
  /** Every value kept aside, newest last, as "Your data" lists it. */
  quarantine: QuarantineItem[];
  /**
   * The tab the popup describes: its warning's title and first line, and every reason already in words. `verdict`
   * and `trusted` are what the tab shows: the top page's, or its worst frame's when that warns more (`framedSite`
   * is then its host).
   */
  tab:
    | (Omit<TabInfo, 'frames'> & {
        headline: Headline | null;
        explanations: string[];
        framedSite: string | null;
      })
    | null;
  /** Every brand, as much as the plan form needs. */
  catalogue: BrandSummary[];
  /** The full data of the brands the popup shows: those of the plans and of the tab. */
  brands: Brand[];
}

// ── In-page assistant (issue 4) ──────────────────────────────────────────────────────────────────────────

/** What the assistant's content script may send. */
export type AssistantMessage = Extract<
  Message,
  { type: 'assistant/context' | 'page/step-done' | 'settings/hints' | 'settings/lang' }
>;

const ASSISTANT_MESSAGES: ReadonlySet<MessageType> = new Set<AssistantMessage['type']>([
  'assistant/context',
  'page/step-done',
  'settings/hints',
  'settings/lang',
]);

/**
 * The router answers these only for a content script on a portal host, and decides what it may do from the
 * sender's URL (utils/assistant/answer.ts).
 */
export function isAssistantMessage(message: Message): message is AssistantMessage {
  return ASSISTANT_MESSAGES.has(message.type);
}

/** What a recognised page shows when nothing on it can be pointed at. */
export interface AssistantGuide {
  /** The menu items in order, as the site labels them (or what they are for, when no label is sourced). */
  path: string[];
  /** The carrier's own page for the goal. */
  url: string | null;
  /** The phone channel for the goal, where there is one: the carrier's own short number and the one for others. */
  phones: { name: string; number: string; hours: string | null }[];
}

/** The answer to `assistant/context`: what the page needs, and nothing else of the user's data. */
export interface AssistantContext {
  brand: string;
  /** How the brand's pages are recognised. */
  portal: Pick<Portal, 'pages' | 'ignore'>;
  /** The plan's goal, or 'cancel' when there is no plan for this carrier. */
  goal: Goal;
  /** The way to the goal on this site; null when the data has none. */
  path: PortalPath | null;
  /** The words of the intents the path's steps declare (data/intents.ts). */
  lexicon: Partial<Record<IntentId, IntentLexicon>>;
  /** The way in words, for a recognised page where nothing qualifies; null when the data has no path. */
  guide: AssistantGuide | null;
  /** The checklist step the completion page confirms, when the plan includes it. */
  completion: { stepId: string; done: boolean } | null;
  lang: Lang;
  langSetting: LangSetting;
  /** The assistant's UI strings in `lang`, the completion step's title filled in. */
  strings: AssistantStrings;
  /** The language menu: 'auto' (named after what it resolves to) and each language in its own name. */
  languages: { value: LangSetting; label: string }[];
  hintsHidden: boolean;
}
