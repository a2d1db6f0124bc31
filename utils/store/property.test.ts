/**
 * Property-based tests of the storage loaders, the background store and the export format (issue 7): whatever is
 * in storage or in an imported file, loading never throws, always yields a valid state, and whatever it does not
 * keep it sets aside — nothing is silently dropped.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { BRANDS } from '../../data/brands';
import { CARD_TYPES, GOALS, LANGS } from '../../data/schema';
import { Store } from '../background/store';
import { serialiseExport } from './export-file';
import { loadPlans, loadSettings, migratePlansV1 } from './load';
import { createPlan } from './plans';
import { PlansStateSchema, PlansV1Schema, SettingsSchema } from './schema';
import { exportData, parseImport } from './transfer';

/** JSON with sorted keys: equal exactly when two values hold the same data. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

// ── Generators: valid values, then the same with damage done to them ──────────────────────────────────

const day = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const stepState = fc.record(
  { done: fc.boolean(), at: fc.nat(), note: fc.string({ maxLength: 40 }) },
  { requiredKeys: ['done'] },
);
const stepId = fc.oneof(
  fc.constantFrom('move-sms-logins', 'points', 'mnp-one-stop'),
  fc.string({ maxLength: 12 }),
);
const steps = fc.dictionary(stepId, stepState, { maxKeys: 5 });
const validPlan = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 64 }),
    brand: fc.constantFrom(...BRANDS.map((b) => b.id), 'a-brand-from-a-later-version'),
    card: fc.constantFrom(...CARD_TYPES),
    goal: fc.constantFrom(...GOALS),
    createdAt: fc.integer(),
    steps,
    beforeReset: steps,
    targetDate: day,
    mnpIssuedDate: day,
  },
  { requiredKeys: ['id', 'brand', 'card', 'goal', 'createdAt', 'steps'] },
);
/** A value with one of: a field it should not have, a field of the wrong kind, a field missing. */
const damaged = <T extends object>(valid: fc.Arbitrary<T>) =>
  fc
    .tuple(
      valid,
      fc.constantFrom('add', 'replace', 'remove'),
      fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('__proto__', 'constructor', 'type', 'steps')),
      fc.jsonValue({ maxDepth: 2 }),
    )
    .map(([value, how, key, junk]) => {
      const copy: Record<string, unknown> = JSON.parse(JSON.stringify(value));
      const keys = Object.keys(copy);
      const target = how === 'add' ? key : (keys[key.length % Math.max(1, keys.length)] ?? key);
      if (how === 'remove') delete copy[target];
      else Object.defineProperty(copy, target, { value: junk, enumerable: true, writable: true });
      return copy;
    });
const plansV2 = fc.record(
  {
    version: fc.constant(2),
    plans: fc.array(fc.oneof(validPlan, damaged(validPlan), fc.jsonValue({ maxDepth: 2 })), { maxLength: 5 }),
    activeId: fc.oneof(fc.constant(null), fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 })),
  },
  { requiredKeys: ['version', 'plans'] },
);
const plansV1 = fc.record({
  version: fc.constant(1),
  active: fc.oneof(fc.constant(null), fc.string({ maxLength: 8 })),
  plans: fc.array(
    fc.record({
      id: fc.string({ maxLength: 10 }),
      carrier: fc.constantFrom('docomo', 'au', 'softbank'),
      card: fc.constantFrom(...CARD_TYPES),
      goal: fc.constantFrom(...GOALS),
      created: fc.integer(),
      done: fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 }),
    }),
    { maxLength: 3 },
  ),
});
/** What storage might hold under the `plans` key. */
const storedPlans = fc.oneof(
  { weight: 4, arbitrary: plansV2 },
  { weight: 2, arbitrary: damaged(plansV2) },
  { weight: 2, arbitrary: plansV1 },
  { weight: 1, arbitrary: damaged(plansV1) },
  { weight: 2, arbitrary: fc.jsonValue() },
  {
    weight: 1,
    arbitrary: fc.constantFrom(undefined, null, { version: 3, plans: [] }, { version: '2', plans: [] }),
  },
);
const validSettings = fc.record(
  {
    version: fc.constant(1),
    lang: fc.constantFrom('auto', ...LANGS),
    hintsHiddenOn: fc.array(fc.domain(), { maxLength: 3 }),
    trustedSites: fc.array(fc.domain(), { maxLength: 3 }),
    reminders: fc.boolean(),
  },
  { requiredKeys: ['version', 'lang', 'hintsHiddenOn', 'trustedSites'] },
);
const storedSettings = fc.oneof(
  validSettings,
  damaged(validSettings),
  fc.jsonValue(),
  fc.constant(undefined),
);

// ── Loaders ────────────────────────────────────────────────────────────────────────────────────────────

describe('loadPlans on anything storage could hold', () => {
  it('never throws and always returns a valid state whose active plan exists', () => {
    fc.assert(
      fc.property(storedPlans, (raw) => {
        const { value } = loadPlans(raw);
        expect(v.is(PlansStateSchema, value)).toBe(true);
        const ids = value.plans.map((p) => p.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(value.activeId === null || ids.includes(value.activeId)).toBe(true);
      }),
      // Found by the read-back property below: a version that cannot be turned into text.
      { numRuns: 500, examples: [[{ version: { toString: false }, plans: [], activeId: [] }]] },
    );
  });

  it('keeps or sets aside every plan; sets aside only pieces of what it was given', () => {
    fc.assert(
      fc.property(storedPlans, (raw) => {
        const { value, setAside } = loadPlans(raw);
        if (raw === undefined || raw === null) {
          expect(setAside).toEqual([]);
          return;
        }
        const given = raw as { version?: unknown; plans?: unknown };
        // A version 1 plan is set aside as migrated: the same data in today's shape.
        const v1 = v.safeParse(PlansV1Schema, raw);
        const migrated = v1.success ? migratePlansV1(v1.output).plans : [];
        const pieces = new Set(
          [raw, ...(Array.isArray(given.plans) ? given.plans : []), ...migrated].map(canonical),
        );
        for (const entry of setAside) {
          const isPiece =
            pieces.has(canonical(entry.raw)) ||
            // the unknown fields of the plans list, gathered into one object
            (typeof entry.raw === 'object' &&
              entry.raw !== null &&
              Object.entries(entry.raw).every(([k, x]) => (raw as Record<string, unknown>)[k] === x));
          expect(isPiece, entry.reason).toBe(true);
        }
        if (given.version === 2 && Array.isArray(given.plans)) {
          const kept = new Set(value.plans.map(canonical));
          for (const plan of given.plans) {
            const asIs = kept.has(canonical(plan));
            const aside = setAside.some((s) => s.raw === plan);
            expect(asIs || aside, canonical(plan)).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('loses nothing when it sets nothing aside', () => {
    fc.assert(
      fc.property(storedPlans, (raw) => {
        const { value, setAside } = loadPlans(raw);
        if (setAside.length > 0 || raw === undefined || raw === null) return;
        const given = raw as { version: unknown; plans: unknown; activeId?: unknown };
        if (given.version === 1) {
          expect(canonical(v.parse(PlansV1Schema, raw))).toBe(canonical(raw));
          expect(canonical(value.plans)).toBe(
            canonical(migratePlansV1(v.parse(PlansV1Schema, raw)).plans.filter((p) => p.id !== '')),
          );
        } else {
          expect(Object.keys(given).every((k) => ['version', 'plans', 'activeId'].includes(k))).toBe(true);
          expect(canonical(value.plans)).toBe(canonical(given.plans));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads back what it returned without setting anything aside (the store writes it back)', () => {
    fc.assert(
      fc.property(storedPlans, (raw) => {
        const { value } = loadPlans(raw);
        expect(loadPlans(JSON.parse(JSON.stringify(value)))).toEqual({ value, setAside: [] });
      }),
      { numRuns: 300 },
    );
  });
});

describe('loadSettings on anything storage could hold', () => {
  it('never throws, returns valid settings, and sets aside exactly what it did not keep as it was', () => {
    fc.assert(
      fc.property(storedSettings, (raw) => {
        const { value, setAside } = loadSettings(raw);
        expect(v.is(SettingsSchema, value)).toBe(true);
        if (raw === undefined || raw === null) expect(setAside).toEqual([]);
        else if (setAside.length === 0) expect(canonical(value)).toBe(canonical(raw));
        else expect(setAside.map((s) => s.raw)).toEqual([raw]);
        expect(loadSettings(JSON.parse(JSON.stringify(value)))).toEqual({ value, setAside: [] });
      }),
      { numRuns: 500 },
    );
  });
});

describe('examples the properties found', () => {
  it('sets aside a plan with a field this version does not know, and still keeps the plan', () => {
    const plan = {
      id: 'p',
      brand: 'au',
      card: 'esim',
      goal: 'mnp',
      createdAt: 1,
      steps: {},
      newField: 'from a later version',
    };
    const { value, setAside } = loadPlans({ version: 2, activeId: 'p', plans: [plan] });
    expect(value.plans).toHaveLength(1);
    expect(setAside).toEqual([expect.objectContaining({ raw: plan, newer: true })]);
  });

  it('sets aside steps whose ids the schema cannot hold (`__proto__`)', () => {
    const plan = JSON.parse(
      '{"id":"p","brand":"au","card":"esim","goal":"mnp","createdAt":1,"steps":{"__proto__":{"done":true}}}',
    );
    expect(loadPlans({ version: 2, activeId: 'p', plans: [plan] }).setAside).toHaveLength(1);
  });

  it('does not store the message type inside a new plan', () => {
    const message = { type: 'plan/create', brand: 'au', card: 'esim' as const, goal: 'mnp' as const };
    const state = createPlan({ version: 2, plans: [], activeId: null }, message, 'p', 1);
    expect(Object.keys(state.plans[0] ?? {})).not.toContain('type');
  });
});

// ── The background store over random storage contents ────────────────────────────────────────────────

describe('the background store on random storage contents', () => {
  beforeEach(() => fakeBrowser.reset());

  it('never throws, quarantines what it set aside, and is stable on the next read', async () => {
    await fc.assert(
      fc.asyncProperty(storedPlans, storedSettings, async (plans, settings) => {
        fakeBrowser.reset();
        await fakeBrowser.storage.local.set(
          Object.fromEntries(Object.entries({ plans, settings }).filter(([, value]) => value !== undefined)),
        );
        const store = new Store();
        const first = await store.read();
        const expected = loadPlans(plans).setAside.length + loadSettings(settings).setAside.length;
        expect(first.quarantine).toHaveLength(expected);
        for (const entry of first.quarantine) expect(entry.seen).toBe(false);
        const second = await store.read();
        expect(second).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });
});

// ── Export files ───────────────────────────────────────────────────────────────────────────────────────

describe('import of arbitrary files', () => {
  it('never throws on any text or JSON', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.jsonValue().map((j) => JSON.stringify(j)),
          fc
            .tuple(storedPlans, storedSettings, fc.constantFrom(1, 2, 0, '1', null))
            .map(([plans, settings, version]) =>
              JSON.stringify({ format: 'kaiyaku-guard-export', version, plans, settings }),
            ),
        ),
        (text) => {
          const result = parseImport(text);
          if (result.ok) {
            expect(v.is(PlansStateSchema, result.data.plans)).toBe(true);
            expect(v.is(SettingsSchema, result.data.settings)).toBe(true);
          } else {
            expect(['too-large', 'not-json', 'wrong-format', 'newer-version', 'damaged']).toContain(
              result.problem.code,
            );
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('round-trips whatever the loaders produce', () => {
    fc.assert(
      fc.property(storedPlans, storedSettings, fc.integer({ min: 0, max: 4e12 }), (plans, settings, now) => {
        const data = {
          plans: loadPlans(plans).value,
          settings: loadSettings(settings).value,
          quarantine: [],
        };
        const result = parseImport(serialiseExport(exportData(data, now)));
        expect(result.ok && { ...result.data, exportedAt: undefined }).toEqual({
          ...data,
          exportedAt: undefined,
        });
      }),
      { numRuns: 300 },
    );
  });
});
