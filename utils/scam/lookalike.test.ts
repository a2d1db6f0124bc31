import { domainToUnicode } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodePunycodeLabel, isLocalHost, parseUrl, registrableDomain } from './host';
import {
  alphaTokens,
  buildLookalikeIndex,
  editDistance,
  keywordTypos,
  matchEmbedded,
  matchLabel,
  skeleton,
  withinOneEdit,
} from './lookalike';
import { looksRandom, untranslateLabel } from './url-core';

const ix = buildLookalikeIndex([
  {
    id: 'docomo',
    domains: ['docomo.ne.jp', 'mydocomo.com'],
    hosts: [],
    hostTokens: ['docomo', 'nttdocomo', 'dmkt'],
    pageTerms: ['ドコモ'],
  },
  {
    id: 'au',
    domains: ['au.com', 'kddi.com', 'auone.jp'],
    hosts: [],
    hostTokens: ['kddi', 'auone', 'aupay'],
    pageTerms: ['au ID'],
  },
  {
    id: 'softbank',
    domains: ['softbank.jp'],
    hosts: [],
    hostTokens: ['softbank'],
    pageTerms: ['ソフトバンク'],
  },
  { id: 'ymobile', domains: ['ymobile.jp'], hosts: [], hostTokens: ['ymobile'], pageTerms: ['ワイモバイル'] },
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
  });

  it('parses bare hosts, host:port, IPs and IDNs', () => {
    expect(parseUrl('example.com/x')).toMatchObject({ host: 'example.com', path: '/x', ip: 0 });
    expect(parseUrl('localhost:3000')).toMatchObject({ host: 'localhost' });
    expect(parseUrl('http://3232235777/')).toMatchObject({ host: '192.168.1.1', ip: 4 });
    expect(parseUrl('https://ＤＯＣＯＭＯ.example.com./')?.host).toBe('docomo.example.com');
    expect(parseUrl('http://[::1]:8080/')).toMatchObject({ host: '[::1]', ip: 6 });
    expect(parseUrl('http://')).toBeNull();
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
