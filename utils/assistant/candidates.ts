/**
 * The elements of a page a user can click, as the assistant reads them: links, buttons and their ARIA
 * equivalents, and also what portals build menus from without any role (elements with `tabindex` or `onclick`,
 * labels of radio choices, cards styled `cursor: pointer`), inside open shadow roots too. Every part is
 * bounded: at most MAX_CANDIDATES elements, MAX_SHADOW_ROOTS shadow roots, MAX_TEXT_NODES text nodes read for
 * pointer cards, MAX_STYLE_READS computed styles (read only for text that already names a step).
 */
import { headingBefore } from './names';
import { normaliseLabel } from './normalise';
import { SHORT_LABEL_CHARS } from './score';

/** Links, buttons and their ARIA equivalents, and the non-semantic things portals make clickable. */
export const CLICKABLE = [
  'a[href]',
  'button',
  '[role="button"]',
  '[role="menuitem"]',
  '[role="link"]',
  '[role="tab"]',
  '[role="option"]',
  'input[type="submit"]',
  'input[type="button"]',
  'summary',
  'label',
  '[tabindex]:not([tabindex="-1"]):not(main):not(section):not(article):not(body)',
  '[onclick]',
].join(',');

/** Parts of a page where a label is an article's word, not the way forward: never pointed at. */
const ASIDE_CONTEXT = [
  'footer',
  '[role="contentinfo"]',
  'nav[aria-label*="breadcrumb" i]',
  'nav[aria-label*="パンくず"]',
  '[class*="breadcrumb" i]',
  '[id*="breadcrumb" i]',
  '[class*="faq" i]',
  '[id*="faq" i]',
  '[class*="news" i]',
  '[id*="news" i]',
  '[class*="topics" i]',
  '[class*="notice" i]',
].join(',');

/** The page's navigation and side bars: menus live there, but a guess there counts for less. */
const SIDE_AREA = 'nav,aside,header,[role="navigation"],[role="banner"],[role="complementary"]';

const FAQ_LINK = /faq/i;

/** A page with more clickable things than this is read only this far. */
export const MAX_CANDIDATES = 3000;
/** Open shadow roots walked, nested ones included. */
export const MAX_SHADOW_ROOTS = 20;
/** Elements looked at for a shadow root, per root. */
const MAX_HOST_SCAN = 20_000;
/** Text nodes read for labels on elements that are clickable only by their style. */
const MAX_TEXT_NODES = 5000;
/** Computed styles read (each may cost a style recalculation): only for text that names a step. */
const MAX_STYLE_READS = 40;
/** Ancestors of such a text climbed for the element that carries `cursor: pointer`. */
const MAX_POINTER_LEVELS = 3;

/** Hidden from everyone (`hidden`) or from assistive technology (an off-screen copy of a menu). */
const HIDDEN = '[hidden],[aria-hidden="true"]';

export function isVisible(el: Element): boolean {
  if (el.closest(HIDDEN)) return false;
  // checkVisibility: Chromium ≥105 (CSS display, visibility); where missing, the element counts as visible.
  return typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true }) : true;
}

/** Whether a matching element may be pointed at: shown, not inside an aside context, not a link to an FAQ. */
export function isOnTheWay(el: Element): boolean {
  if (el.closest(ASIDE_CONTEXT)) return false;
  if (FAQ_LINK.test(el.getAttribute('href') ?? '')) return false;
  return isVisible(el);
}

/** The document and the open shadow roots inside it, in document order of their hosts, bounded. */
export function searchRoots(root: ParentNode): ParentNode[] {
  const roots: ParentNode[] = [root];
  for (let i = 0; i < roots.length && roots.length <= MAX_SHADOW_ROOTS; i++) {
    const all = (roots[i] as ParentNode).querySelectorAll('*');
    const n = Math.min(all.length, MAX_HOST_SCAN);
    for (let j = 0; j < n && roots.length <= MAX_SHADOW_ROOTS; j++) {
      const shadow = (all[j] as Element).shadowRoot;
      if (shadow) roots.push(shadow);
    }
  }
  return roots;
}

/**
 * Elements that are clickable only by their style (a card with `cursor: pointer` and a click handler added by
 * script): found from their text, for text that `names` says names a step. The outermost element within
 * MAX_POINTER_LEVELS whose cursor is a pointer is the card (the cursor is inherited by everything inside it).
 */
function pointerCards(
  root: ParentNode,
  names: (text: string) => boolean,
  budget: { styles: number },
): Element[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const view = doc.defaultView;
  if (!view) return [];
  const cards = new Set<Element>();
  const walker = doc.createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
  for (let i = 0; i < MAX_TEXT_NODES && budget.styles > 0; i++) {
    const node = walker.nextNode();
    if (!node) break;
    const text = node.nodeValue ?? '';
    if (text.length > 80 || !text.trim() || !names(normaliseLabel(text))) continue;
    const parent = node.parentElement;
    if (!parent || parent.closest(CLICKABLE)) continue;
    let card: Element | null = null;
    let el: Element | null = parent;
    for (let level = 0; el && level <= MAX_POINTER_LEVELS && budget.styles > 0; level++) {
      budget.styles--;
      if (view.getComputedStyle(el).cursor !== 'pointer') break;
      card = el;
      el = el.parentElement;
    }
    if (card) cards.add(card);
  }
  return [...cards];
}

/** The heading `element` sits under, read only for a short label (score.ts: a bare 「お申込み」). */
export function contextOf(element: Element, names: readonly string[]): string {
  return names.some((name) => name.length <= SHORT_LABEL_CHARS) ? headingBefore(element) : '';
}

/** Whether `element` is in the page's navigation, header or side bar. */
export function isSide(element: Element): boolean {
  return element.closest(SIDE_AREA) !== null;
}

/**
 * Every clickable element of `root` and its open shadow roots, in document order per root, up to
 * MAX_CANDIDATES. `names` tells which texts may name a step, for the cards found by their style.
 */
export function clickables(root: ParentNode, names: (text: string) => boolean): Element[] {
  const found: Element[] = [];
  const budget = { styles: MAX_STYLE_READS };
  for (const r of searchRoots(root)) {
    for (const element of r.querySelectorAll(CLICKABLE)) {
      if (found.length >= MAX_CANDIDATES) return found;
      // A control inside a label is the label's: one candidate, the label.
      if (element.tagName === 'INPUT' && element.closest('label')) continue;
      found.push(element);
    }
    for (const card of pointerCards(r, names, budget)) {
      if (found.length >= MAX_CANDIDATES) return found;
      found.push(card);
    }
  }
  return found;
}
