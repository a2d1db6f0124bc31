/**
 * The host's suffixes, right to left, in one walk: official domains, hosting zones (dynamic DNS, free hosting,
 * translate proxies), shorteners, cheap and local TLDs, never-warn domains. Each suffix is looked up by a hash of
 * the host's own characters, so the walk makes no substring; it also records where each label starts and ends
 * and its hash, which the label memo (url-labels.ts) is keyed by.
 */
import { GROUP_COMPANY_DOMAINS } from '../../data/group-domains';
import {
  CHEAP_TLDS,
  DOH_HOSTS,
  DYNAMIC_DNS_ZONES,
  FREE_HOSTING_ZONES,
  MIXED_TLDS,
  PATH_HOSTING,
  PROXY_ZONES,
  URL_SHORTENERS,
} from '../../data/hosting';
import { LOCAL_TLDS } from './host';

export const NO_ZONE = 0;
export const DDNS = 1;
export const FREE = 2;
export const PROXY = 3;
/** The kind of hosting zone a host is on. */
export type Zone = typeof NO_ZONE | typeof DDNS | typeof FREE | typeof PROXY;

interface SuffixEntry {
  key: string;
  official: string | undefined;
  zone: Zone;
  /** 1 cheap TLD, 2 cheap but much legitimate use (MIXED_TLDS). */
  cheap: number;
  shortener: boolean;
  pathHosting: boolean;
  local: boolean;
  /** A TLD that is also a short brand word (`au`). */
  shortTld: boolean;
  /** A carrier's group company or a DNS-over-HTTPS service: never warned about. */
  neverWarn: boolean;
}

/**
 * Domain suffixes (official domains, zones, TLDs, shorteners) keyed by an FNV-style hash of their characters read
 * right to left, so the host walk looks a suffix up from the host string itself, without slicing it.
 */
class SuffixTable {
  private readonly map = new Map<number, SuffixEntry[]>();

  static hash(s: string): number {
    let h = 0;
    for (let i = s.length - 1; i >= 0; i--) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h;
  }

  entry(key: string): SuffixEntry {
    const h = SuffixTable.hash(key);
    let list = this.map.get(h);
    if (!list) {
      list = [];
      this.map.set(h, list);
    }
    for (const e of list) if (e.key === key) return e;
    const e: SuffixEntry = {
      key,
      official: undefined,
      zone: NO_ZONE,
      cheap: 0,
      shortener: false,
      pathHosting: false,
      local: false,
      shortTld: false,
      neverWarn: false,
    };
    list.push(e);
    return e;
  }

  /** The entry for `host.slice(from)`, whose hash (as computed by `hash`) is `h`. */
  find(host: string, from: number, h: number): SuffixEntry | undefined {
    const list = this.map.get(h);
    if (!list) return undefined;
    const len = host.length - from;
    for (const e of list) if (e.key.length === len && host.endsWith(e.key)) return e;
    return undefined;
  }
}

/** Official domains by brand id, the short brand words (`au`, which are also TLDs) → the table of every suffix. */
export function buildSuffixTable(
  official: ReadonlyMap<string, string>,
  shortTokens: Iterable<string>,
): SuffixTable {
  const suffixes = new SuffixTable();
  for (const [d, b] of official) suffixes.entry(d).official = b;
  for (const z of DYNAMIC_DNS_ZONES) suffixes.entry(z).zone = DDNS;
  for (const z of FREE_HOSTING_ZONES) suffixes.entry(z).zone = FREE;
  for (const z of PROXY_ZONES) suffixes.entry(z).zone = PROXY;
  for (const z of URL_SHORTENERS) suffixes.entry(z).shortener = true;
  for (const z of PATH_HOSTING) suffixes.entry(z).pathHosting = true;
  for (const t of CHEAP_TLDS) suffixes.entry(t).cheap = 1;
  for (const t of MIXED_TLDS) if (suffixes.entry(t).cheap) suffixes.entry(t).cheap = 2;
  for (const t of LOCAL_TLDS) suffixes.entry(t).local = true;
  for (const t of shortTokens) suffixes.entry(t).shortTld = true;
  for (const g of GROUP_COMPANY_DOMAINS) suffixes.entry(g.domain).neverWarn = true;
  for (const h of DOH_HOSTS) suffixes.entry(h).neverWarn = true;
  return suffixes;
}

/** What the walk over a host's suffixes found. */
export interface HostWalk {
  /** The TLD is a local one (`.local`, `.internal`): the walk stopped there. */
  local: boolean;
  /** The brand whose official domain the host is under, if any. */
  officialId: string | undefined;
  /** Under a carrier's group company or a DNS-over-HTTPS host. */
  neverWarn: boolean;
  /** The longest hosting zone the host is under (not the zone's own site), and where it starts; -1 for none. */
  zone: Zone;
  zoneStart: number;
  /** Where the TLD and the label left of it start (-1: a single label). */
  tldStart: number;
  prevStart: number;
  /** The TLD's entry: 1 cheap, 2 cheap with much legitimate use, 0 neither; a short brand word. */
  cheapTld: number;
  shortTld: boolean;
  /** The host is a shortener's (or its `www.`). */
  shortener: boolean;
  /** The labels right to left: start, end and hash of each (the memo is looked up without slicing the host). */
  nLabels: number;
  labelStart: number[];
  labelEnd: number[];
  labelHash: number[];
}

/** One walk over `host`'s characters right to left: its suffixes in `table` and its labels. */
export function walkHost(host: string, table: SuffixTable): HostWalk {
  const w: HostWalk = {
    local: false,
    officialId: undefined,
    neverWarn: false,
    zone: NO_ZONE,
    zoneStart: -1,
    tldStart: -1,
    prevStart: -1,
    cheapTld: 0,
    shortTld: false,
    shortener: false,
    nLabels: 0,
    labelStart: [],
    labelEnd: [],
    labelHash: [],
  };
  let h = 0;
  let hl = 0;
  let labelEnd = host.length;
  for (let i = host.length - 1; i >= -1; i--) {
    const c = i >= 0 ? host.charCodeAt(i) : 46;
    if (c === 46) {
      w.labelStart.push(i + 1);
      w.labelEnd.push(labelEnd);
      w.labelHash.push(hl);
      w.nLabels++;
      hl = 0;
      labelEnd = i;
      const e = table.find(host, i + 1, h);
      if (w.tldStart < 0) {
        w.tldStart = i + 1;
        if (e) {
          if (e.local) {
            w.local = true;
            return w;
          }
          w.cheapTld = e.cheap;
          w.shortTld = e.shortTld;
        }
      } else if (w.prevStart < 0) w.prevStart = i + 1;
      if (e) {
        if (e.official !== undefined) w.officialId = e.official;
        if (e.neverWarn) w.neverWarn = true;
        if (e.zone !== NO_ZONE && i >= 0) {
          w.zone = e.zone;
          w.zoneStart = i + 1;
        }
        if (e.shortener && (i < 0 || (i === 3 && host.startsWith('www.')))) w.shortener = true;
        if (e.pathHosting && i < 0 && w.zone === NO_ZONE) {
          w.zone = FREE;
          w.zoneStart = 0;
        }
      }
    } else hl = Math.imul(hl ^ c, 0x01000193);
    h = Math.imul(h ^ c, 0x01000193);
  }
  return w;
}
