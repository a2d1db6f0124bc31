/** The store archives `npm run zip` writes to .output/, unpacked for the release tests. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const VERSION: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

export type ArchiveKind = 'chrome' | 'firefox' | 'sources';

export interface Archive {
  kind: ArchiveKind;
  path: string;
  /** Size of the archive file, bytes. */
  size: number;
  /** Where it is unpacked. */
  dir: string;
  /** Every file in it, relative, with `/`. */
  files: string[];
  read(file: string): Buffer;
}

/** Every file under `dir`, relative, sorted. */
export function filesUnder(dir: string): string[] {
  const found: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const full = join(at, name);
      if (statSync(full).isDirectory()) walk(full);
      else found.push(relative(dir, full).split('\\').join('/'));
    }
  };
  walk(dir);
  return found.sort();
}

/** Unpacks .output/kaiyaku-guard-<version>-<kind>.zip into a temporary directory. */
export function unpack(kind: ArchiveKind): Archive {
  const path = join(ROOT, '.output', `kaiyaku-guard-${VERSION}-${kind}.zip`);
  if (!existsSync(path)) throw new Error(`No ${path}: run \`npm run zip\` first.`);
  const dir = mkdtempSync(join(tmpdir(), `kaiyaku-${kind}-`));
  execFileSync('unzip', ['-q', path, '-d', dir]);
  return {
    kind,
    path,
    size: statSync(path).size,
    dir,
    files: filesUnder(dir),
    read: (file) => readFileSync(join(dir, file)),
  };
}
