import { describe, expect, it } from 'vitest';
import { checkUrl, mentionsTopic } from './check';

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
