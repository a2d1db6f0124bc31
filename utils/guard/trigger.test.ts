import { describe, expect, it } from 'vitest';
import { checkUrl, mentionsTopic, signalInText } from './trigger';

describe('the topic: carrier names and the cancellation words, Latin ones as whole words', () => {
  it.each([
    ['a page about ドコモ', 'ドコモの料金プラン', true],
    ['a cancellation guide', '携帯を解約する方法', true],
    ['a Chinese SIM seller', '日本手机卡注销代办', true],
    ['full-width brand names', 'ＳｏｆｔＢａｎｋ のお知らせ', true],
    ['SIM before Japanese', '格安SIMカードの選び方', true],
    ['SIM as a word', 'Get a SIM at the airport', true],
    ['eSIM', 'Setting up an eSIM', true],
    ['a brand beside punctuation', '(docomo)', true],
    ['a recipe', 'Slow-cooked pork belly with miso', false],
    ['English that merely contains "au"', 'An autumn walk in Kyoto', false],
    ['"sim" inside "simple"', 'A simple guide to similar simulations', false],
    ['"sim" inside a longer word', 'Send it by facsimile', false],
    ['"mnp" inside a word', 'the mnpx tool', false],
    ['"povo" inside a word', 'the povolo family', false],
    ['a Japanese shop: 契約 alone', '定期購入のご契約はマイページから変更できます', false],
    ['a Japanese news page', '本日の東京は晴れ。新しい書店が駅前にオープンした。', false],
  ])('%s → %s', (_what, sample, expected) => {
    expect(mentionsTopic(sample)).toBe(expected);
  });
});

describe('the second signal in the sample', () => {
  it.each([
    ['a phone number', 'お問い合わせ 0120-933-407 まで', true],
    ['a Telegram handle', 'Telegram: @sim_helper までご連絡ください', true],
    ['plain prose', 'ドコモの解約方法をまとめました。手順は三つです。', false],
  ])('%s → %s', (_what, sample, expected) => {
    expect(signalInText(sample)).toBe(expected);
  });
});

describe('when the guard looks closer', () => {
  const look = (url: string, sample: string) => {
    const { scan, scanIfSignal } = checkUrl(url, sample);
    return scan ? 'now' : scanIfSignal ? 'if the DOM shows a signal' : 'no';
  };

  it.each([
    ['a suspicious host, whatever it says', 'https://nas.duckdns.org/', '', 'now'],
    ['a lookalike host', 'https://docomo-login.xyz/', 'pancakes', 'now'],
    [
      'a blog on cancelling with a hotline number',
      'https://blog.example.com/',
      'ドコモを解約しました。0120-800-000',
      'now',
    ],
    [
      'a SIM seller with a Telegram handle',
      'https://sim.example.net/',
      '日本手机卡 Telegram: @jp_sim_shop',
      'now',
    ],
    [
      'a blog on cancelling, nothing else',
      'https://blog.example.com/',
      'ドコモを解約しました',
      'if the DOM shows a signal',
    ],
    ['a recipe', 'https://blog.example.com/', 'pancakes', 'no'],
    [
      'an English page that is simply simple',
      'https://blog.example.com/',
      'A simple guide 0120-800-000',
      'no',
    ],
    ['a shop page full of 契約', 'https://shop.example.co.jp/', 'ご契約内容の変更・契約更新のご案内', 'no'],
    ['the carrier itself', 'https://www.docomo.ne.jp/', 'ドコモ 解約 0120-800-000', 'no'],
    ['an unreadable URL', 'not a url', 'ドコモ 0120-800-000', 'no'],
  ])('%s: %s', (_what, url, sample, expected) => {
    expect(look(url, sample)).toBe(expected);
  });
});
