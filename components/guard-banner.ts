/**
 * The scam guard's warning on the page, built with plain DOM calls (no framework: this ships on every page) in
 * a closed shadow root, so the page can neither restyle nor read it. Every string comes from the background's
 * verdict and our own tables and is set as text, never as HTML.
 */
import type { Banner } from '../utils/guard/banner';
import { closedShadowHost } from './closed-shadow';

export const BANNER_TAG = 'kaiyaku-guard-warning';

const CSS = `
.box { position: fixed; z-index: 2147483647; box-sizing: border-box; font: 14px/1.45 system-ui, sans-serif;
  color: #1f2328; background: #fff; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
.danger { top: 0; left: 0; right: 0; border-top: 6px solid #b42318; padding: 12px 16px; }
.caution { bottom: 16px; right: 16px; max-width: 360px; border-left: 6px solid #bf8700; border-radius: 8px;
  padding: 10px 12px; }
h2 { margin: 0 0 4px; font-size: 16px; color: #b42318; }
.caution h2 { color: #7a5200; font-size: 14px; }
p, ul { margin: 4px 0; }
ul { padding-left: 20px; }
a { color: #0b6e4f; font-weight: 600; }
.actions { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 6px; align-items: center; }
button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #8c959f; background: #f6f8fa;
  color: #1f2328; cursor: pointer; }
button:focus-visible, a:focus-visible { outline: 2px solid #0b6e4f; outline-offset: 2px; }
`;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

export interface BannerHandlers {
  /** Called on a real user click (never a script's synthetic one). */
  onTrust(): void;
}

/** Shows the banner and returns a function that removes it. */
export function showBanner(banner: Banner, handlers: BannerHandlers): () => void {
  const { host, root } = closedShadowHost(BANNER_TAG, CSS);
  host.dataset.level = banner.level;
  const box = el('div');
  box.className = `box ${banner.level}`;
  box.setAttribute('role', banner.level === 'danger' ? 'alert' : 'status');
  box.setAttribute('aria-label', banner.ariaLabel);
  const list = el('ul');
  for (const reason of banner.reasons) list.append(el('li', reason));
  const actions = el('div');
  actions.className = 'actions';
  for (const site of banner.official) {
    const link = el('a', site.label);
    link.href = site.url;
    link.rel = 'noopener noreferrer';
    actions.append(link);
  }
  const remove = () => host.remove();
  const trust = el('button', banner.trustLabel);
  trust.type = 'button';
  trust.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    remove();
    handlers.onTrust();
  });
  actions.append(trust);
  if (banner.level === 'caution') {
    const dismiss = el('button', banner.dismissLabel);
    dismiss.type = 'button';
    dismiss.addEventListener('click', (event) => event.isTrusted && remove());
    actions.append(dismiss);
  }
  box.append(el('h2', banner.title));
  // A frame's warning (issue 17) says which frame it is about, right under the title.
  if (banner.framed) box.append(el('p', banner.framed.note));
  box.append(el('p', banner.lead), list, actions);
  root.append(box);
  document.documentElement.append(host);
  return remove;
}
