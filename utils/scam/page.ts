/**
 * Page scoring: the URL verdict plus what the page says and asks for. Primary page signals (a credential form,
 * a carrier "support number" that is not the carrier's, an off-platform contact for SIM services, an APK link)
 * can warn; supporting ones (smishing phrases, gift-card wording, APK talk) only add to a primary signal or to
 * a suspicious URL, so a news article quoting scam texts or a guide listing the real numbers stays 'none'.
 */
import { BRANDS } from '../../data/brands';
import type { Brand } from '../../data/schema';
import { hostOf } from './host';
import { registrableDomain } from './parse';

export { emptyForm } from './extract';

import { officialNumbers, reportedNumbers } from './identity';
import { extractHandles, extractPhones } from './phones';
import { verdict, W } from './score';
import type { FormFacts, HandleHit, PageFacts, Reason, Verdict } from './types';
import { urlEngine } from './url';
import type { UrlEngine } from './url-core';

/** Words that present a number as a support line. */
const SUPPORT_WORDS = [
  'サポート',
  'センター',
  'お客様',
  'お客さま',
  'カスタマー',
  '問い合わせ',
  '問合せ',
  'お問合わせ',
  '解約',
  '窓口',
  'ダイヤル',
  'インフォメーション',
  'コールセンター',
  'support',
  'hotline',
  'customer',
  'call center',
  'helpline',
  '客服',
  '热线',
  '电话',
  '電話',
];
/** Words that mark a shop's own landline rather than a support line. */
const SHOP_WORDS = ['ショップ', '店', '专卖店', 'shop '];
/**
 * Words with which a business speaks of itself (a bank's or an MVNO's own enquiry line): a number next to them is
 * the page's own, not one it presents as a carrier's. Not 当センター, which the fake "centres" use too.
 */
const OWN_WORDS = [
  '当行',
  '弊行',
  '当社',
  '弊社',
  '当店',
  '弊店',
  '当金庫',
  '当組合',
  '本行',
  '本公司',
  '我司',
  'our ',
];
/** Title words of pages about moving between carriers or comparing them: they name carriers they are not. */
const COMPARE_WORDS = [
  '乗り換え',
  '乗換',
  'のりかえ',
  '比較',
  '転入',
  'から移行',
  ' vs',
  '比较',
  '对比',
  '转入',
  'switch',
  'compare',
];
/** SIM / line services that off-platform contacts are offered for. */
const SIM_WORDS = [
  'sim',
  'esim',
  '解約',
  'mnp',
  '回線',
  '名義',
  '携帯',
  '開通',
  '格安',
  '代行',
  '番号',
  '手机卡',
  '电话卡',
  '流量卡',
  '上网卡',
  '实名',
  '号码',
  '解约',
];
/** Pressure phrases of carrier smishing (../shared/reference/carriers.md §6a–6b). */
const PHRASES = [
  '利用停止',
  '未払い料金',
  '未払い',
  '未納料金',
  '未納',
  '最終通知',
  '最終警告',
  '本人確認のため',
  '高額',
  '本日中に',
  '訴訟',
  '法的措置',
  '停止予告',
  'ロックされ',
  '不正利用',
  '不審なアクセス',
  '2時間後',
  '1を押して',
];
/** Gift-card and prepaid-code payment (../shared/reference/carriers.md §6a). */
const GIFT_WORDS = [
  'vプリカ',
  'itunesカード',
  'itunes カード',
  'apple gift card',
  'appleギフトカード',
  'google playギフトカード',
  'google play カード',
  'ギフトカード',
  'プリペイドカード',
  'ギフト券',
  'webmoney',
  'bitcash',
  'ビットキャッシュ',
  '礼品卡',
  '充值卡',
];
const PAY_WORDS = ['支払', '払い', '決済', '購入', 'コード', '番号', '入力', 'pay', '付款', '支付'];
const APK_WORDS = [
  '.apk',
  'apkファイル',
  'apk ファイル',
  'セキュリティアプリ',
  'アプリをインストール',
  'インストールしてください',
];

interface Term {
  brand: string;
  term: string;
  /** Check ASCII word boundaries at the start / end (terms that begin / end with an ASCII letter or digit). */
  left: boolean;
  right: boolean;
}

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** Occurrences of `term` in `text` (both lower-case), respecting ASCII word boundaries; stops at `cap`. */
function count(text: string, t: Term | { term: string; left: boolean; right: boolean }, cap: number): number {
  let n = 0;
  let from = 0;
  for (let guard = 0; n < cap && guard < 10000; guard++) {
    const at = text.indexOf(t.term, from);
    if (at < 0) break;
    from = at + 1;
    if (t.left && at > 0 && isAlnum(text.charCodeAt(at - 1))) continue;
    if (t.right && isAlnum(text.charCodeAt(at + t.term.length))) continue;
    n++;
  }
  return n;
}

function termOf(brand: string, raw: string): Term {
  const term = raw.normalize('NFKC').toLowerCase();
  return { brand, term, left: isAlnum(term.charCodeAt(0)), right: isAlnum(term.charCodeAt(term.length - 1)) };
}

function anyWord(text: string, words: readonly string[]): string | null {
  for (const w of words) {
    const ascii = isAlnum(w.charCodeAt(0));
    if (count(text, { term: w, left: ascii, right: ascii && isAlnum(w.charCodeAt(w.length - 1)) }, 1) > 0)
      return w;
  }
  return null;
}

function allWords(text: string, words: readonly string[], max: number): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (out.length >= max) break;
    if (text.includes(w) && !out.some((o) => o.includes(w))) out.push(w);
  }
  return out;
}

export interface Claim {
  brand: string;
  term: string;
  /** Where the brand was claimed: form labels > site name / logo > title > body text. */
  where: 'form' | 'site' | 'title' | 'body';
}

export interface PageEngine {
  assessPage(url: string, facts: PageFacts): Verdict;
  /** The brand the page presents itself as, and where. */
  claim(facts: PageFacts): Claim | null;
}

/** Enough to name every number of an SEO page listing one per carrier, bounded for a hostile page. */
const MAX_FAKE_NUMBERS = 12;
const MAX_HANDLES = 4;
/** Characters before a number that make its label (「ドコモショップ渋谷店 電話 」). */
const LABEL = 20;
const PATH_CODES = new Set(['brand-in-path', 'odd-unicode-path']);
const SENSITIVE: (keyof FormFacts)[] = ['pin', 'card', 'cvc', 'smsCode', 'myNumber'];
const FIELD_CODE: Record<string, string> = {
  password: 'password',
  pin: 'pin',
  card: 'card',
  cvc: 'cvc',
  smsCode: 'sms-code',
  myNumber: 'my-number',
};

export function createPageEngine(brands: readonly Brand[], urls: UrlEngine): PageEngine {
  const terms: Term[] = [];
  for (const b of brands) {
    const seen = new Set<string>();
    // The names as people write them, without the bracketed company: 「au（KDDI）」 is written 「au」.
    const short = [b.name.ja, b.name.en, b.name['zh-CN']].map(
      (n) => n.normalize('NFKC').split('(')[0]?.trim() ?? '',
    );
    for (const raw of [...b.identity.pageTerms, b.name.ja, b.name.en, ...short]) {
      const t = termOf(b.id, raw);
      if (t.term.length >= 2 && !seen.has(t.term)) {
        seen.add(t.term);
        terms.push(t);
      }
    }
  }
  // Numbers never called a fake: the ones carriers publish, and the unconfirmed ones guides give for them.
  const allOfficial = new Set<string>();
  for (const b of brands)
    for (const n of [...officialNumbers(b).numbers, ...reportedNumbers(b)]) allOfficial.add(n);

  /** The brand with the most hits in `text` (ties: the earlier brand), or null. */
  function bestBrand(text: string, cap: number): { brand: string; term: string } | null {
    if (!text) return null;
    let best: { brand: string; term: string; n: number } | null = null;
    const per = new Map<string, { n: number; term: string }>();
    for (const t of terms) {
      const n = count(text, t, cap);
      if (n === 0) continue;
      const cur = per.get(t.brand);
      const total = (cur?.n ?? 0) + n;
      const term = cur && cur.n >= n ? cur.term : t.term;
      per.set(t.brand, { n: total, term });
      if (!best || total > best.n) best = { brand: t.brand, term, n: total };
    }
    if (best) best.term = per.get(best.brand)?.term ?? best.term;
    return best;
  }

  const companyOf = new Map(brands.map((b) => [b.id, b.company]));
  /** How many carrier companies `text` names (docomo and ahamo are one company). */
  function companies(text: string): number {
    const seen = new Set<string>();
    for (const t of terms) if (count(text, t, 1) > 0) seen.add(companyOf.get(t.brand) ?? t.brand);
    return seen.size;
  }

  /**
   * The brand named nearest to position `at` of `text`: the last mention before it (labels precede numbers:
   * 「ドコモ解約センター：0120-…」), else the first after it.
   */
  function nearestBrand(text: string, at: number): string | null {
    let before: { brand: string; at: number } | null = null;
    let after: { brand: string; at: number } | null = null;
    for (const t of terms) {
      for (let from = 0, guard = 0; guard < 20; guard++) {
        const i = text.indexOf(t.term, from);
        if (i < 0) break;
        from = i + 1;
        if (t.left && i > 0 && isAlnum(text.charCodeAt(i - 1))) continue;
        if (t.right && isAlnum(text.charCodeAt(i + t.term.length))) continue;
        if (i < at && (!before || i > before.at)) before = { brand: t.brand, at: i };
        if (i >= at && (!after || i < after.at)) after = { brand: t.brand, at: i };
      }
    }
    return before?.brand ?? after?.brand ?? null;
  }

  function credForms(f: PageFacts): FormFacts[] {
    return f.forms.filter((x) => x.password || SENSITIVE.some((k) => x[k]));
  }

  function claim(f: PageFacts): Claim | null {
    const formText = credForms(f)
      .map((x) => x.text)
      .join('\n')
      .normalize('NFKC')
      .toLowerCase();
    // A form or a row of logos naming several carriers is a chooser ("your current carrier") or a
    // comparison, not a claim to be one of them.
    const inForm = companies(formText) === 1 ? bestBrand(formText, 3) : null;
    if (inForm) return { ...inForm, where: 'form' };
    const siteText = `${f.siteName}\n${f.altTexts.slice(0, 50).join('\n')}`.normalize('NFKC').toLowerCase();
    const site = companies(siteText) === 1 ? bestBrand(siteText, 3) : null;
    if (site) return { ...site, where: 'site' };
    const title = bestBrand(f.title.normalize('NFKC').toLowerCase(), 3);
    if (title) return { ...title, where: 'title' };
    const body = bestBrand(f.visibleText.toLowerCase(), 5);
    return body ? { ...body, where: 'body' } : null;
  }

  /** The page's own name (og:site_name) when it names no carrier: a bank, an MVNO, a comparison site. */
  function ownName(f: PageFacts): string | null {
    const name = f.siteName.normalize('NFKC').toLowerCase().trim();
    return name.length >= 2 && companies(name) === 0 ? name : null;
  }

  /**
   * Whether the page presents itself as the claimed carrier. Its form labels, site name or logo do; a title or
   * text naming the carrier does only on a page that does not name itself as someone else and is not about
   * moving between or comparing carriers (an MVNO's sign-up guide, a bank's au PAY page, a price comparison).
   */
  function presentsAs(f: PageFacts, c: Claim): boolean {
    if (c.where === 'form' || c.where === 'site') return true;
    if (ownName(f)) return false;
    const title = f.title.normalize('NFKC').toLowerCase();
    if (anyWord(title, COMPARE_WORDS) || companies(title) > 1) return false;
    return c.where === 'title' || companies(f.visibleText.toLowerCase()) === 1;
  }

  function assessPage(url: string, f: PageFacts): Verdict {
    const u = urls.assessUrl(url);
    if (u.level === 'official' || u.reasons.some((r) => r.code === 'invalid-url')) return u;
    const reasons: Reason[] = [...u.reasons];
    let score = u.score;
    let brand = u.brand;
    let primary = false;
    // Path-only URL evidence (a brand word in an article's path) does not make wording suspicious.
    const urlHost = u.score > 0 && u.reasons.some((r) => !PATH_CODES.has(r.code));
    const text = f.visibleText.toLowerCase();
    const c = claim(f);
    if (c) brand = c.brand;

    // 1. Credential forms.
    const cred = credForms(f);
    if (cred.length > 0) {
      const sensitive = cred.some((x) => SENSITIVE.some((k) => x[k]));
      const fields = new Set<string>();
      for (const x of cred)
        for (const k of Object.keys(FIELD_CODE) as (keyof FormFacts)[])
          if (x[k] === true) fields.add(FIELD_CODE[k] as string);
      const detail = [...fields].join(',');
      let add = 0;
      if (c && presentsAs(f, c)) {
        if (c.where === 'form') add = W.brandCredentialForm;
        else if (c.where === 'site') add = sensitive ? W.brandCredentialForm : 60;
        else if (c.where === 'title') add = sensitive ? 80 : 40;
        else add = sensitive ? 50 : 20;
        reasons.push({ code: 'brand-credential-form', detail });
        primary = true;
        // The form posts to a host other than the page's: typical of kits that collect to a drop server.
        const host = hostOf(url);
        const elsewhere = cred.find((x) => x.actionHost && host && !sameSite(x.actionHost, host));
        if (elsewhere?.actionHost) {
          add += W.credentialFormOffsite;
          reasons.push({ code: 'credential-form-elsewhere', detail: elsewhere.actionHost });
        }
      } else if (urlHost) {
        add = 20;
        reasons.push({ code: 'credential-form', detail });
      }
      score += add;
    }

    // 2. Phone numbers presented as a carrier's support line that the carrier does not publish: every one of
    // them, each with the carrier it is presented as (the banner names them all with that carrier's real ones).
    const own = ownName(f);
    const fakes = new Set<string>();
    for (const p of f.phones) {
      if (allOfficial.has(p.number) || fakes.has(p.number)) continue;
      const ctx = p.context.toLowerCase();
      if (!anyWord(ctx, SUPPORT_WORDS)) continue;
      const at = ctx.indexOf(p.display.toLowerCase());
      // A shop's landline: the shop is named in the number's own label (「ドコモショップ渋谷店 電話 03-…」), not
      // anywhere around it (「不用去门店」 two lines up).
      const label = ctx.slice(Math.max(0, (at < 0 ? ctx.length >> 1 : at) - LABEL), at < 0 ? undefined : at);
      if (anyWord(label, SHOP_WORDS) && !label.includes('センター')) continue;
      // The page's own line (a bank's or an MVNO's centre), not one it passes off as a carrier's.
      if (anyWord(ctx, OWN_WORDS) || (own && ctx.includes(own))) continue;
      const who =
        nearestBrand(ctx, at < 0 ? ctx.length >> 1 : at) ?? (c && c.where !== 'body' ? c.brand : null);
      if (!who) continue;
      if (fakes.size === 0) {
        score += W.unofficialPhone;
        if (!c) brand = who;
        primary = true;
      }
      fakes.add(p.number);
      reasons.push({ code: 'unofficial-phone', detail: p.display, brand: who });
      if (fakes.size >= MAX_FAKE_NUMBERS) break;
    }

    // 3. Off-platform contacts (Telegram, WeChat, WhatsApp, LINE) offered for SIM / line services.
    const sim = anyWord(text, SIM_WORDS) ?? anyWord(f.title.toLowerCase(), SIM_WORDS);
    if (sim || c) {
      const strong = f.handles.filter((h) => h.kind !== 'line');
      const line = f.handles.filter((h) => h.kind === 'line');
      // Every contact the page gives (strongest first, a few), as `kind:handle|kind:handle`.
      const named = (hs: HandleHit[]) =>
        hs
          .slice(0, MAX_HANDLES)
          .map((h) => `${h.kind}:${h.id}`)
          .join('|');
      if (strong.length > 0) {
        score += W.offPlatformContact + (sim ? 10 : 0) + (c ? 25 : 0);
        reasons.push({ code: 'offplatform-contact', detail: named([...strong, ...line]) });
        primary = true;
      } else if (line.length > 0 && sim) {
        score += W.lineContact;
        reasons.push({ code: 'offplatform-contact', detail: named(line) });
      }
    }

    // 4. APK downloads.
    if (f.apkLinks > 0) {
      score += W.apk;
      reasons.push({ code: 'apk-download', detail: String(f.apkLinks) });
      primary = true;
    }

    // 5. Supporting wording: only on top of a primary signal or a suspicious address.
    if (primary || urlHost) {
      const found = allWords(`${f.title.toLowerCase()}\n${text}`, PHRASES, 5);
      if (found.length > 0) {
        score += Math.min(W.phrasesMax, W.phrases * found.length);
        reasons.push({ code: 'smishing-phrases', detail: found.join('、') });
      }
      const gift = anyWord(text, GIFT_WORDS);
      if (gift && anyWord(text, PAY_WORDS)) {
        score += W.giftCard;
        reasons.push({ code: 'giftcard-payment', detail: gift });
      }
      if (f.apkLinks === 0 && anyWord(text, APK_WORDS) && text.includes('apk')) {
        score += 20;
        reasons.push({ code: 'apk-download', detail: 'text' });
      }
    }
    const v = verdict(score, brand, reasons);
    // A brand merely mentioned on an unremarkable page is not a claim worth reporting.
    if (v.level === 'none') v.brand = u.brand;
    return v;
  }

  return { assessPage, claim };
}

/** Same registrable domain (login.example.co.jp and www.example.co.jp). */
function sameSite(a: string, b: string): boolean {
  return a === b || registrableDomain(a) === registrableDomain(b);
}

/** Fills `phones` and `handles` from the text when a caller built the facts by hand. */
export function makePageFacts(p: Partial<PageFacts>): PageFacts {
  const visibleText = p.visibleText ?? '';
  return {
    title: p.title ?? '',
    siteName: p.siteName ?? '',
    visibleText,
    altTexts: p.altTexts ?? [],
    forms: p.forms ?? [],
    phones: p.phones ?? extractPhones(visibleText),
    handles: p.handles ?? extractHandles(visibleText),
    links: p.links ?? { total: 0, external: 0 },
    apkLinks: p.apkLinks ?? 0,
  };
}

let engine: PageEngine | undefined;

/** assessPage bound to data/brands. */
export function assessPage(url: string, facts: PageFacts): Verdict {
  engine ??= createPageEngine(BRANDS, urlEngine());
  return engine.assessPage(url, facts);
}
