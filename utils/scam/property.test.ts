/**
 * Property-based tests of the scam engine's entry points (issue 7): whatever a tab's URL or a page's text and
 * DOM are, nothing throws, verdicts are well-formed and deterministic, and the work is bounded.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { BRANDS } from '../../data/brands';
import { LANGS } from '../../data/schema';
import { URL_MODEL } from '../../data/url-model';
import {
  anyText,
  anyUrl,
  domTree,
  HAPPY_DOM_MAX_DEPTH,
  nestInDocument,
  PRIVATE_HOSTS,
  showTrees,
  soup,
  urlPath,
} from '../../tests/unit/arbitraries';
import { checkPage } from '../guard/check';
import { DomFactsSchema } from '../guard/facts-schema';
import { checkUrl } from '../guard/trigger';
import { completeFacts, extractDomFacts, MAX_FORMS } from './extract';
import { identitiesOf } from './identity';
import { assessPage } from './page';
import { extractHandles, extractPhones } from './phones';
import { explainReason, REASON_CODES } from './reasons';
import { CAUTION } from './score';
import type { Verdict } from './types';
import { assessUrl } from './url';
import { createUrlEngine } from './url-core';
import { loadUrlModel } from './url-model';

const LEVELS = new Set(['official', 'none', 'caution', 'danger']);
const BRAND_IDS = new Set(BRANDS.map((b) => b.id));
const warns = (verdict: Verdict) => verdict.level === 'caution' || verdict.level === 'danger';

function expectWellFormed(verdict: Verdict): void {
  expect(LEVELS.has(verdict.level)).toBe(true);
  expect(verdict.brand === null || BRAND_IDS.has(verdict.brand)).toBe(true);
  expect(Number.isFinite(verdict.score)).toBe(true);
  expect(verdict.score).toBeGreaterThanOrEqual(0);
  for (const reason of verdict.reasons) {
    expect(REASON_CODES).toContain(reason.code);
    expect(typeof reason.detail).toBe('string');
    for (const lang of LANGS) expect(explainReason(reason, verdict.brand, lang)).not.toBe('');
  }
  if (verdict.level === 'official') expect(verdict.brand).not.toBeNull();
  if (warns(verdict)) expect(verdict.score).toBeGreaterThanOrEqual(CAUTION);
}

describe('assessUrl on random and adversarial URLs', () => {
  it('never throws and always gives a well-formed verdict', () => {
    fc.assert(
      fc.property(anyUrl, (url) => {
        expectWellFormed(assessUrl(url));
      }),
      { numRuns: 600 },
    );
  });

  it('is deterministic: the same verdict again, and from a freshly built engine', () => {
    const fresh = createUrlEngine(identitiesOf(BRANDS), loadUrlModel(URL_MODEL));
    fc.assert(
      fc.property(anyUrl, (url) => {
        const first = assessUrl(url);
        expect(assessUrl(url)).toEqual(first);
        expect(fresh.assessUrl(url)).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the background’s own entry point, which never throws either', () => {
    fc.assert(
      fc.property(anyUrl, anyText, (url, sample) => {
        const { verdict, scan, scanIfSignal } = checkUrl(url, sample);
        expectWellFormed(verdict);
        expect(typeof scan).toBe('boolean');
        expect(scan && scanIfSignal).toBe(false);
        if (verdict.level === 'official') expect(scan || scanIfSignal).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never warns about local and private addresses, whatever their path', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PRIVATE_HOSTS),
        fc.constantFrom('http://', 'https://'),
        fc.option(fc.integer({ min: 1, max: 65_535 }), { nil: null }),
        urlPath,
        (host, scheme, port, path) => {
          const verdict = assessUrl(`${scheme}${host}${port === null ? '' : `:${port}`}${path}`);
          expect(warns(verdict), `${verdict.level} ${JSON.stringify(verdict.reasons)}`).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('bounds the work on huge URLs (benchmark-like, generous limit)', () => {
    const huge = [
      `https://${'docomo-'.repeat(15_000)}login.xyz/`,
      `https://${Array.from({ length: 20_000 }, (_, i) => `l${i}`).join('.')}.com/`,
      `https://www.docomo.ne.jp.evil.com/${'ドコモ/'.repeat(50_000)}`,
      `https://docomo-login.xyz/?${'q=ドコモ&'.repeat(30_000)}`,
      `https://xn--${'a'.repeat(100_000)}.com/`,
      `https://${'ｄｏｃｏｍｏ'.repeat(20_000)}.jp/`,
      `https://user:${'p'.repeat(100_000)}@docomo.ne.jp/`,
      `data:text/html,${'<p>docomo</p>'.repeat(50_000)}`,
    ];
    const started = performance.now();
    for (const url of huge) expectWellFormed(assessUrl(url));
    // About 100 kB each; typically well under a second for all of them. The limit only catches runaway work.
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe('phone and messaging-handle extraction on random Unicode text', () => {
  it('never throws, respects `max`, and returns only well-formed hits', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 0, max: 30 }), (text, max) => {
        const phones = extractPhones(text, max);
        expect(phones.length).toBeLessThanOrEqual(max);
        for (const hit of phones) {
          expect(hit.number).toMatch(/^0\d{7,10}$/);
          expect(hit.display.length).toBeLessThanOrEqual(100);
          expect(hit.context.length).toBeLessThanOrEqual(18 * (80 + hit.display.length));
        }
        const handles = extractHandles(text, max);
        expect(handles.length).toBeLessThanOrEqual(max);
        for (const hit of handles) {
          expect(['telegram', 'line', 'wechat', 'whatsapp']).toContain(hit.kind);
          expect(hit.id.length).toBeLessThanOrEqual(300);
          expect(hit.context.length).toBeLessThanOrEqual(18 * (80 + hit.id.length + 20));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(soup, (text) => {
        expect(extractPhones(text)).toEqual(extractPhones(text));
        expect(extractHandles(text)).toEqual(extractHandles(text));
      }),
      { numRuns: 200 },
    );
  });

  it('bounds the work on a megabyte of adversarial text (benchmark-like, generous limit)', () => {
    const texts = [
      '0-'.repeat(500_000),
      '０１２０－'.repeat(200_000),
      '+81 '.repeat(250_000),
      't.me/'.repeat(200_000),
      'telegram tg line vx '.repeat(50_000),
      '微信：'.repeat(300_000),
      `${'0'.repeat(1_000_000)}`,
    ];
    const started = performance.now();
    for (const text of texts) {
      expect(extractPhones(text).length).toBeLessThanOrEqual(200);
      expect(extractHandles(text).length).toBeLessThanOrEqual(50);
    }
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe('page facts from random DOMs', () => {
  it('never throws, always fits the background’s message schema, and is deterministic', () => {
    fc.assert(
      fc.property(fc.array(domTree, { maxLength: 4 }), anyText, (trees, title) => {
        const doc = showTrees(trees, title);
        const facts = extractDomFacts(doc);
        const parsed = v.safeParse(DomFactsSchema, facts);
        expect(parsed.success, JSON.stringify(parsed.issues?.[0]?.path)).toBe(true);
        expect(extractDomFacts(doc)).toEqual(facts);
        // …and the background's half accepts them.
        const verdict = checkPage('https://docomo-login.xyz/', completeFacts(facts));
        expectWellFormed(verdict);
        expectWellFormed(assessPage('not a url', completeFacts(facts)));
      }),
      { numRuns: 150 },
    );
  }, 30_000); // 150 documents, each read three times through happy-dom's slow DOM: seconds on a loaded machine

  it('respects its limits on text and nodes', () => {
    fc.assert(
      fc.property(
        fc.array(domTree, { maxLength: 3 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 50 }),
        (trees, maxText, maxNodes) => {
          const doc = showTrees(trees);
          expect(extractDomFacts(doc, { maxText, maxNodes }).visibleText.length).toBeLessThanOrEqual(maxText);
        },
      ),
      { numRuns: 150 },
    );
  }, 30_000);

  it('keeps the one password form when a page hides it behind hundreds of empty forms', () => {
    const decoys = Array.from({ length: 300 }, () => ({
      tag: 'form',
      attrs: [] as [string, string][],
      children: [{ tag: 'input', attrs: [['name', 'q']] as [string, string][], children: [] }],
    }));
    const login = {
      tag: 'form',
      attrs: [['action', 'https://collect.example/']] as [string, string][],
      children: [{ tag: 'input', attrs: [['type', 'password']] as [string, string][], children: [] }],
    };
    const facts = extractDomFacts(showTrees([...decoys, login], 'dアカウント ログイン'));
    expect(facts.forms).toHaveLength(MAX_FORMS);
    expect(facts.forms[0]).toMatchObject({ password: true, actionHost: 'collect.example' });
    expect(v.safeParse(DomFactsSchema, facts).success).toBe(true);
  });

  it(`reads a DOM nested ${HAPPY_DOM_MAX_DEPTH} deep (as deep as happy-dom holds)`, () => {
    document.body.replaceChildren();
    const form = document.createElement('form');
    const password = document.createElement('input');
    password.type = 'password';
    nestInDocument(form, HAPPY_DOM_MAX_DEPTH, password, 'div');
    const link = document.createElement('a');
    link.href = 'https://t.me/deep_seller';
    nestInDocument(link, HAPPY_DOM_MAX_DEPTH, document.createTextNode('ドコモ 解約 代行'));
    const facts = extractDomFacts(document);
    expect(facts.forms.some((f) => f.password)).toBe(true);
    expect(facts.messaging).toEqual(['t.me/deep_seller']);
    expect(facts.visibleText).toContain('解約');
  });

  it('stops its walk at its node budget, however deep the text sits', () => {
    document.body.replaceChildren();
    nestInDocument(
      document.createElement('div'),
      HAPPY_DOM_MAX_DEPTH,
      document.createTextNode('ドコモ'),
      'div',
    );
    expect(extractDomFacts(document, { maxNodes: HAPPY_DOM_MAX_DEPTH + 10 }).visibleText).toBe('ドコモ');
    expect(extractDomFacts(document, { maxNodes: 1_000 }).visibleText).toBe('');
  });
});
