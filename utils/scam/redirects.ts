/**
 * URLs inside URLs: a redirector's or mail-tracking link's target written in its query, and the host a translate
 * proxy (`*.translate.goog`) shows. The engine judges the inner URL and adds the wrapper as weak evidence.
 */

/**
 * The URL a redirector or mail-tracking link sends to, written in its query (`?url=https%3A%2F%2F…`,
 * `/redirect?z=https://…`, `href.li/?http://…`), or null. Only the first one, decoded once.
 */
export function redirectTarget(url: string): string | null {
  const q = url.indexOf('?');
  if (q < 0 || url.indexOf('http', q) < 0) return null;
  const m = REDIRECT_PARAM.exec(url.slice(q));
  if (!m) return null;
  let target = m[1] as string;
  if (target.charCodeAt(4) === 37 || target.charCodeAt(5) === 37) {
    try {
      target = decodeURIComponent(target);
    } catch {
      return null;
    }
  }
  return target;
}
const REDIRECT_PARAM = /[?&](?:[^=&#]*=)?(https?(?::\/\/|%3a%2f%2f)[^&#\s]+)/i;

/** `www-docomo-ne-jp` (a translate.goog label) → `www.docomo.ne.jp`. */
export function untranslateLabel(label: string): string {
  let out = '';
  for (let i = 0; i < label.length; i++) {
    const c = label[i] as string;
    if (c !== '-') out += c;
    else if (label[i + 1] === '-') {
      out += '-';
      i++;
    } else out += '.';
  }
  return out;
}
