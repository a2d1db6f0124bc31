/**
 * `assessUrl` for a list of brand identities: `createUrlEngine(identities, model)` builds every index once (the
 * lookalike index, the suffix table, the path words) and returns a synchronous assessor. One assessment: the
 * host walk (suffixes.ts) → what each label says (url-labels.ts) → the path (url-path.ts) → the score, with the
 * host-shape rules (url-rules.ts) and the learned model (url-model.ts) as facts among the others. url.ts binds it
 * to data/brands and data/url-model.ts.
 */
import { HIT_KINDS, hitWeight } from './hit-kinds';
import { isLocalHost, isWeb, type ParsedUrl, parseUrl } from './host';
import { matchEmbedded } from './lookalike';
import { buildLookalikeIndex, type LookalikeIndex } from './lookalike-index';
import { publicSuffix } from './parse';
import { redirectTarget, untranslateLabel } from './redirects';
import { UNBRANDED_URL_MAX, verdict, W } from './score';
import { readsAsInitials } from './shape';
import { buildSuffixTable, DDNS, FREE, PROXY, walkHost, type Zone } from './suffixes';
import type { BrandIdentity, Reason, Verdict } from './types';
import { createLabelReader, denseFacts, hostHint, modelLogit, readLabels } from './url-labels';
import type { ModelInput, UrlModel } from './url-model';
import { createPathReader, isDohPath, SHORT_CODE } from './url-path';
import { SHAPE_RULES, type ShapeFacts, USES_CHEAP, USES_RANDOM } from './url-rules';

export interface UrlEngine {
  assessUrl(url: string): Verdict;
  /** What the learned model reads about the URL's host (for its trainer), or null (IPs, official, bare suffixes). */
  modelInput(url: string): ModelInput | null;
  readonly lookalike: LookalikeIndex;
}

/** A verdict with nothing to say (a fresh object: callers may add reasons). */
function nothing(): Verdict {
  return { level: 'none', brand: null, score: 0, reasons: [] };
}

function odd(reasons: Reason[]): boolean {
  return reasons.some((r) => r.code === 'odd-unicode-path');
}

export function createUrlEngine(ids: readonly BrandIdentity[], model?: UrlModel): UrlEngine {
  const lookalike = buildLookalikeIndex(ids);
  // Official means under a brand's official domains. Brands of one company may share a domain; then the
  // brand that lists the exact host, else the earlier brand, is named.
  const official = new Map<string, string>();
  for (const b of ids) for (const d of b.domains) if (!official.has(d)) official.set(d, b.id);
  const hostBrand = new Map<string, string>();
  for (const b of ids) for (const h of b.hosts) if (!hostBrand.has(h)) hostBrand.set(h, b.id);
  const suffixes = buildSuffixTable(
    official,
    lookalike.short.map((t) => t.token),
  );
  const labelInfo = createLabelReader(lookalike);
  const pathSignals = createPathReader(ids, lookalike);
  // modelInput() sets this to receive what the model reads about the top-level host.
  let capture: { input: ModelInput | null } | null = null;

  /** A raw IP: weak alone (DNS-over-HTTPS endpoints live there), a warning with path evidence. */
  function assessIp(p: ParsedUrl): Verdict {
    // DNS-over-HTTPS endpoints are bare IPs (`https://1.1.1.1/dns-query`): a query path there says nothing.
    if (isDohPath(p.path)) return nothing();
    const reasons: Reason[] = [{ code: 'raw-ip', detail: p.host }];
    const ps = pathSignals(p.path, reasons);
    let pss = ps.score;
    if (ps.login) {
      pss += W.loginPath;
      reasons.push({ code: 'login-path', detail: ps.login });
    }
    const s = W.rawIp + pss;
    return verdict(odd(reasons) ? s : Math.min(s, UNBRANDED_URL_MAX), ps.brand, reasons);
  }

  /** A translate proxy's page (`www-docomo-ne-jp.translate.goog`): judged as the host it shows, or null. */
  function assessProxied(p: ParsedUrl, zoneStart: number): Verdict | null {
    const host = p.host;
    const inner = untranslateLabel(host.slice(host.lastIndexOf('.', zoneStart - 2) + 1, zoneStart - 1));
    if (!inner.includes('.')) return null;
    const proxied = parseUrl(`${p.protocol}//${inner}${p.path}`);
    if (!proxied || isLocalHost(proxied.host, proxied.ip)) return null;
    const v = assessParsed(proxied, 1);
    if (v.level === 'official') {
      return verdict(W.translateOfficial, v.brand, [
        { code: 'translate-proxy-official', detail: proxied.host },
      ]);
    }
    // The proxy itself is weak evidence: it adds to the proxied host's score but never makes 'danger'.
    const r = [{ code: 'translate-proxy', detail: proxied.host }, ...v.reasons];
    const s = v.level === 'danger' ? v.score : Math.min(v.score + W.translateProxy, UNBRANDED_URL_MAX);
    return verdict(s, v.brand, r);
  }

  function assessParsed(p: ParsedUrl, depth: number): Verdict {
    if (p.ip) return assessIp(p);
    const host = p.host;
    const w = walkHost(host, suffixes);
    if (w.local) return nothing();
    if (w.officialId !== undefined) {
      const ob = hostBrand.get(host) ?? w.officialId;
      return { level: 'official', brand: ob, score: 0, reasons: [{ code: 'official-host', detail: host }] };
    }
    if (w.neverWarn) return nothing();
    if (w.prevStart < 0) return nothing(); // a single label: intranet name
    const zone: Zone = w.zone;
    const zoneStart = w.zoneStart;
    const cheapTld = w.cheapTld;
    // The TLD itself is only needed when it is a short brand word (`au`) or a cheap TLD.
    const tld = w.shortTld || cheapTld !== 0 ? host.slice(w.tldStart) : '';
    // The Public Suffix List (private section included) says where the registrable name ends: `example.co.jp`,
    // `city.kawasaki.jp`'s neighbours, `account.workers.dev`. A host that is itself a suffix has no name to judge.
    const psLen = publicSuffix(host).length;
    const psStart = psLen >= host.length ? 0 : host.length - psLen;

    if (zone === PROXY && depth === 0) {
      const v = assessProxied(p, zoneStart);
      if (v) return v;
    }

    const end = zoneStart > 0 ? zoneStart - 1 : psStart - 1;
    const l = readLabels(host, w, end, tld, labelInfo);
    const { best, bestReg, typos, mixed, wwwish, reg, account, nSub, first } = l;
    let keywords = l.keywords;
    // Six letters on .cn read as pinyin initials as easily as random ones (shape.ts): the name is not random.
    const initials = reg?.random === true && readsAsInitials(reg.key, tld);
    const regRandom = reg?.random === true && !initials;
    let rnd = initials && l.rnd === reg?.key ? '' : l.rnd;
    const reasons: Reason[] = [];
    let score = 0;
    let brand: string | null = null;
    // An official domain written inside the name (`docomo.ne.jp-xyz.co`): only when a label could start one.
    let emb = false;
    if (l.embeddable) {
      const labels: string[] = [];
      for (let k = first; k > first - nSub; k--)
        labels.push(host.slice(w.labelStart[k] as number, w.labelEnd[k] as number));
      const e = matchEmbedded(labels, lookalike);
      if (e) {
        emb = true;
        score += W.embeddedOfficial;
        brand = e.brand;
        reasons.push({ code: 'embedded-official-domain', detail: e.domain });
      }
    }
    // In a subdomain a short brand and its keyword (`au-login.example.com`, also an Australian sign-in page) are
    // one weak claim: that keyword is not counted again (`connect-au-login` still has one more).
    if (best && best.kind === 'short-combo' && !bestReg) keywords = keywords.slice(1);
    if (best) {
      score += hitWeight(best, bestReg);
      brand ??= best.brand;
      reasons.push({
        code: HIT_KINDS[best.kind].code,
        detail: best.found === best.token ? best.token : `${best.found}~${best.token}`,
      });
    }
    if (typos.length > 0) {
      score += typos.length > 1 ? W.keywordTypos : W.keywordTypo;
      reasons.push({
        code: 'keyword-typo',
        detail: typos.length > 1 ? `${typos[0]} ${typos[1]}` : (typos[0] as string),
      });
    }
    if (mixed && !(best && best.kind === 'homograph')) {
      score += W.mixedScript;
      reasons.push({ code: 'mixed-script', detail: mixed });
    }
    if (zone === DDNS) {
      score += W.dynamicDns;
      reasons.push({ code: 'dynamic-dns', detail: host.slice(zoneStart) });
    } else if (zone === FREE) {
      score += W.freeHosting;
      reasons.push({ code: 'free-hosting', detail: host.slice(zoneStart) });
    } else if (zone === PROXY) {
      score += W.translateProxy;
      reasons.push({ code: 'translate-proxy', detail: host });
    }
    const isShortener = w.shortener;
    // A well-known shortener is judged as a shortener, whatever its TLD (tiny.cc).
    // Cheap means registered straight under the TLD: `.com.cn` and other second-level suffixes are sold apart.
    const isCheap = !isShortener && cheapTld !== 0 && psStart === w.tldStart;
    // Host shapes (url-rules.ts) first: a rule that accounts for the cheap TLD or a random label replaces them.
    let used = 0;
    if (rnd || l.subWalk || l.deployName || reg?.walk) {
      const f: ShapeFacts = {
        reg: reg?.key ?? '',
        regRandom,
        regWalk: reg?.walk ?? false,
        subRandom: l.subRandom,
        subWalk: l.subWalk,
        cheap: isCheap ? cheapTld : 0,
        tld,
        freeZone: zone === FREE ? host.slice(zoneStart) : '',
        accountRandom: account?.random ? account.key : '',
        deployName: l.deployName,
      };
      for (const r of SHAPE_RULES) {
        if ((r.uses & used) !== 0) continue;
        const detail = r.when(f);
        if (detail === null) continue;
        used |= r.uses;
        score += r.weight;
        reasons.push({ code: r.code, detail });
      }
    }
    if (isCheap && (used & USES_CHEAP) === 0) {
      score += cheapTld === 2 ? W.mixedTld : W.cheapTld;
      reasons.push({ code: 'cheap-tld', detail: tld });
    }
    if (isShortener) {
      // A short link itself (`bit.ly/3xQz9k`) hides where it leads; the shortener's own pages do not. (In the
      // browser the link redirects at once: the guard mostly meets it in pasted messages and interstitials.)
      score += SHORT_CODE.test(p.path) ? W.shortLink : W.shortener;
      reasons.push({ code: 'url-shortener', detail: host });
    }
    const ps = pathSignals(p.path, reasons);
    if (keywords.length > 0 && (score > 0 || keywords.length > 1)) {
      score += keywords.length > 1 ? W.keywords : W.keyword;
      reasons.push({
        code: 'login-keyword',
        detail: keywords.length > 1 ? `${keywords[0]} ${keywords[1]}` : (keywords[0] as string),
      });
    } else if (ps.login && score > 0) {
      // A sign-in page (`/login.php`, `/auth/cgi/anidlogin`) on a host that is already suspicious.
      score += W.loginPath;
      reasons.push({ code: 'login-path', detail: ps.login });
    }
    if (nSub > 0) {
      const depthSub = nSub - 1 - l.ordinary;
      const deep = depthSub >= 2;
      // `www.` in front of a subdomain (`www.aoseun-asoesneonm.03sc.top`): real sites put it in front of their
      // registrable name; on its own a weak hint that the name imitates a site's address.
      const wwwSub =
        !deep &&
        !l.secondOrdinary &&
        zoneStart < 0 &&
        nSub >= 3 &&
        w.labelEnd[first] === 3 &&
        host.startsWith('www', 0);
      // Random-looking names are common on legit CDNs and ad hosts: counted only on cheap TLDs, hosting
      // zones and deep names, and never alone.
      if (!(isCheap || zone !== 0 || deep) || (used & USES_RANDOM) !== 0) rnd = '';
      if (deep && (score > 0 || rnd)) {
        score += W.deepSubdomain;
        reasons.push({ code: 'deep-subdomain', detail: String(depthSub) });
      }
      if (wwwSub && (score > 0 || ps.score > 0 || rnd || wwwish)) {
        score += W.wwwSubdomain;
        reasons.push({ code: 'www-subdomain', detail: host });
      }
      if (rnd) {
        score += W.randomLabel;
        reasons.push({ code: 'random-label', detail: rnd });
      } else if (wwwish) {
        score += W.wwwLookalike;
        reasons.push({ code: 'fake-www', detail: wwwish });
      }
    }

    // The learned model reads the registrable name (or a platform's account label), not the subdomains or path;
    // it is asked only where its word can count (beside a host hint), so most URLs cost it nothing.
    const name = reg ?? account;
    let modelWeight = 0;
    if (name && capture && depth === 0)
      capture.input = {
        label: name.masked,
        suffix: host.slice(end + 1),
        dense: denseFacts(name, zone).slice(),
      };
    if (name && model && hostHint(l) && modelLogit(model, name, zone) >= model.threshold) {
      modelWeight = W.urlModel;
      reasons.push({ code: 'phish-like-name', detail: host.slice(w.labelStart[first - nSub + 1] as number) });
    }

    const total = score + ps.score;
    const weakHit = best !== null && HIT_KINDS[best.kind].weak;
    const named = brand !== null && !(weakHit && !emb);
    const capped = named || odd(reasons) ? total : Math.min(total, UNBRANDED_URL_MAX);
    // The model's word is weak evidence: it adds up to a caution at most, never a danger, with or without a brand.
    const s = modelWeight ? Math.max(capped, Math.min(capped + modelWeight, UNBRANDED_URL_MAX)) : capped;
    return verdict(s, brand ?? ps.brand, reasons);
  }

  function assessUrl(url: string): Verdict {
    const p = parseUrl(url);
    if (!p)
      return {
        level: 'none',
        brand: null,
        score: 0,
        reasons: [{ code: 'invalid-url', detail: String(url).slice(0, 200) }],
      };
    if (!isWeb(p) || (p.ip !== 0 && isLocalHost(p.host, p.ip))) return nothing();
    const own = assessParsed(p, 0);
    // A redirector or tracking link in front of another URL: what counts is where it sends you. The redirect
    // itself is weak evidence, added to the target's score; it never makes 'danger' on its own.
    const target = own.level === 'official' ? null : redirectTarget(url);
    const tp = target ? parseUrl(target) : null;
    if (!tp || !isWeb(tp) || tp.host === p.host || (tp.ip !== 0 && isLocalHost(tp.host, tp.ip))) return own;
    const v = assessParsed(tp, 1);
    // A redirect to an ordinary or official site (`?continue=https://mail.google.com/`) says nothing.
    if (v.level === 'official' || v.score === 0) return own;
    const s = v.level === 'danger' ? v.score : Math.min(v.score + W.redirector, UNBRANDED_URL_MAX);
    if (s <= own.score) return own;
    return verdict(s, v.brand, [{ code: 'redirector', detail: tp.host }, ...v.reasons]);
  }

  function modelInput(url: string): ModelInput | null {
    capture = { input: null };
    try {
      const p = parseUrl(url);
      if (p && isWeb(p) && p.ip === 0) assessParsed(p, 0);
      return capture.input;
    } finally {
      capture = null;
    }
  }

  return { assessUrl, modelInput, lookalike };
}
