/** Where the assistant runs: the brands' portal hosts (data/brands/*.ts, `portal.hosts`). */
import type { Brand } from '../../data/schema';

/** The content script's `matches`: exactly the portal hosts, https only; never every site. */
export function portalMatches(brands: readonly Brand[]): string[] {
  return brands.flatMap((b) => b.portal?.hosts ?? []).map((host) => `https://${host}/*`);
}

/** The brand whose portal `host` is; the data tests keep portal hosts unique across brands. */
export function brandOfPortalHost(brands: readonly Brand[], host: string): Brand | undefined {
  return brands.find((b) => b.portal?.hosts.includes(host));
}
