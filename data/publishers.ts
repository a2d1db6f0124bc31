/**
 * Who publishes the pages the carrier facts cite, and what kind of source each is. A source's kind decides how
 * much it counts (data/sources.ts); the carriers' own domains need no row here, they come from the brands.
 *
 * - `official`: the company the fact is about, another provider's own pages, or a public body.
 * - `press`: news with an editor (Impress Watch, ITmedia, Mynavi News, ASCII and the portals that carry them).
 * - `guide`: a company's how-to or comparison site with an editorial team and an imprint.
 * - `blog`: a person's or an anonymous affiliate site; also copies and mirrors of other pages.
 *
 * Keys are registrable domains or hosts (a key covers its subdomains); `github.com/<owner>` keys a publisher on
 * GitHub. Two sources are independent when they match different rows. A host in no row counts as a blog, the
 * weakest kind, and `npm run data:report` lists it so someone classifies it.
 */
import type { SourceKind } from './vocabulary';

export interface Publisher {
  kind: SourceKind;
  /** Whose own page it is, for official sources (the popup says "Mobal's own page"). */
  name?: string;
  /** Another row's key when both sites belong to one publisher: they do not corroborate each other. */
  sameAs?: string;
}

const official = (name: string): Publisher => ({ kind: 'official', name });
// Other publishers go unnamed: the popup names only whose own page a source is, and the key is the publisher.
const press: Publisher = { kind: 'press' };
const guide: Publisher = { kind: 'guide' };
const blog: Publisher = { kind: 'blog' };

export const PUBLISHERS: Readonly<Record<string, Publisher>> = {
  // Public bodies and companies other than the carriers whose own pages are cited.
  'soumu.go.jp': official('総務省 (Ministry of Internal Affairs and Communications)'),
  'kokusen.go.jp': official('国民生活センター (National Consumer Affairs Center)'),
  'bmobile.ne.jp': official('b-mobile (Japan Communications)'),
  'sakuramobile.jp': official('Sakura Mobile'),
  'mobal.com': official('Mobal'),
  'traveltechlab.co.jp': official('TravelTechLab'),
  'amuse.co.jp': official('Amuse (a fan-club service)'),

  // News.
  'impress.co.jp': press,
  'itmedia.co.jp': press,
  'mynavi.jp': press,
  'mobileascii.jp': press,
  'ascii.jp': press,
  'nikkeibp.co.jp': press,
  's-max.jp': press,
  'news.infoseek.co.jp': press,
  'news.livedoor.com': press,
  'news.mixi.jp': press,
  'scan.netsecurity.ne.jp': press,
  'appllio.com': press,
  'rocketnews24.com': press,

  // Companies' how-to and comparison sites.
  'my-best.com': guide,
  'kashi-mo.com': guide,
  'hikkoshizamurai.jp': guide,
  'soldi.jp': { ...guide, sameAs: 'hikkoshizamurai.jp' },
  'inest-inc.co.jp': guide,
  'alpha-grp.co.jp': guide,
  'otegal.jp': guide,
  'getnine.co.jp': guide,
  'oneplat.co.jp': guide,
  'digitalnavi.net': guide,
  'usedoor.jp': guide,
  'alpha-intl.net': { ...guide, sameAs: 'alpha-grp.co.jp' },
  'smtb.jp': guide,
  'assist-all.co.jp': guide,
  'donnatokimo-wifi.jp': guide,
  'luft.co.jp': guide,
  'mobareco.jp': guide,
  'sma-2.jp': guide,
  'economical.co.jp': guide,
  'simlabo.jp': guide,
  'xlisting.co.jp': guide,
  'cancelatlas.com': guide,
  'kaiyaku.jp': guide,
  'keitaisoudan.com': guide,
  'smappy-if.com': guide,
  'net-kaiyaku.com': guide,
  'kotomobile.jp': guide,
  'masamobile.co.jp': guide,
  'lycorp-security.jp': guide,
  'homemate-research-telco.com': guide,
  'github.com/AdguardTeam': guide,

  // Personal or anonymous sites, and copies of other pages.
  'hachi8hachi.com': blog,
  'harris-gate.com': blog,
  'kaiyakukaijo.com': blog,
  'l-kyojin01.jp': blog,
  'kitilabel.jp': blog,
  'sim-mvno.xyz': blog,
  'frima.hatenablog.com': blog,
  'taitai-blog.com': blog,
  'kmbpi.com': blog,
  'goodmobilelab.com': blog,
  'kaigai02.com': blog,
  'ka98su.com': blog,
  'elibom.net': blog,
  'pasolive.jp': blog,
  'grazie-ans.com': blog,
  'straightapps.com': blog,
  'mobile-contract-guide.com': blog,
  'ilikephone.online': blog,
  'purple-corrala.info': blog,
  'ipodwave.com': blog,
  'winnova.net': blog,
  'hitoritabi.net': blog,
  'lifehacktivist.com': blog,
  'awaisora.com': blog,
  'cancell.jp': blog,
  'iphone-report.sakura.ne.jp': blog,
  'simchange.jp': blog,
  'shimajiro-mobiler.net': blog,
  'instant-wifi.net': blog,
  'benefon.com': blog,
  'ezic.info': blog,
  'esim-station.jp': blog,
  'gadgetken.com': blog,
  'sp-mobile-blog.com': blog,
  'sumaho-arekore.com': blog,
  'sumaho-susume.com': blog,
  'showcase-tv.com': blog,
  'masvlog.com': blog,
  'yame.click': blog,
  'ispr.net': blog,
  'inisiemobile.jp': blog,
  'nellab.net': blog,
  'taikai-kaiyaku.com': blog,
  'nia-srassha.com': blog,
  'raku-tawa.com': blog,
  'rmobile-rewards.jp': blog,
  'mamaroid.com': blog,
  'blog.jp': blog,
  'rei01-shop.com': blog,
  'bestsingaporeesim.com': blog,
  'app-story.net': blog,
  'did2memo.net': blog,
  'gadget-commentary.xyz': blog,
  'portal.jp.net': blog,
  'xn--nfv31nctot9l.xyz': blog,
  'xn--2-v9tt97kv71a87vjzp.com': blog,
  'xn--sim-pd0fo47c37eo05e.com': blog,
  'garnet-life.net': blog,
  'norikaepro.com': blog,
  'dolcani.net': blog,
  'stars.ne.jp': blog,
  'megalodon.jp': blog,
  'github.com': blog,
};
