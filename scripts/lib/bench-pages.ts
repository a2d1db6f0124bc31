/**
 * Pages made on the fly for the benchmark (nothing large is committed), served by the fixture server under
 * BENCH_HOST, an ordinary-looking host name that the URL rules have nothing to say about:
 * - the pages that once hurt the scam guard (issue 13), each in two twins: with the words that make the guard
 *   look closer (解約, 契約, carrier names, SIM) and without them: a big table of inputs, a long shop and
 *   subscription page, a feed that mutates for 5 s, a small sign-in form; plus the worst case, the big table
 *   with a password field in it, where the closer look must run;
 * - a 2 MB article, a 10,000-node DOM and a page that mutates its DOM for 5 s (generic, without topic words).
 */
export const BENCH_HOST = 'www.hibino-kurashi.jp';

const SENTENCE =
  '本日の東京は晴れ。新しいスマートフォンの発売日が発表され、各地の店舗には朝から行列ができた。' +
  'Local news of the day, with nothing to do with any carrier account or payment. ';

function page(title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}${
    script ? `<script>${script}</script>` : ''
  }</body></html>`;
}

export function article(bytes: number): string {
  const paragraph = `<p>${SENTENCE.repeat(8)}</p>\n`;
  return page(
    'A long article',
    `<article><h1>A long article</h1>${paragraph.repeat(Math.ceil(bytes / paragraph.length))}</article>`,
  );
}

export function manyNodes(count: number): string {
  const rows: string[] = [];
  for (let i = 0; i < count / 5; i++)
    rows.push(`<li><a href="/item/${i}"><span>Item</span> <b>${i}</b></a></li>`);
  return page('Many nodes', `<ul>${rows.join('')}</ul>`);
}

/** A ticker that rewrites part of its DOM every animation frame for five seconds, with headlines from `items`. */
export function mutating(items: readonly string[] = ['update']): string {
  return page(
    'Mutating page',
    '<main><h1>Live</h1><ul id="feed"></ul></main>',
    `const items=${JSON.stringify(items)};const feed=document.getElementById('feed');const end=performance.now()+5000;let n=0;
function tick(){for(let i=0;i<20;i++){const li=document.createElement('li');li.textContent=items[n%items.length]+' '+(n++);feed.prepend(li);}
while(feed.childElementCount>200)feed.lastElementChild.remove();if(performance.now()<end)requestAnimationFrame(tick);}
requestAnimationFrame(tick);`,
  );
}

/** The words of one twin: `topic` with the guard's topic words, `plain` the same page without them. */
interface Words {
  title: string;
  heading: string;
  cell: (i: number) => string;
  button: string;
  paragraph: string;
  feed: readonly string[];
  login: string;
}

const TOPIC: Words = {
  title: 'ご契約一覧・解約のお手続き',
  heading: 'ご契約中のサービス（ドコモ光・格安SIM・動画配信）',
  cell: (i) => `契約番号 K-${100_000 + i} 定期購入・解約予約 SIM ${i % 3 === 0 ? 'ドコモ' : 'au'}`,
  button: '解約する',
  paragraph:
    '定期購入のご契約は、マイページからいつでも解約できます。契約期間の途中で解約した場合の解約金はかかりません。' +
    '格安SIMのセットプランはSIMカード到着後に契約が成立します。ドコモ・au・ソフトバンクの回線に対応。',
  feed: ['ドコモが新料金プランを発表、解約金なし', 'auのSIM契約者が増加', '格安SIMへの乗り換え、MNPの手続き'],
  login: '格安SIM マイページ ログイン。ご契約内容の確認・解約のお手続きはログイン後に行えます。',
};

const PLAIN: Words = {
  title: '在庫一覧・発注のお手続き',
  heading: '取扱中の商品（食品・日用品・文房具）',
  cell: (i) => `商品番号 P-${100_000 + i} 定期発注・入荷予定 在庫 ${i % 3 === 0 ? '東京' : '大阪'}`,
  button: '発注する',
  paragraph:
    '季節の野菜セットは、毎週火曜日にお届けします。お届け日の変更はお届けの三日前まで承ります。' +
    '新鮮な産地直送の果物と、職人が手作りしたお菓子をお楽しみください。送料は全国一律です。',
  feed: ['新作スイーツが登場、期間限定', '週末は晴れの予報', '駅前に新しい書店がオープン'],
  login: 'レシピ会員 ログイン。お気に入りのレシピの保存と献立の作成はログイン後に行えます。',
};

const PASSWORD_ROW =
  '<p><label>ログインID <input name="id" autocomplete="username"></label> ' +
  '<label>パスワード <input name="pw" type="password"></label></p>';

/** 2,500 rows, each a text cell, a text input, a select and a button, inside one form (an order or contract list). */
function table(w: Words, withPassword = false): string {
  const rows: string[] = [];
  for (let i = 0; i < 2_500; i++)
    rows.push(
      `<tr><td>${w.cell(i)}</td><td><input name="memo${i}" value=""></td>` +
        `<td><select name="s${i}"><option>—</option><option>1</option></select></td>` +
        `<td><button type="button">${w.button}</button></td></tr>`,
    );
  return page(
    w.title,
    `<h1>${w.heading}</h1><form action="/save" method="post">${withPassword ? PASSWORD_ROW : ''}` +
      `<table>${rows.join('')}</table></form>`,
  );
}

/** A long shop and subscription page: a search box, 4,000 paragraphs with product links, a footer. */
function shop(w: Words): string {
  const items: string[] = [];
  for (let i = 0; i < 4_000; i++) items.push(`<p><a href="/item/${i}">${w.cell(i)}</a> ${w.paragraph}</p>`);
  return page(
    w.title,
    `<header><form role="search" action="/search"><input type="search" name="q"><button>検索</button></form>` +
      `<a href="/login">ログイン</a></header><main><h1>${w.heading}</h1>${items.join('\n')}</main>` +
      `<footer><p>${w.paragraph}</p></footer>`,
  );
}

function login(w: Words): string {
  return page(
    w.title,
    `<main><h1>${w.heading}</h1><p>${w.login}</p><form action="/session" method="post">` +
      '<label>ログインID <input name="id" autocomplete="username"></label>' +
      '<label>パスワード <input name="pw" type="password" autocomplete="current-password"></label>' +
      '<button type="submit">ログイン</button></form></main>',
  );
}

/** The page classes of the scam guard's every-page cost, each with and without topic words. */
export const GUARD_CLASSES: { name: string; path: string; render: () => string; settleMs: number }[] = [
  ...(
    [
      ['topic', TOPIC],
      ['plain', PLAIN],
    ] as const
  ).flatMap(([twin, w]) => [
    {
      name: `2,500-row table of inputs, ${twin}`,
      path: `/table-${twin}`,
      render: () => table(w),
      settleMs: 4000,
    },
    { name: `4,000-item shop page, ${twin}`, path: `/shop-${twin}`, render: () => shop(w), settleMs: 4000 },
    {
      name: `feed mutating for 5 s, ${twin}`,
      path: `/feed-${twin}`,
      render: () => mutating(w.feed),
      settleMs: 5500,
    },
    { name: `small sign-in form, ${twin}`, path: `/login-${twin}`, render: () => login(w), settleMs: 4000 },
  ]),
  {
    name: 'table of inputs with a password field, topic (closer look runs)',
    path: '/table-password',
    render: () => table(TOPIC, true),
    settleMs: 4000,
  },
];

export const BENCH_PAGES: Record<string, () => string> = {
  '/article-2mb': () => article(2_000_000),
  '/dom-10k': () => manyNodes(10_000),
  '/mutating': () => mutating(),
  ...Object.fromEntries(GUARD_CLASSES.map((c) => [c.path, c.render])),
};
