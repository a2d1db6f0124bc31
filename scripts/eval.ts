/**
 * Evaluates the URL engine on JPCERT/CC phishing URLs (`date,URL,description`) and, optionally, on lists of
 * legitimate domains (one a line).
 *
 *   npm run eval -- [FILE.csv] [--legit FILE ...] [--show-misses N] [--json]
 *
 * Default CSV: ../shared/data/jpcert-phish-2019-2022.csv (a message and exit 0 when absent). The data is read
 * by path only; nothing is copied into the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BRANDS } from '../data/brands';
import { registrableDomain } from '../utils/scam/host';
import type { Verdict } from '../utils/scam/types';
import { assessUrl } from '../utils/scam/url';

const CARRIERS: Record<string, string> = {
  au: 'au',
  KDDI: 'au',
  softbank: 'softbank',
  'NTT docomo': 'docomo',
  docomo: 'docomo',
};

interface Args {
  csv: string;
  legit: string[];
  showMisses: number;
  json: boolean;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { csv: '', legit: [], showMisses: 0, json: false };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i] as string;
    if (x === '--legit') {
      while (argv[i + 1] && !(argv[i + 1] as string).startsWith('--')) a.legit.push(argv[++i] as string);
    } else if (x === '--show-misses') a.showMisses = Number(argv[++i] ?? 20);
    else if (x === '--json') a.json = true;
    else if (!a.csv) a.csv = x;
  }
  a.csv ||= fileURLToPath(new URL('../../shared/data/jpcert-phish-2019-2022.csv', import.meta.url));
  return a;
}

const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const caution = (v: Verdict) => v.level === 'caution' || v.level === 'danger';

/** Independent of the engine: the host contains one of the brand's words (≥4 letters) or `au` as a whole token. */
function hostNamesBrand(host: string, brandId: string): boolean {
  const b = BRANDS.find((x) => x.id === brandId);
  if (!b) return false;
  const words = [
    ...b.identity.hostTokens,
    ...b.domains.map((d) => registrableDomain(d.domain).split('.')[0] as string),
  ];
  for (const w of words) {
    const t = w.replace(/-/g, '');
    if (t.length >= 4 ? host.includes(t) : host.split(/[^a-z]+/).includes(t)) return true;
  }
  return false;
}

function hostOf(url: string): string {
  try {
    return new URL(url.includes('://') ? url : `http://${url}`).hostname;
  } catch {
    return '';
  }
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(args.csv)) {
    console.log(`eval: ${args.csv} not found; nothing to evaluate (the dev data lives outside the project).`);
    return;
  }
  const lines = readFileSync(args.csv, 'utf8').split(/\r?\n/);
  type Cell = { n: number; caution: number; danger: number };
  const cell = (): Cell => ({ n: 0, caution: 0, danger: 0 });
  const byBrandYear = new Map<string, Cell>();
  const byBrand = new Map<string, Cell>();
  const total = cell();
  const other = cell();
  let named = 0;
  let namedRight = 0;
  const wrong: string[] = [];
  const misses: string[] = [];
  const t0 = performance.now();
  for (const line of lines.slice(1)) {
    if (!line) continue;
    const first = line.indexOf(',');
    const last = line.lastIndexOf(',');
    if (first < 0 || last <= first) continue;
    const date = line.slice(0, first);
    const url = line.slice(first + 1, last);
    const desc = line.slice(last + 1).trim();
    const v = assessUrl(url);
    const brand = CARRIERS[desc];
    const add = (c: Cell) => {
      c.n++;
      if (caution(v)) c.caution++;
      if (v.level === 'danger') c.danger++;
    };
    if (!brand) {
      add(other);
      continue;
    }
    const year = date.slice(0, 4);
    for (const [m, k] of [
      [byBrandYear, `${brand} ${year}`],
      [byBrand, brand],
    ] as const) {
      if (!m.has(k)) m.set(k, cell());
      add(m.get(k) as Cell);
    }
    add(total);
    if (!caution(v) && misses.length < 100000) misses.push(url);
    const host = hostOf(url);
    if (hostNamesBrand(host, brand)) {
      named++;
      if (v.brand === brand) namedRight++;
      else if (wrong.length < 30) wrong.push(`${url} → ${v.brand ?? 'null'} (${v.level}) want ${brand}`);
    }
  }
  const ms = performance.now() - t0;

  const legit: { file: string; n: number; caution: number; danger: number; top: string[] }[] = [];
  for (const f of args.legit) {
    if (!existsSync(f)) {
      console.log(`eval: legit list ${f} not found, skipped`);
      continue;
    }
    const r = { file: f, n: 0, caution: 0, danger: 0, top: [] as string[] };
    for (const d of readFileSync(f, 'utf8').split(/\r?\n/)) {
      const dom = d.trim();
      if (!dom) continue;
      const v = assessUrl(`https://${dom}/`);
      r.n++;
      if (caution(v)) {
        r.caution++;
        r.top.push(`${dom} ${v.level} ${v.score} ${v.reasons.map((x) => `${x.code}:${x.detail}`).join(' ')}`);
      }
      if (v.level === 'danger') r.danger++;
    }
    legit.push(r);
  }

  if (args.json) {
    console.log(
      JSON.stringify({
        total,
        byBrand: Object.fromEntries(byBrand),
        byBrandYear: Object.fromEntries(byBrandYear),
        attribution: { named, right: namedRight },
        otherPhishing: other,
        legit: legit.map(({ top, ...r }) => ({ ...r, top: top.slice(0, 30) })),
      }),
    );
    return;
  }
  console.log(`JPCERT carrier rows: ${total.n} (${(ms / 1000).toFixed(2)} s for ${lines.length - 1} rows)`);
  console.log('brand     year      rows  caution+   danger');
  for (const [k, c] of [...byBrandYear].sort()) {
    const [b, y] = k.split(' ');
    console.log(
      `${(b as string).padEnd(9)} ${(y as string).padEnd(6)} ${String(c.n).padStart(7)}  ${pct(c.caution, c.n)}  ${pct(c.danger, c.n)}`,
    );
  }
  for (const [b, c] of [...byBrand].sort()) {
    console.log(
      `${b.padEnd(9)} all    ${String(c.n).padStart(7)}  ${pct(c.caution, c.n)}  ${pct(c.danger, c.n)}`,
    );
  }
  console.log(
    `all carriers     ${String(total.n).padStart(7)}  ${pct(total.caution, total.n)}  ${pct(total.danger, total.n)}`,
  );
  console.log(
    `other phishing   ${String(other.n).padStart(7)}  ${pct(other.caution, other.n)}  ${pct(other.danger, other.n)}`,
  );
  console.log(
    `brand attribution where the host names the brand: ${namedRight}/${named} ${pct(namedRight, named)}`,
  );
  for (const w of wrong.slice(0, 10)) console.log(`  ${w}`);
  for (const r of legit) {
    console.log(
      `legit ${r.file}: ${r.n} domains, caution+ ${r.caution} ${pct(r.caution, r.n)}, danger ${r.danger} ${pct(r.danger, r.n)}`,
    );
    for (const t of r.top.slice(0, 20)) console.log(`  ${t}`);
  }
  if (args.showMisses > 0) {
    const seen = new Set<string>();
    const sample: string[] = [];
    for (const u of misses) {
      const h = hostOf(u);
      if (seen.has(h)) continue;
      seen.add(h);
      sample.push(u);
    }
    for (let i = 0; i < args.showMisses && sample.length > 0; i++) {
      const j = (i * 7919) % sample.length;
      const u = sample[j] as string;
      const v = assessUrl(u);
      console.log(`miss ${u} ${v.score} ${v.reasons.map((x) => x.code).join(',')}`);
    }
  }
}

main();
