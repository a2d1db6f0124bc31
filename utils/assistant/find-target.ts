/**
 * Finds the element a menu step means: something clickable whose own label, normalised, equals the step's
 * label. Exact equality, never "contains", so a sentence that mentions 解約 is not a 解約 button; and labels
 * in footers, FAQ, news and breadcrumbs are skipped, so the generic 解約 link every carrier has there is never
 * pointed at. The work is bounded: at most MAX_CANDIDATES elements, at most MAX_LABEL_CHARS read from each.
 */
import type { MenuStep } from '../../data/schema';
import { labelKeys, normaliseLabel } from './normalise';

/** Links, buttons and their ARIA equivalents. */
export const CLICKABLE = [
  'a[href]',
  'button',
  '[role="button"]',
  '[role="menuitem"]',
  '[role="link"]',
  '[role="tab"]',
  'input[type="submit"]',
  'input[type="button"]',
  'summary',
].join(',');

/** Parts of a page where a label is an article's word, not the way forward. */
const SIDE_CONTEXT = [
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

const FAQ_LINK = /faq/i;

/** A page with more clickable things than this is scanned only this far. */
export const MAX_CANDIDATES = 3000;
/** No menu label is longer; a longer text is a sentence or a card, and is not read further. */
const MAX_LABEL_CHARS = 80;

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg']);

/**
 * The text a reader sees in `el`, without icons and hidden parts; `null` when it is too long to be a label.
 * Walks with its own stack, so no nesting depth can exhaust the call stack.
 */
function ownText(el: Element): string | null {
  let text = '';
  const stack: Node[] = [...el.childNodes].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType === 3) {
      text += node.nodeValue ?? '';
      if (text.length > MAX_LABEL_CHARS) return null;
    } else if (node.nodeType === 1) {
      const element = node as Element;
      const hidden = element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true';
      if (hidden || SKIPPED_TAGS.has(element.tagName)) continue;
      const children = element.childNodes;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
    }
  }
  return text;
}

/** Every name the element goes by: aria-label, its text, a heading or image inside it, its title. */
function namesOf(el: Element): string[] {
  const names = [el.getAttribute('aria-label'), el.getAttribute('title')];
  if (el.tagName === 'INPUT') names.push((el as HTMLInputElement).value);
  else {
    names.push(ownText(el));
    const heading = el.querySelector('h1,h2,h3,h4,h5,h6');
    if (heading) names.push(ownText(heading));
    names.push(el.querySelector('img[alt]')?.getAttribute('alt') ?? null);
  }
  return names.filter((n): n is string => !!n?.trim()).map(normaliseLabel);
}

/** Hidden from everyone (`hidden`) or from assistive technology (an off-screen copy of a menu). */
const HIDDEN = '[hidden],[aria-hidden="true"]';

function isVisible(el: Element): boolean {
  if (el.closest(HIDDEN)) return false;
  // checkVisibility: Chromium ≥105 (CSS display, visibility); where missing, the element counts as visible.
  return typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true }) : true;
}

/** Whether a matching element may be pointed at: shown, not inside a side context, not a link to an FAQ. */
function isOnTheWay(el: Element): boolean {
  if (el.closest(SIDE_CONTEXT)) return false;
  if (FAQ_LINK.test(el.getAttribute('href') ?? '')) return false;
  return isVisible(el);
}

export interface Found {
  element: Element;
  step: MenuStep;
  /** Position of `step` on its path. */
  index: number;
}

/**
 * The element for the step furthest along `steps` that is on the page: when both 「解約・その他」 and the
 * 「回線の解約」 inside it are shown, the user's next click is the second one.
 */
export function findNextTarget(root: ParentNode, steps: readonly MenuStep[]): Found | null {
  const wanted = new Map<string, number>();
  steps.forEach((step, index) => {
    for (const key of labelKeys(step)) wanted.set(key, index);
  });
  let best: Found | null = null;
  let seen = 0;
  for (const element of root.querySelectorAll(CLICKABLE)) {
    if (++seen > MAX_CANDIDATES) break;
    const index = Math.max(-1, ...namesOf(element).map((name) => wanted.get(name) ?? -1));
    const step = steps[index];
    if (!step || (best && best.index >= index) || !isOnTheWay(element)) continue;
    best = { element, step, index };
    if (index === steps.length - 1) break;
  }
  return best;
}

/** The clickable element for one step, or null. */
export function findTarget(root: ParentNode, step: MenuStep): Element | null {
  return findNextTarget(root, [step])?.element ?? null;
}
