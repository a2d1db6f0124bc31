/**
 * fast-check generators shared by the property tests (utils/{scam,store,assistant}/property.test.ts): adversarial
 * URLs, Unicode and phone-number soup, and random DOM trees built into happy-dom.
 */
import fc from 'fast-check';
import { BRANDS } from '../../data/brands';

// ── URLs ───────────────────────────────────────────────────────────────────────────────────────────────

/** Words a phishing host or path borrows, including homoglyph and Unicode spellings. */
const BAIT = [
  'docomo',
  'd0como',
  'docono',
  'nttdocomo',
  'ahamo',
  'au',
  'kddi',
  'auone',
  'uq',
  'povo',
  'softbank',
  'soffbank',
  'ymobile',
  'linemo',
  'rakuten',
  'mobile',
  'login',
  'my',
  'secure',
  'support',
  'kaiyaku',
  'xn--',
  'xn--d-login-tigrab7a',
  'ドコモ',
  'ソフトバンク',
  '楽天',
  'аu',
  'dосомо',
  'ｄｏｃｏｍｏ',
];

export const OFFICIAL_DOMAINS = BRANDS.flatMap((b) => b.domains.map((d) => d.domain));

const asciiLabel = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,20}[a-z0-9])?$/);
const baitLabel = fc.array(fc.constantFrom(...BAIT), { minLength: 1, maxLength: 3 }).map((w) => w.join('-'));
const label = fc.oneof(
  { weight: 4, arbitrary: asciiLabel },
  { weight: 3, arbitrary: baitLabel },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);
const tld = fc.constantFrom(
  'com',
  'jp',
  'ne.jp',
  'co.jp',
  'xyz',
  'top',
  'cn',
  'duckdns.org',
  'github.io',
  'local',
  'internal',
  'test',
  'onion',
  '',
  '中国',
  'xn--p1ai',
  '123',
);
const dnsHost = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 5 }), tld)
  .map(([labels, end]) => [...labels, end].filter(Boolean).join('.'));
/** Official domains with something glued on: `www.`, `evil.`, `.evil.com`, a trailing dot… */
const nearOfficial = fc
  .tuple(
    fc.constantFrom('', 'www.', 'evil.', 'login-', 'my.'),
    fc.constantFrom(...OFFICIAL_DOMAINS),
    fc.constantFrom('', '.evil.com', '-secure.xyz', '.', '..', '.jp', '-'),
  )
  .map((parts) => parts.join(''));
const longHost = fc.oneof(
  fc
    .integer({ min: 2, max: 400 })
    .map((n) => `${Array.from({ length: n }, (_, i) => `l${i}`).join('.')}.com`),
  fc.integer({ min: 64, max: 5_000 }).map((n) => `${'docomo'.repeat(Math.ceil(n / 6)).slice(0, n)}.com`),
);
export const PRIVATE_HOSTS = [
  'localhost',
  '127.0.0.1',
  '127.8.9.10',
  '10.0.0.1',
  '10.255.3.4',
  '172.16.0.1',
  '172.31.255.254',
  '192.168.0.1',
  '192.168.11.1',
  '[::1]',
  '[fd00::1]',
  '[fe80::1]',
  'router.local',
  'nas.internal',
  'printer.home.arpa',
];
const host = fc.oneof(
  { weight: 5, arbitrary: dnsHost },
  { weight: 3, arbitrary: nearOfficial },
  { weight: 1, arbitrary: fc.domain() },
  { weight: 1, arbitrary: fc.ipV4() },
  { weight: 1, arbitrary: fc.ipV4Extended() },
  { weight: 1, arbitrary: fc.ipV6().map((ip) => `[${ip}]`) },
  { weight: 1, arbitrary: longHost },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...PRIVATE_HOSTS, '0', '0x7f000001', '999.1.1.1', '[fe80::1%25eth0]', ''),
  },
);
const userinfo = fc.oneof(
  { weight: 4, arbitrary: fc.constant('') },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.oneof(fc.constantFrom(...OFFICIAL_DOMAINS), fc.string({ maxLength: 15 })),
        fc.option(fc.string({ maxLength: 10 })),
      )
      .map(([user, pass]) => `${user}${pass === null ? '' : `:${pass}`}@`),
  },
);
const port = fc.oneof(
  { weight: 4, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 99_999 }).map((p) => `:${p}`) },
  { weight: 1, arbitrary: fc.constantFrom(':', ':x', ':443', ':080') },
);
const longPath = fc
  .integer({ min: 100, max: 20_000 })
  .map((n) => `/${'login/docomo/'.repeat(Math.ceil(n / 13))}`);
export const urlPath = fc.oneof(
  fc.webPath(),
  fc.string({ unit: 'binary', maxLength: 40 }).map((s) => `/${s}`),
  fc
    .array(fc.constantFrom(...BAIT, '..', '%2e%2e', '%00', '@', 'index.html', 'app.apk'), { maxLength: 8 })
    .map((segments) => `/${segments.join('/')}`),
  longPath,
);
const query = fc.oneof(
  fc.constant(''),
  fc.webQueryParameters().map((q) => `?${q}`),
  fc.string({ unit: 'binary', maxLength: 30 }).map((s) => `?${s}`),
);
const fragment = fc.oneof(
  fc.constant(''),
  fc.webFragments().map((f) => `#${f}`),
);
const scheme = fc.constantFrom(
  'https://',
  'http://',
  'HTTPS://',
  'ftp://',
  'ws://',
  'wss://',
  'file://',
  'https:',
  'https:///',
  '//',
  '',
  'https://\t',
  'javascript://',
);
const composedUrl = fc
  .tuple(scheme, userinfo, host, port, urlPath, query, fragment)
  .map((parts) => parts.join(''));
const oddUrl = fc.oneof(
  fc.constantFrom(
    'data:text/html,<h1>docomo</h1><form><input type=password></form>',
    'data:text/html;base64,PGgxPmRvY29tbzwvaDE+',
    'blob:https://www.docomo.ne.jp/6f1e3b2a-0000-4000-8000-000000000000',
    'blob:null/abc',
    'file:///C:/Users/docomo/login.html',
    'file:///etc/passwd',
    'about:blank',
    'about:srcdoc',
    'javascript:alert(1)',
    'chrome://settings',
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html',
    'view-source:https://docomo-login.xyz/',
    'mailto:x@docomo.ne.jp',
    'tel:0120800000',
    'https://www.docomo.ne.jp@evil.example/',
    'https://evil.example\\@www.docomo.ne.jp/',
    'https://xn--/',
    'https://xn--zz/',
    'https://-a-.com/',
    'https://a..b/',
    'https://%64ocomo.ne.jp/',
    'https://ｄｏｃｏｍｏ.ne.jp/',
    'https://docomo。ne。jp/',
    'https://[::ffff:127.0.0.1]/',
    'https://0x7f.1/',
    'https://4294967295/',
    'https://docomo.ne.jp.:8443/',
  ),
  fc
    .tuple(
      fc.constantFrom('data:', 'blob:', 'file:///', 'about:', 'javascript:', 'blob:https://'),
      fc.string({ unit: 'binary', maxLength: 50 }),
    )
    .map(([a, b]) => a + b),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.webUrl({
    validSchemes: ['http', 'https', 'ftp', 'file', 'ws'],
    withQueryParameters: true,
    withFragments: true,
  }),
);
/** Any string a tab's URL could be, and many it could not. */
export const anyUrl = fc.oneof({ weight: 3, arbitrary: composedUrl }, { weight: 2, arbitrary: oddUrl });

// ── Text ───────────────────────────────────────────────────────────────────────────────────────────────

/** Digits, separators, plus signs and handle markers in every width: what the phone and handle scanners parse. */
const SOUP = [
  '0',
  '1',
  '2',
  '5',
  '9',
  '０',
  '１',
  '２',
  '９',
  '-',
  '－',
  'ー',
  'ｰ',
  '−',
  '(',
  ')',
  '（',
  '）',
  ' ',
  '\u3000',
  '.',
  '+81',
  '＋８１',
  '0120',
  '０１２０',
  '090',
  '050',
  '151',
  '電話',
  'TEL',
  'tel:',
  't.me/',
  'telegram',
  'テレグラム',
  'TG @',
  'wa.me/',
  'WhatsApp',
  'LINE ID:',
  'line.me/',
  'lin.ee/',
  '微信：',
  'vx',
  '@',
  '_',
  '\n',
  'a',
  'İ',
  'ß',
  '﷽',
  '\u0301',
  '\ud800',
];
const digits = (min: number, max: number) =>
  fc.array(fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '０', '８'), {
    minLength: min,
    maxLength: max,
  });
const separator = fc.constantFrom('-', '－', 'ー', ' ', '', '.', '(', ')', '（', '）', '\u3000');
/** Things printed like phone numbers: `0120-800-000`, `+81 90 1234 5678`, `０３（１２３４）５６７８`… */
const phoneLike = fc
  .tuple(
    fc.constantFrom(
      '0120',
      '0800',
      '0570',
      '090',
      '080',
      '070',
      '050',
      '03',
      '06',
      '+81 90',
      '＋８１',
      '151',
      '00',
    ),
    separator,
    digits(1, 4),
    separator,
    digits(1, 5),
  )
  .map(([prefix, s1, a, s2, b]) => `${prefix}${s1}${a.join('')}${s2}${b.join('')}`);
export const soup = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...SOUP) }, { weight: 1, arbitrary: phoneLike }), {
    maxLength: 300,
  })
  .map((parts) => parts.join(''));
/** Random text: any code points (lone surrogates included), printable graphemes, or the scanners' soup. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  soup,
);

// ── DOM trees ──────────────────────────────────────────────────────────────────────────────────────────

export interface TreeNode {
  tag: string;
  attrs: [string, string][];
  children: (TreeNode | string)[];
}

const TAGS = [
  'div',
  'span',
  'p',
  'a',
  'form',
  'input',
  'label',
  'button',
  'select',
  'textarea',
  'script',
  'style',
  'template',
  'object',
  'svg',
  'img',
  'h1',
  'footer',
  'nav',
  'section',
  'noscript',
  'ul',
  'li',
  'meta',
  'summary',
];
const ATTRS = [
  'href',
  'type',
  'name',
  'id',
  'for',
  'autocomplete',
  'placeholder',
  'aria-label',
  'title',
  'maxlength',
  'inputmode',
  'pattern',
  'action',
  'alt',
  'hidden',
  'style',
  'class',
  'value',
  'content',
  'property',
  'aria-hidden',
  'role',
];
const attrValue = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    'password',
    'tel',
    'number',
    '4',
    '16',
    'one-time-code',
    'cc-number',
    'cc-csc',
    'https://t.me/sim_kaiyaku',
    'https://wa.me/819012345678',
    'https://api.whatsapp.com/send?phone=8190',
    'javascript:alert(1)',
    '//evil.example/app.apk',
    'https://www.docomo.ne.jp/',
    'display:none',
    'visibility: hidden',
    'numeric',
    '暗証番号',
    'カード番号',
    '認証コード',
    'マイナンバー',
    'og:site_name',
    '[0-9]*',
    'button',
    'menuitem',
    'true',
    '解約・その他',
    'footer faq',
  ),
);
const textNode = fc.oneof(
  anyText,
  fc.constantFrom('NTT docomo', 'ドコモ', '解約', '解約・その他', '回線の解約', '0120-800-000', 'TG @seller'),
);

/** Random element trees: every tag the extractors treat specially, attributes they read, Unicode text. */
export const domTree: fc.Arbitrary<TreeNode> = fc.letrec<{ node: TreeNode }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom(...TAGS),
    attrs: fc.array(fc.tuple(fc.constantFrom(...ATTRS), attrValue), { maxLength: 4 }),
    children: fc.array(fc.oneof({ depthSize: 'small' }, textNode, tie('node')), { maxLength: 5 }),
  }),
})).node;

/** Builds a tree with DOM calls (no HTML parsing, so nothing is "fixed" on the way in). */
export function buildTree(doc: Document, tree: TreeNode): Element {
  const el = doc.createElement(tree.tag);
  for (const [name, value] of tree.attrs) el.setAttribute(name, value);
  // A script with random text must stay text: happy-dom would run it.
  if (tree.tag === 'script') el.setAttribute('type', 'application/json');
  for (const child of tree.children) {
    el.appendChild(typeof child === 'string' ? doc.createTextNode(child) : buildTree(doc, child));
  }
  return el;
}

/** Replaces the test document's body with `trees` (and its title with `title`). */
export function showTrees(trees: readonly TreeNode[], title = ''): Document {
  document.title = title;
  document.body.replaceChildren(...trees.map((t) => buildTree(document, t)));
  return document;
}

/**
 * Nests `depth` elements inside `outer` and puts `innermost` at the bottom, appending one level at a time to
 * the document (happy-dom recurses when a deep subtree is attached at once).
 */
export function nestInDocument(outer: Element, depth: number, innermost: Node, tag = 'span'): void {
  document.body.appendChild(outer);
  let current = outer;
  for (let i = 0; i < depth; i++) {
    const next = document.createElement(tag);
    current.appendChild(next);
    current = next;
  }
  current.appendChild(innermost);
}

/** happy-dom's own selector engine recurses per level; this deep still leaves our code room to show. */
export const HAPPY_DOM_MAX_DEPTH = 2_000;
