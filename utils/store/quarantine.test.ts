import { describe, expect, it } from 'vitest';
import {
  causeOf,
  forgetEntry,
  type IdentifiedEntry,
  quarantineItems,
  restorable,
  restoreEntry,
} from './quarantine';
import { DEFAULT_SETTINGS, type Plan, type PlansState, type Settings } from './schema';

const NOW = Date.UTC(2028, 2, 1);

const plan = (id: string, note = 'bank moved'): Plan => ({
  id,
  brand: 'docomo',
  card: 'physical',
  goal: 'cancel',
  createdAt: 1,
  steps: { 'move-sms-logins': { done: true, at: 5, note } },
});
const plansState = (...plans: Plan[]): PlansState => ({ version: 2, plans, activeId: plans[0]?.id ?? null });
const settings: Settings = { ...DEFAULT_SETTINGS, lang: 'ja', trustedSites: ['nas.duckdns.org'] };

const entry = (
  id: string,
  key: string,
  value: unknown,
  more: Partial<IdentifiedEntry> = {},
): IdentifiedEntry => ({
  id,
  key,
  at: 10,
  reason: 'test',
  raw: JSON.stringify(value),
  seen: true,
  ...more,
});

describe('what can be restored', () => {
  it.each([
    [
      'a whole plans list (what an import replaced)',
      entry('a', 'plans', plansState(plan('p1'), plan('p2'))),
      2,
    ],
    ['one plan set aside on its own (a duplicate id)', entry('a', 'plans', plan('p1')), 1],
    [
      'an older version’s plans list, migrated',
      entry('a', 'plans', {
        version: 1,
        active: null,
        plans: [{ id: 'o', carrier: 'au', card: 'esim', goal: 'mnp', created: 1, done: ['x'] }],
      }),
      1,
    ],
  ])('%s', (_what, value, checklists) => {
    const result = restorable(value);
    expect(result?.key === 'plans' && result.plans.length).toBe(checklists);
  });

  it('settings that this version reads', () => {
    expect(restorable(entry('a', 'settings', settings))).toEqual({ key: 'settings', settings });
  });

  it.each([
    [
      'a newer version’s plans list',
      entry('a', 'plans', { version: 3, plans: [plan('p1')], activeId: null }),
    ],
    ['a plan with fields this version does not know', entry('a', 'plans', { ...plan('p1'), tasks: [] })],
    ['a damaged plan', entry('a', 'plans', { ...plan('p1'), card: 'floppy' })],
    ['an empty plans list', entry('a', 'plans', plansState())],
    ['a newer version’s settings', entry('a', 'settings', { ...settings, version: 2 })],
    ['text that is not JSON', { ...entry('a', 'plans', null), raw: '{"version":' }],
    ['a JSON number', entry('a', 'plans', 42)],
    ['an unreadable entry of the list itself', entry('a', 'quarantine', plan('p1'))],
  ])('not %s: it would lose data, or there is nothing to restore', (_what, value) => {
    expect(restorable(value)).toBeNull();
  });
});

describe('the list the popup shows', () => {
  it('says what each entry is, why it is here, and what Restore would do', () => {
    const entries = [
      entry('a', 'plans', plansState(plan('p1')), { cause: 'replaced' }),
      entry('b', 'settings', { ...settings, version: 2 }, { cause: 'newer' }),
      entry('c', 'settings', settings, { reason: 'replaced by an import on 2028-01-01T00:00:00.000Z' }),
      entry('d', 'quarantine', 'x'),
    ];
    expect(quarantineItems(entries).map(({ id, cause, restores }) => ({ id, cause, restores }))).toEqual([
      { id: 'a', cause: 'replaced', restores: { checklists: 1 } },
      { id: 'b', cause: 'newer', restores: null },
      { id: 'c', cause: 'replaced', restores: 'settings' },
      { id: 'd', cause: 'damaged', restores: null },
    ]);
  });

  it('words the cause of entries kept before causes were recorded from their reason', () => {
    expect(causeOf(entry('a', 'plans', 1, { reason: 'replaced by an import on 2028-01-01' }))).toBe(
      'replaced',
    );
    expect(causeOf(entry('a', 'plans', 1, { reason: 'card: Invalid type' }))).toBe('damaged');
  });
});

describe('restoring', () => {
  let n = 0;
  const newId = () => `new-${++n}`;

  it('adds plans beside the current ones, opens the first, and removes the entry', () => {
    const current = plansState(plan('p1'));
    const kept = entry('a', 'plans', plansState(plan('p2'), plan('p3')));
    const other = entry('b', 'settings', settings);
    const result = restoreEntry({ plans: current, settings, quarantine: [kept, other] }, 'a', newId, NOW);
    expect(result).toEqual({
      ok: true,
      change: {
        plans: { version: 2, plans: [plan('p1'), plan('p2'), plan('p3')], activeId: 'p2' },
        quarantine: [other],
      },
    });
  });

  it('gives a plan whose id is taken a new id, and does not add a plan identical to a current one twice', () => {
    const current = plansState(plan('p1'), plan('p2', 'changed since'));
    const kept = entry('a', 'plans', plansState(plan('p1'), plan('p2')));
    const result = restoreEntry({ plans: current, settings, quarantine: [kept] }, 'a', () => 'fresh', NOW);
    expect(result.ok && result.change.plans?.plans).toEqual([
      plan('p1'),
      plan('p2', 'changed since'),
      { ...plan('p2'), id: 'fresh' },
    ]);
  });

  it('swaps settings and keeps the current ones aside in turn', () => {
    const older = { ...settings, lang: 'en' as const, trustedSites: [] };
    const kept = entry('a', 'settings', older);
    const result = restoreEntry({ plans: plansState(), settings, quarantine: [kept] }, 'a', newId, NOW);
    expect(result.ok && result.change.settings).toEqual(older);
    const aside = result.ok ? (result.change.quarantine ?? []) : [];
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatchObject({ key: 'settings', cause: 'replaced', seen: true });
    expect(JSON.parse(aside[0]?.raw ?? '')).toEqual(settings);
  });

  it('keeps nothing aside when the current settings are the defaults', () => {
    const kept = entry('a', 'settings', settings);
    const result = restoreEntry(
      { plans: plansState(), settings: DEFAULT_SETTINGS, quarantine: [kept] },
      'a',
      newId,
      NOW,
    );
    expect(result).toEqual({ ok: true, change: { settings, quarantine: [] } });
  });

  it('changes nothing for an entry already restored or forgotten (a repeated message)', () => {
    expect(restoreEntry({ plans: plansState(), settings, quarantine: [] }, 'gone', newId, NOW)).toEqual({
      ok: true,
      change: {},
    });
  });

  it('refuses an entry this version cannot restore, and forgets any entry', () => {
    const newer = entry('a', 'plans', { version: 3, plans: [] });
    expect(restoreEntry({ plans: plansState(), settings, quarantine: [newer] }, 'a', newId, NOW)).toEqual({
      ok: false,
    });
    expect(forgetEntry([newer, entry('b', 'plans', 1)], 'a').map((e) => e.id)).toEqual(['b']);
    expect(forgetEntry([newer], 'gone')).toEqual([newer]);
  });
});
