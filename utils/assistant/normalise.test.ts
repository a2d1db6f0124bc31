import { describe, expect, it } from 'vitest';
import { labelKeys, normaliseLabel } from './normalise';

describe('normaliseLabel', () => {
  it.each([
    ['解約・その他', '解約/その他'],
    ['解約／その他', '解約/その他'],
    ['解約 / その他', '解約/その他'],
    ['解約･その他', '解約/その他'],
    ['ご契約内容｜手続き', 'ご契約内容/手続き'],
    ['ＭＮＰ予約', 'mnp予約'],
    ['携帯電話番号ポータビリティ予約（MNP）', '携帯電話番号ポータビリティ予約(mnp)'],
    ['  解約の\n  お手続き  ', '解約のお手続き'],
    ['解約　手続き', '解約手続き'],
    ['手続き ＞', '手続き'],
    ['› 回線の解約', '回線の解約'],
    ['ｶｲﾔｸ', 'カイヤク'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseLabel(input)).toBe(expected);
  });

  it('keeps different words different', () => {
    expect(normaliseLabel('解約')).not.toBe(normaliseLabel('回線の解約'));
    expect(normaliseLabel('解約・その他')).not.toBe(normaliseLabel('解約その他'));
  });

  it('lists the label and its variants', () => {
    expect(labelKeys({ label: { ja: '手続き' }, variants: ['契約内容・手続き'] })).toEqual([
      '手続き',
      '契約内容/手続き',
    ]);
  });
});
