import { describe, expect, it } from 'vitest';
import { extractHandles, extractPhones, isJapaneseNumber, nationalDigits } from './phones';

describe('extractPhones', () => {
  it.each([
    ['電話 0120-800-000 まで', '0120800000', '0120-800-000'],
    ['全角 ０１２０－８００－０００ です', '0120800000', '0120-800-000'],
    ['長音記号 ０１２０ー８００ー０００', '0120800000', '0120ー800ー000'],
    ['フリーダイヤル0120800000', '0120800000', '0120800000'],
    ['携帯 090-1234-5678', '09012345678', '090-1234-5678'],
    ['IP電話 050 5434 4653', '05054344653', '050 5434 4653'],
    ['東京 03-1234-5678', '0312345678', '03-1234-5678'],
    ['括弧 03(1234)5678', '0312345678', '03(1234)5678'],
    ['国際 +81 90-1234-5678', '09012345678', '+81 90-1234-5678'],
    ['国際 +81-3-1234-5678', '0312345678', '+81-3-1234-5678'],
    ['au 0077-7-111', '00777111', '0077-7-111'],
    ['ナビ 0570-039-151', '0570039151', '0570-039-151'],
    ['TEL0800-919-0157', '08009190157', '0800-919-0157'],
    // A number followed by its hours in brackets is that number, full- or half-width, with or without a space.
    ['一般電話 0120-800-000（9:00〜20:00）', '0120800000', '0120-800-000'],
    ['全角 ０１２０－８００－０００（９：００～２０：００）', '0120800000', '0120-800-000'],
    ['半角 0120-800-000(9:00-20:00)', '0120800000', '0120-800-000'],
    ['空白 0120-800-000 (9:00～20:00)', '0120800000', '0120-800-000'],
    ['au 0077-7-111（9時～20時）', '00777111', '0077-7-111'],
    ['ナビ 0570-039-151(24時間受付)', '0570039151', '0570-039-151'],
    ['区切りなし 0120800000（年中無休 9:00～20:00）', '0120800000', '0120800000'],
    ['携帯 090-1234-5678（10時〜18時）', '09012345678', '090-1234-5678'],
  ])('%s', (text, number, display) => {
    const hits = extractPhones(text);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.number).toBe(number);
    expect(hits[0]?.display).toBe(display.normalize('NFKC'));
    expect(hits[0]?.context).toContain(display.normalize('NFKC'));
  });

  it.each([
    '2023-01-20 に更新',
    '〒100-0001 東京都',
    '営業時間 09:00-20:00',
    '価格 ¥10,000',
    '注文番号 0312345678',
    'ID:A0120800000',
    'バージョン 1.0120.800.000',
    '+1 415-555-0100',
    '151 に電話',
    '0120-800-000-1234-5678-9999',
  ])('ignores %s', (text) => {
    expect(extractPhones(text)).toEqual([]);
  });

  it('finds several numbers and keeps context around each', () => {
    const text = `${'前置き'.repeat(30)}ドコモ 0120-800-000、偽物 0120-123-456${'後書き'.repeat(30)}`;
    const hits = extractPhones(text);
    expect(hits.map((h) => h.number)).toEqual(['0120800000', '0120123456']);
    for (const h of hits) expect(h.context.length).toBeLessThanOrEqual(40 * 2 + h.display.length + 2);
  });

  it('stops at max', () => {
    expect(extractPhones('0120-800-000 '.repeat(500), 10)).toHaveLength(10);
  });

  it('numbering-plan helpers', () => {
    expect(isJapaneseNumber('0120800000', false)).toBe(true);
    expect(isJapaneseNumber('0312345678', false)).toBe(false);
    expect(isJapaneseNumber('0312345678', true)).toBe(true);
    expect(isJapaneseNumber('0012345678', true)).toBe(false);
    expect(nationalDigits('+81 (0)3-1234-5678')).toBe('0312345678');
    expect(nationalDigits('＋８１ ９０ １２３４ ５６７８')).toBe('09012345678');
    expect(nationalDigits('+1 415 555 0100')).toBe('');
  });
});

describe('extractHandles: handles as people type them', () => {
  it.each([
    ['お問い合わせは https://t.me/esim_support まで', 'telegram', '@esim_support'],
    ['web preview t.me/s/esim1088', 'telegram', '@esim1088'],
    ['a post https://t.me/esim1088/42', 'telegram', '@esim1088'],
    ['telegram.me/kaiyaku_help?start=1', 'telegram', '@kaiyaku_help'],
    ['tg://resolve?domain=simjp_bot', 'telegram', '@simjp_bot'],
    ['invite https://t.me/+AbCdEf123', 'telegram', 't.me/+AbCdEf123'],
    ['TG @simjp_bot', 'telegram', '@simjp_bot'],
    ['Telegram：@kaiyaku_help', 'telegram', '@kaiyaku_help'],
    ['テレグラム: sim_shop', 'telegram', '@sim_shop'],
    ['LINE ID：abc123', 'line', 'abc123'],
    ['ラインID: sim-kaiyaku', 'line', 'sim-kaiyaku'],
    ['LINE：@simshop', 'line', '@simshop'],
    ['https://line.me/R/ti/p/@xyz99', 'line', '@xyz99'],
    ['https://line.me/R/ti/p/%40xyz99', 'line', '@xyz99'],
    ['https://line.me/ti/p/~sim.kaiyaku', 'line', 'sim.kaiyaku'],
    ['lin.ee/AbCd123', 'line', 'lin.ee/AbCd123'],
    ['微信号：wx_sim88', 'wechat', 'wx_sim88'],
    ['WeChat: simjapan2024', 'wechat', 'simjapan2024'],
    ['vx：simcard_jp', 'wechat', 'simcard_jp'],
    ['WhatsApp +819012345678', 'whatsapp', '+81 90 1234 5678'],
    ['WhatsApp: +81 90-1234-5678 まで', 'whatsapp', '+81 90 1234 5678'],
    ['WhatsApp 090-1234-5678', 'whatsapp', '+81 90 1234 5678'],
    ['wa.me/819012345678', 'whatsapp', '+81 90 1234 5678'],
    ['wa.me/8613812345678', 'whatsapp', '+8613812345678'],
  ])('%s', (text, kind, id) => {
    const hits = extractHandles(text);
    expect(hits.map((h) => [h.kind, h.id])).toContainEqual([kind, id]);
  });

  it('one seller under three spellings is one handle', () => {
    const hits = extractHandles('t.me/s/esim1088 TG @esim1088 https://t.me/esim1088');
    expect(hits.map((h) => h.id)).toEqual(['@esim1088']);
  });

  it.each([
    'online shopping',
    'the line will be busy',
    'mortgage rates',
    'Telegram is an app',
    'LINEMO のプラン',
    'vxworks',
    'WhatsApp: 12',
    't.me/ab',
  ])('no handle in %j', (text) => {
    expect(extractHandles(text)).toEqual([]);
  });
});
