/**
 * Every brand the extension knows, in the order the popup offers them. Adding a carrier is adding its file
 * here; the engines read only this list, with each fact's confidence derived from its sources.
 */

import { SOURCES } from '../official-domains';
import type { Brand, BrandInput } from '../schema';
import { ahamo } from './ahamo';
import { au } from './au';
import { docomo } from './docomo';
import { linemo } from './linemo';
import { povo } from './povo';
import { rakutenMobile } from './rakuten-mobile';
import { softbank } from './softbank';
import { travel } from './travel';
import { uqMobile } from './uq-mobile';
import { ymobile } from './ymobile';

/** The brand files as written: facts with sources and dates, no confidence. */
export const BRAND_INPUTS: readonly BrandInput[] = [
  docomo,
  ahamo,
  au,
  uqMobile,
  povo,
  softbank,
  ymobile,
  linemo,
  rakutenMobile,
  travel,
];

export { SOURCES };

export const BRANDS: readonly Brand[] = BRAND_INPUTS.map((brand) => SOURCES.rate(brand));
