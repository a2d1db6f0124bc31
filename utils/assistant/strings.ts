/**
 * The UI strings the in-page assistant shows. The background resolves them in the user's language and sends
 * them with the page's context, so the content script does not carry every feature's string table.
 */
import type { StringKey } from '../../data/strings';

export const ASSISTANT_STRING_KEYS = [
  'appName',
  'dismiss',
  'language',
  'uncertain',
  'assistant.region',
  'assistant.next',
  'assistant.onClick',
  'assistant.warning',
  'assistant.uncertainLabel',
  'assistant.notes',
  'assistant.complete',
  'assistant.markDone',
  'assistant.markedDone',
  'assistant.markFailed',
  'assistant.hideHere',
  'assistant.byWording',
  'assistant.byIntent',
  'assistant.probably',
  'assistant.guideSummary',
  'assistant.guidePath',
  'assistant.guideLink',
  'assistant.guidePhone',
] as const satisfies readonly StringKey[];

export type AssistantStrings = Record<(typeof ASSISTANT_STRING_KEYS)[number], string>;
