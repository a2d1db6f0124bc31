/**
 * Integrity checks for the carrier data. Each check is a function that returns a list of problems, so a failure
 * names every offending fact at once; the last block feeds each check a deliberately broken brand to prove it
 * really catches what it claims to.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { labelKeys, normaliseLabel } from '../utils/assistant/normalise';
import { allStepsOf, computeChecklist } from '../utils/checklist';
import { actedFacts, actedSteps } from './acted-facts';
import { BRAND_INPUTS, BRANDS, SOURCES } from './brands';
import { OFFICIAL_DOMAINS } from './official-domains';
import { type Brand, BrandSchema, GOALS, LANGS, type Source, type Step } from './schema';
import { COMMON_STEP_INPUTS, COMMON_STEPS } from './steps';

const COMMON_IDS = new Set(COMMON_STEPS.map((s) => s.id));

type Visit = (value: Record<string, unknown>, path: string) => void;
function walk(value: unknown, path: string, visit: Visit): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      walk(item, `${path}[${i}]`, visit);
    });
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    visit(record, path);
    for (const [key, child] of Object.entries(record)) walk(child, `${path}.${key}`, visit);
  }
}

function isRealDate(s: unknown): boolean {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && d.getTime() <= Date.now();
}

const urlOf = (source: unknown) =>
  typeof source === 'object' && source !== null ? (source as { url?: unknown }).url : source;

/** Every object carrying `source` is a fact: it needs URLs, a confidence and a real, non-future check date. */
function factIssues(root: unknown, name: string): string[] {
  const issues: string[] = [];
  walk(root, name, (obj, path) => {
    if (!('source' in obj)) return;
    const { source, confidence, checked } = obj;
    if (!Array.isArray(source) || source.length === 0) issues.push(`${path}: empty source`);
    else
      for (const entry of [...source, ...(Array.isArray(obj.against) ? obj.against : [])]) {
        const url = urlOf(entry);
        if (typeof url !== 'string' || !/^https?:\/\/[^\s/]+\.[^\s]+$/.test(url))
          issues.push(`${path}: bad source URL ${String(url)}`);
      }
    if (confidence !== 'high' && confidence !== 'medium' && confidence !== 'low')
      issues.push(`${path}: bad confidence ${String(confidence)}`);
    if (!isRealDate(checked)) issues.push(`${path}: bad checked date ${String(checked)}`);
  });
  return issues;
}

/** The data as written carries no confidence: it is derived from the sources, never typed by hand. */
function handTypedIssues(root: unknown, name: string): string[] {
  const issues: string[] = [];
  walk(root, name, (obj, path) => {
    if ('confidence' in obj) issues.push(`${path}: confidence typed by hand (it follows from the sources)`);
  });
  return issues;
}

/** Every rated fact carries exactly the confidence the rule gives its sources. */
function ruleIssues(root: unknown, name: string, registry = SOURCES): string[] {
  const issues: string[] = [];
  walk(root, name, (obj, path) => {
    if (!('source' in obj)) return;
    const expected = registry.confidenceOf(obj as { source: Source[]; checked: string });
    if (obj.confidence !== expected)
      issues.push(`${path}: ${String(obj.confidence)}, but its sources give ${expected}`);
  });
  return issues;
}

/**
 * A fact that tells the user its sources disagree lists the ones that say otherwise (`against`), and one that
 * lists them says so, so the popup and the report show the disagreement and the rule can weigh it.
 */
function conflictIssues(root: unknown, name: string): string[] {
  const issues: string[] = [];
  walk(root, name, (obj, path) => {
    if (!('source' in obj)) return;
    const own = JSON.stringify(obj, (key, value) =>
      key !== '' && value !== null && typeof value === 'object' && 'source' in value ? undefined : value,
    );
    const says = /disagree|食い違い|不一致|说法不同/.test(own);
    const lists = Array.isArray(obj.against) && obj.against.length > 0;
    if (says && !lists) issues.push(`${path}: says sources disagree but lists none against`);
    if (lists && !says) issues.push(`${path}: lists sources against but its text does not say they disagree`);
  });
  return issues;
}

/** Any object with a language key is a Text and must have all three languages, none blank. */
function textIssues(root: unknown, name: string): string[] {
  const issues: string[] = [];
  walk(root, name, (obj, path) => {
    if (!LANGS.some((l) => l in obj)) return;
    for (const lang of LANGS) {
      const text = obj[lang];
      if (typeof text !== 'string' || text.trim() === '') issues.push(`${path}: empty ${lang}`);
    }
  });
  return issues;
}

const under = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

function brandShapeIssues(brand: Brand): string[] {
  const issues: string[] = [];
  if (brand.domains.length === 0) issues.push(`${brand.id}: no domains`);
  if (brand.hosts.length === 0) issues.push(`${brand.id}: no hosts`);
  if (brand.contacts.length === 0) issues.push(`${brand.id}: no contacts`);
  const contactIds = brand.contacts.map((c) => c.id);
  for (const id of contactIds.filter((id, i) => contactIds.indexOf(id) !== i))
    issues.push(`${brand.id}: duplicate contact id ${id}`);
  for (const goal of ['cancel', 'mnp', 'keep'] as const) {
    const info = brand.goals[goal];
    if (!info.available && !info.note) issues.push(`${brand.id}: goal ${goal} unavailable without a note`);
  }
  for (const host of brand.hosts)
    for (const { mark, url } of host.signInPaths ?? []) {
      const seen = new URL(url);
      const segments = seen.pathname.toLowerCase().split('/');
      if (seen.hostname !== host.host || !segments.some((s) => s === mark || s.startsWith(`${mark}.`)))
        issues.push(`${brand.id}: sign-in mark ${mark} is not a path segment of ${url} on ${host.host}`);
    }
  return issues;
}

function stepIssues(brand: Brand): string[] {
  const issues: string[] = [];
  const ids = allStepsOf(brand).map((s) => s.id);
  for (const id of ids.filter((id, i) => ids.indexOf(id) !== i))
    issues.push(`${brand.id}: duplicate step id ${id}`);
  for (const step of brand.steps) {
    if (step.replaces && !COMMON_IDS.has(step.replaces))
      issues.push(`${brand.id}: step ${step.id} replaces unknown common step ${step.replaces}`);
    if (COMMON_IDS.has(step.id))
      issues.push(`${brand.id}: step ${step.id} reuses a common step id without replaces`);
  }
  for (const id of brand.omit ?? [])
    if (!COMMON_IDS.has(id)) issues.push(`${brand.id}: omit names unknown common step ${id}`);
  const replaced = brand.steps.flatMap((s) => (s.replaces ? [s.replaces] : []));
  for (const id of replaced.filter((id, i) => replaced.indexOf(id) !== i))
    issues.push(`${brand.id}: common step ${id} replaced twice`);
  for (const id of replaced.filter((id) => brand.omit?.includes(id)))
    issues.push(`${brand.id}: common step ${id} both omitted and replaced`);
  const contactIds = new Set(brand.contacts.map((c) => c.id));
  for (const step of brand.steps)
    for (const id of step.contacts ?? [])
      if (!contactIds.has(id)) issues.push(`${brand.id}: step ${step.id} names missing contact ${id}`);
  return issues;
}

function phoneIssues(brand: Brand): string[] {
  const issues: string[] = [];
  for (const contact of brand.contacts) {
    // An unconfirmed number sits beside the carrier's own page, and never beside a confirmed one.
    if (contact.reportedPhone && (contact.phone || !contact.url))
      issues.push(`${brand.id}.${contact.id}: a reported number needs a url and no confirmed phone`);
    const phone = contact.phone ?? contact.reportedPhone;
    if (phone?.kind !== 'number') continue;
    const parsed = parsePhoneNumberFromString(phone.display, 'JP');
    const where = `${brand.id}.${contact.id} (${phone.display})`;
    if (!parsed?.isValid()) issues.push(`${where}: not a valid number`);
    else if (parsed.country !== 'JP') issues.push(`${where}: not a Japanese number (${parsed.country})`);
    else if (parsed.number !== phone.e164)
      issues.push(`${where}: e164 ${phone.e164} but display parses to ${parsed.number}`);
  }
  return issues;
}

/** Across brands: a number means one thing (same purpose, same company); short codes are per company network. */
function numberMeaningIssues(brands: readonly Brand[]): string[] {
  const issues: string[] = [];
  const seen = new Map<string, { purpose: string; company: string; where: string }>();
  for (const brand of brands)
    for (const contact of brand.contacts) {
      const phone = contact.phone ?? contact.reportedPhone;
      if (!phone) continue;
      const key = phone.kind === 'number' ? phone.e164 : `${brand.company}:${phone.display}`;
      const where = `${brand.id}.${contact.id}`;
      const prior = seen.get(key);
      if (!prior) seen.set(key, { purpose: contact.purpose, company: brand.company, where });
      else if (prior.purpose !== contact.purpose || prior.company !== brand.company)
        issues.push(
          `${key}: ${prior.where} (${prior.company}, ${prior.purpose}) vs ${where} (${brand.company}, ${contact.purpose})`,
        );
    }
  return issues;
}

/** Domains and hosts belong to one company; every host lies under its brand's or company's domains. */
function ownershipIssues(brands: readonly Brand[]): string[] {
  const issues: string[] = [];
  const domainOwners = brands.flatMap((b) =>
    b.domains.map((d) => ({ domain: d.domain, company: b.company, brand: b.id })),
  );
  for (const a of domainOwners)
    for (const b of domainOwners)
      if (a.company !== b.company && under(a.domain, b.domain))
        issues.push(`domain ${a.domain} (${a.brand}) lies under ${b.domain} (${b.brand}, another company)`);
  const hostOwners = new Map<string, { company: string; brand: string }>();
  for (const brand of brands) {
    const companyDomains = domainOwners.filter((d) => d.company === brand.company).map((d) => d.domain);
    for (const { host } of brand.hosts) {
      if (!companyDomains.some((d) => under(host, d)))
        issues.push(`host ${host} (${brand.id}) is under none of ${brand.company}'s domains`);
      for (const other of domainOwners)
        if (other.company !== brand.company && under(host, other.domain))
          issues.push(
            `host ${host} (${brand.id}) lies under ${other.domain} (${other.brand}, another company)`,
          );
      const prior = hostOwners.get(host);
      if (prior && prior.company !== brand.company)
        issues.push(`host ${host} claimed by ${prior.brand} and ${brand.id} (different companies)`);
      else hostOwners.set(host, { company: brand.company, brand: brand.id });
    }
  }
  return issues;
}

function brandListIssues(brands: readonly Brand[]): string[] {
  const issues: string[] = [];
  const ids = brands.map((b) => b.id);
  for (const id of ids.filter((id, i) => ids.indexOf(id) !== i)) issues.push(`duplicate brand id ${id}`);
  for (const brand of brands) {
    if (brand.parent === undefined) continue;
    const parent = brands.find((b) => b.id === brand.parent);
    if (!parent) issues.push(`${brand.id}: parent ${brand.parent} does not exist`);
    else if (parent.id === brand.id) issues.push(`${brand.id}: is its own parent`);
    else if (parent.company !== brand.company)
      issues.push(`${brand.id}: parent ${parent.id} belongs to ${parent.company}, not ${brand.company}`);
  }
  return issues;
}

/** Labels that also name unrelated things (cancelling an option, any form's submit button): never a menu step. */
const TOO_GENERIC = new Set(['解約', 'MNP', '申し込む'].map(normaliseLabel));

/** The in-page assistant's data: where it runs, URL rules on those hosts, labels it can match exactly. */
function portalIssues(brand: Brand): string[] {
  const portal = brand.portal;
  if (!portal) return [];
  const issues: string[] = [];
  const ownHosts = brand.hosts.map((h) => h.host);
  for (const host of portal.hosts) {
    if (!ownHosts.includes(host))
      issues.push(`${brand.id}: portal host ${host} is not one of its sourced hosts`);
    if (!brand.domains.some((d) => under(host, d.domain)))
      issues.push(`${brand.id}: portal host ${host} lies under none of its official domains`);
  }
  for (const glob of [...(portal.ignore ?? []), ...portal.pages.flatMap((r) => r.urls ?? [])])
    if (!portal.hosts.some((host) => glob.startsWith(`${host}/`)))
      issues.push(`${brand.id}: URL rule ${glob} is on none of its portal hosts`);
  for (const goal of GOALS) {
    const path = portal.paths[goal];
    if (!path) continue;
    const where = `${brand.id}.portal.paths.${goal}`;
    if (!brand.goals[goal].available) issues.push(`${where}: a path to a goal the brand does not offer`);
    const checklists = brand.cards.flatMap((card) => computeChecklist(brand, card, goal));
    if (path.completes && !checklists.some((s) => s.id === path.completes))
      issues.push(`${where}: completes ${path.completes}, which no ${goal} checklist of ${brand.id} has`);
    const seen = new Map<string, string>();
    for (const step of path.steps) {
      issues.push(...textIssues(step, `${where}.${step.id}`));
      const keys = labelKeys(step);
      for (const key of keys) {
        if (TOO_GENERIC.has(key))
          issues.push(`${where}.${step.id}: label "${key}" is too generic to point at`);
        const owner = seen.get(key);
        if (owner) issues.push(`${where}.${step.id}: label "${key}" already matches ${owner}`);
        seen.set(key, step.id);
      }
    }
  }
  return issues;
}

/** One brand per portal host: the background gives a page the data of the brand whose portal it is. */
function portalHostIssues(brands: readonly Brand[]): string[] {
  const owners = new Map<string, string>();
  const issues: string[] = [];
  for (const brand of brands)
    for (const host of brand.portal?.hosts ?? []) {
      const owner = owners.get(host);
      if (owner) issues.push(`portal host ${host} claimed by ${owner} and ${brand.id}`);
      owners.set(host, brand.id);
    }
  return issues;
}

const schemaIssues = (brand: unknown) =>
  v.safeParse(BrandSchema, brand).issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`) ?? [];

describe.each(BRANDS.map((b) => [b.id, b] as const))('brand %s', (id, brand) => {
  it('matches the schema', () => {
    expect(schemaIssues(brand)).toEqual([]);
  });
  it('has domains, hosts and contacts, with unique contact ids', () => {
    expect(brandShapeIssues(brand)).toEqual([]);
  });
  it('sources and dates every fact', () => {
    expect(factIssues(brand, id)).toEqual([]);
  });
  it('names the sources that disagree, and says so in its text', () => {
    expect(conflictIssues(brand, id)).toEqual([]);
  });
  it('derives every confidence from the sources by the rule, none typed by hand', () => {
    const input = BRAND_INPUTS.find((b) => b.id === id);
    expect(handTypedIssues(input, id)).toEqual([]);
    expect(ruleIssues(brand, id)).toEqual([]);
  });
  it('has every language of every text', () => {
    expect(textIssues(brand, id)).toEqual([]);
  });
  it('has consistent steps, replacements, omissions and step contacts', () => {
    expect(stepIssues(brand)).toEqual([]);
  });
  it('lists valid Japanese phone numbers whose E.164 matches the printed form', () => {
    expect(phoneIssues(brand)).toEqual([]);
  });
  it('keeps its portal data on its own hosts, with three-language labels that can be matched exactly', () => {
    expect(portalIssues(brand)).toEqual([]);
  });
});

/**
 * Phone numbers a user may dial: each needs the carrier's own page or news behind it. A number only guides or
 * blogs give is a contact's `reportedPhone`, shown as unconfirmed, not a `phone`.
 */
function phoneSourceIssues(brands: readonly Brand[]): string[] {
  return brands.flatMap((brand) =>
    actedFacts(brand)
      .filter((a) => a.kind === 'phone')
      .filter((a) => !a.fact.source.some((s) => ['official', 'press'].includes(SOURCES.describe(s).kind)))
      .map((a) => `${brand.id}.${a.path}`),
  );
}

describe('all brands', () => {
  it('name every brand domain, and only those, as official (data/official-domains.ts)', () => {
    const seen = new Set<string>();
    const fromBrands = BRAND_INPUTS.flatMap((b) =>
      b.domains
        .filter((d) => !seen.has(d.domain) && seen.add(d.domain))
        .map((d) => ({ domain: d.domain, name: b.name })),
    );
    expect(OFFICIAL_DOMAINS).toEqual(fromBrands);
  });
  it('have unique ids and parents of the same company', () => {
    expect(brandListIssues(BRANDS)).toEqual([]);
  });
  it('never let two companies claim one domain or host, and keep hosts under their own domains', () => {
    expect(ownershipIssues(BRANDS)).toEqual([]);
  });
  it('back every phone number with an official or press source', () => {
    expect(phoneSourceIssues(BRANDS)).toEqual([]);
  });
  it('rate at least 70% of the facts users act on high', () => {
    const acted = [...BRANDS.flatMap(actedFacts), ...actedSteps(COMMON_STEPS, 'common')];
    const high = acted.filter((a) => a.fact.confidence === 'high').length;
    expect(high / acted.length).toBeGreaterThanOrEqual(0.7);
  });
  it('give each phone number a single meaning', () => {
    expect(numberMeaningIssues(BRANDS)).toEqual([]);
  });
  it('give each portal host to one brand', () => {
    expect(portalHostIssues(BRANDS)).toEqual([]);
  });
  it('include the common steps in the same sourced, three-language form', () => {
    expect([
      ...factIssues(COMMON_STEPS, 'common'),
      ...textIssues(COMMON_STEPS, 'common'),
      ...handTypedIssues(COMMON_STEP_INPUTS, 'common'),
      ...ruleIssues(COMMON_STEPS, 'common'),
      ...conflictIssues(COMMON_STEPS, 'common'),
    ]).toEqual([]);
    const ids = COMMON_STEPS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the checks catch broken data', () => {
  const base = BRANDS.find((b) => b.id === 'docomo');
  if (!base) throw new Error('docomo missing');
  const clone = (): Brand => structuredClone(base) as Brand;

  it('flags missing source, bad confidence and bad dates', () => {
    const b = clone() as unknown as { hosts: Record<string, unknown>[]; domains: Record<string, unknown>[] };
    b.hosts[0] = { ...b.hosts[0], source: [] };
    b.domains[0] = { ...b.domains[0], checked: '2026-02-30', confidence: 'certain' };
    const issues = factIssues(b, 'x');
    expect(issues.some((i) => i.includes('empty source'))).toBe(true);
    expect(issues.some((i) => i.includes('bad checked date'))).toBe(true);
    expect(issues.some((i) => i.includes('bad confidence'))).toBe(true);
  });

  it('flags a fact that admits its sources disagree without naming them, and the reverse', () => {
    const b = clone();
    b.neverDoes = [
      {
        ...(base.neverDoes?.[0] as NonNullable<Brand['neverDoes']>[number]),
        text: { ...b.name, en: 'x (sources disagree)' },
      },
    ];
    const silent = clone();
    silent.hosts = [{ ...base.hosts[0], against: ['https://example.com/'] } as Brand['hosts'][number]];
    expect([...conflictIssues(b, 'x'), ...conflictIssues(silent, 'y')]).toEqual([
      'x.neverDoes[0]: says sources disagree but lists none against',
      'y.hosts[0]: lists sources against but its text does not say they disagree',
    ]);
  });

  it('flags a confidence typed by hand, and one that does not follow from the sources', () => {
    const typed = {
      hosts: [{ host: 'x.docomo.ne.jp', source: ['https://hachi8hachi.com/'], confidence: 'high' }],
    };
    expect(handTypedIssues(typed, 'x')).toEqual([
      'x.hosts[0]: confidence typed by hand (it follows from the sources)',
    ]);
    expect(ruleIssues(typed, 'x')).toEqual(['x.hosts[0]: high, but its sources give low']);
  });

  it('flags a phone number backed by a blog alone', () => {
    const b = clone();
    b.contacts = [
      { ...base.contacts[1], id: 'new', source: ['https://hachi8hachi.com/x'] } as Brand['contacts'][number],
    ];
    expect(phoneSourceIssues([b])).toEqual(['docomo.contacts[new]']);
  });

  it('flags a blank language', () => {
    const b = clone();
    b.name = { ...b.name, ja: ' ' };
    expect(textIssues(b, 'x')).toEqual(['x.name: empty ja']);
  });

  it('flags domains and hosts claimed across companies, and hosts outside the brand', () => {
    const thief: Brand = { ...clone(), id: 'thief', company: 'other', parent: undefined };
    thief.domains = [{ ...base.domains[0], domain: 'sub.docomo.ne.jp' } as Brand['domains'][number]];
    thief.hosts = [{ ...base.hosts[0], host: 'www.example.com' } as Brand['hosts'][number]];
    const issues = ownershipIssues([base, thief]);
    expect(issues.some((i) => i.startsWith('domain sub.docomo.ne.jp'))).toBe(true);
    expect(issues.some((i) => i.includes('www.example.com') && i.includes('none of'))).toBe(true);
  });

  it('flags a sign-in path mark that is not a segment of its official address', () => {
    const b = clone();
    const fact = { source: ['https://example.com/'], confidence: 'medium' as const, checked: '2026-01-01' };
    b.hosts = [
      {
        ...(b.hosts[0] as Brand['hosts'][number]),
        host: 'id.docomo.ne.jp',
        signInPaths: [
          { ...fact, mark: 'anidlogin', url: 'https://other.docomo.ne.jp/auth/anidlogin' },
          { ...fact, mark: 'login', url: 'https://id.docomo.ne.jp/auth/anidlogin' },
        ],
      },
    ];
    expect(brandShapeIssues(b)).toEqual([
      'docomo: sign-in mark anidlogin is not a path segment of https://other.docomo.ne.jp/auth/anidlogin on id.docomo.ne.jp',
      'docomo: sign-in mark login is not a path segment of https://id.docomo.ne.jp/auth/anidlogin on id.docomo.ne.jp',
    ]);
  });

  it('flags an E.164 that does not match its display form, and an invalid number', () => {
    const b = clone();
    b.contacts = [
      { ...base.contacts[1], phone: { kind: 'number', e164: '+81120800001', display: '0120-800-000' } },
      {
        ...base.contacts[1],
        id: 'bad',
        phone: { kind: 'number', e164: '+8112345678', display: '012-345-678' },
      },
    ] as Brand['contacts'];
    const issues = phoneIssues(b);
    expect(issues.some((i) => i.includes('display parses to +81120800000'))).toBe(true);
    expect(issues.some((i) => i.includes('not a valid number'))).toBe(true);
  });

  it('flags one number used with two meanings', () => {
    const b = clone();
    b.id = 'copy';
    b.contacts = b.contacts.map((c) => ({ ...c, purpose: 'billing' as const }));
    expect(numberMeaningIssues([base, b]).length).toBeGreaterThan(0);
  });

  it('flags duplicate steps, unknown replaces/omit, missing contacts, and bad parents', () => {
    const b = clone();
    const step = base.steps[0] as Step;
    b.steps = [step, { ...step }, { ...step, id: 'x-step', replaces: 'no-such-step', contacts: ['nobody'] }];
    b.omit = ['no-such-step'];
    const issues = stepIssues(b);
    expect(issues.some((i) => i.includes('duplicate step id'))).toBe(true);
    expect(issues.some((i) => i.includes('replaces unknown'))).toBe(true);
    expect(issues.some((i) => i.includes('omit names unknown'))).toBe(true);
    expect(issues.some((i) => i.includes('missing contact nobody'))).toBe(true);
    const orphan: Brand = { ...clone(), id: 'orphan', parent: 'nobody' };
    const foreign: Brand = { ...clone(), id: 'foreign', company: 'other', parent: 'docomo' };
    expect(brandListIssues([base, base, orphan, foreign])).toEqual([
      'duplicate brand id docomo',
      'orphan: parent nobody does not exist',
      'foreign: parent docomo belongs to ntt-docomo, not other',
    ]);
  });
  it('flags portal hosts and URL rules off the brand, generic or duplicate labels, and a wrong completion step', () => {
    const b = clone();
    const portal = b.portal as NonNullable<Brand['portal']>;
    const path = portal.paths.cancel as NonNullable<typeof portal.paths.cancel>;
    const step = path.steps[0] as NonNullable<(typeof path.steps)[0]>;
    portal.hosts = [...portal.hosts, 'www.example.com'];
    portal.ignore = ['evil.example/faq/*'];
    path.completes = 'au-cancel-online';
    path.steps = [
      {
        ...step,
        id: 'generic',
        label: { ...(step.label as NonNullable<typeof step.label>), ja: '解約' },
        variants: ['契約内容／手続き'],
      },
      { ...step, id: 'half-blank', click: { ...step.click, en: ' ' } },
    ];
    const issues = portalIssues(b);
    expect(issues).toContain('docomo: portal host www.example.com is not one of its sourced hosts');
    expect(issues).toContain('docomo: portal host www.example.com lies under none of its official domains');
    expect(issues).toContain('docomo: URL rule evil.example/faq/* is on none of its portal hosts');
    expect(issues).toContain(
      'docomo.portal.paths.cancel: completes au-cancel-online, which no cancel checklist of docomo has',
    );
    expect(issues).toContain('docomo.portal.paths.cancel.generic: label "解約" is too generic to point at');
    expect(issues).toContain(
      'docomo.portal.paths.cancel.half-blank: label "契約内容/手続き" already matches generic',
    );
    expect(issues).toContain('docomo.portal.paths.cancel.half-blank.click: empty en');
  });

  it('flags a portal host claimed by two brands', () => {
    const copy: Brand = { ...clone(), id: 'copy' };
    expect(portalHostIssues([base, copy])).toEqual([
      'portal host www.docomo.ne.jp claimed by docomo and copy',
    ]);
  });
});
