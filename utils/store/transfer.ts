/**
 * Export and import of all the user's data (checklists with their notes and dates, trusted sites, hidden-hint
 * sites, settings) as one JSON file. Pure: the background reads and writes storage, the popup reads the file.
 *
 * An import never merges: it replaces everything, after the user confirmed, and the data it replaces is kept in
 * the quarantine, so nothing is lost. The file's checklists and settings go through the same loaders as storage
 * (utils/store/load.ts), so a file from an older version is migrated exactly as stored data would be; a file
 * that is not an export, is from a newer version, or is damaged anywhere is refused as a whole with a reason.
 */
import * as v from 'valibot';
import { loadPlans, loadSettings } from './load';
import {
  DEFAULT_SETTINGS,
  PLANS_VERSION,
  type PlansState,
  type QuarantineEntry,
  SETTINGS_VERSION,
  type Settings,
  STORAGE_KEYS,
} from './schema';

/** What every export says it is; a JSON file without it is some other program's. */
export const EXPORT_FORMAT = 'kaiyaku-guard-export';
/** The file layout's own version (the checklists and settings inside carry theirs). */
export const EXPORT_VERSION = 1;
/**
 * A real export is a few kB per checklist, and `storage.local` holds 10 MB in all; a larger file is not ours,
 * and is refused before it is parsed.
 */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** When the file was made (ISO 8601, UTC). */
  exportedAt: string;
  plans: PlansState;
  settings: Settings;
}

export interface UserData {
  plans: PlansState;
  settings: Settings;
}

export function exportData(data: UserData, now: number): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    plans: data.plans,
    settings: data.settings,
  };
}

export function serialiseExport(file: ExportFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `kaiyaku-guard-2028-03-10.json` (the UTC date: the name only has to sort and be recognisable). */
export function exportFileName(now: number): string {
  return `kaiyaku-guard-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/** Why a file was not imported; the popup words each one (data/strings.ts, `data.error.*`). */
export type ImportProblem =
  | { code: 'too-large' }
  | { code: 'not-json' }
  | { code: 'wrong-format' }
  | { code: 'newer-version' }
  | { code: 'damaged'; detail: string };

export interface Imported extends UserData {
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
  const { plans: rawPlans, settings: rawSettings, exportedAt } = file.output;
  if (rawPlans.version > PLANS_VERSION || rawSettings.version > SETTINGS_VERSION) {
    return fail({ code: 'newer-version' });
  }
  const plans = loadPlans(rawPlans);
  const settings = loadSettings(rawSettings);
  const setAside = [...plans.setAside, ...settings.setAside];
  // Fields this version does not know, and nothing else wrong: the file is from a newer version.
  if (setAside.length > 0 && setAside.every((s) => s.unknownFields)) return fail({ code: 'newer-version' });
  const problem = setAside.find((s) => !s.unknownFields);
  if (problem) {
    const what = plans.setAside.includes(problem) ? 'checklists' : 'settings';
    return fail({ code: 'damaged', detail: `${what}: ${problem.reason}` });
  }
  return { ok: true, data: { plans: plans.value, settings: settings.value, exportedAt: exportedAt ?? null } };
}

/** What the popup learns from a file before it asks the user to confirm: how many checklists, or the problem. */
export type ImportCheck = { ok: true; checklists: number } | { ok: false; problem: ImportProblem };

export function checkImport(text: string): ImportCheck {
  const result = parseImport(text);
  return result.ok ? { ok: true, checklists: result.data.plans.plans.length } : result;
}

/** The current data as quarantine entries, so an import that replaces it loses nothing. */
export function replacedEntries(current: UserData, now: number): QuarantineEntry[] {
  const reason = `replaced by an import on ${new Date(now).toISOString()}`;
  const entry = (key: string, value: unknown): QuarantineEntry => ({
    key,
    at: now,
    reason,
    raw: JSON.stringify(value),
    seen: true,
  });
  const entries: QuarantineEntry[] = [];
  if (current.plans.plans.length > 0) entries.push(entry(STORAGE_KEYS.plans, current.plans));
  if (JSON.stringify(current.settings) !== JSON.stringify(DEFAULT_SETTINGS)) {
    entries.push(entry(STORAGE_KEYS.settings, current.settings));
  }
  return entries;
}

/** The stored state after an import: the file's data, and the replaced data added to the quarantine. */
export function applyImport(
  current: UserData & { quarantine: QuarantineEntry[] },
  imported: UserData,
  now: number,
): UserData & { quarantine: QuarantineEntry[] } {
  return {
    plans: imported.plans,
    settings: imported.settings,
    quarantine: [...current.quarantine, ...replacedEntries(current, now)],
  };
}
