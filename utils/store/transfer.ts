/**
 * Export and import of all the user's data (checklists with their notes and dates, trusted sites, hidden-hint
 * sites, settings, and the values kept aside) as one JSON file. Pure: the background reads and writes storage;
 * the file's fixed facts are in ./export-file.ts, which the popup imports.
 *
 * An import never merges checklists or settings: it replaces them, after the user confirmed, and the data it
 * replaces is kept in the quarantine, so nothing is lost; the file's kept-aside values join this device's. The file's checklists and settings go through the same loaders as storage
 * (utils/store/load.ts), so a file from an older version is migrated exactly as stored data would be; a file
 * that is not an export, is from a newer version, or is damaged anywhere is refused as a whole with a reason.
 */
import * as v from 'valibot';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportFile,
  type ImportCheck,
  type ImportProblem,
  MAX_IMPORT_BYTES,
} from './export-file';
import { loadPlans, loadSettings } from './load';
import { replacedEntry } from './quarantine';
import {
  DEFAULT_SETTINGS,
  PLANS_VERSION,
  type PlansState,
  type QuarantineEntry,
  QuarantineEntrySchema,
  SETTINGS_VERSION,
  type Settings,
  STORAGE_KEYS,
} from './schema';

export interface UserData {
  plans: PlansState;
  settings: Settings;
}

/** The user data and the values kept aside: everything in storage, and everything an export carries. */
export interface AllData extends UserData {
  quarantine: QuarantineEntry[];
}

export function exportData(data: AllData, now: number): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    plans: data.plans,
    settings: data.settings,
    quarantine: data.quarantine,
  };
}

export interface Imported extends AllData {
  /** When the file says it was made, if it says so. */
  exportedAt: string | null;
}

export type ImportResult = { ok: true; data: Imported } | { ok: false; problem: ImportProblem };

const Versioned = v.looseObject({ version: v.pipe(v.number(), v.integer(), v.minValue(1)) });

const EnvelopeSchema = v.looseObject({
  format: v.literal(EXPORT_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

const FileV1Schema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(1),
  exportedAt: v.optional(v.pipe(v.string(), v.maxLength(64))),
  plans: Versioned,
  settings: Versioned,
  quarantine: v.optional(v.array(QuarantineEntrySchema)),
});

const fail = (problem: ImportProblem): ImportResult => ({ ok: false, problem });

function firstIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  return issue ? `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}` : 'invalid';
}

/** Reads an export file's text: its data, or why it cannot be imported. Never throws. */
export function parseImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return fail({ code: 'too-large' });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail({ code: 'not-json' });
  }
  const envelope = v.safeParse(EnvelopeSchema, raw);
  if (!envelope.success) return fail({ code: 'wrong-format' });
  if (envelope.output.version > EXPORT_VERSION) return fail({ code: 'newer-version' });
  // Version 1 is the first layout; a later one adds its migration to version 1's successor here.
  const file = v.safeParse(FileV1Schema, raw);
  if (!file.success) return fail({ code: 'damaged', detail: firstIssue(file.issues) });
  const { plans: rawPlans, settings: rawSettings, exportedAt, quarantine = [] } = file.output;
  if (rawPlans.version > PLANS_VERSION || rawSettings.version > SETTINGS_VERSION) {
    return fail({ code: 'newer-version' });
  }
  const plans = loadPlans(rawPlans);
  const settings = loadSettings(rawSettings);
  const setAside = [...plans.setAside, ...settings.setAside];
  // Fields this version does not know, and nothing else wrong: the file is from a newer version.
  if (setAside.length > 0 && setAside.every((s) => s.newer)) return fail({ code: 'newer-version' });
  const problem = setAside.find((s) => !s.newer);
  if (problem) {
    const what = plans.setAside.includes(problem) ? 'checklists' : 'settings';
    return fail({ code: 'damaged', detail: `${what}: ${problem.reason}` });
  }
  return {
    ok: true,
    data: { plans: plans.value, settings: settings.value, quarantine, exportedAt: exportedAt ?? null },
  };
}

export function checkImport(text: string): ImportCheck {
  const result = parseImport(text);
  return result.ok ? { ok: true, checklists: result.data.plans.plans.length } : result;
}

/** The current data as quarantine entries, so an import that replaces it loses nothing. */
export function replacedEntries(current: UserData, now: number): QuarantineEntry[] {
  const why = `replaced by an import on ${new Date(now).toISOString()}`;
  const entries: QuarantineEntry[] = [];
  if (current.plans.plans.length > 0)
    entries.push(replacedEntry(STORAGE_KEYS.plans, current.plans, why, now));
  if (JSON.stringify(current.settings) !== JSON.stringify(DEFAULT_SETTINGS)) {
    entries.push(replacedEntry(STORAGE_KEYS.settings, current.settings, why, now));
  }
  return entries;
}

/**
 * The stored state after an import: the file's data; the replaced data added to the quarantine; then the file's
 * own kept-aside values, except those already here (the same id: a file exported on this device). Those are
 * marked seen: the storage-problem notice is for this device's data, and the list in "Your data" shows them.
 */
export function applyImport(current: AllData, imported: AllData, now: number): AllData {
  const here = new Set(current.quarantine.map((e) => e.id));
  const brought = imported.quarantine
    .filter((e) => e.id === undefined || !here.has(e.id))
    .map((e) => ({ ...e, seen: true }));
  return {
    plans: imported.plans,
    settings: imported.settings,
    quarantine: [...current.quarantine, ...replacedEntries(current, now), ...brought],
  };
}
