/**
 * PageFacts from a Document passed in (never the global one): bounded visible text, forms and what they ask for,
 * phones and messaging handles, site name, image alt texts and link statistics. Uses only the Document's own
 * methods and numeric node types, so it runs in a content script, in happy-dom, or on any DOM implementation.
 */
import { registrableDomain } from './host';
import { extractHandles, extractPhones } from './phones';
import type { FormFacts, PageFacts } from './types';

export interface ExtractLimits {
  /** Characters of visible text kept (default 100,000). */
  maxText?: number;
  /** Nodes visited in the text walk (default 20,000). */
  maxNodes?: number;
  /** Form fields looked at (default 500). */
  maxFields?: number;
  /** Links looked at (default 5,000). */
  maxLinks?: number;
}

const ELEMENT = 1;
const TEXT = 3;
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'IFRAME',
  'OBJECT',
  'SVG',
  'CANVAS',
  'svg',
]);
const NON_FIELD = new Set([
  'hidden',
  'submit',
  'button',
  'reset',
  'image',
  'checkbox',
  'radio',
  'file',
  'range',
  'color',
]);

const RE_PIN = /暗証番号|暗證番號|\bpin\b|ピン|passcode|パスコード|密码4位|4桁/i;
const RE_CARD = /カード番号|card.?(num|no)|cardno|cc-?num|ccnum|credit.?card|クレジットカード|卡号/i;
const RE_CVC = /\bcvc\b|\bcvv|\bcsc\b|セキュリティ.?コード|security.?code|安全码/i;
const RE_SMS =
  /認証コード|確認コード|ワンタイム|one.?time|\botp\b|\bsms\b|verification.?code|验证码|認証番号|確認番号/i;
const RE_MYNUMBER = /マイナンバー|個人番号|my.?number/i;
const RE_MESSAGING = /^(t\.me|telegram\.me|wa\.me|api\.whatsapp\.com|line\.me|lin\.ee|weixin\.qq\.com)$/;

interface ElementLike {
  nodeType: number;
  tagName?: string;
  childNodes?: ArrayLike<unknown>;
  data?: string;
  getAttribute?(name: string): string | null;
  textContent?: string | null;
}

function attr(el: Element, name: string): string {
  return (el.getAttribute(name) ?? '').slice(0, 300);
}

function text(el: Element | null | undefined, max: number): string {
  if (!el) return '';
  const t = el.textContent ?? '';
  return (t.length > max ? t.slice(0, max) : t).replace(/\s+/g, ' ').trim();
}

/**
 * Forms sent to the background at most (utils/guard/facts-schema.ts refuses more): a page cannot hide its one
 * password form behind a hundred empty ones, because the forms that ask for something come first.
 */
export const MAX_FORMS = 100;

const asksForSomething = (f: FormFacts) => f.password || f.pin || f.card || f.cvc || f.smsCode || f.myNumber;

function mostTelling(forms: FormFacts[]): FormFacts[] {
  if (forms.length <= MAX_FORMS) return forms;
  return [...forms.filter(asksForSomething), ...forms.filter((f) => !asksForSomething(f))].slice(
    0,
    MAX_FORMS,
  );
}

/** Visible text: text nodes outside scripts, styles, hidden elements; bounded in characters and nodes. */
export function visibleText(root: Node | null, maxText: number, maxNodes: number): string {
  if (!root) return '';
  const parts: string[] = [];
  let size = 0;
  let visited = 0;
  const stack: ElementLike[] = [root as unknown as ElementLike];
  while (stack.length > 0 && visited < maxNodes && size < maxText) {
    const node = stack.pop() as ElementLike;
    visited++;
    if (node.nodeType === TEXT) {
      const d = (node.data ?? '').trim();
      if (d) {
        const piece = d.length > maxText - size ? d.slice(0, maxText - size) : d;
        parts.push(piece);
        size += piece.length + 1;
      }
      continue;
    }
    if (node.nodeType === ELEMENT) {
      if (SKIP.has(node.tagName ?? '')) continue;
      const el = node as unknown as Element;
      if (el.hasAttribute?.('hidden')) continue;
      const style = el.getAttribute?.('style');
      if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style.slice(0, 500))) continue;
    } else if (node.nodeType !== 9 && node.nodeType !== 11) continue;
    const kids = node.childNodes;
    if (!kids) continue;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as ElementLike);
  }
  return parts.join(' ');
}

function resolveHost(href: string, base: string): string | null {
  try {
    return new URL(href, base).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

/**
 * What the DOM says, without the text analysis: the every-page script sends this to the background, which
 * finishes the job with `completeFacts` (so the phone and handle parsers need not ship on every page).
 */
export type DomFacts = Omit<PageFacts, 'phones' | 'handles'> & {
  /** Messaging links found on the page (t.me/…, wa.me/…), for the handle parser. */
  messaging: string[];
};

/** Adds the phone numbers and messaging handles found in the DOM facts' text. */
export function completeFacts({ messaging, ...dom }: DomFacts): PageFacts {
  const body = dom.visibleText;
  return {
    ...dom,
    phones: extractPhones(body),
    handles: extractHandles(messaging.length > 0 ? `${body}\n${messaging.join('\n')}` : body),
  };
}

/** An empty form description (extractor groups start from it; tests build facts with it). */
export function emptyForm(over: Partial<FormFacts> = {}): FormFacts {
  return {
    actionHost: null,
    password: false,
    pin: false,
    card: false,
    cvc: false,
    smsCode: false,
    myNumber: false,
    text: '',
    ...over,
  };
}

/** Extracts the facts assessPage works on. `doc` is a parameter: pass `document` from a content script. */
export function extractPageFacts(doc: Document, limits: ExtractLimits = {}): PageFacts {
  return completeFacts(extractDomFacts(doc, limits));
}

export function extractDomFacts(doc: Document, limits: ExtractLimits = {}): DomFacts {
  const maxText = limits.maxText ?? 100_000;
  const maxNodes = limits.maxNodes ?? 20_000;
  const maxFields = limits.maxFields ?? 500;
  const maxLinks = limits.maxLinks ?? 5_000;
  const base = doc.baseURI || doc.URL || 'about:blank';
  const pageHost = resolveHost(doc.URL || base, base) ?? '';

  const title = (doc.title ?? '').slice(0, 300);
  const meta = (sel: string) => {
    const m = doc.querySelector(sel);
    return m ? attr(m, 'content') : '';
  };
  const siteName = meta('meta[property="og:site_name"]') || meta('meta[name="application-name"]');
  const body = visibleText(doc.body ?? doc.documentElement, maxText, maxNodes);

  const altTexts: string[] = [];
  let altSize = 0;
  const imgs = doc.querySelectorAll('img[alt], input[type="image"][alt]');
  for (let i = 0; i < imgs.length && i < 200 && altSize < 5000; i++) {
    const a = attr(imgs[i] as Element, 'alt').trim();
    if (a) {
      altTexts.push(a);
      altSize += a.length;
    }
  }

  // Labels by the id they point to.
  const labelFor = new Map<string, string>();
  const labels = doc.querySelectorAll('label[for]');
  for (let i = 0; i < labels.length && i < 1000; i++) {
    const l = labels[i] as Element;
    labelFor.set(attr(l, 'for'), text(l, 200));
  }

  const groups = new Map<Element | null, FormFacts>();
  const fields = doc.querySelectorAll('input, select, textarea');
  for (let i = 0; i < fields.length && i < maxFields; i++) {
    const el = fields[i] as Element;
    const type = (attr(el, 'type') || 'text').toLowerCase();
    const form = ((el as unknown as { form?: Element | null }).form ?? el.closest('form')) || null;
    let g = groups.get(form);
    if (!g) {
      let actionHost: string | null = null;
      if (form) {
        const action = attr(form, 'action');
        actionHost = action ? resolveHost(action, base) : null;
      }
      g = emptyForm({ actionHost, text: form ? text(form, 2000) : '' });
      groups.set(form, g);
    }
    if (NON_FIELD.has(type)) {
      if (type === 'submit' || type === 'button') g.text = `${g.text} ${attr(el, 'value')}`.slice(0, 3000);
      continue;
    }
    const id = attr(el, 'id');
    const own = el.closest('label');
    const label = (id && labelFor.get(id)) || (own ? text(own, 200) : '');
    const words = [
      attr(el, 'name'),
      id,
      attr(el, 'autocomplete'),
      attr(el, 'placeholder'),
      attr(el, 'aria-label'),
      attr(el, 'title'),
      label,
    ].join(' ');
    if (!form)
      g.text =
        `${g.text} ${label} ${attr(el, 'placeholder')} ${text(el.parentElement?.parentElement, 300)}`.slice(
          0,
          3000,
        );
    const auto = attr(el, 'autocomplete').toLowerCase();
    const maxlength = Number(attr(el, 'maxlength')) || 0;
    const numeric =
      attr(el, 'inputmode') === 'numeric' ||
      type === 'number' ||
      type === 'tel' ||
      /\[0-9\]|\\d/.test(attr(el, 'pattern'));
    const pin = RE_PIN.test(words) || (maxlength === 4 && (numeric || type === 'password'));
    if (pin) g.pin = true;
    else if (type === 'password' || auto === 'current-password' || auto === 'new-password') g.password = true;
    if (auto === 'cc-number' || RE_CARD.test(words) || (numeric && maxlength >= 15 && maxlength <= 19))
      g.card = true;
    if (auto === 'cc-csc' || RE_CVC.test(words)) g.cvc = true;
    if (auto === 'one-time-code' || RE_SMS.test(words)) g.smsCode = true;
    if (RE_MYNUMBER.test(words)) g.myNumber = true;
  }

  let total = 0;
  let external = 0;
  let apkLinks = 0;
  const messaging: string[] = [];
  const pageSite = pageHost ? registrableDomain(pageHost) : '';
  const links = doc.querySelectorAll('a[href]');
  for (let i = 0; i < links.length && i < maxLinks; i++) {
    const href = attr(links[i] as Element, 'href');
    let u: URL;
    try {
      u = new URL(href, base);
    } catch {
      continue;
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') continue;
    total++;
    const h = u.hostname.toLowerCase();
    if (pageSite && registrableDomain(h) !== pageSite) external++;
    if (u.pathname.toLowerCase().endsWith('.apk')) apkLinks++;
    if (RE_MESSAGING.test(h) && messaging.length < 50) {
      const phone = u.searchParams.get('phone');
      messaging.push(h === 'api.whatsapp.com' ? `wa.me/${phone ?? ''}` : `${h}${u.pathname}`);
    }
  }

  return {
    title,
    siteName,
    visibleText: body,
    altTexts,
    forms: mostTelling([...groups.values()]),
    messaging,
    links: { total, external },
    apkLinks,
  };
}
