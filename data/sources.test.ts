/**
 * The confidence rule on made-up facts: every branch of it, so a change to the rule shows up here first.
 */
import { describe, expect, it } from 'vitest';
import type { Source } from './schema';
import { blogOnly, sourceRegistry } from './sources';

const registry = sourceRegistry([
  { domain: 'docomo.ne.jp', name: { 'zh-CN': 'docomo', ja: 'ドコモ', en: 'docomo' } },
]);
const fact = (source: Source[], against?: Source[]) => ({ source, against, checked: '2026-12-07' });

const official = 'https://www.docomo.ne.jp/support/cancel/';
const press = 'https://k-tai.watch.impress.co.jp/docs/news/1.html';
const press2 = 'https://internet.watch.impress.co.jp/docs/news/2.html'; // same publisher as `press`
const guide = 'https://my-best.com/articles/1';
const blog = 'https://hachi8hachi.com/archives/1';
const blog2 = 'https://l-kyojin01.jp/?p=1';
const unknown = 'https://never-classified.example/page';

describe('the confidence rule', () => {
  it.each([
    ['an official page', [official], 'high'],
    ['two independent non-blog sources', [press, guide], 'high'],
    ['one press source', [press], 'medium'],
    ['two pages of one publisher', [press, press2], 'medium'],
    ['one guide and a blog', [guide, blog], 'medium'],
    ['two independent blogs', [blog, blog2], 'medium'],
    ['one blog', [blog], 'low'],
    ['two pages of one blog', [blog, 'https://hachi8hachi.com/archives/2'], 'low'],
    ['an unclassified site (counted as a blog)', [unknown], 'low'],
    ['a copy on a blog marked as press', [{ url: blog, kind: 'press' as const }], 'medium'],
  ] as const)('%s → %s', (_, source, expected) => {
    expect(registry.confidenceOf(fact([...source]))).toBe(expected);
  });

  it('lets an official page settle a disagreement with secondary sources', () => {
    expect(registry.confidenceOf(fact([official], [blog]))).toBe('high');
  });
  it('lets two independent non-blog sources settle a disagreement with blogs alone', () => {
    expect(registry.confidenceOf(fact([press, guide], [blog]))).toBe('high');
  });
  it('caps a disagreement at medium when nothing settles it', () => {
    expect(registry.confidenceOf(fact([press, guide], ['https://kaiyaku.jp/x']))).toBe('medium');
    expect(registry.confidenceOf(fact([official, press], ['https://www.docomo.ne.jp/old/']))).toBe('medium');
  });
  it('does not raise a weak fact because something disagrees', () => {
    expect(registry.confidenceOf(fact([blog], [blog2]))).toBe('low');
  });
});

describe('describing a source', () => {
  it('names the brand whose own page it is, and the publisher kind otherwise', () => {
    expect(registry.describe(official)).toMatchObject({ kind: 'official', publisher: 'docomo.ne.jp' });
    expect(registry.describe(press)).toMatchObject({ kind: 'press', publisher: 'impress.co.jp' });
    expect(registry.describe(unknown)).toMatchObject({ kind: 'blog', unclassified: true });
  });
  it('keeps a source’s own date and kind', () => {
    expect(registry.describe({ url: blog, kind: 'press', date: '2025-03-07' })).toMatchObject({
      kind: 'press',
      date: '2025-03-07',
    });
  });
  it('counts a fact as blog-only when every source is a blog', () => {
    expect(blogOnly([registry.describe(blog), registry.describe(blog2)])).toBe(true);
    expect(blogOnly([registry.describe(blog), registry.describe(guide)])).toBe(false);
  });
});

describe('rating data', () => {
  it('adds the derived confidence to every nested fact and leaves the rest alone', () => {
    const rated = registry.rate({
      id: 'x',
      items: [{ source: [blog], checked: '2026-12-07', note: { source: [official], checked: '2026-12-07' } }],
    });
    expect(rated.items[0]?.confidence).toBe('low');
    expect(rated.items[0]?.note.confidence).toBe('high');
    expect(rated.id).toBe('x');
  });
});
