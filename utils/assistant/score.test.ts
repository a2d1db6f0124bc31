/**
 * The scorer as tables: what each intent accepts, and for every cue that rules an item out, a near miss that
 * differs from an accepted label only by that cue.
 */
import { describe, expect, it } from 'vitest';
import { BRANDS } from '../../data/brands';
import { type IntentId, LEXICON } from '../../data/intents';
import type { MenuStep } from '../../data/schema';
import { labelKeys, normaliseLabel } from './normalise';
import { bestStep, type CandidateWords, compileSteps, INTENT_THRESHOLD, isBetter, scoreStep } from './score';

function step(intent: IntentId, ja?: string): MenuStep {
  const text = ja ? { 'zh-CN': ja, ja, en: ja } : undefined;
  return {
    id: intent,
    intent,
    label: text,
    click: { 'zh-CN': '-', ja: '-', en: '-' },
    source: ['https://example.com/'],
    confidence: 'low',
    checked: '2026-11-22',
  };
}

function words(label: string, extra: Partial<CandidateWords> = {}): CandidateWords {
  return { names: [normaliseLabel(label)], context: '', href: '', side: false, ...extra };
}

function score(intent: IntentId, label: string, extra: Partial<CandidateWords> = {}) {
  const [compiled] = compileSteps([step(intent)], LEXICON);
  return compiled ? scoreStep(compiled, words(label, extra)) : null;
}

describe('an intent accepts other wordings of the same item', () => {
  it.each<[IntentId, string, Partial<CandidateWords>?]>([
    ['cancel-line', '解約お手続き'],
    ['cancel-line', '解約のお申込み'],
    ['cancel-line', '回線を解約する'],
    ['cancel-line', '解約する'],
    ['cancel-line', '解約'],
    ['cancel-line', '解約・MNP'],
    ['cancel-line', '解約手続きへ進む'],
    ['cancel-line', 'お申込み', { context: normaliseLabel('回線の解約') }],
    ['mnp-reservation', '携帯電話番号ポータビリティ予約'],
    ['mnp-reservation', 'MNP予約番号の発行'],
    ['mnp-reservation', '他社へのお乗り換え(MNP)'],
    ['mnp-reservation', 'ＭＮＰ転出のお手続き'],
    ['contract-menu', 'ご契約内容の確認・変更'],
    ['contract-menu', '契約プラン・オプション設定'],
    ['contract-menu', '契約確認変更'],
    ['procedures', 'その他のお手続き'],
    ['procedures', '各種手続き'],
    ['procedures', 'お問い合わせ／お手続き'],
    ['procedures', '手続き一覧'],
    ['keep-number', '電話番号保管'],
    ['keep-number', 'お申込み', { context: normaliseLabel('電話番号保管') }],
    ['keep-number', '一時休止のお手続き'],
  ])('%s: 「%s」', (intent, label, extra) => {
    expect(score(intent, label, extra)).toMatchObject({ evidence: 'intent' });
  });
});

describe('a cue rules out a label that would otherwise match (near misses)', () => {
  it.each<[IntentId, string, string, Partial<CandidateWords>?]>([
    // [intent, accepted, near miss, extra words]
    ['cancel-line', '解約する', '解約金シミュレーション'],
    ['cancel-line', '解約のお手続き', '解約時の料金を確認する'],
    ['cancel-line', '解約のお手続き', '契約解除料について'],
    ['cancel-line', '解約のお手続き', '解約事務手数料について'],
    ['cancel-line', '解約する', 'オプションを解約する'],
    ['cancel-line', '解約のお手続き', 'トッピングの解約'],
    ['cancel-line', '解約する', '留守番電話を解約する'],
    ['cancel-line', '解約する', 'au IDの解約'],
    ['cancel-line', '解約する', 'メールアドレス持ち運びの解約'],
    ['cancel-line', '解約のお手続き', '解約のお手続きの取り消し'],
    ['cancel-line', '解約のお申込み', '解約お申込みの取消し'],
    ['cancel-line', '解約する', '解約予約のキャンセル'],
    ['cancel-line', '解約のお手続き', '解約について'],
    ['cancel-line', '解約のお手続き', 'よくある解約のご質問'],
    ['cancel-line', '解約する', '解約するには?'],
    ['cancel-line', '解約のお手続き', '【重要】解約のお知らせ'],
    ['cancel-line', '解約のお手続き', '解約方法'],
    ['cancel-line', '回線の解約', '回線の解約をご検討の方'],
    ['cancel-line', '解約のお手続き', 'のりかえ・解約キャンペーン'],
    ['mnp-reservation', 'MNP予約', '他社からのりかえ(MNP)'],
    ['mnp-reservation', '他社へのお乗り換え(MNP)', 'auへのお乗り換え(MNP)'],
    ['mnp-reservation', 'MNP予約', 'MNPワンストップ'],
    ['mnp-reservation', 'MNP予約', 'MNP予約の取消し'],
    ['mnp-reservation', 'MNP予約番号の発行', 'MNP予約番号の有効期限'],
    ['mnp-reservation', 'MNP予約', 'MNPについて'],
    ['contract-menu', 'ご契約内容の変更', 'ご契約住所の変更'],
    ['contract-menu', '契約内容の確認', '契約解除料の確認'],
    ['keep-number', '電話番号保管', '電話番号保管の解除'],
    ['keep-number', '電話番号保管', '電話番号保管の料金'],
    ['procedures', 'その他のお手続き', 'その他のお手続きについて'],
  ])('%s: 「%s」 yes, 「%s」 no', (intent, accepted, nearMiss, extra) => {
    expect(score(intent, accepted, extra)).not.toBeNull();
    expect(score(intent, nearMiss, extra)).toBeNull();
  });

  it.each([
    ['留守番電話サービス', 'an option'],
    ['ケータイ補償サービス', 'a named option'],
    ['解約金について', 'fees'],
    ['よくあるご質問', 'an FAQ'],
  ])('a bare 解約する under the heading 「%s」 (%s)', (heading) => {
    expect(score('cancel-line', '解約する')).not.toBeNull();
    expect(score('cancel-line', '解約する', { context: normaliseLabel(heading) })).toBeNull();
  });
});

describe('what makes a match weaker or stronger', () => {
  it('needs an action word of its own, or a bare procedure word under a heading that has one', () => {
    expect(score('cancel-line', 'お申込み')).toBeNull();
    expect(
      score('cancel-line', 'My auで手続きする', { context: normaliseLabel('解約のお手続き') }),
    ).toBeNull();
    expect(score('keep-number', 'お申込み', { context: normaliseLabel('ケータイ補償サービス') })).toBeNull();
  });

  it('reads no sentence, notice or card text for intent', () => {
    expect(score('cancel-line', '解約のお手続きはWebで受け付けています。ご不明点はチャットへ')).toBeNull();
  });

  it('counts a link path that says the same, and less in a side bar or for an FAQ link', () => {
    const plain = score('cancel-line', '解約')?.score ?? 0;
    expect(plain).toBeGreaterThanOrEqual(INTENT_THRESHOLD);
    expect(score('cancel-line', '解約', { href: '/mydocomo/cancel/' })?.score).toBeGreaterThan(plain);
    expect(score('cancel-line', '解約', { side: true })).toBeNull();
    expect(score('cancel-line', '解約', { href: '/support/faq/cancel' })).toBeNull();
  });

  it('a sourced wording beats the intent, and names the element even when a later step’s words are in it', () => {
    const steps = compileSteps(
      [step('procedures', '解約・その他'), step('cancel-line', '回線の解約')],
      LEXICON,
    );
    expect(bestStep(steps, words('解約／その他'))).toMatchObject({ index: 0, evidence: 'wording' });
    expect(bestStep(steps, words('解約お手続き'))).toMatchObject({ index: 1, evidence: 'intent' });
    expect(bestStep(steps, words('回線の解約'))).toMatchObject({ index: 1, evidence: 'wording' });
  });

  it('an exact-only step matches nothing but its wording', () => {
    const steps = compileSteps([step('exact-only', 'この内容で手続きを完了する')], LEXICON);
    expect(bestStep(steps, words('この内容で手続きを完了する'))).toMatchObject({ evidence: 'wording' });
    expect(bestStep(steps, words('手続きを完了する'))).toBeNull();
  });

  it('orders matches: further along the path, then wording over intent, then score', () => {
    const wording = { index: 1, evidence: 'wording' as const, score: 100 };
    const intent = { index: 1, evidence: 'intent' as const, score: 60 };
    expect(isBetter({ index: 2, evidence: 'intent', score: 35 }, wording)).toBe(true);
    expect(isBetter(wording, intent)).toBe(true);
    expect(isBetter(intent, wording)).toBe(false);
    expect(isBetter({ ...intent, score: 70 }, intent)).toBe(true);
  });
});

describe('the data and the lexicon', () => {
  const steps = BRANDS.flatMap((b) =>
    Object.entries(b.portal?.paths ?? {}).flatMap(([goal, path]) =>
      (path?.steps ?? []).map((s) => ({ where: `${b.id}.${goal}.${s.id}`, step: s })),
    ),
  );

  it('every step can be found: by a sourced wording, or by an intent the lexicon describes', () => {
    const lost = steps.filter(({ step: s }) => !s.label && !s.variants?.length && s.intent === 'exact-only');
    expect(lost.map((s) => s.where)).toEqual([]);
  });

  it('every sourced wording is matched by its own step (a cue in the lexicon never hides it)', () => {
    const missed = steps.filter(({ step: s }) => {
      const [compiled] = compileSteps([s], LEXICON);
      return compiled && labelKeys(s).some((key) => scoreStep(compiled, words(key))?.evidence !== 'wording');
    });
    expect(missed.map((s) => s.where)).toEqual([]);
  });

  it('every lexicon expression compiles', () => {
    for (const lexicon of Object.values(LEXICON))
      for (const source of [...lexicon.actions, ...lexicon.objects, ...lexicon.forms, ...lexicon.exclude])
        expect(() => new RegExp(source, 'u')).not.toThrow();
  });
});
