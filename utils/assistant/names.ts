/**
 * What an element is called, in one place: the assistant's search (candidates.ts) and its watch for late menus
 * (watch.ts) read the same names, so a label the search can match is never one the watch overlooks.
 */
import { normaliseLabel } from './normalise';

/** No menu label is longer; a longer text is a sentence or a card, and is not read further. */
export const MAX_LABEL_CHARS = 80;

/** Attributes that carry a name: an icon button's aria-label, a title, an image's alt, a submit's value. */
export const NAME_ATTRIBUTES = ['aria-label', 'title', 'alt', 'value'] as const;
/** Elements that carry one of those names. */
export const NAMED = '[aria-label],[title],img[alt],input[value]';

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg']);
const HEADING = 'h1,h2,h3,h4,h5,h6,[role="heading"]';

/**
 * The text a reader sees in `el`, without icons and hidden parts, text split over inline or block children
 * joined (「<p>解約の</p><p>お手続き</p>」 reads 解約のお手続き); `null` when it is too long to be a label. Walks
 * with its own stack, so no nesting depth can exhaust the call stack.
 */
export function ownText(el: Element): string | null {
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

/** Every name the element goes by, normalised: aria-label, its text, a heading or image inside it, its title. */
export function namesOf(el: Element): string[] {
  const names = [el.getAttribute('aria-label'), el.getAttribute('title')];
  if (el.tagName === 'INPUT') names.push((el as HTMLInputElement).value);
  else {
    names.push(ownText(el));
    const heading = el.querySelector(HEADING);
    if (heading) names.push(ownText(heading));
    names.push(el.querySelector('img[alt]')?.getAttribute('alt') ?? null);
  }
  return names.filter((n): n is string => !!n?.trim()).map(normaliseLabel);
}

/** Siblings looked at on each level when searching for the heading a short label belongs to. */
const MAX_SIBLINGS = 8;
/** Levels of ancestors climbed for it: a button in a card in a list item. */
const MAX_LEVELS = 3;

/**
 * The heading a short label sits under (a card's 「電話番号保管」 above its 「お申込み」 button), normalised; '' when
 * there is none nearby. Only previous siblings of the element and of its closest ancestors are looked at: the
 * nearest heading before the label, never one further down the page.
 */
export function headingBefore(el: Element): string {
  let node: Element | null = el;
  for (let level = 0; node && level <= MAX_LEVELS; level++, node = node.parentElement) {
    let sibling = node.previousElementSibling;
    for (let i = 0; sibling && i < MAX_SIBLINGS; i++, sibling = sibling.previousElementSibling) {
      if (sibling.matches(HEADING)) return normaliseLabel(ownText(sibling) ?? '');
    }
  }
  return '';
}
