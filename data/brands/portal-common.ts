/**
 * Portal data every brand shares: the warning against cancelling when the number should be kept, and how a
 * completion page is recognised. Used by the `portal` sections of the brand files.
 */
import type { PageRuleInput, Text } from '../schema';

const checked = '2026-11-22';

/** Common step `cancel-destroys-number` (data/steps.ts), said where the user is about to click 解約. */
export const CANCEL_LOSES_NUMBER: Text = {
  'zh-CN': '解约会永久注销这个号码。想保留号码，请改办携号转网（MNP）。',
  ja: '解約すると電話番号は失われ、元に戻せません。番号を残すならMNP（乗り換え）を選んでください。',
  en: '解約 destroys your number for good. To keep it, use MNP (porting) instead.',
};

/**
 * The sources quote no completion page, so these are the words a finished 手続き is expected to show; hence
 * `low`. A match only offers the user to tick the step, it never ticks it by itself.
 */
export function completionPage(source: string[]): PageRuleInput {
  return {
    kind: 'complete',
    phrases: ['手続きが完了しました', '受付が完了しました', '解約が完了しました'],
    source,
    checked,
  };
}
