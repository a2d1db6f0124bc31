import { describe, expect, it } from 'vitest';
import { LEXICON } from '../../data/intents';
import type { MenuStep } from '../../data/schema';
import { findNextTarget as findCompiled, MAX_CANDIDATES } from './find-target';
import { compileSteps } from './score';

/** Exact wordings only, unless an intent is given: these tables are about what a sourced wording matches. */
function step(
  id: string,
  ja: string,
  variants?: string[],
  intent: MenuStep['intent'] = 'exact-only',
): MenuStep {
  const text = { 'zh-CN': ja, ja, en: ja };
  return {
    id,
    intent,
    label: text,
    variants,
    click: text,
    source: ['https://example.com/'],
    confidence: 'low',
    checked: '2026-11-22',
  };
}

function findNextTarget(root: ParentNode, steps: MenuStep[]) {
  return findCompiled(root, compileSteps(steps, LEXICON));
}

function findTarget(root: ParentNode, target: MenuStep): Element | null {
  return findNextTarget(root, [target])?.element ?? null;
}

function dom(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** The `data-id` of what findTarget returns, so a failure names the wrong element. */
function found(html: string, target: MenuStep): string | null {
  return findTarget(dom(html), target)?.getAttribute('data-id') ?? null;
}

const cancelOther = step('cancel-other', '解約・その他');
const lineCancel = step('line-cancel', '回線の解約');

describe('findTarget finds', () => {
  it.each([
    ['a plain link', '<a data-id="t" href="/x">解約・その他</a>'],
    [
      'text split over nested nodes',
      '<a data-id="t" href="/x"><span>解約</span><b>・</b><span>その他</span></a>',
    ],
    ['a button', '<button data-id="t">解約・その他</button>'],
    ['a role=button', '<div data-id="t" role="button" tabindex="0">解約・その他</div>'],
    ['a menu item', '<ul role="menu"><li data-id="t" role="menuitem">解約・その他</li></ul>'],
    ['a tab', '<div role="tablist"><span data-id="t" role="tab">解約・その他</span></div>'],
    ['a summary', '<details><summary data-id="t">解約・その他</summary></details>'],
    ['an input value', '<input data-id="t" type="submit" value="解約・その他">'],
    [
      'the aria-label of an icon button',
      '<button data-id="t" aria-label="解約・その他"><svg></svg></button>',
    ],
    ['the title', '<a data-id="t" href="/x" title="解約・その他"><i class="icon"></i></a>'],
    ['an image alt', '<a data-id="t" href="/x"><img src="a.png" alt="解約・その他"></a>'],
    [
      'a heading inside a card link',
      '<a data-id="t" href="/x"><h3>解約・その他</h3><p>解約の前にご確認ください</p></a>',
    ],
    ['full-width slash', '<a data-id="t" href="/x">解約／その他</a>'],
    ['half-width slash and spaces', '<a data-id="t" href="/x"> 解約 / その他 </a>'],
    [
      'decorative arrows and hidden icons',
      '<a data-id="t" href="/x">解約・その他 ＞<span aria-hidden="true">›</span></a>',
    ],
  ])('%s', (_, html) => {
    expect(found(html, cancelOther)).toBe('t');
  });

  it('a variant wording', () => {
    expect(
      found('<a data-id="t" href="/x">契約内容・手続き</a>', step('p', '手続き', ['契約内容・手続き'])),
    ).toBe('t');
  });

  it('full-width Latin letters', () => {
    expect(found('<a data-id="t" href="/x">ＭＮＰ予約</a>', step('mnp', 'MNP予約'))).toBe('t');
  });

  it('the first usable match in document order', () => {
    const html =
      '<nav><a data-id="first" href="/a">回線の解約</a></nav><main><a data-id="second" href="/b">回線の解約</a></main>';
    expect(found(html, lineCancel)).toBe('first');
  });
});

describe('findTarget skips near misses', () => {
  it.each([
    ['a sentence that contains the label', '<a href="/x">回線の解約をご検討のお客さまへ</a>'],
    ['a shorter generic word', '<a href="/x">解約</a>'],
    ['a label inside the footer', '<footer><a href="/x">回線の解約</a></footer>'],
    ['a label in role=contentinfo', '<div role="contentinfo"><a href="/x">回線の解約</a></div>'],
    ['a breadcrumb', '<nav aria-label="Breadcrumb"><a href="/x">回線の解約</a></nav>'],
    ['a breadcrumb by class', '<ol class="c-breadcrumb"><li><a href="/x">回線の解約</a></li></ol>'],
    ['an FAQ section', '<section class="faq-list"><a href="/x">回線の解約</a></section>'],
    ['a news list', '<ul id="newsArea"><li><a href="/x">回線の解約</a></li></ul>'],
    ['a link to an FAQ page', '<a href="/faq/detail?faqId=123">回線の解約</a>'],
    ['plain text that is not clickable', '<p>回線の解約</p><span>回線の解約</span>'],
    [
      'a hidden element',
      '<a href="/x" hidden>回線の解約</a><a href="/y" style="display:none">回線の解約</a>',
    ],
    ['a label only in a script', '<a href="/x"><script>"回線の解約"</script></a>'],
    ['a link without href', '<a>回線の解約</a>'],
  ])('%s', (_, html) => {
    expect(found(html, lineCancel)).toBeNull();
  });
});

describe('findNextTarget', () => {
  const path = [step('procedures', '手続き'), cancelOther, lineCancel];

  it('points at the step furthest along the path that is shown', () => {
    dom(
      '<nav><a href="/p">手続き</a></nav><button aria-expanded="true">解約・その他</button><a data-id="t" href="/c">回線の解約</a>',
    );
    const result = findNextTarget(document.body, path);
    expect(result?.step.id).toBe('line-cancel');
    expect(result?.index).toBe(2);
    expect(result?.element.getAttribute('data-id')).toBe('t');
  });

  it('falls back to an earlier step when the later one is hidden (collapsed menu)', () => {
    dom('<button data-id="t">解約・その他</button><div hidden><a href="/c">回線の解約</a></div>');
    expect(findNextTarget(document.body, path)?.step.id).toBe('cancel-other');
  });

  it('returns null on a page without any step', () => {
    dom('<a href="/x">料金</a><footer><a href="/y">解約</a></footer>');
    expect(findNextTarget(document.body, path)).toBeNull();
  });

  it(`looks at no more than ${MAX_CANDIDATES} clickable elements`, () => {
    dom(`${'<a href="/n">x</a>'.repeat(MAX_CANDIDATES)}<a href="/c">回線の解約</a>`);
    expect(findNextTarget(document.body, path)).toBeNull();
  });
});

describe('candidates a user can click, not only semantic ones', () => {
  const cancel = step('line-cancel', '回線の解約', undefined, 'cancel-line');

  it.each([
    ['a div with tabindex', '<div data-id="t" tabindex="0">解約のお手続き</div>'],
    ['an li with onclick', '<ul><li data-id="t" onclick="void 0">解約のお手続き</li></ul>'],
    ['a label of a radio choice', '<label data-id="t"><input type="radio" name="k"> 解約のお手続き</label>'],
    ['a label split over block children', '<li data-id="t" tabindex="0"><p>解約の</p><p>お手続き</p></li>'],
    [
      'a card whose heading names the action',
      '<div data-id="t" tabindex="0"><h3>解約お手続き</h3><p>ご利用中の回線を解約します。</p></div>',
    ],
    [
      'a card clickable only by its style (cursor: pointer)',
      '<style>.card{cursor:pointer}</style><section data-id="t" class="card"><h3>解約手続き</h3><p>回線の解約をお申し込みいただけます。</p></section>',
    ],
    [
      'a bare button under the heading of its card',
      '<div><h2>ご契約回線の解約</h2><p>説明</p><button data-id="t">お申込み</button></div>',
    ],
  ])('%s', (_, html) => {
    expect(found(html, cancel)).toBe('t');
  });

  it('a menu inside an open shadow root', () => {
    dom('<my-menu></my-menu>');
    const host = document.querySelector('my-menu') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<a data-id="t" href="/c">解約のお手続き</a>';
    expect(findTarget(document.body, cancel)?.getAttribute('data-id')).toBe('t');
  });

  it('nothing behind a closed shadow root (the page keeps it to itself)', () => {
    dom('<my-menu></my-menu>');
    const host = document.querySelector('my-menu') as HTMLElement;
    host.attachShadow({ mode: 'closed' }).innerHTML = '<a href="/c">解約のお手続き</a>';
    expect(findTarget(document.body, cancel)).toBeNull();
  });

  it('plain text that only mentions the action, with no pointer style, is not a candidate', () => {
    expect(found('<p>解約のお手続き</p><div><span>解約のお手続き</span></div>', cancel)).toBeNull();
  });

  it.each([
    ['an option card’s bare button', '<div><h2>留守番電話サービス</h2><button>解約する</button></div>'],
    ['a fee card', '<div tabindex="0"><h3>解約金シミュレーション</h3><p>試算します</p></div>'],
    ['porting in', '<a href="/mnp">他社からのりかえ</a>'],
    ['a notice row', '<ul><li onclick="void 0">2025.03.01 【重要】解約手続きに関するお知らせ</li></ul>'],
  ])('and still nothing for %s', (_, html) => {
    expect(found(html, cancel)).toBeNull();
  });

  it('prefers a sourced wording to an intent match for the same step', () => {
    const html = '<a data-id="i" href="/a">解約お手続き</a><a data-id="t" href="/b">回線の解約</a>';
    expect(found(html, cancel)).toBe('t');
  });
});
