/**
 * The values kept aside (the quarantine): what the popup lists, and putting one back or forgetting it. Pure: the
 * background applies these through its one write queue (utils/background/store.ts).
 *
 * Restoring never costs the current data: restored checklists are added beside the current ones, and restored
 * settings take the current settings' place only after the user confirmed, the current ones kept aside in turn.
 */
import { canonical, loadPlans, loadSettings } from './load';
import {
  DEFAULT_SETTINGS,
  PLANS_VERSION,
  type Plan,
  type PlansState,
  type QuarantineCause,
  type QuarantineEntry,
  type Settings,
  STORAGE_KEYS,
} from './schema';

/** One kept-aside value as the popup lists it; the value itself is fetched only to be downloaded. */
export interface QuarantineItem {
  id: string;
  /** Which data: 'plans', 'settings', or 'quarantine' for an unreadable entry of this list itself. */
  key: string;
  at: number;
  cause: QuarantineCause;
  /** The technical reason, worth quoting in a bug report. */
  reason: string;
  /** What "Restore" brings back: how many checklists, or the settings; null when this version cannot. */
  restores: { checklists: number } | 'settings' | null;
}

/** A stored entry always has an id: the store gives one to every entry it keeps (utils/background/store.ts). */
export type IdentifiedEntry = QuarantineEntry & { id: string };

/** `value`, which the user replaced on purpose, as an entry: seen, since it is no storage problem. */
export function replacedEntry(key: string, value: unknown, why: string, now: number): QuarantineEntry {
  return { key, at: now, reason: why, raw: JSON.stringify(value), seen: true, cause: 'replaced' };
}

/** Entries kept before causes were recorded name an import in their reason; the others could not be read. */
export function causeOf(entry: QuarantineEntry): QuarantineCause {
  return entry.cause ?? (entry.reason.startsWith('replaced by') ? 'replaced' : 'damaged');
}

type Restorable = { key: 'plans'; plans: Plan[] } | { key: 'settings'; settings: Settings };

/**
 * What an entry would bring back, when this version reads all of it: a whole plans list (e.g. what an import
 * replaced, or an older version's list) or one plan set aside on its own (e.g. a duplicate id), or settings.
 * A value this version would read only in part (a newer version's) is not offered: restoring it would lose the
 * rest; it stays here to be downloaded.
 */
export function restorable(entry: QuarantineEntry): Restorable | null {
  let value: unknown;
  try {
    value = JSON.parse(entry.raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  if (entry.key === STORAGE_KEYS.plans) {
    const list = 'plans' in value ? value : { version: PLANS_VERSION, plans: [value], activeId: null };
    const loaded = loadPlans(list);
    const complete = loaded.setAside.length === 0 && loaded.value.plans.length > 0;
    return complete ? { key: 'plans', plans: loaded.value.plans } : null;
  }
  if (entry.key === STORAGE_KEYS.settings) {
    const loaded = loadSettings(value);
    return loaded.setAside.length === 0 ? { key: 'settings', settings: loaded.value } : null;
  }
  return null;
}

export function quarantineItems(entries: IdentifiedEntry[]): QuarantineItem[] {
  return entries.map((entry) => {
    const value = restorable(entry);
    return {
      id: entry.id,
      key: entry.key,
      at: entry.at,
      cause: causeOf(entry),
      reason: entry.reason,
      restores: value?.key === 'plans' ? { checklists: value.plans.length } : value && 'settings',
    };
  });
}

interface Kept {
  plans: PlansState;
  settings: Settings;
  quarantine: IdentifiedEntry[];
}

export type RestoreResult =
  | { ok: true; change: { plans?: PlansState; settings?: Settings; quarantine?: QuarantineEntry[] } }
  | { ok: false };

/**
 * Puts entry `id` back and removes it from the quarantine, in one change. Plans are added beside the current ones
 * (one identical to a current plan is not added twice; a clashing id gets `newId()`), and the first is opened.
 * An entry no longer here was already restored or forgotten: nothing changes, so a repeated message is harmless.
 */
export function restoreEntry(state: Kept, id: string, newId: () => string, now: number): RestoreResult {
  const entry = state.quarantine.find((e) => e.id === id);
  if (!entry) return { ok: true, change: {} };
  const value = restorable(entry);
  if (!value) return { ok: false };
  const quarantine = state.quarantine.filter((e) => e !== entry);
  if (value.key === 'settings') {
    const current = state.settings;
    const keep =
      canonical(current) !== canonical(DEFAULT_SETTINGS) && canonical(current) !== canonical(value.settings);
    const why = `replaced by restoring settings on ${new Date(now).toISOString()}`;
    return {
      ok: true,
      change: {
        settings: value.settings,
        quarantine: keep
          ? [...quarantine, replacedEntry(STORAGE_KEYS.settings, current, why, now)]
          : quarantine,
      },
    };
  }
  const existing = state.plans.plans;
  const added = value.plans
    .filter((plan) => !existing.some((p) => canonical(p) === canonical(plan)))
    .map((plan) => (existing.some((p) => p.id === plan.id) ? { ...plan, id: newId() } : plan));
  return {
    ok: true,
    change: {
      plans: {
        ...state.plans,
        plans: [...existing, ...added],
        activeId: added[0]?.id ?? state.plans.activeId,
      },
      quarantine,
    },
  };
}

/** Deletes entry `id`; one no longer here was already forgotten or restored. */
export function forgetEntry(quarantine: IdentifiedEntry[], id: string): IdentifiedEntry[] {
  return quarantine.filter((e) => e.id !== id);
}
