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
  const reader = new DomReader(doc, limits);
  reader.work(() => true);
  return reader.facts();
}

/** How many units of work (nodes, fields, links) between two looks at the clock. */
const CHUNK = 64;

/**
 * Reads a document's facts a slice at a time, so that the every-page script can do it while the page is idle
 * and stop when its time is up. Linear: the text walk is one pass over the body (a native TreeWalker; skipped
 * subtrees are jumped over, never entered), fields and links come from the document's own element lists, and
 * what the original extractor found by walking up or across the tree for each field (its form's text, its
 * label, the text around it) comes from that one pass or from lists made once. Whatever `facts()` returns,
 * early or late, fits the background's schema.
 */
export class DomReader {
  private readonly maxText: number;
  private readonly maxNodes: number;
  private readonly maxFields: number;
  private readonly maxLinks: number;
  private readonly base: string;
  private readonly pageSite: string;
  private readonly title: string;
  private readonly siteName: string;
  private readonly altTexts: string[] = [];
  /** Field groups by form (null: fields outside any form), with the words their fields and labels gave. */
  private readonly groups = new Map<Element | null, FormFacts>();
  /** Text the walk met inside each form. */
  private readonly formText = new Map<Element, string>();
  private readonly labelOf = new Map<Element, string>();
  private readonly text: string[] = [];
  private textSize = 0;
  private readonly messaging: string[] = [];
  private links = { total: 0, external: 0 };
  private apkLinks = 0;
  private readonly steps: Generator<void, void>;
  private finished = false;

  constructor(
    private readonly doc: Document,
    limits: ExtractLimits = {},
  ) {
    this.maxText = limits.maxText ?? 100_000;
    this.maxNodes = limits.maxNodes ?? 20_000;
    this.maxFields = limits.maxFields ?? 500;
    this.maxLinks = limits.maxLinks ?? 5_000;
    this.base = doc.baseURI || doc.URL || 'about:blank';
    const pageHost = resolveHost(doc.URL || this.base, this.base) ?? '';
    this.pageSite = pageHost ? registrableDomain(pageHost) : '';
    this.title = (doc.title ?? '').slice(0, 300);
    const meta = (sel: string) => {
      const m = doc.querySelector(sel);
      return m ? attr(m, 'content') : '';
    };
    this.siteName = meta('meta[property="og:site_name"]') || meta('meta[name="application-name"]');
    this.steps = this.run();
  }

  /** Reads on while `more()` (asked every few dozen nodes) says so; true once everything is read. */
  work(more: () => boolean): boolean {
    while (!this.finished && more()) this.finished = this.steps.next().done === true;
    return this.finished;
  }

  /** What has been read so far. */
  facts(): DomFacts {
    const forms = [...this.groups].map(([form, g]) => {
      const walked = form ? this.formText.get(form) : undefined;
      return walked ? { ...g, text: `${walked} ${g.text}`.slice(0, 3000).trim() } : g;
    });
    return {
      title: this.title,
      siteName: this.siteName,
      visibleText: this.text.join(' '),
      altTexts: this.altTexts,
      forms: mostTelling(forms),
      messaging: this.messaging,
      links: { ...this.links },
      apkLinks: this.apkLinks,
    };
  }

  /** The most telling first: what forms ask for, then links, then the text. */
  private *run(): Generator<void, void> {
    yield* this.readLabels();
    yield* this.readFields();
    yield* this.readAlts();
    yield* this.readLinks();
    yield* this.readText();
  }

  private *readLabels(): Generator<void, void> {
    const labels = this.doc.querySelectorAll('label');
    for (let i = 0; i < 1000; i++) {
      const label = labels[i] as HTMLLabelElement | undefined;
      if (!label) return;
      const control = label.control ?? null;
      if (control && !this.labelOf.has(control)) this.labelOf.set(control, text(label, 200));
      if (i % CHUNK === CHUNK - 1) yield;
    }
  }

  private *readFields(): Generator<void, void> {
    // One query per tag: a tag alone is matched on the browser's fast path; a list of them is not (60 times
    // slower on a 100,000-element page). The forms are still grouped and ranked the same.
    let seen = 0;
    for (const tag of ['input', 'select', 'textarea']) {
      const fields = this.doc.querySelectorAll(tag);
      for (let i = 0; i < fields.length && seen < this.maxFields; i++, seen++) {
        this.readField(fields[i] as Element);
        if (seen % CHUNK === CHUNK - 1) yield;
      }
      yield;
    }
  }

  private readField(el: Element): void {
    const type = (attr(el, 'type') || 'text').toLowerCase();
    const form = (el as HTMLInputElement).form ?? null;
    let g = this.groups.get(form);
    if (!g) {
      const action = form ? attr(form, 'action') : '';
      g = emptyForm({ actionHost: action ? resolveHost(action, this.base) : null });
      this.groups.set(form, g);
    }
    if (NON_FIELD.has(type)) {
      if (type === 'submit' || type === 'button') g.text = `${g.text} ${attr(el, 'value')}`.slice(0, 3000);
      return;
    }
    const id = attr(el, 'id');
    const label = this.labelOf.get(el) ?? '';
    const placeholder = attr(el, 'placeholder');
    const ariaLabel = attr(el, 'aria-label');
    const words = [
      attr(el, 'name'),
      id,
      attr(el, 'autocomplete'),
      placeholder,
      ariaLabel,
      attr(el, 'title'),
      label,
    ].join(' ');
    g.text = `${g.text} ${label} ${placeholder}`.slice(0, 3000);
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

  private *readAlts(): Generator<void, void> {
    let size = 0;
    const imgs = this.doc.querySelectorAll('img[alt], input[type="image"][alt]');
    for (let i = 0; i < imgs.length && i < 200 && size < 5000; i++) {
      const a = attr(imgs[i] as Element, 'alt').trim();
      if (a) {
        this.altTexts.push(a);
        size += a.length;
      }
    }
    yield;
  }

  private *readLinks(): Generator<void, void> {
    const anchors = this.doc.querySelectorAll('a');
    const siteOf = new Map<string, string>();
    for (let i = 0, looked = 0; i < anchors.length && looked < this.maxLinks; i++) {
      if (i % CHUNK === CHUNK - 1) yield;
      const href = (anchors[i] as Element).getAttribute('href')?.slice(0, 300);
      if (href === undefined) continue;
      looked++;
      const scheme = SCHEME.exec(href)?.[1]?.toLowerCase();
      if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') continue;
      if (scheme === undefined && !href.startsWith('//')) {
        // Relative: on the page's own site; only its path can tell something.
        this.links.total++;
        if (APK_PATH.test(href)) this.apkLinks++;
        continue;
      }
      let u: URL;
      try {
        u = new URL(href, this.base);
      } catch {
        continue;
      }
      this.links.total++;
      const h = u.hostname.toLowerCase();
      const site = siteOf.get(h) ?? registrableDomain(h);
      siteOf.set(h, site);
      if (this.pageSite && site !== this.pageSite) this.links.external++;
      if (u.pathname.toLowerCase().endsWith('.apk')) this.apkLinks++;
      if (RE_MESSAGING.test(h) && this.messaging.length < 50) {
        const phone = u.searchParams.get('phone');
        this.messaging.push(h === 'api.whatsapp.com' ? `wa.me/${phone ?? ''}` : `${h}${u.pathname}`);
      }
    }
  }

  /**
   * Visible text: text nodes outside scripts, styles and hidden elements, in one pass over the body. Text
   * inside a form also goes to that form (its end is found once, when the walk enters it).
   */
  private *readText(): Generator<void, void> {
    const root = this.doc.body ?? this.doc.documentElement;
    if (!root) return;
    const walker = this.doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
    let form: Element | null = null;
    let formEnd: Node | null = null;
    let formSize = 0;
    let node: Node | null = root;
    for (let visited = 0; node && visited < this.maxNodes && this.textSize < this.maxText; visited++) {
      if (visited % CHUNK === CHUNK - 1) yield;
      if (form && node === formEnd) form = null;
      if (node.nodeType === TEXT) {
        const d = ((node as Text).data ?? '').trim();
        if (d) {
          const piece =
            d.length > this.maxText - this.textSize ? d.slice(0, this.maxText - this.textSize) : d;
          this.text.push(piece);
          this.textSize += piece.length + 1;
          if (form && formSize < 2000) {
            const add = d.slice(0, 2000 - formSize);
            this.formText.set(form, `${this.formText.get(form) ?? ''} ${add}`);
            formSize += add.length + 1;
          }
        }
        node = walker.nextNode();
        continue;
      }
      const el = node as Element;
      const tag = el.tagName;
      if (node !== root && hidden(el, tag)) {
        node = skipSubtree(walker);
        continue;
      }
      if (!form && tag === 'FORM' && this.groups.has(el)) {
        form = node as Element;
        formEnd = after(node);
        formSize = 0;
      }
      node = walker.nextNode();
    }
  }
}

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const SCHEME = /^\s*([a-z][a-z0-9+.-]*):/i;
const APK_PATH = /\.apk(?:[?#]|$)/i;
const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** An element whose content is not shown: scripts, styles, embedded documents, `hidden`, inline display:none. */
function hidden(el: Element, tag: string): boolean {
  if (SKIP.has(tag)) return true;
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && HIDING_STYLE.test(style.slice(0, 500));
}

/** The node after `node`'s subtree in document order. */
function after(node: Node): Node | null {
  for (let n: Node | null = node; n; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}

/** Moves the walker past its current node's subtree, to the next node outside it. */
function skipSubtree(walker: TreeWalker): Node | null {
  const next = walker.nextSibling();
  if (next) return next;
  while (walker.parentNode()) {
    const up = walker.nextSibling();
    if (up) return up;
  }
  return null;
}
