/**
 * `npm run data:report`: a plain-text overview of the carrier data for the person maintaining it. For each brand it
 * counts the sourced facts by confidence, lists the gaps (goals without channel data, no foreign-language line, no
 * "never does" statement, …) and then every low-confidence fact, so it is clear what to re-check first.
 * Read-only; always exits 0 (the tests, not this report, are the gate).
 */
import * as v from 'valibot';
import { BRANDS } from '../data/brands';
import { type Brand, BrandSchema, type Confidence, GOALS } from '../data/schema';
import { COMMON_STEPS } from '../data/steps';
import { allStepsOf } from '../utils/checklist';

interface Fact {
  path: string;
  confidence: Confidence;
  checked: string;
  source: string[];
  disputed: boolean;
}

/** Names an array element by its id-like field so paths read `hosts[my.au.com]` rather than `hosts[3]`. */
function label(item: unknown, index: number): string {
  if (item && typeof item === 'object') {
    const r = item as Record<string, unknown>;
    for (const key of ['id', 'host', 'domain'] as const) if (typeof r[key] === 'string') return r[key];
  }
  return String(index);
}

/** JSON replacer that drops nested facts, so a fact is judged "disputed" by its own text only. */
function ownText(this: unknown, key: string, value: unknown): unknown {
  const nestedFact = key !== '' && value !== null && typeof value === 'object' && 'source' in value;
  return nestedFact ? undefined : value;
}

function collectFacts(value: unknown, path: string, out: Fact[]): Fact[] {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      collectFacts(item, `${path}[${label(item, i)}]`, out);
    });
  } else if (value && typeof value === 'object') {
    const r = value as Record<string, unknown>;
    if (Array.isArray(r.source)) {
      out.push({
        path: path || '(brand)',
        confidence: r.confidence as Confidence,
        checked: String(r.checked),
        source: r.source as string[],
        disputed: /disagree|conflict|unverified/i.test(JSON.stringify(r, ownText)),
      });
    }
    for (const [key, child] of Object.entries(r))
      if (key !== 'source') collectFacts(child, path ? `${path}.${key}` : key, out);
  }
  return out;
}

function gaps(brand: Brand): string[] {
  const out: string[] = [];
  for (const goal of GOALS) {
    const info = brand.goals[goal];
    if (!info.available) {
      out.push(`${goal}: not offered${info.confidence === 'low' ? ' (low confidence, unverified)' : ''}`);
      continue;
    }
    const known = Object.keys(info.channels);
    if (known.length === 0) out.push(`${goal}: offered but no channel data`);
    else {
      const unknown = (['online', 'phone', 'shop'] as const).filter((c) => !known.includes(c));
      if (unknown.length > 0) out.push(`${goal}: no data on ${unknown.join(', ')}`);
    }
    const doSteps = allStepsOf(brand).filter(
      (s) => s.phase === 'do' && (s.when?.goals === undefined || s.when.goals.includes(goal)),
    );
    if (doSteps.length === 0) out.push(`${goal}: no "do" step`);
  }
  if (!brand.contacts.some((c) => c.purpose === 'foreign-language')) out.push('no foreign-language contact');
  if (!brand.contacts.some((c) => c.phone?.kind === 'number')) out.push('no dialable phone number');
  if (!brand.contacts.some((c) => c.purpose === 'lost')) out.push('no lost/stolen contact');
  if (!brand.hosts.some((h) => h.login))
    out.push('no login host (nothing marked for the scam guard to protect)');
  if (!brand.neverDoes?.length) out.push('no neverDoes statement');
  return out;
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const lpad = (s: string | number, n: number) => String(s).padStart(n);
const pct = (part: number, whole: number) => (whole === 0 ? '-' : `${Math.round((100 * part) / whole)}%`);

function row(name: string, facts: Fact[], extra: string[]): string {
  const count = (c: Confidence) => facts.filter((f) => f.confidence === c).length;
  const low = count('low');
  const dates = facts.map((f) => f.checked).sort();
  return [
    pad(name, 16),
    lpad(facts.length, 5),
    lpad(count('high'), 5),
    lpad(count('medium'), 5),
    lpad(low, 5),
    lpad(pct(low, facts.length), 5),
    lpad(facts.filter((f) => f.disputed).length, 9),
    ...extra,
    `  ${dates[0] ?? '-'}`,
  ].join(' ');
}

const header = [
  pad('brand', 16),
  lpad('facts', 5),
  lpad('high', 5),
  lpad('med', 5),
  lpad('low', 5),
  lpad('low%', 5),
  lpad('disputed', 9),
  lpad('steps', 5),
  lpad('contacts', 8),
  '  oldest check',
].join(' ');

const lines: string[] = [];
const all: Fact[] = [];
const perBrand = BRANDS.map((brand) => ({ brand, facts: collectFacts(brand, '', []) }));

lines.push('Kaiyaku Guard: carrier data report');
lines.push('"disputed" = facts whose text says sources disagree, conflict or are unverified.');
lines.push('');
lines.push(header);
lines.push('-'.repeat(header.length));
for (const { brand, facts } of perBrand) {
  all.push(...facts);
  lines.push(row(brand.id, facts, [lpad(allStepsOf(brand).length, 5), lpad(brand.contacts.length, 8)]));
}
const common = collectFacts(COMMON_STEPS, '', []);
lines.push(row('(common steps)', common, [lpad(COMMON_STEPS.length, 5), lpad('-', 8)]));
lines.push('-'.repeat(header.length));
lines.push(row('TOTAL', [...all, ...common], [lpad('', 5), lpad('', 8)]));

lines.push('');
lines.push('Schema');
const schemaProblems = BRANDS.flatMap(
  (b) => v.safeParse(BrandSchema, b).issues?.map((i) => `  ${b.id}: ${v.getDotPath(i)}: ${i.message}`) ?? [],
);
lines.push(schemaProblems.length === 0 ? '  all brands match the schema' : schemaProblems.join('\n'));

lines.push('');
lines.push('Gaps (what to research next)');
for (const { brand } of perBrand) {
  const g = gaps(brand);
  const changed = [
    ...brand.steps.flatMap((s) => (s.replaces ? [`${s.replaces}→${s.id}`] : [])),
    ...(brand.omit ?? []).map((id) => `-${id}`),
  ];
  lines.push(`  ${brand.id}${changed.length ? `  (common steps: ${changed.join(', ')})` : ''}`);
  for (const gap of g) lines.push(`    - ${gap}`);
  if (g.length === 0) lines.push('    (none)');
}

lines.push('');
lines.push('Low-confidence facts (re-check these first)');
for (const { brand, facts } of perBrand)
  for (const f of facts.filter((x) => x.confidence === 'low'))
    lines.push(
      `  ${pad(brand.id, 15)} ${pad(f.path, 44)} ${f.source[0] ?? ''}${f.source.length > 1 ? ` (+${f.source.length - 1})` : ''}`,
    );
for (const f of common.filter((x) => x.confidence === 'low'))
  lines.push(`  ${pad('(common)', 15)} ${pad(f.path, 44)} ${f.source[0] ?? ''}`);

console.log(lines.join('\n'));
