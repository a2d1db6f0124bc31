/**
 * One spelling for every way a Japanese site may print the same words, so matching can be exact: 「解約・その他」,
 * 「解約／その他」 and 「解約 / その他」 are one label; so are ＭＮＰ and MNP.
 */

/** Decorations sites put around menu labels (「手続き ＞」, 「› 解約」); never part of the words. */
const DECORATION = /^[>›»〉》▶▷▸►→⇒]+|[>›»〉》▶▷▸►→⇒]+$/gu;
const SEPARATORS = /[・･/／|｜]/gu;
const SPACES = /\s+/gu;

/**
 * NFKC (full/half width), no spaces, one separator, lower case, no arrow decorations. NFKC runs again last:
 * removing a space can leave combining marks side by side (`e ́`, or a ligature NFKC split into a space and
 * marks) that only a second pass composes or orders, and a label must read the same however often it is
 * normalised.
 */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFKC')
    .replace(SPACES, '')
    .replace(DECORATION, '')
    .replace(SEPARATORS, '/')
    .toLowerCase()
    .normalize('NFKC');
}

/** Every normalised spelling of a menu step's label. */
export function labelKeys(step: { label?: { ja: string }; variants?: readonly string[] }): string[] {
  return [...(step.label ? [step.label.ja] : []), ...(step.variants ?? [])].map(normaliseLabel);
}
