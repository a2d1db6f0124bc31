/**
 * What the "take it with you" page shows besides the dated steps: the sentence for the shop staff in two
 * languages, and the steps that list what to bring.
 */
import type { Goal, Lang, Step } from '../../data/schema';
import type { StringKey } from '../../data/strings';

export const SHOP_SENTENCE: Record<Goal, StringKey> = {
  cancel: 'shop.cancel',
  mnp: 'shop.mnp',
  keep: 'shop.keep',
};

/** Japanese for the staff, then the user's language so they know what they show; English for Japanese users. */
export function shopLanguages(lang: Lang): [Lang, Lang] {
  return ['ja', lang === 'ja' ? 'en' : lang];
}

/**
 * Steps that list the documents and items to have at hand. The data has no field for this, so such steps follow a
 * naming convention (`<brand>-shop-documents`, `<brand>-what-you-need`), which take-along.test.ts pins down.
 */
const DOCUMENT_STEP = /-(shop-documents|what-you-need)$/;

export function documentSteps(steps: readonly Step[]): Step[] {
  return steps.filter((s) => DOCUMENT_STEP.test(s.id));
}
