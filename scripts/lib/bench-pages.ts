/**
 * Heavy pages made on the fly for the benchmark (nothing large is committed): a 2 MB article, a 10,000-node
 * DOM, and a page that mutates its DOM continuously for 5 s. Served by the fixture server under BENCH_HOST.
 */
export const BENCH_HOST = 'bench.kaiyaku.test';

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

/** A ticker that rewrites part of its DOM every animation frame for five seconds. */
export function mutating(): string {
  return page(
    'Mutating page',
    '<main><h1>Live</h1><ul id="feed"></ul></main>',
    `const feed=document.getElementById('feed');const end=performance.now()+5000;let n=0;
function tick(){for(let i=0;i<20;i++){const li=document.createElement('li');li.textContent='update '+(n++);feed.prepend(li);}
while(feed.childElementCount>200)feed.lastElementChild.remove();if(performance.now()<end)requestAnimationFrame(tick);}
requestAnimationFrame(tick);`,
  );
}

export const BENCH_PAGES: Record<string, () => string> = {
  '/article-2mb': () => article(2_000_000),
  '/dom-10k': () => manyNodes(10_000),
  '/mutating': mutating,
};
