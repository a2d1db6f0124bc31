/**
 * Every brand the extension knows, in the order the popup offers them. Adding a carrier is adding its file
 * here; the engines read only this list.
 */
import type { Brand } from '../schema';
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

export const BRANDS: readonly Brand[] = [
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
