/**
 * What the scam guard's warning says: the page banner (and caution notice) and the popup's headline. The title
 * and first line name the danger from the strongest kind of evidence in the verdict (impersonation, fake contact
 * numbers, off-platform sellers, payment scams, …); the reasons below them explain every piece of evidence, with
 * the real numbers and domains of each carrier named. Every string comes from the verdict and our own tables,
 * none from the page; brand facts come from data/brands.
 */
import { BRANDS } from '../../data/brands';
import type { Lang } from '../../data/schema';
import { t } from '../i18n';
import { explainReason, handleText, mergedReasons } from '../scam/reasons';
import type { Reason, Verdict } from '../scam/types';

/** Kinds of danger, strongest first: the first one the evidence shows names the warning. */
export const DANGER_KINDS = [
  'impersonation',
  'fake-numbers',
  'off-platform',
  'payment',
  'credentials',
  'app',
  'suspicious-site',
] as const;
export type DangerKind = (typeof DANGER_KINDS)[number];

/**
 * The reason codes that show each kind. A brand word in an article's path (`brand-in-path`) is not
 * impersonation: guides about a carrier have it too. Codes not listed (the URL's host signals) are
 * 'suspicious-site'.
 */
const KIND_OF_CODE: Readonly<Record<string, DangerKind>> = {
  'embedded-official-domain': 'impersonation',
  'brand-in-host': 'impersonation',
  'brand-homograph': 'impersonation',
  'brand-lookalike': 'impersonation',
  'brand-other-tld': 'impersonation',
  'brand-short-token': 'impersonation',
  'copied-sign-in-path': 'impersonation',
  'brand-credential-form': 'impersonation',
  'translate-proxy-official': 'impersonation',
  'unofficial-phone': 'fake-numbers',
  'offplatform-contact': 'off-platform',
  'giftcard-payment': 'payment',
  'credential-form': 'credentials',
  'credential-form-elsewhere': 'credentials',
  'apk-download': 'app',
};

export function kindOf(reason: Reason): DangerKind {
  return KIND_OF_CODE[reason.code] ?? 'suspicious-site';
}

/** The strongest kind of danger the reasons show. */
export function dangerKind(reasons: readonly Reason[]): DangerKind {
  let best = DANGER_KINDS.length - 1;
  for (const r of reasons) best = Math.min(best, DANGER_KINDS.indexOf(kindOf(r)));
  return DANGER_KINDS[best] as DangerKind;
}

type Templates = Record<Lang, string>;

const PREFIX: Record<'danger' | 'caution', Templates> = {
  danger: { 'zh-CN': '警告：', ja: '警告：', en: 'Warning: ' },
  caution: { 'zh-CN': '请小心：', ja: '注意：', en: 'Be careful: ' },
};

/**
 * Titles after the prefix. `{brand}` the imitated carrier, `{brands}` the carriers whose numbers are faked,
 * `{handles}` the off-platform contacts as typed (`Telegram @name`).
 */
const TITLE: Record<DangerKind | 'impersonation-nobrand' | 'suspicious-site-caution', Templates> = {
  impersonation: {
    'zh-CN': '此页面可能在冒充{brand}',
    ja: 'このページは{brand}を装っている可能性があります',
    en: 'this page may be impersonating {brand}',
  },
  'impersonation-nobrand': {
    'zh-CN': '此页面可能在冒充运营商网站',
    ja: 'このページは通信会社のサイトを装っている可能性があります',
    en: 'this page may be imitating a carrier’s site',
  },
  'fake-numbers': {
    'zh-CN': '此页面列出了假的{brands}客服电话',
    ja: 'このページには{brands}の偽の問い合わせ番号が載っています',
    en: 'this page lists fake {brands} support numbers',
  },
  'off-platform': {
    'zh-CN': '此页面让你联系的卖家不是运营商（{handles}）',
    ja: 'このページの連絡先は通信会社ではなく業者です（{handles}）',
    en: 'this page sends you to a seller, not a carrier ({handles})',
  },
  payment: {
    'zh-CN': '此页面要求用礼品卡或预付卡付款',
    ja: 'このページはギフトカードやプリペイドカードでの支払いを求めています',
    en: 'this page asks for payment with gift or prepaid cards',
  },
  credentials: {
    'zh-CN': '这个可疑网站要你输入密码或卡号',
    ja: 'この不審なサイトはパスワードやカード情報の入力を求めています',
    en: 'this suspicious site asks for passwords or card details',
  },
  app: {
    'zh-CN': '此页面要你安装来自应用商店以外的应用',
    ja: 'このページは公式ストア以外からアプリを入れさせようとしています',
    en: 'this page wants you to install an app from outside the store',
  },
  'suspicious-site': {
    'zh-CN': '此页面很可能是诈骗',
    ja: 'このページは詐欺の可能性が高いです',
    en: 'this page looks like a scam',
  },
  'suspicious-site-caution': {
    'zh-CN': '此页面有可疑之处',
    ja: 'このページには不審な点があります',
    en: 'something about this page is suspicious',
  },
};

const DO_NOT_ENTER: Templates = {
  'zh-CN': '不要在这里输入密码、暗证番号、卡号或短信验证码，也不要拨打页面上的电话。',
  ja: 'ここでパスワード・暗証番号・カード番号・SMSの確認コードを入力したり、表示された番号に電話したりしないでください。',
  en: 'Do not enter passwords, PINs, card numbers or SMS codes here, and do not call the numbers it shows.',
};

/** The first line under the title. `{also}` is ALSO_CONTACT when the page also names off-platform contacts. */
const LEAD: Record<DangerKind, Templates> = {
  impersonation: {
    'zh-CN': '不要在这里输入密码、暗证番号、卡号或短信验证码。{brand}的官方网站是 {domains}。',
    ja: 'ここでパスワード・暗証番号・カード番号・SMSの確認コードを入力しないでください。{brand}の公式サイトは {domains} です。',
    en: 'Do not enter passwords, PINs, card numbers or SMS codes here. {brand}’s own sites are {domains}.',
  },
  'fake-numbers': {
    'zh-CN': '不要拨打这些号码。{also}各运营商的真实号码见下方。',
    ja: 'これらの番号には電話しないでください。{also}各社の本当の番号は下に書いてあります。',
    en: 'Do not call them. {also}Each carrier’s real numbers are listed below.',
  },
  'off-platform': {
    'zh-CN':
      '运营商从不通过 Telegram、LINE、微信或 WhatsApp 办理注销、携号转网或出售 SIM 卡。不要转账，也不要发送证件。',
    ja: '通信会社がTelegram・LINE・WeChat・WhatsAppで解約・MNP・SIMの販売を受け付けることはありません。お金や身分証を送らないでください。',
    en: 'Carriers never handle cancellation, number transfers or SIM sales through Telegram, LINE, WeChat or WhatsApp. Do not send money, IDs or documents.',
  },
  payment: {
    'zh-CN': '运营商从不要求用礼品卡或预付卡代码付款。不要购买这类卡，也不要发送卡上的代码。',
    ja: '通信会社がギフトカードやプリペイドカードのコードで支払いを求めることはありません。カードを買ったりコードを送ったりしないでください。',
    en: 'Carriers never ask to be paid with gift-card or prepaid codes. Do not buy such cards or send their codes.',
  },
  credentials: DO_NOT_ENTER,
  app: {
    'zh-CN': '只从官方应用商店安装应用：网页上的应用文件可能读取你的短信验证码。',
    ja: 'アプリは公式ストアからだけ入れてください。Webページのアプリのファイルは、SMSの確認コードを読み取るおそれがあります。',
    en: 'Install apps only from the official store: an app file from a web page can read your SMS codes.',
  },
  'suspicious-site': DO_NOT_ENTER,
};

const ALSO_CONTACT: Templates = {
  'zh-CN': '也不要联系 {handles}。',
  ja: '{handles} にも連絡しないでください。',
  en: 'Do not contact {handles} either. ',
};

/** At most this many reasons in the page banner (the popup lists them all). */
const BANNER_REASONS = 6;
const MAX_SITES = 3;

export interface Headline {
  kind: DangerKind;
  title: string;
  lead: string;
}

export interface Banner extends Headline {
  level: 'caution' | 'danger';
  /** The evidence in words, the title's kind first. */
  reasons: string[];
  /** The official sites of the carriers the warning names (the imitated one, or those whose numbers are faked). */
  official: { url: string; label: string }[];
  trustLabel: string;
  dismissLabel: string;
  ariaLabel: string;
  /** Set when the warning is about a frame inside the page: its host, and the line that says so. */
  framed?: { site: string; note: string };
}

function list(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  if (lang === 'en') return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  return items.join('、');
}

const brandOf = (id: string | null | undefined) => (id ? BRANDS.find((b) => b.id === id) : undefined);

/** The carriers the warning is about: the imitated one, or every carrier whose numbers the page fakes. */
function namedBrands(verdict: Verdict, kind: DangerKind): string[] {
  const ids =
    kind === 'fake-numbers'
      ? verdict.reasons.filter((r) => r.code === 'unofficial-phone').map((r) => r.brand ?? verdict.brand)
      : [verdict.brand];
  return [...new Set(ids.filter((id): id is string => !!brandOf(id)))];
}

/** The off-platform contacts of the verdict, as typed (`Telegram @esim1088`). */
function handlesOf(verdict: Verdict, lang: Lang): string[] {
  const r = verdict.reasons.find((x) => x.code === 'offplatform-contact');
  return r ? r.detail.split('|').map((h) => handleText(h, lang)) : [];
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

/** The title and first line of a warning, from the strongest kind of evidence. */
export function headlineFor(verdict: Verdict, level: 'caution' | 'danger', lang: Lang): Headline {
  const kind = dangerKind(verdict.reasons);
  const brands = namedBrands(verdict, kind).map(
    (id) => brandOf(id) as NonNullable<ReturnType<typeof brandOf>>,
  );
  const first = brands[0];
  const handles = list(handlesOf(verdict, lang), lang);
  const vars = {
    brand: first?.name[lang] ?? '',
    brands: list(
      brands.map((b) => b.name[lang]),
      lang,
    ),
    domains: first ? list(first.domains.map((d) => d.domain).slice(0, 4), lang) : '',
    handles,
    also: handles ? fill(ALSO_CONTACT[lang], { handles }) : '',
  };
  const titleKey =
    kind === 'impersonation' && !first
      ? 'impersonation-nobrand'
      : kind === 'fake-numbers' && !first
        ? 'suspicious-site'
        : kind === 'suspicious-site' && level === 'caution'
          ? 'suspicious-site-caution'
          : kind;
  const leadKind = kind === 'impersonation' && !first ? 'suspicious-site' : kind;
  return {
    kind,
    title: PREFIX[level][lang] + fill(TITLE[titleKey][lang], vars),
    lead: fill(LEAD[leadKind][lang], vars),
  };
}

/** The main site of a brand, for the banner's "go to the official site" link. */
function officialUrl(brandId: string): string | null {
  const brand = brandOf(brandId);
  const host = brand?.hosts.find((h) => h.role === 'brand')?.host ?? brand?.hosts[0]?.host;
  return host ? `https://${host}/` : null;
}

/** What the page banner says; every string comes from the verdict and our own tables, none from the page. */
export function bannerFor(verdict: Verdict, lang: Lang): Banner | null {
  if (verdict.level !== 'caution' && verdict.level !== 'danger') return null;
  const headline = headlineFor(verdict, verdict.level, lang);
  // The title's evidence first, then the rest in the engine's order.
  const rank = (r: Reason) => (kindOf(r) === headline.kind ? 0 : 1);
  const reasons = mergedReasons(verdict.reasons)
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
    .slice(0, BANNER_REASONS)
    .map(({ r }) => explainReason(r, verdict.brand, lang));
  const official = namedBrands(verdict, headline.kind)
    .slice(0, MAX_SITES)
    .flatMap((id) => {
      const url = officialUrl(id);
      const name = brandOf(id)?.name[lang];
      return url && name ? [{ url, label: t(lang, 'guard.officialSite', { brand: name }) }] : [];
    });
  return {
    ...headline,
    level: verdict.level,
    reasons,
    official,
    trustLabel: t(lang, 'guard.trust'),
    dismissLabel: t(lang, 'guard.dismiss'),
    ariaLabel: t(lang, 'guard.label'),
  };
}
