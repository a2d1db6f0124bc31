/**
 * The learned URL model: the committed weights fit the features, training is deterministic (the same examples
 * give the same file; with the shared data present, a retrain gives the committed file), and the engine counts
 * the model's word only as weak evidence beside a brand or sign-in hint in the host, never as a danger.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRANDS } from '../../data/brands';
import { URL_MODEL } from '../../data/url-model';
import { SAMPLE_DIR } from '../../scripts/eval';
import { CARRIERS, parseDomainList, parsePhishCsv, TUNE_LAST_YEAR } from '../../scripts/lib/eval-urls';
import { modelFileText, trainUrlModel } from '../../scripts/lib/train-url-model';
import { MODEL_FILE, retrainFromShared } from '../../scripts/train-url-model';
import { identitiesOf } from './identity';
import { createUrlEngine } from './url-core';
import { BUCKETS, DENSE, gramBuckets, loadUrlModel, type ModelInput, type UrlModel } from './url-model';

const plain = createUrlEngine(identitiesOf(BRANDS));

/** The committed sample as training data: carrier rows up to 2021, the sample's legit list. */
function sampleInputs(): { pos: ModelInput[]; neg: ModelInput[] } {
  const rows = parsePhishCsv(readFileSync(join(SAMPLE_DIR, 'phish-sample.csv'), 'utf8')).filter(
    (r) => Number(r.date.slice(0, 4)) <= TUNE_LAST_YEAR && CARRIERS[r.description],
  );
  const legit = parseDomainList(readFileSync(join(SAMPLE_DIR, 'legit-sample.txt'), 'utf8'));
  const inputs = (urls: string[]) =>
    urls.map((u) => plain.modelInput(u)).filter((m): m is ModelInput => m !== null);
  return { pos: inputs(rows.map((r) => r.url)), neg: inputs(legit.map((d) => `https://${d}/`)) };
}

describe('committed weights', () => {
  it('fit the features and say what they were trained on (never the 2022 rows)', () => {
    expect(URL_MODEL.buckets).toBe(BUCKETS);
    expect(URL_MODEL.dense).toHaveLength(DENSE.length);
    expect(Buffer.from(URL_MODEL.weights, 'base64')).toHaveLength(BUCKETS);
    expect(Number.isFinite(URL_MODEL.threshold)).toBe(true);
    expect(URL_MODEL.trainedOn).toMatch(/2019–2021/);
    expect(URL_MODEL.trainedOn).not.toMatch(/2022/);
    expect(() => loadUrlModel(URL_MODEL)).not.toThrow();
  });

  it('are refused when they do not match the features', () => {
    expect(() => loadUrlModel({ ...URL_MODEL, dense: [1] })).toThrow(/retrain/);
    expect(() => loadUrlModel({ ...URL_MODEL, weights: 'AAAA' })).toThrow();
  });

  it('match a retrain on the shared data (skipped where the data is not)', (ctx) => {
    const m = retrainFromShared();
    if (!m) ctx.skip();
    else expect(m.text).toBe(readFileSync(MODEL_FILE, 'utf8'));
  });
});

describe('training', () => {
  it('gives the same bytes from the same examples, and other bytes from other examples', () => {
    const { pos, neg } = sampleInputs();
    expect(pos.length).toBeGreaterThan(10);
    const a = modelFileText(trainUrlModel(pos, neg, 'sample'));
    const b = modelFileText(trainUrlModel(pos, neg, 'sample'));
    expect(a).toBe(b);
    expect(modelFileText(trainUrlModel(pos.slice(1), neg, 'sample'))).not.toBe(a);
  });

  it('learns to tell the sample phishing names from the legit ones', () => {
    const { pos, neg } = sampleInputs();
    const model = loadUrlModel(trainUrlModel(pos, neg, 'sample'));
    const score = (m: ModelInput) => model.logit(model.gramSum(m.label), m.dense);
    const mean = (xs: ModelInput[]) => xs.reduce((s, m) => s + score(m), 0) / xs.length;
    expect(mean(pos)).toBeGreaterThan(mean(neg));
  });

  it('reads trigrams with the ends marked', () => {
    expect(gramBuckets('ab')).toHaveLength(2); // ^ab, ab$
    expect(gramBuckets('a')).toHaveLength(1); // ^a$
    expect(gramBuckets('abc')).not.toEqual(gramBuckets('cba'));
  });
});

describe('the model in the engine', () => {
  // A model that always says "looks like phishing", to test what the engine does with its word.
  const always: UrlModel = { threshold: 0, gramSum: () => 0, logit: () => 1 };
  const engine = createUrlEngine(identitiesOf(BRANDS), always);
  const codes = (url: string) => engine.assessUrl(url).reasons.map((r) => r.code);

  it.each([
    ['https://wwq.lkiez.com/', 'a www look-alike'],
    ['https://secure-login.lkiez.com/', 'sign-in keywords'],
    ['https://au-login.lkiez.com/', 'a short brand word'],
  ])('joins a weak host hint to a caution: %s (%s)', (url) => {
    expect(plain.assessUrl(url).level).toBe('none');
    const v = engine.assessUrl(url);
    expect(v.level).toBe('caution');
    expect(codes(url)).toContain('phish-like-name');
  });

  it.each([
    'https://example-shop.com/',
    'https://rwbazt.cn/',
    'https://kadi.xcfasl.com/',
    'https://155.94.1.2/login',
    'https://www.docomo.ne.jp/',
  ])('adds nothing without a host hint, beside randomness or a fuzzy brand match, or on an IP: %s', (url) => {
    expect(engine.assessUrl(url)).toEqual(plain.assessUrl(url));
  });

  it('never makes a danger, even beside a brand', () => {
    const url = 'https://docomo-secure.com/';
    expect(plain.assessUrl(url).level).toBe('caution');
    const v = engine.assessUrl(url);
    expect(v.level).toBe('caution');
    expect(v.score).toBeLessThan(80);
  });

  it('reads the registrable name or the platform account, and nothing on IPs and official hosts', () => {
    expect(plain.modelInput('https://a.b.aupypp.com/x')).toMatchObject({ label: 'aupypp', suffix: 'com' });
    expect(plain.modelInput('https://x.susan63.workers.dev/')).toMatchObject({
      label: 'susan63',
      suffix: 'workers.dev',
    });
    expect(plain.modelInput('https://1.2.3.4/')).toBeNull();
    expect(plain.modelInput('https://www.docomo.ne.jp/')).toBeNull();
  });
});
