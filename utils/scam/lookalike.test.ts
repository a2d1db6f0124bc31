import { domainToUnicode } from 'node:url';
import { describe, expect, it } from 'vitest';
import { skeleton } from './confusables';
import { isLocalHost, parseUrl } from './host';
import { matchEmbedded, matchLabel, matchLabelAll } from './lookalike';
import { buildLookalikeIndex, mayMatch } from './lookalike-index';
import { decodePunycodeLabel, registrableDomain } from './parse';
import { untranslateLabel } from './redirects';
import { looksRandom } from './shape';
import { editDistance, keywordTypos, loginLike, withinOneEdit, wwwLike } from './typos';
import { alphaTokens } from './words';

const ix = buildLookalikeIndex([
  {
    id: 'docomo',
    domains: ['docomo.ne.jp', 'mydocomo.com'],
    hosts: [],
    hostTokens: ['docomo', 'nttdocomo', 'dmkt'],
    pageTerms: ['ドコモ'],
    signInPathMarks: [],
  },
  {
    id: 'au',
    domains: ['au.com', 'kddi.com', 'auone.jp'],
    hosts: [],
    hostTokens: ['kddi', 'auone', 'aupay'],
    pageTerms: ['au ID'],
    signInPathMarks: [],
  },
  {
    id: 'softbank',
    domains: ['softbank.jp'],
    hosts: [],
    hostTokens: ['softbank'],
    pageTerms: ['ソフトバンク'],
    signInPathMarks: [],
  },
  {
    id: 'ymobile',
    domains: ['ymobile.jp'],
    hosts: [],
    hostTokens: ['ymobile'],
    pageTerms: ['ワイモバイル'],
    signInPathMarks: [],
  },
]);

describe('matchLabel', () => {
  it.each([
    ['docomo-login', 'docomo', 'exact'],
    ['mydocomo', 'docomo', 'exact'],
    ['docomolhpk', 'docomo', 'exact'],
    ['smsdocomo', 'docomo', 'exact'],
    ['auonepay', 'au', 'exact'],
    ['kddio', 'au', 'exact'],
    ['idauonekddi', 'au', 'exact'],
    ['d0c0m0', 'docomo', 'homoglyph'],
    ['kddl', 'au', 'homoglyph'],
    ['kd-d--l-au', 'au', 'hyphen'],
    ['soft-bank', 'softbank', 'hyphen'],
    ['docmo', 'docomo', 'fuzzy'],
    ['docono', 'docomo', 'fuzzy'],
    ['softbnak', 'softbank', 'fuzzy'],
    ['docomaf', 'docomo', 'fuzzy'],
    ['kdda', 'au', 'fuzzy-short'],
    ['au-login', 'au', 'short-combo'],
    ['auid', 'au', 'short-combo'],
    ['updateau', 'au', 'short-combo'],
    ['au-xs', 'au', 'short'],
  ])('%s → %s (%s)', (label, brand, kind) => {
    const h = matchLabel(label, false, ix);
    expect(h?.brand).toBe(brand);
    expect(h?.kind).toBe(kind);
  });

  it('an official name under another TLD is a weak other-tld hit', () => {
    expect(matchLabel('softbank', true, ix)?.kind).toBe('other-tld');
    expect(matchLabel('softbank', false, ix)?.kind).toBe('exact');
  });

  it.each([
    'sonymobile',
    'academy',
    'autodesk',
    'audible',
    'australia',
    'auth0',
    'adobe',
    'alone',
    'apay',
    'google',
    'mobile',
    'restaurant',
    'au1pc',
  ])('%s names no brand strongly', (label) => {
    const h = matchLabel(label, true, ix);
    expect(h === null || ['short', 'fuzzy-short', 'contains'].includes(h.kind), JSON.stringify(h)).toBe(true);
  });
});

describe('matchLabel: combosquats and looser spellings', () => {
  it.each([
    ['untdocomo', 'docomo', 'fuzzy'], // ≤3 letters glued in front of a ≥6-letter word
    ['ssoftbank', 'softbank', 'fuzzy'],
    ['aupnepay', 'au', 'fuzzy'], // one edit from auone + a combo keyword
    ['auoen-pay', 'au', 'fuzzy'],
    ['auinfm', 'au', 'short-combo'], // a short brand glued to a misspelt combo keyword
    ['aulnfo', 'au', 'short-combo'],
    ['au-security', 'au', 'short-combo'],
    ['softbrenk', 'softbank', 'fuzzy-short'], // two edits, first three letters kept: weak
    ['sofabaink', 'softbank', 'fuzzy-short'],
    ['docond', 'docomo', 'fuzzy-short'],
  ])('%s → %s (%s)', (label, brand, kind) => {
    const h = matchLabel(label, false, ix);
    expect(h?.brand).toBe(brand);
    expect(h?.kind).toBe(kind);
  });

  it.each([
    'sonymobile', // ymobile is a letter + an ordinary word: stays a weak contains hit
    'softball',
    'linear',
    'document',
    'doctor',
    'au-pair',
    'aupair',
    'auction',
    'audit',
    'autumn',
  ])('%s names no brand strongly', (label) => {
    const h = matchLabel(label, true, ix);
    expect(h === null || ['short', 'fuzzy-short', 'contains'].includes(h.kind), JSON.stringify(h)).toBe(true);
    if (label === 'softball' || label === 'linear') expect(h).toBeNull();
  });
});

describe('mayMatch (the shortcut in front of the matchers)', () => {
  it('lets every label with a hit through (mutated brand words, glue, digits, hyphens)', () => {
    const words = [...ix.exact.keys()];
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789-|';
    let seed = 7;
    const rnd = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    let hits = 0;
    for (let i = 0; i < 20000; i++) {
      let w = words[rnd(words.length)] as string;
      for (let j = 1 + rnd(3); j > 0; j--) {
        const at = rnd(w.length + 1);
        const ch = alphabet[rnd(alphabet.length)] as string;
        const op = rnd(5);
        if (op === 0) w = w.slice(0, at) + ch + w.slice(at);
        else if (op === 1) w = w.slice(0, at) + w.slice(at + 1);
        else if (op === 2) w = w.slice(0, at) + ch + w.slice(at + 1);
        else if (op === 3) w = `${['my', 'login-', 'x', 'www', 'sms'][rnd(5)]}${w}`;
        else w = `${w}${['-pay', 'jp', 'q', '-login', 'info', 'rn'][rnd(6)]}`;
      }
      for (const reg of [false, true]) {
        const h = matchLabelAll(w, reg, ix);
        if (h) {
          hits++;
          expect(mayMatch(w, ix), `${w} ${JSON.stringify(h)}`).toBe(true);
        }
      }
    }
    expect(hits).toBeGreaterThan(5000);
    for (const l of ['d0c0m0', 'drnkt', 'kd-d--l-au', 'soft-bank', 'rnydocomo', 'kdd1']) {
      expect(matchLabelAll(l, false, ix), l).not.toBeNull();
      expect(mayMatch(l, ix), l).toBe(true);
    }
  });

  it('turns most ordinary labels away', () => {
    for (const l of ['google', 'wikipedia', 'github', 'example', 'qwrtzp', 'zhangzhou', 'cloudflare'])
      expect(mayMatch(l, ix), l).toBe(false);
  });
});

describe('matchEmbedded', () => {
  it('finds an official domain inside a foreign host', () => {
    expect(matchEmbedded(['support', 'auone', 'kddi', 'com', 'xyz'], ix)?.domain).toBe('kddi.com');
    expect(matchEmbedded(['docomo', 'ne', 'jp-xyz'], ix)?.domain).toBe('docomo.ne.jp');
    expect(matchEmbedded(['au'], ix)).toBeNull();
    expect(matchEmbedded(['docomo', 'ne'], ix)).toBeNull();
  });
});

describe('helpers', () => {
  it('skeleton, tokens, edit distances', () => {
    expect(skeleton('d0c0m0')).toBe('docomo');
    expect(skeleton('rnydocomo1')).toBe('mydocomoi');
    expect(skeleton('vvallet')).toBe('waiiet');
    expect(alphaTokens('ntt-docmo2pay.x')).toEqual(['ntt', 'docmo', 'pay', 'x']);
    expect(withinOneEdit('docmo', 'docomo')).toBe(true);
    expect(withinOneEdit('docoom', 'docomo')).toBe(true);
    expect(withinOneEdit('dcoomo', 'docomo')).toBe(true);
    expect(withinOneEdit('dmcooo', 'docomo')).toBe(false);
    expect(editDistance('cxonnecct', 'connect', 2)).toBe(2);
    expect(editDistance('collect', 'connect', 1)).toBe(2);
  });

  it('keyword typos', () => {
    expect(keywordTypos(alphaTokens('connecct-login'))).toEqual(['connecct~connect']);
    expect(keywordTypos(alphaTokens('cxonnecct-login'))).toEqual(['cxonnecct~connect']);
    expect(keywordTypos(alphaTokens('connecct-lgin'))).toHaveLength(2);
    expect(keywordTypos(alphaTokens('updates'))).toEqual([]);
    expect(keywordTypos(alphaTokens('logic'))).toEqual([]);
    expect(keywordTypos(alphaTokens('f-secure'))).toEqual([]);
    expect(keywordTypos(alphaTokens('contact-us'))).toEqual([]);
  });

  it('mangled "login" words (subdomain labels only)', () => {
    for (const t of ['koggin', 'olgin', 'ogin', 'lpgin', 'logni', 'loogginn', 'nogin', 'kogin', 'lkgin'])
      expect(loginLike(t), t).toBe(true);
    for (const t of [
      'login',
      'logic',
      'legit',
      'plugin',
      'plugins',
      'logo',
      'logos',
      'looking',
      'going',
      'long',
    ])
      expect(loginLike(t), t).toBe(false);
    for (const t of ['blogging', 'logging', 'legion', 'lagoon', 'logon', 'logins', 'kogan', 'bingo', 'lingo'])
      expect(loginLike(t), t).toBe(false);
  });

  it('www look-alikes', () => {
    expect(wwwLike('wwwconnect-login')).toBe(1);
    expect(wwwLike('wwwau')).toBe(1);
    expect(wwwLike('wwww')).toBe(1);
    for (const l of ['wwq', 'qww', 'wuw', 'vvww', 'ww', 'ww-w', 'vvvvw']) expect(wwwLike(l), l).toBe(2);
    for (const l of ['www', 'www2', 'ww2', 'www-dev', 'wow', 'wwf', 'web', 'w3', 'wiki', 'news', 'www1'])
      expect(wwwLike(l), l).toBe(0);
  });

  it('random-looking labels', () => {
    for (const l of ['jgbvxxn', 'u44vn2', 'qlgg0fj', 'zlsskfo', 'aoou-acoaunaoueau'])
      expect(looksRandom(l), l).toBe(true);
    for (const l of ['google', 'bulletinsync', 'rakuten', 'wikipedia', 'docomo', 'kaiyaku', 'xn--zck9awe6d'])
      expect(looksRandom(l), l).toBe(false);
  });

  it('translate.goog labels', () => {
    expect(untranslateLabel('www-docomo-ne-jp')).toBe('www.docomo.ne.jp');
    expect(untranslateLabel('my--site-example-com')).toBe('my-site.example.com');
  });
});

describe('host', () => {
  it('punycode decoding matches node:url', () => {
    for (const l of [
      'xn--d-login-tigrab7a',
      'xn--sftbank-9ig',
      'xn--zck9awe6d',
      'xn--maana-pta',
      'xn--pck1a7a6ax6p',
    ]) {
      expect(decodePunycodeLabel(l)).toBe(domainToUnicode(`${l}.com`).slice(0, -4));
    }
    expect(decodePunycodeLabel('example')).toBe('example');
  });

  it('registrable domains', () => {
    expect(registrableDomain('a.b.example.co.jp')).toBe('example.co.jp');
    expect(registrableDomain('www.example.com')).toBe('example.com');
    expect(registrableDomain('news.sina.com.cn')).toBe('sina.com.cn');
    expect(registrableDomain('localhost')).toBe('localhost');
    // The Public Suffix List, not a handful of two-label suffixes: Japanese geographic suffixes and the private
    // section, where each platform account is a site of its own.
    expect(registrableDomain('www.city.kawasaki.jp')).toBe('city.kawasaki.jp');
    expect(registrableDomain('www.pref.hokkaido.lg.jp')).toBe('hokkaido.lg.jp');
    expect(registrableDomain('a.b.pref.kanagawa.jp')).toBe('pref.kanagawa.jp');
    expect(registrableDomain('frosty-sea-38a7.susano63.workers.dev')).toBe('susano63.workers.dev');
    expect(registrableDomain('xqzvkd.duckdns.org')).toBe('xqzvkd.duckdns.org');
    expect(registrableDomain('gotamox.gb.net')).toBe('gotamox.gb.net');
    expect(registrableDomain('203.0.113.9')).toBe('203.0.113.9');
    expect(registrableDomain('workers.dev')).toBe('workers.dev');
  });

  it('parses bare hosts, host:port, IPs and IDNs', () => {
    expect(parseUrl('example.com/x')).toMatchObject({ host: 'example.com', path: '/x', ip: 0 });
    expect(parseUrl('localhost:3000')).toMatchObject({ host: 'localhost' });
    expect(parseUrl('http://3232235777/')).toMatchObject({ host: '192.168.1.1', ip: 4 });
    expect(parseUrl('https://ＤＯＣＯＭＯ.example.com./')?.host).toBe('docomo.example.com');
    expect(parseUrl('http://[::1]:8080/')).toMatchObject({ host: '[::1]', ip: 6 });
    expect(parseUrl('http://')).toBeNull();
  });

  it('reads quoted, defanged and mistyped schemes pasted from messages', () => {
    expect(parseUrl('hhttps://aupay-onei.example.cn/x')).toMatchObject({
      protocol: 'https:',
      host: 'aupay-onei.example.cn',
    });
    expect(parseUrl('ttps://a.example.com')).toMatchObject({ protocol: 'https:', host: 'a.example.com' });
    expect(parseUrl('hxxp://a.example.com/')).toMatchObject({ protocol: 'http:' });
    expect(parseUrl('"https://a.example.com/"')).toMatchObject({ host: 'a.example.com', path: '/' });
    expect(parseUrl('ftp://a.example.com/')?.protocol).toBe('ftp:');
  });

  it('the fast path gives what new URL gives', () => {
    const urls = [
      'https://a.example.com/x/y?q=1#f',
      'http://a.example.com',
      'https://a.example.com?x',
      'https://a.example.com/.well-known/x',
      'https://a.example.com/x/./y',
      'https://a.example.com/x/../y',
      'https://a.example.com/%2e%2E/y',
      'https://a.example.com/a b',
      'https://a.example.com/ä',
      'https://a.example.com/x\\y',
      'https://A.Example.com/',
      'https://a..example.com/',
      'https://a.example.com./',
      'https://a.example.123/',
      'https://a.0x7f/',
      'https://1.2.3.4/',
      'https://xn--sftbank-9ig.jp/',
      'https://a.example.com:8443/',
      'https://u@a.example.com/',
      'https://a_b.example.com/',
      'https://-a-.example.com/{x}',
    ];
    for (const u of urls) {
      let want: unknown = null;
      try {
        const x = new URL(u);
        const host = x.hostname.endsWith('.') ? x.hostname.slice(0, -1) : x.hostname;
        want = { protocol: x.protocol, host, path: x.pathname };
      } catch {
        // invalid: parseUrl gives null
      }
      const got = parseUrl(u);
      expect(got && { protocol: got.protocol, host: got.host, path: got.path }, u).toEqual(want);
    }
  });

  it('local hosts', () => {
    expect(isLocalHost('192.168.0.1', 4)).toBe(true);
    expect(isLocalHost('8.8.8.8', 4)).toBe(false);
    expect(isLocalHost('[2001:db8::1]', 6)).toBe(false);
    expect(isLocalHost('[fd12::1]', 6)).toBe(true);
    expect(isLocalHost('[::ffff:10.0.0.1]', 6)).toBe(true);
    expect(isLocalHost('nas.local', 0)).toBe(true);
    expect(isLocalHost('example.com', 0)).toBe(false);
  });
});
