/**
 * Reason codes and the sentences that explain them, in every UI language. Brand facts in the sentences (name,
 * official domains and numbers) come from data/brands, so a sentence is only as specific as the data.
 */
import { BRANDS } from '../../data/brands';
import type { Brand, Lang } from '../../data/schema';
import type { Reason } from './types';

type Templates = Record<Lang, string>;

/**
 * `{brand}` brand name (or "a carrier"), `{detail}` the reason's detail, `{domains}` the brand's official
 * domains, `{numbers}` its official enquiry numbers. A sentence with a brand placeholder has a `Nobrand`
 * variant used when no brand is known.
 */
const T: Record<string, Templates> = {
  'invalid-url': {
    'zh-CN': '无法识别这个网址。',
    ja: 'このアドレスは読み取れません。',
    en: 'This address could not be read.',
  },
  'official-host': {
    'zh-CN': '这是{brand}的官方网站（{detail}）。',
    ja: 'ここは{brand}の公式サイト（{detail}）です。',
    en: 'This is an official {brand} site ({detail}).',
  },
  'translate-proxy-official': {
    'zh-CN': '这是通过 Google 翻译转发的{brand}页面（{detail}）。请勿在此登录，请直接打开 {domains}。',
    ja: 'Google翻訳を経由した{brand}のページ（{detail}）です。ここではログインせず、{domains} を直接開いてください。',
    en: 'This is a {brand} page ({detail}) passed through Google Translate. Do not sign in here; open {domains} directly.',
  },
  'translate-proxy': {
    'zh-CN': '页面经 Google 翻译转发，真实网站是 {detail}。',
    ja: 'Google翻訳を経由して表示されています。本当のサイトは {detail} です。',
    en: 'This page is shown through Google Translate; the real site is {detail}.',
  },
  'embedded-official-domain': {
    'zh-CN':
      '网址把{brand}的官方域名 {detail} 嵌在别人的域名里，这是冒充网站的常见手法。{brand}的网站是 {domains}。',
    ja: '{brand}の公式ドメイン {detail} を別のドメインの中に埋め込んだアドレスです。偽サイトの典型的な手口です。{brand}のサイトは {domains} です。',
    en: 'The address hides {brand}’s domain {detail} inside someone else’s domain, a common trick of fake sites. {brand}’s sites are {domains}.',
  },
  'brand-in-host': {
    'zh-CN': '网址含有“{detail}”，看起来像{brand}，但不在{brand}的官方域名（{domains}）下。',
    ja: 'アドレスに「{detail}」が含まれ{brand}のように見えますが、{brand}の公式ドメイン（{domains}）ではありません。',
    en: 'The address contains “{detail}” and looks like {brand}, but it is not on {brand}’s domains ({domains}).',
  },
  'brand-homograph': {
    'zh-CN': '网址用外文字母拼出“{detail}”，冒充{brand}。{brand}的网站是 {domains}。',
    ja: 'アドレスが外国の文字で「{detail}」をまねています。{brand}のサイトは {domains} です。',
    en: 'The address spells “{detail}” with look-alike foreign letters to imitate {brand}. {brand}’s sites are {domains}.',
  },
  'brand-lookalike': {
    'zh-CN': '网址中的“{detail}”与{brand}的名字只差一点（拼写相近）。{brand}的网站是 {domains}。',
    ja: 'アドレスの「{detail}」は{brand}の名前によく似たつづりです。{brand}のサイトは {domains} です。',
    en: '“{detail}” in the address is a near-spelling of {brand}. {brand}’s sites are {domains}.',
  },
  'brand-other-tld': {
    'zh-CN': '网址使用{brand}的名字，但域名后缀不同（{detail}）。{brand}的网站是 {domains}。',
    ja: '{brand}の名前を使っていますが、ドメインの末尾が違います（{detail}）。{brand}のサイトは {domains} です。',
    en: 'The address uses {brand}’s name under a different ending ({detail}). {brand}’s sites are {domains}.',
  },
  'brand-short-token': {
    'zh-CN': '网址中有“{detail}”，可能在冒充{brand}。{brand}的网站是 {domains}。',
    ja: 'アドレスに「{detail}」があり、{brand}をまねている可能性があります。{brand}のサイトは {domains} です。',
    en: 'The address contains “{detail}”, which may imitate {brand}. {brand}’s sites are {domains}.',
  },
  'mixed-script': {
    'zh-CN': '网址混用了不同文字的字母（{detail}），常用于伪装成别的网站。',
    ja: 'アドレスに異なる文字体系の文字が混ざっています（{detail}）。別のサイトに見せかける手口です。',
    en: 'The address mixes letters from different alphabets ({detail}), a way to look like another site.',
  },
  'keyword-typo': {
    'zh-CN': '网址里有拼错的登录用词（{detail}），正规网站不会这样。',
    ja: 'アドレスにログイン用語の誤字があります（{detail}）。正規のサイトでは見られません。',
    en: 'The address misspells a sign-in word ({detail}); real sites do not.',
  },
  'login-keyword': {
    'zh-CN': '网址里有登录或付款用词（{detail}）。',
    ja: 'アドレスにログインや支払いを示す語があります（{detail}）。',
    en: 'The address contains sign-in or payment words ({detail}).',
  },
  'login-path': {
    'zh-CN': '这个已经可疑的网站，网址指向登录页面（{detail}）。',
    ja: 'すでに不審なこのサイトのアドレスは、ログインページ（{detail}）を指しています。',
    en: 'The address leads to a sign-in page ({detail}) on a site that already looks suspicious.',
  },
  'dynamic-dns': {
    'zh-CN': '网站使用免费动态域名（{detail}），任何人都能在几分钟内申请，常被诈骗短信使用。',
    ja: '誰でも数分で作れる無料のダイナミックDNS（{detail}）上のサイトです。詐欺SMSでよく使われます。',
    en: 'The site sits on a free dynamic-DNS name ({detail}) that anyone can create in minutes; scam texts use them a lot.',
  },
  'free-hosting': {
    'zh-CN': '网站放在免费托管服务上（{detail}）。',
    ja: '無料のホスティングサービス上のサイトです（{detail}）。',
    en: 'The site is on a free hosting service ({detail}).',
  },
  'cheap-tld': {
    'zh-CN': '域名后缀 .{detail} 常被用于诈骗网站。',
    ja: 'ドメインの末尾 .{detail} は詐欺サイトによく使われます。',
    en: 'The ending .{detail} is often used by scam sites.',
  },
  'url-shortener': {
    'zh-CN': '这是短链接（{detail}），看不出最终去向。',
    ja: '短縮URL（{detail}）です。本当の行き先がわかりません。',
    en: 'This is a short link ({detail}); you cannot see where it leads.',
  },
  'random-label': {
    'zh-CN': '网址里有像随机生成的名字（{detail}）。',
    ja: 'アドレスにランダムに作られたような名前があります（{detail}）。',
    en: 'The address has a random-looking name ({detail}).',
  },
  'fake-www': {
    'zh-CN': '网址里有冒充 www 的名字（{detail}），是在模仿正规网址的开头。',
    ja: 'アドレスに www に見せかけた名前（{detail}）があります。正規のアドレスの書き出しをまねる手口です。',
    en: 'The address has a name posing as www ({detail}), imitating how real addresses begin.',
  },
  'www-subdomain': {
    'zh-CN': '网址把 www. 放在一个子名称前面（{detail}），让人看不出真正拥有网站的是哪个域名。',
    ja: 'アドレスがサブドメインの前に www. を付けています（{detail}）。本当のドメインを見分けにくくする手口です。',
    en: 'The address puts www. in front of a sub-name ({detail}), so the domain that really owns the site is easy to miss.',
  },
  'deep-subdomain': {
    'zh-CN': '网址的层级异常多，常用于把真正的域名藏在后面。',
    ja: 'アドレスの階層が異常に多く、本当のドメインを目立たなくする手口です。',
    en: 'The address has unusually many levels, a way to push the real domain out of sight.',
  },
  'raw-ip': {
    'zh-CN': '网址是一个 IP 地址（{detail}），不是正规公司的网站名。',
    ja: 'アドレスが会社のドメインではなくIPアドレス（{detail}）です。',
    en: 'The address is a bare IP address ({detail}), not a company’s site name.',
  },
  // --- URL host shapes and redirects (url-rules.ts, issue 16): brandless, caution at most ---------------------
  'keyboard-walk': {
    'zh-CN': '网站名“{detail}”是顺着键盘随手敲出的字母，正规公司不会用这种名字。',
    ja: 'サイト名「{detail}」はキーボードを順に打っただけの文字列です。正規の会社はこうした名前を使いません。',
    en: 'The name “{detail}” was typed by running along the keyboard; real companies do not name sites that way.',
  },
  'cheap-tld-random': {
    'zh-CN':
      '网站名 {detail} 像随机生成的，又注册在便宜、常被诈骗利用的后缀下：这是一次性诈骗网址的典型特征。',
    ja: 'サイト名 {detail} はランダムに作られたようで、詐欺によく使われる安価なドメインです。使い捨ての詐欺サイトの典型です。',
    en: 'The name {detail} looks randomly generated and sits on a cheap ending that scams favour: the mark of a throwaway scam site.',
  },
  'random-sub-on-random': {
    'zh-CN': '网址由两层随机字母组成（{detail}），是批量生成诈骗网址的手法。',
    ja: 'アドレスがランダムな文字列を二重に重ねたもの（{detail}）です。詐欺サイトを大量に作る手口です。',
    en: 'The address stacks one random name on another ({detail}), a way scam sites are made in bulk.',
  },
  'platform-default-host': {
    'zh-CN': '网站用的是免费云平台自动生成的地址（{detail}），任何人都能在几分钟内建立，不是公司的正式网站。',
    ja: '無料のクラウドサービスが自動で付けた名前（{detail}）のサイトです。誰でも数分で作れ、会社の正式なサイトではありません。',
    en: 'The site uses a name a free cloud platform generated ({detail}); anyone can set one up in minutes, and it is no company’s real site.',
  },
  // The learned URL model (url-model.ts): weak, only beside a brand or sign-in hint in the host; caution at most.
  'phish-like-name': {
    'zh-CN':
      '网站名 {detail} 的写法与我们见过的冒充运营商的钓鱼网址相似（根据 2019–2021 年的已知钓鱼网址学到的特征）。这不能证明它是诈骗，但加上网址里的其他迹象，值得小心。',
    ja: 'サイト名 {detail} は、これまでに見つかった携帯会社を装うフィッシングサイトのアドレスに似た作りです（2019〜2021年の既知のフィッシングURLから学習した特徴）。それだけで詐欺とは言えませんが、アドレスのほかのサインと合わせて注意が必要です。',
    en: 'The name {detail} is built like the addresses of carrier phishing sites we have seen (a pattern learned from known phishing URLs of 2019–2021). That alone proves nothing, but together with the address’s other signs it calls for care.',
  },
  redirector: {
    'zh-CN': '这个链接只是跳转，真正去往 {detail}。',
    ja: 'このリンクは転送用で、本当の行き先は {detail} です。',
    en: 'This link only redirects; it really leads to {detail}.',
  },
  'odd-unicode-path': {
    'zh-CN': '网址路径用特殊字母拼写（{detail}），这是最近诈骗网站隐藏品牌名的手法。',
    ja: 'アドレスのパスが特殊な文字でつづられています（{detail}）。最近の詐欺サイトがブランド名を隠す手口です。',
    en: 'The path is spelt with unusual look-alike letters ({detail}), a recent trick to hide a brand name.',
  },
  'copied-sign-in-path': {
    'zh-CN': '网址照抄了{brand}官方登录页的路径（{detail}），但网站不是{brand}的：这是仿冒的登录页。',
    ja: '{brand}の公式ログインページのパス（{detail}）をそのまま使っていますが、{brand}のサイトではありません。偽のログインページの特徴です。',
    en: 'The address copies the path of {brand}’s own sign-in page ({detail}) on a site that is not {brand}’s: the mark of a fake sign-in page.',
  },
  'brand-in-path': {
    'zh-CN': '网址路径中提到{brand}（{detail}），但网站不是{brand}的。',
    ja: 'パスに{brand}（{detail}）が含まれますが、{brand}のサイトではありません。',
    en: 'The path mentions {brand} ({detail}), but the site is not {brand}’s.',
  },
  'brand-credential-form': {
    'zh-CN': '这个页面自称{brand}并要求输入{detail}，但它不在{brand}的官方域名（{domains}）下。不要输入。',
    ja: 'このページは{brand}を名乗って{detail}の入力を求めていますが、{brand}の公式ドメイン（{domains}）ではありません。入力しないでください。',
    en: 'This page presents itself as {brand} and asks for {detail}, but it is not on {brand}’s domains ({domains}). Do not type it in.',
  },
  'credential-form': {
    'zh-CN': '这个可疑网站要求输入{detail}。',
    ja: 'この不審なサイトは{detail}の入力を求めています。',
    en: 'This suspicious site asks for {detail}.',
  },
  'credential-form-elsewhere': {
    'zh-CN': '页面上的表单会把输入内容发送到另一个网站（{detail}）。',
    ja: 'このページのフォームは入力内容を別のサイト（{detail}）に送ります。',
    en: 'A form on this page sends what you type to another site ({detail}).',
  },
  // ── Page-level evidence of fake numbers and off-platform sellers (issue 15 / 16 item 5) ──
  'unofficial-phone': {
    'zh-CN': '页面称 {detail} 是{brand}的电话，但那不是{brand}的号码。{brand}的官方号码是 {numbers}。',
    ja: 'このページは {detail} を{brand}の番号としていますが、{brand}の番号ではありません。{brand}の公式の番号は {numbers} です。',
    en: 'This page gives {detail} as {brand}’s number; it is not. {brand}’s official numbers are {numbers}.',
  },
  'offplatform-contact': {
    'zh-CN': '页面要你通过 {detail} 联系办理 SIM/解约等业务。运营商不会用这种方式办理。',
    ja: 'SIMや解約の手続きを {detail} で受け付けると書かれています。通信会社はこうした方法で手続きをしません。',
    en: 'The page offers SIM / cancellation services through {detail}. Carriers never handle these through such contacts.',
  },
  // ── end of page-level evidence ──
  'smishing-phrases': {
    'zh-CN': '页面使用诈骗短信常见的催促用语（{detail}）。',
    ja: '詐欺SMSによくある、急がせる言葉が使われています（{detail}）。',
    en: 'The page uses the pressure phrases of scam texts ({detail}).',
  },
  'giftcard-payment': {
    'zh-CN': '页面要求用礼品卡/预付卡代码付款（{detail}）。运营商不会这样收费。',
    ja: 'ギフトカードやプリペイドカードのコードでの支払いを求めています（{detail}）。通信会社はこの方法で請求しません。',
    en: 'The page asks for payment with gift-card or prepaid codes ({detail}). Carriers never bill this way.',
  },
  'apk-download': {
    'zh-CN': '页面让你下载安装应用文件（APK）。请只从官方应用商店安装。',
    ja: 'アプリのファイル（APK）のダウンロードを求めています。アプリは公式ストアからだけ入れてください。',
    en: 'The page asks you to download an app file (APK). Install apps only from the official store.',
  },
};

const NO_BRAND: Record<Lang, string> = { 'zh-CN': '运营商', ja: '通信会社', en: 'a carrier' };
const UNKNOWN: Templates = {
  'zh-CN': '可疑迹象：{code}（{detail}）。',
  ja: '注意が必要なサイン：{code}（{detail}）。',
  en: 'Warning sign: {code} ({detail}).',
};

/** The codes that have sentences (tests check every code the engine emits is here). */
export const REASON_CODES: readonly string[] = Object.keys(T);

function list(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  if (lang === 'en') return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  return items.join('、');
}

/**
 * `unofficial-phone` for a carrier none of whose numbers we could confirm (Y!mobile's rest on one blog): there is no
 * list of real numbers to give, so the sentence sends the reader to the carrier's own site instead.
 */
const UNOFFICIAL_PHONE_NONE_CONFIRMED: Templates = {
  'zh-CN':
    '页面称 {detail} 是{brand}的电话，但我们不知道{brand}公布过这个号码。请在{brand}的官方网站（{domains}）上查找联系方式。',
  ja: 'このページは {detail} を{brand}の番号としていますが、{brand}が公表している番号として確認できません。連絡先は{brand}の公式サイト（{domains}）で確かめてください。',
  en: 'This page gives {detail} as {brand}’s number, but it is not one we know {brand} to publish. Look the number up on {brand}’s own site ({domains}).',
};

/** A brand's published numbers for enquiries (falling back to all its numbers), as printed, at most 4. */
export function officialNumbersText(b: Brand): string[] {
  const withPhone = b.contacts.filter((c) => c.phone);
  const enquiries = withPhone.filter((c) => c.purpose === 'enquiries');
  const out: string[] = [];
  for (const c of enquiries.length > 0 ? enquiries : withPhone) {
    const d = c.phone?.display;
    if (d && !out.includes(d)) out.push(d);
  }
  return out.slice(0, 4);
}

const FIELDS: Record<string, Templates> = {
  password: { 'zh-CN': '密码', ja: 'パスワード', en: 'a password' },
  pin: { 'zh-CN': '4 位密码（暗証番号）', ja: '暗証番号', en: 'a PIN (暗証番号)' },
  card: { 'zh-CN': '信用卡号', ja: 'クレジットカード番号', en: 'a card number' },
  cvc: { 'zh-CN': '安全码', ja: 'セキュリティコード', en: 'the card security code' },
  'sms-code': { 'zh-CN': '短信验证码', ja: 'SMSの確認コード', en: 'an SMS code' },
  'my-number': { 'zh-CN': '个人编号（My Number）', ja: 'マイナンバー', en: 'your My Number' },
};
/** How each app's handle is written: `Telegram @name`, `LINE ID name`, `微信号 name`, `WhatsApp +81 …`. */
const HANDLES: Record<string, Templates> = {
  telegram: { 'zh-CN': 'Telegram', ja: 'Telegram', en: 'Telegram' },
  line: { 'zh-CN': 'LINE ID', ja: 'LINE ID', en: 'LINE ID' },
  wechat: { 'zh-CN': '微信号', ja: 'WeChat ID', en: 'WeChat ID' },
  whatsapp: { 'zh-CN': 'WhatsApp', ja: 'WhatsApp', en: 'WhatsApp' },
};

/** One `kind:handle` as a person would write it ("Telegram @esim1088", "LINE ID kaiyaku-daiko"). */
export function handleText(detail: string, lang: Lang): string {
  const at = detail.indexOf(':');
  const kind = detail.slice(0, at);
  const id = detail.slice(at + 1);
  // Links and LINE official accounts (@id) read best after the app's plain name.
  const app =
    kind === 'line' && /^[@l]/.test(id) && /^(@|lin\.ee\/|line\.me\/)/.test(id) ? 'LINE' : undefined;
  return `${app ?? HANDLES[kind]?.[lang] ?? kind} ${id}`;
}

/** Readable form of a machine detail (field lists, handle kinds). */
function detailText(reason: Reason, lang: Lang): string {
  if (reason.code === 'brand-credential-form' || reason.code === 'credential-form') {
    return list(
      reason.detail.split(',').map((f) => FIELDS[f]?.[lang] ?? f),
      lang,
    );
  }
  if (reason.code === 'offplatform-contact') {
    return list(
      reason.detail.split('|').map((h) => handleText(h, lang)),
      lang,
    );
  }
  if (reason.code === 'unofficial-phone') return list(reason.detail.split('|'), lang);
  // Host evidence is `found~brand word`: show what the address says.
  if (!reason.detail.includes('~')) return reason.detail;
  return reason.detail
    .split(' ')
    .map((x) => x.slice(0, x.includes('~') ? x.indexOf('~') : x.length))
    .join(' ');
}

/**
 * The human sentence for a reason, in `lang`, with the facts of its brand (the reason's own, else the
 * verdict's) filled in.
 */
export function explainReason(reason: Reason, brand: string | null, lang: Lang): string {
  const id = reason.brand ?? brand;
  const b = id ? BRANDS.find((x) => x.id === id) : undefined;
  const published = b ? officialNumbersText(b) : [];
  const t =
    reason.code === 'unofficial-phone' && b && published.length === 0
      ? UNOFFICIAL_PHONE_NONE_CONFIRMED
      : (T[reason.code] ?? UNKNOWN);
  const name = b ? b.name[lang] : NO_BRAND[lang];
  const domains = b ? list(b.domains.map((d) => d.domain).slice(0, 4), lang) : '';
  const numbers = list(published, lang);
  return t[lang]
    .replaceAll('{brand}', name)
    .replaceAll('{detail}', detailText(reason, lang))
    .replaceAll('{domains}', domains)
    .replaceAll('{numbers}', numbers)
    .replaceAll('{code}', reason.code);
}

/**
 * The reasons of a verdict as they are explained: the unofficial numbers given for one carrier merged into one
 * reason (`detail` = `0120-…|03-…`), so a page listing fake numbers for three carriers reads as three sentences,
 * each naming every fake number of that carrier and its real ones. Order is kept (first occurrence).
 */
export function mergedReasons(reasons: readonly Reason[]): Reason[] {
  const out: Reason[] = [];
  const phones = new Map<string, Reason>();
  for (const r of reasons) {
    if (r.code !== 'unofficial-phone') {
      out.push(r);
      continue;
    }
    const key = r.brand ?? '';
    const seen = phones.get(key);
    if (seen) {
      if (!seen.detail.split('|').includes(r.detail)) seen.detail += `|${r.detail}`;
      continue;
    }
    const merged = { ...r };
    phones.set(key, merged);
    out.push(merged);
  }
  return out;
}

/** Every reason of a verdict in words (unofficial numbers merged per carrier). */
export function explainReasons(
  verdict: { reasons: readonly Reason[]; brand: string | null },
  lang: Lang,
): string[] {
  return mergedReasons(verdict.reasons).map((r) => explainReason(r, verdict.brand, lang));
}
