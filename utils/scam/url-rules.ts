/**
 * Host-shape rules: brandless classes of throwaway hosts, each one entry with its reason code, its weight and
 * example URLs it must flag and near misses it must not (url-rules.test.ts runs them all). They read the facts
 * url-core.ts gathers once per host (`ShapeFacts`); their sentences are in reasons.ts under the same codes.
 * None names a brand, so a URL they flag stays at 'caution' unless brand evidence joins (score.ts).
 */
import { W } from './score';

export interface ShapeFacts {
  /** The registrable label (`rwbazt` of `x.rwbazt.cn`); '' on a hosting zone or an IP. */
  reg: string;
  regRandom: boolean;
  regWalk: boolean;
  /** The first random-looking subdomain label (not `www`, `m` or a service name); ''. */
  subRandom: string;
  /** The first subdomain label typed as a keyboard walk; ''. */
  subWalk: string;
  /** 1 an abused cheap TLD, 2 one with much legitimate use (.asia .tokyo .cc), 0 neither. */
  cheap: number;
  tld: string;
  /** The hosting zone (`workers.dev`) when the host is on a free-hosting one; ''. */
  freeZone: string;
  /** The account label just left of the zone (`susan63` of `a.susan63.workers.dev`) reads as random. */
  accountRandom: string;
  /** A label named like a platform's generated deployment (`frosty-sea-38a7`); ''. */
  deployName: string;
}

/** Facts a rule has used up, so a weaker rule does not count them again. */
export const USES_CHEAP = 1;
export const USES_RANDOM = 2;

export interface ShapeRule {
  code: string;
  weight: number;
  /** The facts this rule accounts for (USES_*); a later rule (or the plain cheap-tld/random-label) skips them. */
  uses: number;
  /** The reason's detail when the rule applies, else null. */
  when(f: ShapeFacts): string | null;
  /** URLs that must get this code, and near misses that must not. */
  examples: { flag: readonly string[]; pass: readonly string[] };
}

/** In order: each rule sees only the facts earlier rules have not used. */
export const SHAPE_RULES: readonly ShapeRule[] = [
  {
    code: 'keyboard-walk',
    weight: W.keyboardWalk,
    uses: USES_RANDOM,
    when: (f) => (f.regWalk ? f.reg : f.subWalk || null),
    examples: {
      flag: ['https://asdfghjkl.com/', 'http://aasfgasgasdg.earth/', 'https://qwertyu.example-shop.com/'],
      pass: [
        'https://alfalfa.com/',
        'https://kijiji.ca/',
        'https://newser.com/',
        'https://addjahlife.com/',
        'https://asdf.com/',
        'https://fyttgf56.com/',
      ],
    },
  },
  {
    code: 'cheap-tld-random',
    weight: W.cheapTldRandom,
    uses: USES_CHEAP | USES_RANDOM,
    when: (f) => (f.cheap === 1 && f.regRandom ? `${f.reg}.${f.tld}` : null),
    examples: {
      flag: [
        'https://rwbazt.top/',
        'https://inofme-jp.xqzvkd.top/login',
        'https://pwshqtanxpi.cfd/',
        'https://rwbaztq.cn/',
        'https://rw3az7.cn/',
      ],
      pass: [
        'https://rwbazt.com/',
        'https://rwbazt.cn/', // six letters on .cn: read as pinyin initials (shape.ts readsAsInitials)
        'https://www.gzxhdl.cn/',
        'https://sakura.cn/',
        'https://hzrxlnynak.tokyo/',
        'https://baidu.cn/',
        'https://gzxhd.cn/',
        'https://news.pcgames.com.cn/',
      ],
    },
  },
  {
    code: 'random-sub-on-random',
    weight: W.randomSubOnRandom,
    uses: USES_RANDOM,
    when: (f) => (f.regRandom && f.subRandom ? `${f.subRandom}.${f.reg}` : null),
    examples: {
      flag: ['https://qxvtbw.zrkpdm.com/', 'https://u44vn2.hzrxlnynak.net/account'],
      pass: ['https://www.zrkpdm.com/', 'https://qxvtbw.example.com/', 'https://cdn.ggpht.com/'],
    },
  },
  {
    code: 'platform-default-host',
    weight: W.platformDefaultHost,
    uses: USES_RANDOM,
    when: (f) =>
      f.freeZone && (f.deployName || f.accountRandom) ? `${f.deployName || f.accountRandom}` : null,
    examples: {
      flag: [
        'https://frosty-sea-38a7.susanoharri63.workers.dev/',
        'https://jolly-pasteur-4c2f1a.netlify.app/',
        'https://3f9c2a1b.my-site.pages.dev/',
        'https://login.xkqwzrtp.workers.dev/',
      ],
      pass: [
        'https://blue-sky-studio.netlify.app/',
        'https://docs.example.workers.dev/',
        'https://frosty-sea-38a7.example.com/',
      ],
    },
  },
];
