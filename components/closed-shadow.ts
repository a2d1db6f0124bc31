/**
 * A host element whose content lives in a closed shadow root, for the UI the extension puts on web pages (the
 * scam guard's banner, the assistant's hint). The page's scripts get `host.shadowRoot === null` and cannot read,
 * restyle or click what is inside; `:host { all: initial }` stops the page's inherited styles at the border too.
 * The caller keeps `root` (nobody else can get it) and appends `host` where it belongs.
 */
export function closedShadowHost(tag: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = `:host { all: initial; }\n${css}`;
  root.append(style);
  return { host, root };
}
