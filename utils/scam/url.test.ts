import { describe, expect, it } from 'vitest';
import { BRANDS } from '../../data/brands';
import { REASON_CODES } from './reasons';
import { assessUrl, urlEngine } from './url';
import { createUrlEngine } from './url-core';

const has = (id: string) => BRANDS.some((b) => b.id === id);
const warns = (level: string) => level === 'caution' || level === 'danger';

/** Brands that may legitimately claim a host: the ones listing it, or covering it with a domain. */
function owners(host: string): string[] {
  return BRANDS.filter(
    (b) =>
      b.hosts.some((h) => h.host === host) ||
      b.domains.some((d) => host === d.domain || host.endsWith(`.${d.domain}`)),
  ).map((b) => b.id);
}

describe('official hosts', () => {
  const cases: string[] = [];
  for (const b of BRANDS) {
    for (const d of b.domains) cases.push(`https://${d.domain}/`, `https://www.${d.domain}/some/path?q=1`);
    // Official means under an official domain; a listed host outside every domain is not vouched for.
    for (const h of b.hosts) if (owners(h.host).length > 0) cases.push(`https://${h.host}/login`);
    // Its own sign-in pages, whose path segments warn anywhere else.
    for (const h of b.hosts) for (const p of h.signInPaths ?? []) cases.push(p.url);
  }
  it.each(cases)('%s is official', (url) => {
    const v = assessUrl(url);
    expect(v.level).toBe('official');
    expect(owners(new URL(url).hostname)).toContain(v.brand);
    expect(v.reasons[0]?.code).toBe('official-host');
  });
});

// [url, brand expected when that brand is in data/brands (null: any or none), minimum level]
const LOOKALIKES: [string, string | null, 'caution' | 'danger'][] = [
  ['https://mydocomo-payment.com/', 'docomo', 'caution'],
  ['https://softbank-login.abc.cn/', 'softbank', 'danger'],
  ['https://support.auone.kddi.com.xyz.com/', 'au', 'danger'],
  ['https://nttdocomo.jp.xxx.com/', 'docomo', 'caution'],
  ['https://ntt-docmo.xxx.cn/', 'docomo', 'caution'],
  ['https://ntt-docmo.xxx.top/', 'docomo', 'danger'],
  ['https://www.ntt-docono-info.xxx.top/', 'docomo', 'danger'],
  ['https://kd-d--l-au.com/', 'au', 'caution'],
  ['https://kddl-xyz.com/', 'au', 'caution'],
  ['https://docomo.ne.jp-xyz.co/', 'docomo', 'danger'],
  ['https://auone.kddi.com.evil.com/login', 'au', 'danger'],
  ['https://connect.auone.co.jp.akunto-kddi.com/', 'au', 'caution'],
  ['https://soffbank.qlgg0fj.cn/', 'softbank', 'danger'],
  ['https://sofibank.zxc1.info/', 'softbank', 'caution'],
  ['https://d0c0m0-login.com/', 'docomo', 'caution'],
  ['https://docomolhpk.duckdns.org/', 'docomo', 'danger'],
  ['https://xn--d-login-tigrab7a.com/', 'docomo', 'caution'], // dосомо-login with Cyrillic letters
  ['https://xn--sftbank-9ig.jp/', 'softbank', 'caution'],
  ['https://xn----dfuzc3ey081aupxc.com/', 'docomo', 'caution'], // ドコモ-料金.com
  ['https://au-pay-login.jgbvxxn.cn/', 'au', 'danger'],
  ['https://rakuten-mobile-login.xyz/', 'rakuten-mobile', 'danger'],
  ['https://ymobile-support.top/', 'ymobile', 'danger'],
  [
    'https://example.top/%F0%9D%99%B0%F0%9D%9A%9E%F0%9D%99%BF%F0%9D%9A%98%F0%9D%9A%92%F0%9D%9A%97%F0%9D%9A%9D%F0%9D%9A%9C',
    null,
    'danger',
  ],
  ['https://shop.example.com/𝙰𝚞𝙿𝚘𝚒𝚗𝚝𝚜/login', null, 'caution'],
  ['http://xqzvbnkwtr.duckdns.org/', null, 'caution'],
  ['https://abc123.ddns.net/login', null, 'caution'],
  ['https://www-docomo-ne-jp.translate.goog/mydocomo/', 'docomo', 'caution'],
  ['https://docomo-login-xyz.translate.goog/', 'docomo', 'caution'],
  ['http://155.94.184.87/au/', null, 'caution'],
  ['https://[2001:db8::1]/login', null, 'caution'],
  ['https://connecct-login.example-flowers.com/', null, 'caution'],
  ['https://account-update.top/', null, 'caution'],
  ['https://wwwaiu.kdda.hpcsjek.cn/', null, 'caution'],
  ['https://aupay-legit.com/', 'au', 'caution'],
];

describe('lookalikes warn and name the brand the host names', () => {
  it.each(LOOKALIKES)('%s', (url, brand, min) => {
    const v = assessUrl(url);
    expect(warns(v.level), JSON.stringify(v)).toBe(true);
    if (min === 'danger') expect(v.level, JSON.stringify(v)).toBe('danger');
    if (brand && has(brand)) expect(v.brand).toBe(brand);
  });
});

const LEGIT = [
  'https://google.com/',
  'https://www.google.co.jp/search?q=docomo',
  'https://amazon.co.jp/',
  'https://www.amazon.co.jp/dp/B000',
  'https://octocat.github.io/',
  'https://my-project.pages.dev/',
  'https://aa.com/',
  'https://ai.com/',
  'https://adobe.com/',
  'https://auth0.com/login',
  'https://audible.co.jp/',
  'https://academy.com/',
  'https://autodesk.com/',
  'https://australia.gov.au/',
  'https://www.au.com.au/',
  'https://en.wikipedia.org/wiki/NTT_Docomo',
  'https://news.yahoo.co.jp/articles/docomo-softbank',
  'https://www.itmedia.co.jp/mobile/articles/2107/21/news.html',
  'https://sonymobile.com/',
  'https://mobalytics.gg/',
  'https://login.microsoftonline.com/',
  'https://accounts.google.com/signin',
  'https://mail.google.com/mail/u/0/',
  'https://f-secure.com/',
  'https://www.logicmonitor.com/',
  'https://docs.github.com/en',
  'https://kodi.tv/',
  'https://news.sina.com.cn/',
  'https://www.gov.cn/',
  'https://t.co/',
  'https://mañana.com/',
  'https://xn--zck9awe6d.jp/',
  'https://www.softbank.com/',
  'https://rakuten.fr/',
  'https://booking.com/',
  'https://youtube.com/watch?v=au',
  'https://www.apple.com/au/',
];

describe('legitimate sites stay quiet', () => {
  it.each(LEGIT)('%s', (url) => {
    const v = assessUrl(url);
    expect(v.level, JSON.stringify(v)).toBe('none');
  });
});

const LOCAL = [
  'http://192.168.1.1/',
  'http://10.0.0.5/admin',
  'http://172.16.3.4/',
  'http://127.0.0.1:8080/',
  'localhost:3000',
  'http://localhost:3000/docomo/login',
  'http://[::1]/',
  'http://[fe80::1]/',
  'http://[fd00::5]/',
  'http://router.local/',
  'http://docomo-login.test/',
  'http://app.localhost/',
  'http://intranet/',
  'http://3232235777/',
  'file:///home/user/docomo-login.html',
  'chrome-extension://abcdefghijklmnop/popup.html',
  'moz-extension://1234/options.html',
  'about:blank',
  'data:text/html,<h1>docomo</h1>',
  'javascript:void(0)',
];

describe('local, private and non-web addresses are never flagged', () => {
  it.each(LOCAL)('%s', (url) => {
    const v = assessUrl(url);
    expect(v.level).toBe('none');
    expect(v.reasons).toEqual([]);
  });
});

const MALFORMED = [
  '',
  '   ',
  'http://',
  'https://exa mple.com/',
  'http://[::1',
  '::::',
  'http://a b',
  '%%%',
  `https://${'a'.repeat(9000)}.com/`,
];

describe('malformed input', () => {
  it.each(MALFORMED)('%j gives none + invalid-url', (url) => {
    const v = assessUrl(url);
    expect(v.level).toBe('none');
    expect(v.reasons.map((r) => r.code)).toEqual(['invalid-url']);
  });

  it('a 2-letter brand in a subdomain still names the brand of other evidence', () => {
    const v = assessUrl('https://au.lkiex.com/');
    expect(v.level).toBe('none');
    expect(v.brand).toBe(has('au') ? 'au' : null);
  });

  it('never throws on non-strings', () => {
    expect(assessUrl(undefined as unknown as string).reasons[0]?.code).toBe('invalid-url');
    expect(assessUrl(42 as unknown as string).reasons[0]?.code).toBe('invalid-url');
  });
});

// New structural rules: each with phishing-shaped positives and legitimate look-alikes that must stay quiet.
const RULES: [string, string, [string, string | null][], string[]][] = [
  [
    'a 2-letter brand + a carrier/account keyword in the registrable label is a combosquat',
    'brand-short-token',
    [
      ['https://au-help.com/', 'au'],
      ['https://conect-au-id.com/', 'au'],
      ['https://updateau.info/', 'au'],
      ['https://au-pay-ueye.com/', 'au'],
      ['https://auinfm.example.shop/', 'au'],
    ],
    [
      'https://au-pair.com/',
      'https://www.au-pair.com/en/',
      'https://aupair.com/',
      'https://australia.gov.au/',
      'https://au-pay.com.au/',
      'https://www.au-mobile.com.au/',
      'https://au.example.com/',
      'https://au-login.example.com/', // a regional sign-in page: the keyword is not counted twice
      'https://login-au.example.com/signin',
      'https://www.au.example.com/login', // `au` in a subdomain weighs nothing
      'https://au.example.top/',
      'https://auction.com/',
    ],
  ],
  [
    'a mangled "login" in a subdomain is a keyword typo',
    'keyword-typo',
    [
      ['https://aua-koggin.ips-au.com/', 'au'],
      ['https://au-ogin.ips-au.com/', 'au'],
      ['https://connect-logni.example-flowers.com/', null],
      ['https://cconnet-au-logni.example.com/', 'au'], // the mangled word also makes `au` a combo
    ],
    [
      'https://plugins.example.com/',
      'https://logic.example.com/',
      'https://blog.logo-design.com/',
      'https://login.example.com/',
      'https://logging.example.top/',
    ],
  ],
  [
    'a label posing as www adds to another signal',
    'fake-www',
    [
      ['https://wwq.example.top/', null],
      ['https://wwwconnect-login.example.com/', null],
    ],
    [
      'https://www2.example.com/',
      'https://ww1.example.top/',
      'https://wow.example.com/',
      'https://ww.example.com/',
      'https://wwq.example.com/',
    ],
  ],
  [
    'www. in front of a subdomain adds to another signal',
    'www-subdomain',
    [['https://www.acauo-osmancaensm.cuqlgg.top/', null]],
    [
      'https://www.cs.example.edu/',
      'https://www.city.shinjuku.lg.jp/',
      'https://www.sub.example.com/',
      'https://www.blog.example.top/',
    ],
  ],
  [
    "a segment of a brand's own sign-in path on another host names the brand",
    'copied-sign-in-path',
    [
      ['https://example-shop.com/auth/cgi/anidlogin', 'docomo'],
      ['https://example-shop.com/AUTH/CGI/ANIDLOGIN.php?x=1', 'docomo'],
      ['https://203.0.113.9/sbid_auth/type1/2.0/login.php', 'softbank'],
      ['https://example-shop.com/net/vwc/cca_lg_eu_nets/login', 'au'],
      ['https://example-shop.com/auth/cgi/%61nidlogin', 'docomo'],
      ['https://example-shop.com/anidlogin-old/auth/cgi/anidlogin;jsessionid=1', 'docomo'],
    ],
    [
      'https://example.com/go?next=https://cfg.smt.docomo.ne.jp/auth/cgi/anidlogin',
      'https://example.com/blog/anidlogin-explained',
      'https://example.com/sbid_authority/',
    ],
  ],
  [
    'a sign-in path adds to a suspicious host only',
    'login-path',
    [['https://connecct.example.com/login.php', null]],
    [
      'https://connecct.example.com/',
      'https://example.top/login.php', // a cheap TLD and a sign-in path: both too common on real sites
      'https://example.com/login.php',
      'https://github.com/login',
      'https://my-awesome-project.github.io/login',
      'https://docs.myproject.workers.dev/login',
      'https://api.my-app.workers.dev/',
      'https://blog.patriciak.workers.dev/',
      'https://octocat.github.io/signin',
    ],
  ],
  [
    'two edits from a ≥6-letter brand word is a weak hit',
    'brand-lookalike',
    [
      ['https://softbrenk.xyz/', 'softbank'],
      ['https://c.docond.xyz/', 'docomo'],
      ['https://untdocomo.com/', 'docomo'],
    ],
    [
      'https://softball.xyz/',
      'https://docond.com/',
      'https://linear.app/',
      'https://document.top/',
      'https://sonymobile.com/',
    ],
  ],
  [
    'brand words in the path of news sites stay quiet',
    'brand-in-path',
    [],
    [
      'https://www.itmedia.co.jp/news/articles/docomo-login-outage.html',
      'https://k-tai.watch.impress.co.jp/docs/news/docomo/1234.html',
      'https://www3.nhk.or.jp/news/html/softbank-au-docomo/k1001.html',
      'https://www.nikkei.com/article/DGXZQOUC-docomo-kddi/',
    ],
  ],
];

describe.each(RULES)('rule: %s', (_name, code, positives, negatives) => {
  it.each(positives)('%s warns', (url, brand) => {
    const v = assessUrl(url);
    expect(warns(v.level), JSON.stringify(v)).toBe(true);
    expect(v.reasons.map((r) => r.code)).toContain(code);
    if (brand && has(brand)) expect(v.brand).toBe(brand);
  });
  it.each(negatives)('%s stays quiet', (url) => {
    const v = assessUrl(url);
    expect(v.level, JSON.stringify(v)).toBe('none');
  });
});

describe('URLs pasted from messages', () => {
  it('reads quoted and mistyped schemes', () => {
    expect(assessUrl('hhttps://aupay-onei.fclgpf.cn').level).toBe('danger');
    expect(warns(assessUrl('"https://mydocomo-payment.com/"').level)).toBe(true);
    expect(assessUrl('ttps://www.google.com/').level).toBe('none');
  });
});

describe('rules', () => {
  it('short brands need a second signal', () => {
    expect(assessUrl('https://au-pc.ca/').level).toBe('none');
    expect(assessUrl('https://au-xs.com/').level).toBe('none');
    expect(warns(assessUrl('https://au-xs.top/').level)).toBe(true);
  });

  it('weak signals never warn alone', () => {
    for (const url of [
      'https://bit.ly/',
      'https://bitly.com/pages/pricing',
      'https://foo.workers.dev/',
      'https://shop.top/',
      'https://example.xyz/',
      'https://qwrtzp.com/',
      'https://203.0.113.9/',
      'https://203.0.113.9/index.html',
    ]) {
      expect(assessUrl(url).level, url).toBe('none');
    }
  });

  it('a brand name under another TLD alone is not a warning', () => {
    const v = assessUrl('https://softbank.com/');
    expect(v.level).toBe('none');
    expect(warns(assessUrl('https://softbank.xyz/').level)).toBe(true);
  });

  it('every reason code has a sentence', () => {
    const seen = new Set<string>();
    for (const [url] of LOOKALIKES) for (const r of assessUrl(url).reasons) seen.add(r.code);
    for (const url of [
      'https://bit.ly/x',
      'https://a.workers.dev/',
      'https://softbank.com/',
      'https://au-xs.com/',
      'https://xn--d-login-tigrab7a.com/x',
    ])
      for (const r of assessUrl(url).reasons) seen.add(r.code);
    for (const code of seen) expect(REASON_CODES, code).toContain(code);
  });

  it('works from a custom identity list (no data/brands)', () => {
    const e = createUrlEngine([
      {
        id: 'acme',
        domains: ['acme-mobile.jp'],
        hosts: [],
        hostTokens: ['acmemobile'],
        pageTerms: ['ACME'],
        signInPathMarks: ['acme_signin'],
      },
    ]);
    expect(e.assessUrl('https://my.acme-mobile.jp/').level).toBe('official');
    expect(e.assessUrl('https://acmemobile-login.top/').brand).toBe('acme');
    expect(e.assessUrl('https://google.com/').level).toBe('none');
    // Its sign-in path on a stranger's host is a copied sign-in kit; on its own hosts it is just the page.
    expect(e.assessUrl('https://shop.example.net/x/ACME_SIGNIN.php?a=1')).toMatchObject({
      level: 'caution',
      brand: 'acme',
      reasons: [{ code: 'copied-sign-in-path', detail: 'acme_signin' }],
    });
    expect(e.assessUrl('https://acmemobile-pay.top/acme_signin/').level).toBe('danger');
    expect(e.assessUrl('https://id.acme-mobile.jp/acme_signin').level).toBe('official');
    expect(e.assessUrl('https://example.net/acme_signin-guide').level).toBe('none');
    expect(e.assessUrl('https://example.net/?next=/acme_signin').level).toBe('none');
  });

  it('builds its index once', () => {
    expect(urlEngine()).toBe(urlEngine());
  });
});
