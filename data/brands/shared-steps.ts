/**
 * Steps several brands state in the same words, with only the brand's name and sources differing.
 */
import type { StepInput, Text } from '../schema';

const checked = '2026-11-22';

/** The after-step of a brand whose sources say a physical SIM need not be sent back (UQ mobile, Y!mobile, LINEMO). */
export function simNotReturnedStep(id: string, brand: Text, source: string[]): StepInput {
  return {
    id,
    phase: 'after',
    when: { goals: ['cancel', 'mnp'], cards: ['physical'] },
    title: {
      'zh-CN': '不需要归还 SIM 卡',
      ja: 'SIMカードの返却は不要です',
      en: 'No need to return the SIM card',
    },
    body: {
      'zh-CN': `${brand['zh-CN']} 解约后不需要寄回 SIM 卡。`,
      ja: `${brand.ja}は解約後にSIMカードを返却する必要がありません。`,
      en: `${brand.en} does not ask for the SIM card back after cancellation.`,
    },
    source,
    checked,
  };
}
