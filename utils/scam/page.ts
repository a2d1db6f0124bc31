/**
 * Page scoring: the URL verdict plus what the page says and asks for. Primary page signals (a credential form,
 * a carrier "support number" that is not the carrier's, an off-platform contact for SIM services, an APK link)
 * can warn; supporting ones (smishing phrases, gift-card wording, APK talk) only add to a primary signal or to
 * a suspicious URL, so a news article quoting scam texts or a guide listing the real numbers stays 'none'.
 */
import { BRANDS } from '../../data/brands';
import type { Brand } from '../../data/schema';
import { registrableDomain } from './parse';

export { emptyForm } from './extract';

import { officialNumbers } from './identity';
import { extractHandles, extractPhones } from './phones';
import { verdict, W } from './score';
import type { FormFacts, PageFacts, Reason, Verdict } from './types';
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
    for (const raw of [...b.identity.pageTerms, b.name.ja, b.name.en]) {
      const t = termOf(b.id, raw);
      if (t.term.length >= 2 && !seen.has(t.term)) {
        seen.add(t.term);
        terms.push(t);
      }
    }
  }
  const allOfficial = new Set<string>();
  for (const b of brands) for (const n of officialNumbers(b).numbers) allOfficial.add(n);

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

  function credForms(f: PageFacts): FormFacts[] {
    return f.forms.filter((x) => x.password || SENSITIVE.some((k) => x[k]));
  }

  function claim(f: PageFacts): Claim | null {
    const formText = credForms(f)
      .map((x) => x.text)
      .join('\n')
      .normalize('NFKC')
      .toLowerCase();
    const inForm = bestBrand(formText, 3);
    if (inForm) return { ...inForm, where: 'form' };
    const site = bestBrand(
      `${f.siteName}\n${f.altTexts.slice(0, 50).join('\n')}`.normalize('NFKC').toLowerCase(),
      3,
    );
    if (site) return { ...site, where: 'site' };
    const title = bestBrand(f.title.normalize('NFKC').toLowerCase(), 3);
    if (title) return { ...title, where: 'title' };
    const body = bestBrand(f.visibleText.toLowerCase(), 5);
    return body ? { ...body, where: 'body' } : null;
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
      if (c) {
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

    // 2. Phone numbers presented as a carrier's support line that the carrier does not publish.
    const phones = f.phones.length > 0 ? f.phones : [];
    for (const p of phones) {
      if (allOfficial.has(p.number)) continue;
      const ctx = p.context.toLowerCase();
      if (!anyWord(ctx, SUPPORT_WORDS)) continue;
      if (anyWord(ctx, SHOP_WORDS) && !ctx.includes('センター')) continue;
      const near = bestBrand(ctx, 2);
      const who = near?.brand ?? (c && c.where !== 'body' ? c.brand : null);
      if (!who) continue;
      score += W.unofficialPhone;
      if (!c) brand = who;
      reasons.push({ code: 'unofficial-phone', detail: p.display });
      primary = true;
      break;
    }

    // 3. Off-platform contacts (Telegram, WeChat, WhatsApp, LINE) offered for SIM / line services.
    const sim = anyWord(text, SIM_WORDS) ?? anyWord(f.title.toLowerCase(), SIM_WORDS);
    if (sim || c) {
      const strong = f.handles.find((h) => h.kind !== 'line');
      const line = f.handles.find((h) => h.kind === 'line');
      if (strong) {
        score += W.offPlatformContact + (sim ? 10 : 0) + (c ? 25 : 0);
        reasons.push({ code: 'offplatform-contact', detail: `${strong.kind}:${strong.id}` });
        primary = true;
      } else if (line && sim) {
        score += W.lineContact;
        reasons.push({ code: 'offplatform-contact', detail: `line:${line.id}` });
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

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
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
