/**
 * The background's access to `storage.local`. Every read-modify-write runs through one queue, so two popups
 * ticking at once cannot overwrite each other. There is no in-memory cache: after a service-worker restart
 * the next message simply reads storage again.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { type Loaded, loadPlans, loadSettings, type SetAside } from '../store/load';
import type { IdentifiedEntry } from '../store/quarantine';
import {
  type PlansState,
  type QuarantineEntry,
  QuarantineEntrySchema,
  type Settings,
  STORAGE_KEYS,
} from '../store/schema';

export interface StoredState {
  plans: PlansState;
  settings: Settings;
  quarantine: IdentifiedEntry[];
}

/** What a change may store; new quarantine entries get their ids from the store. */
export type StoredChange = Partial<Omit<StoredState, 'quarantine'> & { quarantine: QuarantineEntry[] }>;

/**
 * Every entry with an id of its own, so the popup can name one to restore or forget: entries without one, and
 * any reusing an id already in the list (an edited or crafted import), get a new one.
 */
function identified(entries: QuarantineEntry[]): IdentifiedEntry[] {
  const used = new Set<string>();
  return entries.map((e) => {
    const entry =
      e.id === undefined || used.has(e.id) ? { ...e, id: crypto.randomUUID() } : (e as IdentifiedEntry);
    used.add(entry.id);
    return entry;
  });
}

function toJson(raw: unknown): string {
  try {
    return JSON.stringify(raw) ?? String(raw);
  } catch {
    return String(raw);
  }
}

function quarantined(key: string, loaded: Loaded<unknown>, now: number): IdentifiedEntry[] {
  return identified(
    loaded.setAside.map((s: SetAside) => ({
      key,
      at: now,
      reason: s.reason,
      raw: toJson(s.raw),
      seen: false,
      cause: s.newer ? 'newer' : 'damaged',
    })),
  );
}

/**
 * Even a damaged quarantine list is kept: each unreadable entry is wrapped as raw text. Entries kept before
 * entries had ids get one (the list is then rewritten).
 */
function readQuarantine(raw: unknown, now: number): { entries: IdentifiedEntry[]; rewritten: boolean } {
  if (raw === undefined) return { entries: [], rewritten: false };
  const list = Array.isArray(raw) ? raw : [raw];
  const entries = identified(
    list.map(
      (e): QuarantineEntry =>
        v.is(QuarantineEntrySchema, e)
          ? e
          : {
              key: STORAGE_KEYS.quarantine,
              at: now,
              reason: 'unreadable quarantine entry',
              raw: toJson(e),
              seen: true,
              cause: 'damaged',
            },
    ),
  );
  return { entries, rewritten: !Array.isArray(raw) || entries.some((e, i) => e !== list[i]) };
}

export class Store {
  private queue: Promise<unknown> = Promise.resolve();

  /** Runs `task` after every earlier task has finished, whatever their outcome. */
  private serialise<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async readRaw(): Promise<StoredState> {
    const raw = await browser.storage.local.get(Object.values(STORAGE_KEYS));
    const plans = loadPlans(raw[STORAGE_KEYS.plans]);
    const settings = loadSettings(raw[STORAGE_KEYS.settings]);
    const now = Date.now();
    const quarantine = readQuarantine(raw[STORAGE_KEYS.quarantine], now);
    const fresh = [
      ...quarantined(STORAGE_KEYS.plans, plans, now),
      ...quarantined(STORAGE_KEYS.settings, settings, now),
    ];
    if (fresh.length > 0 || quarantine.rewritten) {
      // Keep the unreadable values first, then replace them: nothing is lost even if the second write fails.
      await browser.storage.local.set({ [STORAGE_KEYS.quarantine]: [...quarantine.entries, ...fresh] });
      await browser.storage.local.set({
        [STORAGE_KEYS.plans]: plans.value,
        [STORAGE_KEYS.settings]: settings.value,
      });
    }
    return { plans: plans.value, settings: settings.value, quarantine: [...quarantine.entries, ...fresh] };
  }

  read(): Promise<StoredState> {
    return this.serialise(() => this.readRaw());
  }

  /**
   * Applies `change` to the current state and stores what it returns, in one `set` (so a service worker stopped
   * midway leaves all of it or none); unchanged parts are not rewritten.
   */
  update(change: (state: StoredState) => StoredChange): Promise<StoredState> {
    return this.serialise(async () => {
      const state = await this.readRaw();
      const { quarantine, ...rest } = change(state);
      const changed: Partial<StoredState> = quarantine
        ? { ...rest, quarantine: identified(quarantine) }
        : rest;
      const entries = Object.entries(changed).filter(
        ([key, value]) => state[key as keyof StoredState] !== value,
      );
      if (entries.length > 0) await browser.storage.local.set(Object.fromEntries(entries));
      return { ...state, ...changed };
    });
  }
}
