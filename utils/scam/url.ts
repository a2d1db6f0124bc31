/** `assessUrl` bound to the brands in data/brands and the learned model (built once, on first use). */
import { BRANDS } from '../../data/brands';
import { URL_MODEL } from '../../data/url-model';
import { identitiesOf } from './identity';
import type { Verdict } from './types';
import { createUrlEngine, type UrlEngine } from './url-core';
import { loadUrlModel } from './url-model';

let engine: UrlEngine | undefined;

/** The engine for data/brands with the learned model of data/url-model.ts, built on first use. */
export function urlEngine(): UrlEngine {
  engine ??= createUrlEngine(identitiesOf(BRANDS), loadUrlModel(URL_MODEL));
  return engine;
}

/** Assesses one URL: never throws; malformed input gives level 'none' with reason 'invalid-url'. */
export function assessUrl(url: string): Verdict {
  return urlEngine().assessUrl(url);
}
