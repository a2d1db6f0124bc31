/**
 * What the extension keeps in `storage.local`. Each item carries a schema version; utils/store/load.ts
 * migrates older versions and sets aside anything it cannot read.
 */
import * as v from 'valibot';
import { CARD_TYPES, GOALS, LANGS } from '../../data/schema';
import { DaySchema } from '../planner/day';
import { NOTE_MAX } from './plans';

export const STORAGE_KEYS = { plans: 'plans', settings: 'settings', quarantine: 'quarantine' } as const;

export const StepStateSchema = v.object({
  done: v.boolean(),
  /** When the step was last ticked (ms since epoch). */
  at: v.optional(v.number()),
  note: v.optional(v.pipe(v.string(), v.maxLength(NOTE_MAX))),
});
export type StepState = v.InferOutput<typeof StepStateSchema>;

export const PlanSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  brand: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  card: v.picklist(CARD_TYPES),
  goal: v.picklist(GOALS),
  createdAt: v.number(),
  /** Per-step state by step id. Ids the data no longer has are kept, so a data update never loses a note. */
  steps: v.record(v.string(), StepStateSchema),
  /** The step states before the last reset, so the reset can be undone. */
  beforeReset: v.optional(v.record(v.string(), StepStateSchema)),
  /** The Japanese date the line should end by (e.g. the departure date); steps' deadlines count from it. */
  targetDate: v.optional(DaySchema),
  /** The Japanese date the MNP reservation number was issued; it expires 15 days later, counting that day. */
  mnpIssuedDate: v.optional(DaySchema),
});
export type Plan = v.InferOutput<typeof PlanSchema>;

export const PLANS_VERSION = 2;
export const PlansStateSchema = v.object({
  version: v.literal(PLANS_VERSION),
  plans: v.array(PlanSchema),
  activeId: v.nullable(v.string()),
});
export type PlansState = v.InferOutput<typeof PlansStateSchema>;

/** Version 1 kept ticked step ids as a list and had no notes. */
export const PlansV1Schema = v.object({
  version: v.literal(1),
  plans: v.array(
    v.object({
      id: v.string(),
      carrier: v.string(),
      card: v.picklist(CARD_TYPES),
      goal: v.picklist(GOALS),
      created: v.number(),
      done: v.array(v.string()),
    }),
  ),
  active: v.nullable(v.string()),
});

export const SETTINGS_VERSION = 1;
export const SettingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  lang: v.picklist(['auto', ...LANGS]),
  /** Carrier sites on which the in-page hints are hidden. */
  hintsHiddenOn: v.array(v.string()),
  /** Sites the user told the scam guard to trust. */
  trustedSites: v.array(v.string()),
  /** Deadline notifications (utils/background/reminders.ts); absent means on. */
  reminders: v.optional(v.boolean()),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;

/**
 * Why a value was set aside: it could not be read, it looks like a newer version's (this one would lose part of
 * it), or it is the user's data that an import or a restore replaced.
 */
export const QUARANTINE_CAUSES = ['damaged', 'newer', 'replaced'] as const;
export type QuarantineCause = (typeof QUARANTINE_CAUSES)[number];

/** The latest time a JavaScript Date can represent (ms since 1970). */
const MAX_TIME = 8.64e15;

export const QuarantineEntrySchema = v.object({
  /**
   * Names the entry in the popup's restore and forget messages. The store gives one to every entry, also to
   * those kept before entries had ids.
   */
  id: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(64))),
  /** The storage key the value was read from ('quarantine' for an unreadable entry of this list itself). */
  key: v.string(),
  /** When it was set aside; within the range a Date can hold, so the popup can always show it. */
  at: v.pipe(v.number(), v.minValue(0), v.maxValue(MAX_TIME)),
  reason: v.string(),
  /** The unreadable value as JSON text, kept so nothing is silently lost. */
  raw: v.string(),
  seen: v.boolean(),
  /** Absent in entries kept before causes were recorded (utils/store/quarantine.ts `causeOf`). */
  cause: v.optional(v.picklist(QUARANTINE_CAUSES)),
});
export type QuarantineEntry = v.InferOutput<typeof QuarantineEntrySchema>;

export const DEFAULT_PLANS: PlansState = { version: PLANS_VERSION, plans: [], activeId: null };
export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  lang: 'auto',
  hintsHiddenOn: [],
  trustedSites: [],
};
