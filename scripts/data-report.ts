/**
 * `npm run data:report`: how sure the carrier data is, for the person maintaining it. Per brand: the facts by
 * derived confidence, the share of high facts among those a user acts on (data/acted-facts.ts), facts resting on
 * one publisher, facts not checked for 6 months, and facts whose sources disagree; then the lists behind those
 * numbers, phone numbers without an official or press source, numbers shown only as unconfirmed, and publishers
 * no table classifies.
 *
 * `--markdown` also writes the summary table into README.md between its `data-report` markers.
 * Read-only otherwise; always exits 0 (the tests, not this report, are the gate).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { type ActedKind, actedFacts, actedSteps } from '../data/acted-facts';
import { BRANDS, SOURCES } from '../data/brands';
import type { Sourced } from '../data/schema';
import { COMMON_STEPS } from '../data/steps';

interface Fact {
  path: string;
  fact: Sourced;
}

const SIX_MONTHS_MS = 182 * 24 * 3600 * 1000;

/** Names an array element by its id-like field so paths read `hosts[my.au.com]` rather than `hosts[3]`. */
function label(item: unknown, index: number): string {
  if (item && typeof item === 'object') {
    const r = item as Record<string, unknown>;
    for (const key of ['id', 'host', 'domain'] as const) if (typeof r[key] === 'string') return r[key];
  }
  return String(index);
}

function collect(value: unknown, path: string, out: Fact[]): Fact[] {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) collect(item, `${path}[${label(item, i)}]`, out);
  } else if (value && typeof value === 'object') {
    const r = value as Record<string, unknown>;
    if (Array.isArray(r.source)) out.push({ path: path || '(brand)', fact: r as unknown as Sourced });
    for (const [key, child] of Object.entries(r))
      if (key !== 'source' && key !== 'against') collect(child, path ? `${path}.${key}` : key, out);
  }
  return out;
}

const publishers = (f: Sourced) => new Set(f.source.map((s) => SOURCES.describe(s).publisher));
const singleSourced = (f: Sourced) => publishers(f).size === 1;
const stale = (f: Sourced) => Date.now() - Date.parse(`${f.checked}T00:00:00Z`) > SIX_MONTHS_MS;
const disputed = (f: Sourced) => (f.against?.length ?? 0) > 0;
const pct = (part: number, whole: number) => (whole === 0 ? '-' : `${Math.round((100 * part) / whole)}%`);

interface Row {
  name: string;
  facts: Fact[];
  acted: (Fact & { kind: ActedKind })[];
}

const rows: Row[] = BRANDS.map((brand) => ({
  name: brand.name.en,
  facts: collect(brand, '', []).map((f) => ({ ...f, path: `${brand.id}.${f.path}` })),
  acted: actedFacts(brand).map((a) => ({ ...a, path: `${brand.id}.${a.path}` })),
}));
rows.push({
  name: 'common steps',
  facts: collect(COMMON_STEPS, 'common', []),
  acted: actedSteps(COMMON_STEPS, 'common'),
});
const total: Row = {
  name: 'TOTAL',
  facts: rows.flatMap((r) => r.facts),
  acted: rows.flatMap((r) => r.acted),
};

function cells(r: Row): (string | number)[] {
  const count = (c: string) => r.facts.filter((f) => f.fact.confidence === c).length;
  const actedHigh = r.acted.filter((f) => f.fact.confidence === 'high').length;
  return [
    r.name,
    r.facts.length,
    count('high'),
    count('medium'),
    count('low'),
    r.acted.length,
    pct(actedHigh, r.acted.length),
    r.facts.filter((f) => singleSourced(f.fact)).length,
    r.facts.filter((f) => stale(f.fact)).length,
    r.facts.filter((f) => disputed(f.fact)).length,
  ];
}
const HEAD = [
  'brand',
  'facts',
  'high',
  'medium',
  'low',
  'acted on',
  'acted high',
  'one source',
  '> 6 months',
  'disputed',
];

function markdownTable(): string {
  const line = (c: (string | number)[]) => `| ${c.join(' | ')} |`;
  return [line(HEAD), line(HEAD.map(() => '---')), ...[...rows, total].map((r) => line(cells(r)))].join('\n');
}

function textTable(): string {
  const widths = HEAD.map((h, i) =>
    Math.max(h.length, ...[...rows, total].map((r) => String(cells(r)[i]).length)),
  );
  const line = (c: (string | number)[]) =>
    c
      .map((v, i) => (i === 0 ? String(v).padEnd(widths[i] ?? 0) : String(v).padStart(widths[i] ?? 0)))
      .join('  ');
  return [line(HEAD), ...rows.map((r) => line(cells(r))), line(cells(total))].join('\n');
}

const describeSources = (f: Sourced) =>
  f.source
    .map((s) => {
      const d = SOURCES.describe(s);
      return `${d.kind}:${d.publisher}`;
    })
    .join(' ');

const out: string[] = [];
out.push('Kaiyaku Guard: carrier data report');
out.push(
  'Confidence is derived from the sources (data/sources.ts): high = an official page or two independent',
);
out.push(
  'non-blog sources; medium = one news/guide source or two blogs; low = one blog. "acted on" = phone numbers,',
);
out.push('channels and goals, fees and deadlines (data/acted-facts.ts). "one source" = one publisher.');
out.push('');
out.push(textTable());

const phones = total.acted.filter(
  (a) =>
    a.kind === 'phone' &&
    !a.fact.source.some((s) => ['official', 'press'].includes(SOURCES.describe(s).kind)),
);
out.push('', `Phone numbers without an official or press source (${phones.length})`);
for (const p of phones) out.push(`  ${p.path.padEnd(36)} ${describeSources(p.fact)}`);

// Numbers only guides or blogs give: the popup shows them as unconfirmed beside the carrier's own page.
const reported = BRANDS.flatMap((b) =>
  b.contacts.flatMap((c) =>
    c.reportedPhone ? [{ path: `${b.id}.contacts[${c.id}]`, number: c.reportedPhone.display, fact: c }] : [],
  ),
);
out.push('', `Numbers shown only as unconfirmed, beside the carrier's page (${reported.length})`);
for (const r of reported)
  out.push(`  ${r.path.padEnd(36)} ${r.number.padEnd(14)} ${describeSources(r.fact)}`);

const weakActed = total.acted.filter((a) => a.fact.confidence !== 'high');
out.push('', `Facts a user acts on that are not high (${weakActed.length})`);
for (const a of weakActed)
  out.push(`  ${a.fact.confidence.padEnd(6)} ${a.path.padEnd(44)} ${describeSources(a.fact)}`);

const conflicts = total.facts.filter((f) => disputed(f.fact));
out.push('', `Facts whose sources disagree (${conflicts.length})`);
for (const c of conflicts)
  out.push(
    `  ${c.path.padEnd(48)} against: ${(c.fact.against ?? []).map((s) => SOURCES.describe(s).publisher).join(', ')}`,
  );

const old = total.facts.filter((f) => stale(f.fact));
out.push('', `Facts not checked for over 6 months (${old.length})`);
for (const f of old) out.push(`  ${f.fact.checked}  ${f.path}`);

const lowOnes = total.facts.filter((f) => f.fact.confidence === 'low');
out.push('', `Low-confidence facts, one blog each (${lowOnes.length})`);
for (const f of lowOnes) out.push(`  ${f.path.padEnd(52)} ${describeSources(f.fact)}`);

const unclassified = new Set(
  total.facts
    .flatMap((f) =>
      [...f.fact.source, ...(f.fact.against ?? [])].map(SOURCES.describe).filter((d) => d.unclassified),
    )
    .map((d) => d.publisher),
);
out.push(
  '',
  `Publishers in no table, counted as blogs (${unclassified.size}): add them to data/publishers.ts`,
);
for (const p of unclassified) out.push(`  ${p}`);

console.log(out.join('\n'));

if (process.argv.includes('--markdown')) {
  const readme = new URL('../README.md', import.meta.url);
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- data-report:start -->';
  const end = '<!-- data-report:end -->';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) {
    console.error(`README.md has no ${start} … ${end} markers; table not written.`);
  } else {
    const today = new Date().toISOString().slice(0, 10);
    const table = `${markdownTable()}\n\n(\`npm run data:report -- --markdown\`, ${today}.)`;
    writeFileSync(readme, `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`);
    console.error('README.md table updated.');
  }
}
