/**
 * The export file's fixed facts and names: what the popup needs to save and describe files. No valibot here on
 * purpose: the popup imports this module, and the schemas would add kilobytes to its bundle (parsing a file is
 * the background's job, in ./transfer.ts).
 */
import type { PlansState, QuarantineEntry, Settings } from './schema';

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
  /**
   * The values kept aside on this device, so a user moving machines takes them along. Files made before it
   * existed have none; it needs no new layout version, since a version that does not know it loses only it.
   */
  quarantine: QuarantineEntry[];
}

/** Why a file was not imported; the popup words each one (data/strings.ts, `data.error.*`). */
export type ImportProblem =
  | { code: 'too-large' }
  | { code: 'not-json' }
  | { code: 'wrong-format' }
  | { code: 'newer-version' }
  | { code: 'damaged'; detail: string };

/** What the popup learns from a file before it asks the user to confirm: how many checklists, or the problem. */
export type ImportCheck = { ok: true; checklists: number } | { ok: false; problem: ImportProblem };

export function serialiseExport(file: ExportFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `YYYY-MM-DD` in UTC: file names only have to sort and be recognisable. */
const day = (time: number) => new Date(time).toISOString().slice(0, 10);

/** `kaiyaku-guard-2028-03-10.json`. */
export function exportFileName(now: number): string {
  return `kaiyaku-guard-${day(now)}.json`;
}

/** `kaiyaku-guard-plans-set-aside-2028-03-10.json`: one value from the quarantine, named by its key and date. */
export function setAsideFileName(key: string, at: number): string {
  return `kaiyaku-guard-${key.replace(/[^a-z0-9-]/gi, '_')}-set-aside-${day(at)}.json`;
}
