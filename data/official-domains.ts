/**
 * The brands' registrable domains with the brand's name: a page under one is that brand's own (official) page.
 * A copy of the `domains` of data/brands/*, kept small so the popup can name a source's kind without bundling
 * every brand (it receives brand data from the background); data/brands.test.ts checks that it equals them.
 */
import type { Text } from './schema';
import { type OfficialDomains, sourceRegistry } from './sources';

const docomo: Text = { 'zh-CN': 'NTT docomo', ja: 'NTTドコモ', en: 'NTT docomo' };
const ahamo: Text = { 'zh-CN': 'ahamo（docomo）', ja: 'ahamo（ドコモ）', en: 'ahamo (docomo)' };
const au: Text = { 'zh-CN': 'au（KDDI）', ja: 'au（KDDI）', en: 'au (KDDI)' };
const uq: Text = { 'zh-CN': 'UQ mobile（KDDI）', ja: 'UQ mobile（UQモバイル）', en: 'UQ mobile (KDDI)' };
const povo: Text = { 'zh-CN': 'povo（KDDI）', ja: 'povo（KDDI）', en: 'povo (KDDI)' };
const softbank: Text = { 'zh-CN': 'SoftBank（软银）', ja: 'ソフトバンク', en: 'SoftBank' };
const ymobile: Text = {
  'zh-CN': 'Y!mobile（SoftBank）',
  ja: 'ワイモバイル（Y!mobile）',
  en: 'Y!mobile (SoftBank)',
};
const linemo: Text = { 'zh-CN': 'LINEMO（SoftBank）', ja: 'LINEMO（ラインモ）', en: 'LINEMO (SoftBank)' };
const rakuten: Text = { 'zh-CN': '乐天移动（Rakuten Mobile）', ja: '楽天モバイル', en: 'Rakuten Mobile' };
const travel: Text = {
  'zh-CN': '旅行/预付费 SIM 与 eSIM',
  ja: '旅行者向け・プリペイドSIM／eSIM',
  en: 'Travel / prepaid SIM & eSIM',
};

export const OFFICIAL_DOMAINS: readonly OfficialDomains[] = [
  { domain: 'docomo.ne.jp', name: docomo },
  { domain: 'nttdocomo.co.jp', name: docomo },
  { domain: 'mydocomo.com', name: docomo },
  { domain: 'ntt-finance.co.jp', name: docomo },
  { domain: 'ahamo.com', name: ahamo },
  { domain: 'au.com', name: au },
  { domain: 'auone.jp', name: au },
  { domain: 'kddi.com', name: au },
  { domain: 'kddi-fs.com', name: au },
  { domain: 'uqwimax.jp', name: uq },
  { domain: 'povo.jp', name: povo },
  { domain: 'softbank.jp', name: softbank },
  { domain: 'softbankbb.co.jp', name: softbank },
  { domain: 'ymobile.jp', name: ymobile },
  { domain: 'linemo.jp', name: linemo },
  { domain: 'rakuten.co.jp', name: rakuten },
  { domain: 'r10.to', name: rakuten },
  { domain: 'bmobile.ne.jp', name: travel },
  { domain: 'sakuramobile.jp', name: travel },
  { domain: 'mobal.com', name: travel },
  { domain: 'traveltechlab.co.jp', name: travel },
];

/** Describes any source and rates any fact. */
export const SOURCES = sourceRegistry(OFFICIAL_DOMAINS);
