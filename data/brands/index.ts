/**
 * Every brand the extension knows, in the order the popup offers them. Adding a carrier is adding its file
 * here; the engines read only this list.
 */
import type { Brand } from '../schema';
import { docomo } from './docomo';

export const BRANDS: readonly Brand[] = [docomo];
