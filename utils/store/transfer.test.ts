import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportFileName,
  MAX_IMPORT_BYTES,
  serialiseExport,
  setAsideFileName,
} from './export-file';
import { loadPlans } from './load';
import { DEFAULT_SETTINGS, type PlansState, type QuarantineEntry, type Settings } from './schema';
import { applyImport, exportData, parseImport } from './transfer';

const NOW = Date.UTC(2028, 2, 1, 12);

const plans: PlansState = {
  version: 2,
  activeId: 'p2',
  plans: [
    {
      id: 'p1',
      brand: 'docomo',
      card: 'physical',
      goal: 'cancel',
      createdAt: 1,
      steps: {
        'move-sms-logins': { done: true, at: 5, note: 'LINE and bank moved' },
        points: { done: false },
      },
      beforeReset: { points: { done: true, at: 3 } },
      targetDate: '2028-03-10',
    },
    {
      id: 'p2',
      brand: 'au',
      card: 'esim',
      goal: 'mnp',
      createdAt: 2,
      steps: { 'mnp-one-stop': { done: true, at: 9 } },
      mnpIssuedDate: '2028-02-29',
    },
  ],
};
const settings: Settings = {
  version: 1,
  lang: 'ja',
  hintsHiddenOn: ['my.au.com'],
  trustedSites: ['myhome-nas.duckdns.org'],
  reminders: false,
};

/** A value the store set aside: a newer version's settings, as the list keeps it. */
const keptAside: QuarantineEntry = {
  id: 'q1',
  key: 'settings',
  at: 3,
  reason: 'unknown settings format (version 2)',
  raw: '{"version":2,"lang":"en","theme":"dark"}',
  seen: false,
  cause: 'newer',
};
const quarantine = [keptAside];

const exported = () => serialiseExport(exportData({ plans, settings, quarantine }, NOW));
const withFile = (change: (file: Record<string, unknown>) => void) => {
  const file = JSON.parse(exported()) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
};

describe('export', () => {
  it('names its format and version, and carries every checklist, note, date and setting', () => {
    const file = JSON.parse(exported());
    expect(file).toMatchObject({ format: EXPORT_FORMAT, version: EXPORT_VERSION });
    expect(file.exportedAt).toBe('2028-03-01T12:00:00.000Z');
    expect(file.plans).toEqual(plans);
    expect(file.settings).toEqual(settings);
    expect(exportFileName(NOW)).toBe('kaiyaku-guard-2028-03-01.json');
  });

  it('carries the values kept aside, so they move machines with the rest', () => {
    expect(JSON.parse(exported()).quarantine).toEqual(quarantine);
  });

  it('round-trips: importing an export gives back exactly what was exported', () => {
    const result = parseImport(exported());
    expect(result).toEqual({
      ok: true,
      data: { plans, settings, quarantine, exportedAt: '2028-03-01T12:00:00.000Z' },
    });
  });

  it('round-trips empty data and default settings', () => {
    const empty = {
      plans: { version: 2 as const, plans: [], activeId: null },
      settings: DEFAULT_SETTINGS,
      quarantine: [],
    };
    const result = parseImport(serialiseExport(exportData(empty, NOW)));
    expect(result.ok && { ...result.data, exportedAt: null }).toEqual({ ...empty, exportedAt: null });
  });

  it('names a downloaded kept-aside value after its kind and date, safely', () => {
    expect(setAsideFileName('plans', NOW)).toBe('kaiyaku-guard-plans-set-aside-2028-03-01.json');
    expect(setAsideFileName('../x y', NOW)).toBe('kaiyaku-guard-___x_y-set-aside-2028-03-01.json');
  });
});

describe('import of older files', () => {
  it('imports a file made before exports carried the quarantine, with an empty one', () => {
    const result = parseImport(withFile((f) => delete f.quarantine));
    expect(result).toMatchObject({ ok: true, data: { plans, settings, quarantine: [] } });
  });

  it('imports kept-aside entries stored before entries had ids or causes', () => {
    const { id: _, cause: __, ...old } = keptAside;
    const result = parseImport(withFile((f) => Object.assign(f, { quarantine: [old] })));
    expect(result).toMatchObject({ ok: true, data: { quarantine: [old] } });
  });

  it('migrates version 1 checklists through the storage loader', () => {
    const v1 = {
      version: 1,
      active: 'a',
      plans: [{ id: 'a', carrier: 'au', card: 'esim', goal: 'mnp', created: 7, done: ['mnp-one-stop'] }],
    };
    const result = parseImport(withFile((f) => Object.assign(f, { plans: v1 })));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data.plans).toEqual(loadPlans(v1).value);
    if (result.ok) expect(result.data.plans.plans[0]?.steps['mnp-one-stop']).toEqual({ done: true });
  });
});

describe('bad files are refused with a reason, never half-imported', () => {
  it.each([
    ['empty text', ''],
    ['plain text', 'my checklists'],
    ['truncated JSON', exported().slice(0, 200)],
    ['a binary file', '\u0000\u0001PNG\r\n'],
  ])('not JSON: %s', (_what, text) => {
    expect(parseImport(text)).toEqual({ ok: false, problem: { code: 'not-json' } });
  });

  it.each([
    ['a JSON number', '42'],
    ['null', 'null'],
    ['an array', '[]'],
    ['another program’s JSON', '{"name":"my-app","version":"1.0.0"}'],
    ['the stored plans alone', JSON.stringify(plans)],
    ['a misspelt format', withFile((f) => Object.assign(f, { format: 'kaiyaku-guard' }))],
    ['a version that is not a number', withFile((f) => Object.assign(f, { version: '1' }))],
    ['version 0', withFile((f) => Object.assign(f, { version: 0 }))],
  ])('wrong format: %s', (_what, text) => {
    expect(parseImport(text)).toEqual({ ok: false, problem: { code: 'wrong-format' } });
  });

  it.each([
    ['a newer file layout', withFile((f) => Object.assign(f, { version: EXPORT_VERSION + 1 }))],
    ['newer checklists', withFile((f) => Object.assign(f, { plans: { version: 99, plans: [] } }))],
    ['newer settings', withFile((f) => Object.assign(f, { settings: { ...settings, version: 7 } }))],
  ])('future version: %s', (_what, text) => {
    expect(parseImport(text)).toEqual({ ok: false, problem: { code: 'newer-version' } });
  });

  it.each([
    ['no checklists', withFile((f) => delete f.plans), 'plans'],
    ['no settings', withFile((f) => delete f.settings), 'settings'],
    [
      'one damaged checklist',
      withFile((f) => {
        (f.plans as { plans: unknown[] }).plans.push({ id: 'x', brand: 'au', card: 'floppy' });
      }),
      'checklists',
    ],
    [
      'two checklists with one id',
      withFile((f) => {
        const list = (f.plans as { plans: unknown[] }).plans;
        list.push(list[0]);
      }),
      'duplicate plan id',
    ],
    ['a note over the limit', withFile((f) => setNote(f, 'x'.repeat(5000))), 'checklists'],
    [
      'kept-aside values that are not a list',
      withFile((f) => Object.assign(f, { quarantine: { raw: 'x' } })),
      'quarantine',
    ],
    [
      'a kept-aside value without its text',
      withFile((f) => Object.assign(f, { quarantine: [{ ...keptAside, raw: undefined }] })),
      'quarantine.0.raw',
    ],
    ['an impossible date', withFile((f) => setDate(f, '2027-02-29')), 'checklists'],
    [
      'an unknown language',
      withFile((f) => Object.assign(f, { settings: { ...settings, lang: 'klingon' } })),
      'settings',
    ],
    [
      'trusted sites that are not a list',
      withFile((f) => Object.assign(f, { settings: { ...settings, trustedSites: 'all' } })),
      'settings',
    ],
  ])('damaged: %s', (_what, text, inDetail) => {
    const result = parseImport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.code).toBe('damaged');
      expect(result.problem.code === 'damaged' && result.problem.detail).toContain(inDetail);
    }
  });

  it('refuses a huge file before parsing it', () => {
    const huge = withFile((f) => Object.assign(f, { padding: 'x'.repeat(MAX_IMPORT_BYTES) }));
    expect(parseImport(huge)).toEqual({ ok: false, problem: { code: 'too-large' } });
  });

  it('survives deeply nested JSON just under the size limit', () => {
    const depth = 1_000_000;
    const nested = `{"format":"${EXPORT_FORMAT}","version":1,"settings":{"version":1},"plans":{"version":2,"plans":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
    // JSON.parse is iterative in V8; the loader then refuses the first non-plan, without recursing.
    expect(parseImport(nested)).toMatchObject({ ok: false, problem: { code: 'damaged' } });
  });

  it('keeps prototype-polluting keys inert', () => {
    const text = exported().replace('"settings": {', '"settings": {"__proto__": {"polluted": true}, ');
    expect(text).toContain('__proto__');
    const result = parseImport(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok && (result.data.settings as Record<string, unknown>).polluted).toBeFalsy();
  });
});

function setNote(file: Record<string, unknown>, note: string) {
  const first = (file.plans as PlansState).plans[0];
  if (first) first.steps.points = { done: false, note };
}
function setDate(file: Record<string, unknown>, day: string) {
  const first = (file.plans as PlansState).plans[0];
  if (first) first.targetDate = day;
}

describe('applying an import', () => {
  const old: QuarantineEntry = { key: 'plans', at: 1, reason: 'unreadable', raw: '"x"', seen: false };

  it('replaces everything and keeps what it replaced in the quarantine, after what was there', () => {
    const current = {
      plans,
      settings,
      quarantine: [old],
    };
    const imported = {
      plans: { version: 2 as const, plans: [], activeId: null },
      settings: DEFAULT_SETTINGS,
      quarantine: [],
    };
    const next = applyImport(current, imported, NOW);
    expect(next.plans).toBe(imported.plans);
    expect(next.settings).toBe(imported.settings);
    expect(next.quarantine[0]).toBe(old);
    expect(next.quarantine.slice(1).map((e) => [e.key, JSON.parse(e.raw)])).toEqual([
      ['plans', plans],
      ['settings', settings],
    ]);
    // Kept aside on purpose: the storage-problem notice is for data that could not be read.
    expect(next.quarantine.slice(1).every((e) => e.seen && e.reason.includes('import'))).toBe(true);
  });

  it('adds nothing to the quarantine when there was nothing to lose', () => {
    const empty = {
      plans: { version: 2 as const, plans: [], activeId: null },
      settings: DEFAULT_SETTINGS,
      quarantine: [],
    };
    expect(applyImport(empty, { plans, settings, quarantine: [] }, NOW).quarantine).toEqual([]);
  });

  it('keeps the file’s kept-aside values after this device’s, once each, marked seen', () => {
    const empty = { plans: { version: 2 as const, plans: [], activeId: null }, settings: DEFAULT_SETTINGS };
    const here = { ...old, id: 'q0' };
    const fromFile = { ...keptAside, id: 'q2' };
    const next = applyImport(
      { ...empty, quarantine: [here, keptAside] },
      { ...empty, quarantine: [here, fromFile] },
      NOW,
    );
    expect(next.quarantine).toEqual([here, keptAside, { ...fromFile, seen: true }]);
  });
});
