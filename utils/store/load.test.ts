import { describe, expect, it } from 'vitest';
import { loadPlans, loadSettings } from './load';
import { DEFAULT_PLANS, DEFAULT_SETTINGS, PLANS_VERSION } from './schema';

const v2Plan = {
  id: 'p1',
  brand: 'docomo',
  card: 'physical',
  goal: 'cancel',
  createdAt: 1,
  steps: { 'move-sms-logins': { done: true, at: 5, note: 'done on 3 May' } },
};

describe('loading plans', () => {
  it('starts empty when nothing is stored', () => {
    expect(loadPlans(undefined)).toEqual({ value: DEFAULT_PLANS, setAside: [] });
  });

  it('migrates version 1 (ticked ids as a list) without losing a tick', () => {
    const v1 = {
      version: 1,
      active: 'a',
      plans: [
        { id: 'a', carrier: 'au', card: 'esim', goal: 'mnp', created: 7, done: ['mnp-one-stop', 'points'] },
      ],
    };
    const { value, setAside } = loadPlans(v1);
    expect(setAside).toEqual([]);
    expect(value).toEqual({
      version: PLANS_VERSION,
      activeId: 'a',
      plans: [
        {
          id: 'a',
          brand: 'au',
          card: 'esim',
          goal: 'mnp',
          createdAt: 7,
          steps: { 'mnp-one-stop': { done: true }, points: { done: true } },
        },
      ],
    });
  });

  it('reads the current version as it is', () => {
    const stored = { version: PLANS_VERSION, activeId: 'p1', plans: [v2Plan] };
    expect(loadPlans(stored)).toEqual({ value: stored, setAside: [] });
  });

  it.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['an unknown newer version', { version: 99, plans: [] }],
    ['a version that names an Object method', { version: 'constructor', plans: [] }],
    ['a broken version 1', { version: 1, plans: 'nope' }],
    ['no plans list', { version: PLANS_VERSION }],
  ])('sets aside %s and starts clean', (what, raw) => {
    const { value, setAside } = loadPlans(raw);
    expect(value).toEqual(DEFAULT_PLANS);
    expect(setAside).toHaveLength(1);
    expect(setAside[0]?.raw).toBe(raw);
    // Only a higher version number says "newer version"; the rest is damage.
    expect(setAside[0]?.newer).toBe(what === 'an unknown newer version' ? true : undefined);
  });

  it('loads a version 2 plan saved before plans had dates, and one with dates, without a version bump', () => {
    const dated = { ...v2Plan, id: 'p2', targetDate: '2028-03-10', mnpIssuedDate: '2028-02-29' };
    const stored = { version: 2, activeId: 'p1', plans: [v2Plan, dated] };
    expect(loadPlans(stored)).toEqual({ value: stored, setAside: [] });
    expect(loadSettings({ ...DEFAULT_SETTINGS, reminders: false }).value.reminders).toBe(false);
    expect(DEFAULT_SETTINGS.reminders).toBeUndefined(); // absent means on
  });

  it('keeps the readable plans when only one is damaged', () => {
    const damaged = { ...v2Plan, id: 'p2', card: 'floppy' };
    const { value, setAside } = loadPlans({
      version: PLANS_VERSION,
      activeId: 'p2',
      plans: [v2Plan, damaged, 17],
    });
    expect(value.plans).toEqual([v2Plan]);
    expect(value.activeId).toBe('p1');
    expect(setAside.map((s) => s.raw)).toEqual([damaged, 17]);
  });
});

describe('loading settings', () => {
  it('defaults when missing, sets aside when damaged', () => {
    expect(loadSettings(undefined).value).toEqual(DEFAULT_SETTINGS);
    const { value, setAside } = loadSettings({
      version: 1,
      lang: 'klingon',
      hintsHiddenOn: [],
      trustedSites: [],
    });
    expect(value).toEqual(DEFAULT_SETTINGS);
    expect(setAside).toHaveLength(1);
    expect(setAside[0]?.newer).toBeUndefined();
  });

  it('sets aside a newer version’s settings as such', () => {
    const newer = { version: 2, lang: 'en', theme: 'dark' };
    expect(loadSettings(newer)).toEqual({
      value: DEFAULT_SETTINGS,
      setAside: [{ reason: 'unknown settings format (version 2)', raw: newer, newer: true }],
    });
  });
});
