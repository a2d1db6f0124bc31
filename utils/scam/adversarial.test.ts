/**
 * Hostile inputs: ~1 MB strings through every function that scans text or uses a regular expression. Each call
 * must finish (linear scans, bounded regex inputs); the bound below is ~100× what they take, so it is not a
 * timing test, only a guard against quadratic or exponential behaviour.
 */
import { describe, expect, it } from 'vitest';
import { skeleton } from './confusables';
import { parseUrl } from './host';
import { matchLabel, matchUnicodeLabel } from './lookalike';
import { assessPage, makePageFacts } from './page';
import { decodePunycodeLabel } from './parse';
import { extractHandles, extractPhones, nationalDigits } from './phones';
import { explainReason } from './reasons';
import { untranslateLabel } from './redirects';
import { looksRandom } from './shape';
import { editDistance, keywordTypos } from './typos';
import { assessUrl, urlEngine } from './url';
import { alphaTokens } from './words';

const MB = 1_000_000;
const BOUND_MS = 10_000;

/** `unit` repeated to about 1 MB. */
const mb = (unit: string) => unit.repeat(Math.ceil(MB / unit.length));

const inputs: [string, string][] = [
  ['0-', mb('0-')],
  ['digits', mb('0')],
  ['digit-space', mb('0 ')],
  ['full-width', mb('０－')],
  ['plus', mb('+81 ')],
  ['parens', mb('(0)')],
  ['a', mb('a')],
  ['dots', mb('.')],
  ['t.me', mb('t.me/')],
  ['tg', mb('tg @')],
  ['line id', mb('LINE ID: ')],
  ['wechat', mb('微信：')],
  ['whatsapp', mb('whatsapp +8')],
  ['combining', mb('e\u0301\u0302\u0303')],
  ['math letters', mb('𝙰𝚞𝙿𝚘𝚒𝚗𝚝𝚜')],
  ['surrogates', mb('\ud83d')],
  ['phone soup', mb('0120-800-000 0120-')],
  ['mixed', mb('ドコモ サポートセンター 0120-555-123 利用停止 Vプリカ t.me/x ')],
];

function timed<T>(fn: () => T): T {
  const t = performance.now();
  const out = fn();
  expect(performance.now() - t).toBeLessThan(BOUND_MS);
  return out;
}

describe('adversarial input completes', () => {
  it.each(inputs)(
    'text scanners on %s',
    (_name, s) => {
      expect(s.length).toBeGreaterThan(MB * 0.9);
      const phones = timed(() => extractPhones(s));
      expect(phones.length).toBeLessThanOrEqual(200);
      const handles = timed(() => extractHandles(s));
      expect(handles.length).toBeLessThanOrEqual(50);
      timed(() => nationalDigits(s.slice(0, 10_000)));
    },
    60_000,
  );

  it.each(inputs)(
    'URL engine on %s',
    (_name, s) => {
      // As a whole URL, as a host, as a path and as a single label.
      expect(timed(() => assessUrl(s)).level).not.toBe('official');
      expect(timed(() => assessUrl(`https://${s}`)).level).toBeDefined();
      expect(timed(() => assessUrl(`https://example.com/${s}`)).level).toBeDefined();
      expect(timed(() => parseUrl(`https://x.com/${s.slice(0, 8000)}`))).not.toBeUndefined();
      const label = s.slice(0, 200_000);
      const ix = urlEngine().lookalike;
      timed(() => matchLabel(label, true, ix));
      timed(() => matchUnicodeLabel(label, ix));
      timed(() => keywordTypos(alphaTokens(label)));
      timed(() => skeleton(label));
      timed(() => looksRandom(label));
      timed(() => untranslateLabel(label));
      timed(() => decodePunycodeLabel(`xn--${label}`));
      expect(editDistance(label, 'connect', 2)).toBe(3);
    },
    60_000,
  );

  it.each(inputs)(
    'page engine and explanations on %s',
    (_name, s) => {
      const facts = timed(() =>
        makePageFacts({
          title: s.slice(0, 1000),
          siteName: s.slice(0, 1000),
          visibleText: s,
          altTexts: [s.slice(0, 5000)],
        }),
      );
      const v = timed(() => assessPage('https://example.com/', facts));
      expect(['none', 'caution', 'danger']).toContain(v.level);
      for (const r of v.reasons) timed(() => explainReason({ code: r.code, detail: s }, 'docomo', 'en'));
    },
    60_000,
  );

  it('deeply nested labels and many labels', () => {
    const host = `${'a-'.repeat(30)}b.`.repeat(60);
    expect(timed(() => assessUrl(`https://${host}example.top/`)).level).toBeDefined();
    const many = `${'x.'.repeat(2000)}example.com`;
    expect(timed(() => assessUrl(`https://${many}/`)).level).toBeDefined();
  });
});
