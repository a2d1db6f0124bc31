/**
 * The fixed word lists the data and the UI share. They live apart from data/schema.ts on purpose: the popup
 * needs these lists but not the valibot schemas, and a module of schema definitions cannot be tree-shaken (each
 * `v.object(…)` call looks like a side effect to the bundler), so importing one list from it would ship them all.
 */

export const LANGS = ['zh-CN', 'ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const CARD_TYPES = ['physical', 'esim', 'prepaid', 'corporate'] as const;
export type CardType = (typeof CARD_TYPES)[number];

export const GOALS = ['cancel', 'mnp', 'keep'] as const;
export type Goal = (typeof GOALS)[number];

export const CHANNELS = ['online', 'phone', 'shop', 'post'] as const;
export type ChannelKind = (typeof CHANNELS)[number];

export const PHASES = ['prepare', 'do', 'after'] as const;

/**
 * What a source is (data/sources.ts): the carrier's (or a public body's) own page, news with an editor, a
 * company's how-to guide, or a blog. The confidence of a fact follows from the kinds of its sources.
 */
export const SOURCE_KINDS = ['official', 'press', 'guide', 'blog'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];
