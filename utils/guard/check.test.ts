import { describe, expect, it } from 'vitest';
import { bannerFor, checkUrl, mentionsTopic } from './check';

describe('guard: when to look closer', () => {
  it.each([
    ['a page about ドコモ', 'ドコモの料金プラン', true],
    ['a cancellation guide', '携帯を解約する方法', true],
    ['a Chinese SIM seller', '日本手机卡注销代办', true],
    ['full-width brand names', 'ＳｏｆｔＢａｎｋ のお知らせ', true],
    ['a recipe', 'Slow-cooked pork belly with miso', false],
    ['English that merely contains "au"', 'An autumn walk in Kyoto', false],
  ])('%s → %s', (_what, sample, expected) => {
    expect(mentionsTopic(sample)).toBe(expected);
  });

  it('scans suspicious hosts and topical pages, never official ones or unreadable URLs', () => {
    expect(checkUrl('https://nas.duckdns.org/', '').scan).toBe(true);
    expect(checkUrl('https://blog.example.com/', 'ドコモを解約しました').scan).toBe(true);
    expect(checkUrl('https://blog.example.com/', 'pancakes').scan).toBe(false);
    expect(checkUrl('https://www.docomo.ne.jp/', 'ドコモ 解約').scan).toBe(false);
    expect(checkUrl('not a url', 'ドコモ').scan).toBe(false);
  });
});

describe('guard banner', () => {
  it('says nothing for official or clean pages', () => {
    expect(bannerFor({ level: 'official', brand: 'docomo', score: 0, reasons: [] }, 'en')).toBeNull();
    expect(bannerFor({ level: 'none', brand: null, score: 10, reasons: [] }, 'en')).toBeNull();
  });

  it('names the imitated brand and links to its official site, in the chosen language', () => {
    const verdict = {
      level: 'danger' as const,
      brand: 'au',
      score: 100,
      reasons: [{ code: 'brand-in-host', detail: 'kddi' }],
    };
    const en = bannerFor(verdict, 'en');
    expect(en?.title).toContain('au');
    expect(en?.official?.url).toMatch(/^https:\/\/[a-z.]+\.(au\.com|kddi\.com)\/$/);
    expect(en?.reasons[0]).toContain('kddi');
    expect(bannerFor(verdict, 'ja')?.title).toMatch(/^警告/);
    expect(bannerFor(verdict, 'zh-CN')?.title).toMatch(/^警告/);
  });

  it('carries page-controlled details only as plain text inside our own sentences', () => {
    const detail = '<img src=x onerror=alert(1)>';
    const banner = bannerFor(
      { level: 'caution', brand: null, score: 60, reasons: [{ code: 'unofficial-phone', detail }] },
      'en',
    );
    expect(banner?.reasons[0]).toContain(detail);
    expect(banner?.title).not.toContain('<');
  });
});
