/**
 * Domains of the carriers' own group companies (research, sports, mobility, finance, insurance and other arms).
 * They carry the brand word (`kddi-research.jp`, `softbankhawks.co.jp`, `rakuten-bank.co.jp`) but are not the
 * carriers' sites for contracts, so they are not `official` here; the scam guard must simply never warn on them.
 *
 * Group membership: the parents' annual securities reports (有価証券報告書, EDINET: NTT docomo E04463, KDDI
 * E04425) where cited, else the company's own site, which names its parent. Each domain's first source is the
 * company's own site. Transcribed 2026-12-07 from the team's notes without live web access; no confidence is
 * typed: data/sources.ts derives it from the sources where one is needed.
 */
import * as v from 'valibot';
import { SourcedSchema } from './schema';

export const GroupDomainSchema = v.object({
  ...SourcedSchema.entries,
  /** The carrier family (a brand id of data/brands whose parent owns the company). */
  family: v.picklist(['docomo', 'au', 'softbank', 'rakuten-mobile']),
  /** Registrable domain; every subdomain of it is the company's. */
  domain: v.pipe(v.string(), v.regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/)),
  /** What the company does (English). */
  what: v.string(),
});
export type GroupDomain = v.InferOutput<typeof GroupDomainSchema>;

const checked = '2026-12-07';
const site = (domain: string) => [`https://www.${domain}/`];
const g = (
  family: GroupDomain['family'],
  domain: string,
  what: string,
  source: string[] = site(domain),
): GroupDomain => ({ family, domain, what, source, checked });

/** Subsidiaries as listed in the parents' annual securities reports (EDINET data, as republished). */
const DOCOMO_IR = 'https://zaimulist.com/kigyou.php?cd=9437';
const KDDI_GROUP = 'https://zaimulist.com/kigyou.php?cd=9433';

export const GROUP_COMPANY_DOMAINS: readonly GroupDomain[] = [
  // NTT docomo group
  g('docomo', 'docomo-cycle.jp', 'Docomo Bikeshare (mobility)', [...site('docomo-cycle.jp'), DOCOMO_IR]),
  g('docomo', 'docomopacific.com', 'DOCOMO PACIFIC (carrier in Guam and the Northern Marianas)', [
    ...site('docomopacific.com'),
    DOCOMO_IR,
  ]),
  g('docomo', 'nttdocomo-v.com', 'NTT DOCOMO Ventures (venture capital)'),
  g('docomo', 'docomo-healthcare.co.jp', 'docomo Healthcare (health apps)'),
  g('docomo', 'ntt.com', 'NTT Communications / NTT docomo business (enterprise arm)'),
  g('docomo', 'moba-ken.jp', 'NTT docomo Mobile Society Research Institute (research)'),
  // KDDI group
  g('au', 'kddi-research.jp', 'KDDI Research (research)', [...site('kddi-research.jp'), KDDI_GROUP]),
  g('au', 'au-sonpo.co.jp', 'au Insurance (non-life insurance)', [...site('au-sonpo.co.jp'), KDDI_GROUP]),
  g('au', 'jibunbank.co.jp', 'au Jibun Bank (bank)', [...site('jibunbank.co.jp'), KDDI_GROUP]),
  g('au', 'aufhd.co.jp', 'au Financial Holdings (finance)', [...site('aufhd.co.jp'), KDDI_GROUP]),
  g('au', 'kddi-webcommunications.co.jp', 'KDDI Web Communications (hosting)'),
  g('au', 'kddia.com', 'KDDI America (overseas arm)'),
  g('au', 'kddi-evolva.com', 'KDDI Evolva (contact centres)'),
  // SoftBank Corp. and SoftBank Group
  g('softbank', 'softbankhawks.co.jp', 'Fukuoka SoftBank Hawks (baseball)', [...site('softbankhawks.co.jp')]),
  g('softbank', 'group.softbank', 'SoftBank Group Corp. (parent)', ['https://group.softbank/']),
  g('softbank', 'softbankrobotics.com', 'SoftBank Robotics (robots)'),
  g('softbank', 'softbanktech.co.jp', 'SB Technology (IT services)', [...site('softbanktech.co.jp')]),
  g('softbank', 'sbpayment.jp', 'SB Payment Service (payments)', [...site('sbpayment.jp')]),
  // Rakuten group
  g('rakuten-mobile', 'rakuten-bank.co.jp', 'Rakuten Bank (bank)', [...site('rakuten-bank.co.jp')]),
  g('rakuten-mobile', 'rakuten-sec.co.jp', 'Rakuten Securities (brokerage)', [...site('rakuten-sec.co.jp')]),
  g('rakuten-mobile', 'rakuten-card.co.jp', 'Rakuten Card (credit cards)', [...site('rakuten-card.co.jp')]),
  g('rakuten-mobile', 'rakuten-life.co.jp', 'Rakuten Life Insurance'),
  g('rakuten-mobile', 'rakuten-sonpo.co.jp', 'Rakuten General Insurance'),
  g('rakuten-mobile', 'rakuten-wallet.co.jp', 'Rakuten Wallet (crypto exchange)'),
  g('rakuten-mobile', 'rakuten-static.com', 'Rakuten Group’s static content (images, scripts)', [
    'https://www.rakuten.co.jp/',
  ]),
  g('rakuten-mobile', 'rakuten.com', 'Rakuten Rewards (US shopping)'),
  g('rakuten-mobile', 'rakuten.tv', 'Rakuten TV (video, Europe)', ['https://rakuten.tv/']),
  g('rakuten-mobile', 'rakuteneagles.jp', 'Tohoku Rakuten Golden Eagles (baseball)'),
];
