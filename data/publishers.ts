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
  name: string;
  /** Another row's key when both sites belong to one publisher: they do not corroborate each other. */
  sameAs?: string;
}

const official = (name: string): Publisher => ({ kind: 'official', name });
const press = (name: string): Publisher => ({ kind: 'press', name });
const guide = (name: string): Publisher => ({ kind: 'guide', name });
const blog = (name: string): Publisher => ({ kind: 'blog', name });

export const PUBLISHERS: Readonly<Record<string, Publisher>> = {
  // Public bodies and companies other than the carriers whose own pages are cited.
  'soumu.go.jp': official('総務省 (Ministry of Internal Affairs and Communications)'),
  'kokusen.go.jp': official('国民生活センター (National Consumer Affairs Center)'),
  'bmobile.ne.jp': official('b-mobile (Japan Communications)'),
  'sakuramobile.jp': official('Sakura Mobile'),
  'mobal.com': official('Mobal'),
  'traveltechlab.co.jp': official('TravelTechLab'),

  // News.
  'impress.co.jp': press('Impress Watch'),
  'itmedia.co.jp': press('ITmedia'),
  'mynavi.jp': press('マイナビニュース'),
  'mobileascii.jp': press('ASCII (KADOKAWA)'),
  'ascii.jp': press('ASCII (KADOKAWA)'),
  'nikkeibp.co.jp': press('日経クロステック'),
  's-max.jp': press('S-MAX'),
  'news.infoseek.co.jp': press('Infoseek News'),
  'news.livedoor.com': press('livedoor NEWS'),
  'news.mixi.jp': press('mixiニュース'),
  'scan.netsecurity.ne.jp': press('ScanNetSecurity'),
  'appllio.com': press('アプリオ'),
  'rocketnews24.com': press('ロケットニュース24'),

  // Companies' how-to and comparison sites.
  'my-best.com': guide('mybest'),
  'kashi-mo.com': guide('カシモWiMAX メディア'),
  'hikkoshizamurai.jp': guide('引越し侍'),
  'soldi.jp': { ...guide('引越し侍 SOLDI'), sameAs: 'hikkoshizamurai.jp' },
  'inest-inc.co.jp': guide('スマホ先生 (INEST)'),
  'alpha-grp.co.jp': guide('モバワン (Alpha)'),
  'otegal.jp': guide('おてがる (otegal)'),
  'getnine.co.jp': guide('GetNine'),
  'oneplat.co.jp': guide('ONEPLAT'),
  'digitalnavi.net': guide('デジタルナビ'),
  'usedoor.jp': guide('ユーズドア'),
  'alpha-intl.net': { ...guide('アルファインターナショナル'), sameAs: 'alpha-grp.co.jp' },
  'smtb.jp': guide('三井住友信託銀行 FAQ'),
  'assist-all.co.jp': guide('アシスト (lifestyle)'),
  'donnatokimo-wifi.jp': guide('どんなときもWiFi メディア'),
  'luft.co.jp': guide('LUFT'),
  'mobareco.jp': guide('モバレコ'),
  'sma-2.jp': guide('スマツー'),
  'economical.co.jp': guide('エコノミカル'),
  'simlabo.jp': guide('SIMラボ'),
  'xlisting.co.jp': guide('くらモバ (xlisting)'),
  'cancelatlas.com': guide('Cancel Atlas'),
  'kaiyaku.jp': guide('解約.jp'),
  'keitaisoudan.com': guide('ケータイ相談'),
  'smappy-if.com': guide('スマッピー'),
  'net-kaiyaku.com': guide('ネット解約'),
  'kotomobile.jp': guide('コトモバイル'),
  'masamobile.co.jp': guide('マサモバイル'),
  'lycorp-security.jp': guide('LY Corporation security column'),
  'github.com/AdguardTeam': guide('AdGuard'),

  // Personal or anonymous sites, and copies of other pages.
  'hachi8hachi.com': blog('hachi8hachi'),
  'harris-gate.com': blog('harris-gate'),
  'kaiyakukaijo.com': blog('解約解除'),
  'l-kyojin01.jp': blog('l-kyojin01'),
  'kitilabel.jp': blog('kitilabel'),
  'sim-mvno.xyz': blog('sim-mvno.xyz'),
  'frima.hatenablog.com': blog('frima (hatenablog)'),
  'taitai-blog.com': blog('taitai-blog'),
  'kmbpi.com': blog('kmbpi'),
  'goodmobilelab.com': blog('goodmobilelab'),
  'kaigai02.com': blog('kaigai02'),
  'ka98su.com': blog('ka98su'),
  'elibom.net': blog('elibom'),
  'pasolive.jp': blog('pasolive'),
  'grazie-ans.com': blog('grazie-ans'),
  'straightapps.com': blog('straightapps'),
  'mobile-contract-guide.com': blog('mobile-contract-guide'),
  'ilikephone.online': blog('ilikephone.online (copies of news articles)'),
  'purple-corrala.info': blog('purple-corrala'),
  'ipodwave.com': blog('iPod Wave'),
  'winnova.net': blog('winnova'),
  'hitoritabi.net': blog('hitoritabi'),
  'lifehacktivist.com': blog('lifehacktivist'),
  'awaisora.com': blog('awaisora'),
  'cancell.jp': blog('cancell.jp'),
  'iphone-report.sakura.ne.jp': blog('iphone-report'),
  'simchange.jp': blog('simchange'),
  'shimajiro-mobiler.net': blog('しまじろうモバイラー'),
  'instant-wifi.net': blog('instant-wifi'),
  'benefon.com': blog('benefon'),
  'ezic.info': blog('ezic'),
  'esim-station.jp': blog('esim-station'),
  'gadgetken.com': blog('gadgetken'),
  'sp-mobile-blog.com': blog('sp-mobile-blog'),
  'sumaho-arekore.com': blog('sumaho-arekore'),
  'sumaho-susume.com': blog('sumaho-susume'),
  'showcase-tv.com': blog('bitwave'),
  'masvlog.com': blog('masvlog'),
  'yame.click': blog('yame.click'),
  'ispr.net': blog('ispr.net'),
  'inisiemobile.jp': blog('inisiemobile'),
  'nellab.net': blog('nellab'),
  'taikai-kaiyaku.com': blog('taikai-kaiyaku'),
  'nia-srassha.com': blog('nia-srassha'),
  'raku-tawa.com': blog('raku-tawa'),
  'rmobile-rewards.jp': blog('rmobile-rewards'),
  'mamaroid.com': blog('mamaroid'),
  'blog.jp': blog('livedoor blog'),
  'rei01-shop.com': blog('rei01-shop'),
  'bestsingaporeesim.com': blog('bestsingaporeesim'),
  'app-story.net': blog('app-story'),
  'did2memo.net': blog('did2memo'),
  'gadget-commentary.xyz': blog('gadget-commentary'),
  'portal.jp.net': blog('net-trouble'),
  'xn--nfv31nctot9l.xyz': blog('携帯解約.xyz'),
  'xn--2-v9tt97kv71a87vjzp.com': blog('sim_henkyaku'),
  'xn--sim-pd0fo47c37eo05e.com': blog('格安SIM比較'),
  'norikaepro.com': blog('乗り換えプロ'),
  'dolcani.net': blog('dolcani'),
  'stars.ne.jp': blog('items.stars.ne.jp'),
  'megalodon.jp': blog('megalodon (web archive)'),
  'github.com': blog('GitHub (a person’s repository)'),
};
