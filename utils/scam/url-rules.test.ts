/** Every host-shape rule against its own examples: the URLs it must flag and the near misses it must not. */
import { describe, expect, it } from 'vitest';
import { REASON_CODES } from './reasons';
import { assessUrl } from './url';
import { SHAPE_RULES } from './url-rules';

describe.each(SHAPE_RULES.map((r) => [r.code, r] as const))('%s', (code, rule) => {
  it.each(rule.examples.flag)('flags %s, at caution (never danger: no brand)', (url) => {
    const v = assessUrl(url);
    expect(v.reasons.map((r) => r.code)).toContain(code);
    expect(v.level).toBe('caution');
  });

  it.each(rule.examples.pass)('does not flag %s', (url) => {
    expect(assessUrl(url).reasons.map((r) => r.code)).not.toContain(code);
  });

  it('has a sentence in every language', () => {
    expect(REASON_CODES).toContain(code);
  });
});

describe('hosts that must never warn', () => {
  it.each([
    'https://www.kddi-research.jp/',
    'https://login.kddi-research.jp/account/',
    'https://www.softbankhawks.co.jp/ticket/login',
    'https://group.softbank/',
    'https://www.rakuten-bank.co.jp/login/',
    'https://r.r10s.rakuten-static.com/x.js',
    'https://docomo-cycle.jp/',
    'https://au-sonpo.co.jp/',
  ])('group company %s', (url) => {
    expect(assessUrl(url)).toMatchObject({ level: 'none', score: 0 });
  });

  it.each([
    'https://dns.google/dns-query?dns=AAABAAABAAAAAAAAA3d3dwdleGFtcGxlA2NvbQAAAQAB',
    'https://cloudflare-dns.com/dns-query',
    'https://1.1.1.1/dns-query',
    'https://8.8.8.8/resolve?name=docomo.ne.jp',
    'https://9.9.9.9/dns-query?dns=AAAB',
    'https://203.0.113.7/',
  ])('DNS-over-HTTPS endpoint or bare IP alone %s', (url) => {
    expect(assessUrl(url).level).toBe('none');
  });

  it('near misses of group companies and DoH still warn', () => {
    expect(assessUrl('https://kddi-research-login.com/').level).not.toBe('none');
    expect(assessUrl('https://softbankhawks.co.jp.verify-id.top/').level).not.toBe('none');
    expect(assessUrl('https://203.0.113.7/dns-query-login/docomo/').level).not.toBe('none');
    expect(assessUrl('https://203.0.113.7/login.php').level).toBe('caution');
  });
});

describe('redirectors are judged by where they send you', () => {
  it.each([
    ['https://t.example-mail.com/click?u=https%3A%2F%2Fdocomo-point-kakunin.top%2F', 'docomo'],
    ['https://www.google.com/url?q=https://au-pay-kakunin.xyz/login', 'au'],
    ['https://href.li/?http://mysoftbank-login.com/', 'softbank'],
  ])('%s', (url, brand) => {
    const v = assessUrl(url);
    expect(v.reasons[0]?.code).toBe('redirector');
    expect(v.brand).toBe(brand);
    expect(v.level).not.toBe('none');
  });

  it.each([
    'https://accounts.google.com/signin?continue=https://mail.google.com/mail/',
    'https://example.com/login?next=https://example.com/account',
    'https://t.example-mail.com/click?u=https%3A%2F%2Fwww.docomo.ne.jp%2F',
    'https://news.example.jp/share?url=https://www.nhk.or.jp/news/',
  ])('a redirect to an ordinary or official site stays quiet: %s', (url) => {
    expect(assessUrl(url).level).toBe('none');
  });
});

describe('a short link hides its target; the shortener’s own pages do not', () => {
  it.each([
    'https://bit.ly/3xQzZ9k',
    'https://tinyurl.com/2xk9qzv7',
    'https://rb.gy/pyjg6r',
    'https://cutt.ly/kotz',
  ])('%s', (url) => {
    const v = assessUrl(url);
    expect(v.level).toBe('caution');
    expect(v.reasons.map((r) => r.code)).toEqual(['url-shortener']);
  });
  it.each([
    'https://bit.ly/',
    'https://bitly.com/pages/pricing',
    'https://tinyurl.com/app/login/',
    'https://bit.ly.example.com/abc',
  ])('%s stays quiet', (url) => {
    expect(assessUrl(url).level).toBe('none');
  });
});

describe('a redirect to an ordinary site adds nothing', () => {
  it('leaves no score that would ask the page for a closer look', () => {
    expect(
      assessUrl('https://accounts.google.com/signin?continue=https://mail.google.com/mail/'),
    ).toMatchObject({
      level: 'none',
      score: 0,
      reasons: [],
    });
  });
});
