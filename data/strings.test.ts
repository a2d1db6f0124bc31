import { describe, expect, it } from 'vitest';
import { LANGS } from './schema';
import { STRINGS } from './strings';

describe('UI strings', () => {
  it.each(Object.entries(STRINGS))('%s has a non-empty text in every language', (_key, text) => {
    for (const lang of LANGS) expect((text as Record<string, string>)[lang]?.trim()).toBeTruthy();
  });
  it.each(Object.entries(STRINGS))('%s uses the same placeholders in every language', (_key, text) => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const t = text as Record<string, string>;
    for (const lang of LANGS) expect(names(t[lang] ?? '')).toEqual(names(t.en ?? ''));
  });
});
