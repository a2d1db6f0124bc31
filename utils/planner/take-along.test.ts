import { describe, expect, it } from 'vitest';
import { BRANDS } from '../../data/brands';
import { GOALS, LANGS } from '../../data/schema';
import { allStepsOf } from '../checklist';
import { t } from '../i18n';
import { documentSteps, SHOP_SENTENCE, shopLanguages } from './take-along';

describe('the sentence for the shop staff', () => {
  it.each([
    ['en', ['ja', 'en']],
    ['zh-CN', ['ja', 'zh-CN']],
    ['ja', ['ja', 'en']],
  ] as const)('for a %s reader is shown in %j', (lang, expected) => {
    expect(shopLanguages(lang)).toEqual(expected);
  });

  it('exists for every goal in every language', () => {
    for (const goal of GOALS) for (const lang of LANGS) expect(t(lang, SHOP_SENTENCE[goal])).not.toBe('');
    expect(t('en', SHOP_SENTENCE.cancel)).toBe('I want to cancel this line. I do not need MNP.');
    expect(t('ja', SHOP_SENTENCE.mnp)).toBe('MNP予約番号を発行してください。');
  });
});

describe('documents to bring', () => {
  it('are the steps named as such, for the carriers whose data lists them', () => {
    const found = BRANDS.flatMap((b) => documentSteps(allStepsOf(b)).map((s) => s.id));
    expect(found).toEqual([
      'docomo-shop-documents',
      'au-what-you-need',
      'au-shop-documents',
      'softbank-shop-documents',
    ]);
  });
});
