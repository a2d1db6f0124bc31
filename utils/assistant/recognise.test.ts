/**
 * Page recognition, tested from the real brand data with tables of example pages (refined-github style): each
 * row becomes a test, and a meta-test requires every recognised kind of every portal to have an example.
 */
import { describe, expect, it } from 'vitest';
import { BRANDS } from '../../data/brands';
import type { PageKind, Portal } from '../../data/schema';
import { isIgnored, matchesGlob, pageText, recognisePage } from './recognise';

type Example = [kind: PageKind, url: string, text?: string];

const DONE = '解約のお手続きが完了しました。ご利用ありがとうございました。';

const EXAMPLES: Record<string, Example[]> = {
  docomo: [
    ['account-top', 'https://www.docomo.ne.jp/mydocomo/'],
    ['account-top', 'https://www.docomo.ne.jp/mydocomo/contract/?utm_source=x', 'ご契約内容'],
    ['procedures', 'https://www.docomo.ne.jp/mydocomo/procedures/', 'My docomo 手続き一覧'],
    ['procedures', 'https://www.docomo.ne.jp/mydocomo/procedures/', 'お 手続き 一覧'],
    ['flow', 'https://www.docomo.ne.jp/support/cancel/'],
    ['flow', 'https://www.docomo.ne.jp/mydocomo/cancel/confirm/', '確認 この内容で 手続きを完了する'],
    ['complete', 'https://www.docomo.ne.jp/mydocomo/cancel/complete/', DONE],
    ['other', 'https://www.docomo.ne.jp/'],
    ['other', 'https://www.docomo.ne.jp/procedures/', '手続き一覧'], // the phrase alone is not My docomo
    ['other', 'https://www.docomo.ne.jp/faq/detail?faqId=12345', `回線の解約 手続き一覧 ${DONE}`],
    ['other', 'https://www.docomo.ne.jp/info/news_release/2026/11/01_00.html', DONE],
  ],
  au: [
    ['account-top', 'https://my.au.com/'],
    ['account-top', 'https://my.au.com/aus/hc-cs/lic/LIC0020001.hc'],
    ['flow', 'https://www.au.com/support/service/mobile/procedure/contract/cancel/'],
    ['complete', 'https://my.au.com/aus/hc-cs/lic/LIC0020003.hc', '解約の受付が完了しました'],
    ['other', 'https://www.au.com/'],
    ['other', 'https://www.au.com/support/faq/view.k123/', DONE],
    ['other', 'https://www.au.com/english/support/faq/cancellation/leaving-country/'],
  ],
  softbank: [
    ['account-top', 'https://my.softbank.jp/msb/d/top'],
    ['flow', 'https://www.softbank.jp/mobile/support/cancellation/'],
    ['complete', 'https://my.softbank.jp/msb/d/cancel/complete', '解約手続きが完了しました'],
    ['other', 'https://www.softbank.jp/mobile/'],
    ['other', 'https://www.softbank.jp/mobile/info/personal/news/support/20221129a/', DONE],
  ],
  ahamo: [
    ['procedures', 'https://ahamo.com/support/procedure/'],
    ['complete', 'https://ahamo.com/support/procedure/cancel/done', DONE],
    ['other', 'https://ahamo.com/'],
  ],
  povo: [
    ['procedures', 'https://povo.jp/support/procedure/'],
    ['complete', 'https://povo.jp/support/cancel/done', DONE],
    ['other', 'https://povo.jp/'],
  ],
  ymobile: [
    ['flow', 'https://ymobile.jp/support/process/cancellation/agreement/'],
    ['flow', 'https://www.ymobile.jp/support/process/cancellation/agreement/?wovn=en'],
    ['complete', 'https://ymobile.jp/support/process/cancellation/complete/', DONE],
    ['other', 'https://www.ymobile.jp/'],
  ],
  linemo: [
    ['complete', 'https://www.linemo.jp/procedure/cancel/done', DONE],
    ['flow', 'https://www.linemo.jp/procedure/cancel/', 'MNP転出・解約をご検討中のお客様へ'],
    ['other', 'https://www.linemo.jp/procedure/'],
  ],
  'uq-mobile': [
    ['complete', 'https://www.uqwimax.jp/mobile/cancel/done', DONE],
    ['other', 'https://www.uqwimax.jp/mobile/support/faq/pages/pg00002248.html', DONE],
    ['other', 'https://www.uqwimax.jp/mobile/'],
  ],
  'rakuten-mobile': [
    ['account-top', 'https://portal.mobile.rakuten.co.jp/dashboard'],
    ['account-top', 'https://portal.mobile.rakuten.co.jp/my-rakuten-mobile/contract'],
    ['flow', 'https://network.mobile.rakuten.co.jp/guide/cancellation/'],
    ['flow', 'https://network.mobile.rakuten.co.jp/guide/mnp/'],
    ['complete', 'https://portal.mobile.rakuten.co.jp/cancel/complete', DONE],
    ['other', 'https://network.mobile.rakuten.co.jp/'],
    ['other', 'https://network.mobile.rakuten.co.jp/faq/detail/00001460/', DONE],
  ],
};

function portalOf(brandId: string): Portal {
  const portal = BRANDS.find((b) => b.id === brandId)?.portal;
  if (!portal) throw new Error(`${brandId} has no portal data`);
  return portal;
}

describe.each(Object.entries(EXAMPLES))('recognisePage on %s pages', (brandId, examples) => {
  const portal = portalOf(brandId);
  it.each(examples)('%s: %s', (kind, url, text = '') => {
    expect(recognisePage(url, text, portal)).toBe(kind);
  });
});

describe('the example tables', () => {
  it('cover every brand with portal data and every kind its rules recognise', () => {
    const missing = BRANDS.flatMap((brand) => {
      if (!brand.portal) return [];
      const examples = EXAMPLES[brand.id];
      if (!examples) return [`${brand.id}: no examples`];
      const exemplified = new Set(examples.map(([kind]) => kind));
      return brand.portal.pages.filter((r) => !exemplified.has(r.kind)).map((r) => `${brand.id}: ${r.kind}`);
    });
    expect(missing).toEqual([]);
  });
});

describe('URL globs', () => {
  it('match host and path only, with * for any run of characters', () => {
    expect(matchesGlob('https://www.docomo.ne.jp/mydocomo/x?y=1#z', ['www.docomo.ne.jp/mydocomo/*'])).toBe(
      true,
    );
    expect(matchesGlob('https://www.docomo.ne.jp/mydocomo', ['www.docomo.ne.jp/mydocomo/*'])).toBe(false);
    expect(
      matchesGlob('https://evil.example/www.docomo.ne.jp/mydocomo/', ['www.docomo.ne.jp/mydocomo/*']),
    ).toBe(false);
    expect(matchesGlob('https://www.docomo.ne.jp/a.b', ['www.docomo.ne.jp/a?b'])).toBe(false);
  });
  it('say which pages are FAQ or news', () => {
    expect(isIgnored('https://www.docomo.ne.jp/faq/detail?faqId=1', portalOf('docomo'))).toBe(true);
    expect(isIgnored('https://www.docomo.ne.jp/mydocomo/', portalOf('docomo'))).toBe(false);
  });
});

describe('pageText', () => {
  it('reads the title and the body text', () => {
    document.title = 'My docomo';
    document.body.innerHTML = '<h1>手続き一覧</h1>';
    expect(pageText(document)).toBe('My docomo\n手続き一覧');
  });
});
