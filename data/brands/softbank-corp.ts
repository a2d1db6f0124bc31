/**
 * Facts about SoftBank Corp. that its brands SoftBank, Y!mobile and LINEMO repeat word for word. Research:
 * ../shared/reference/carriers.md §0 (carrier mail) and §2d (SIM, suspension).
 */
import type { StepInput } from '../schema';

const checked = '2026-11-22';

/**
 * The carrier-mail step of a SoftBank Corp. brand: 「メールアドレス持ち運び」 is one service of SoftBank Corp.,
 * sold under both SoftBank and Y!mobile, so only the step id, the brand's addresses and any extra source differ.
 */
export function softbankCorpCarrierMail(
  id: string,
  addresses: string[],
  extraSources: string[] = [],
): StepInput {
  return {
    id,
    replaces: 'carrier-mail',
    phase: 'prepare',
    when: { goals: ['cancel', 'mnp'], cards: ['physical', 'esim'] },
    title: {
      'zh-CN': `${addresses.join(' / ')} 邮箱会停用`,
      ja: `${addresses.join('・')} のメールは使えなくなります`,
      en: `Your ${addresses.join(' / ')} address stops`,
    },
    body: {
      'zh-CN':
        '把用它注册的服务改成其他邮箱。想保留地址可申请「メールアドレス持ち運び」：须在解约后 31 天内申请，仅限个人合同、信用卡支付。推出时每年 3,300 日元，并预告 2022 年夏起改为每月 330 日元，价格可能已变。',
      ja: '登録先のメールアドレスを変更してください。アドレスを残すなら「メールアドレス持ち運び」（解約後31日以内、個人契約・クレジットカード払いのみ）。開始時は年3,300円で、2022年夏から月330円の予定とされました。料金は変わっている可能性があります。',
      en: 'Change it on every account that uses it. To keep the address, request “メールアドレス持ち運び” within 31 days of cancelling (personal contracts, credit card only). It cost ¥3,300 a year at launch, with ¥330 a month announced from summer 2022; prices may have changed.',
    },
    timing: [
      { kind: 'before-end', days: 0 },
      { kind: 'after-end-within', days: 31, countEndDay: true },
    ],
    source: [
      'https://elibom.net/2022/01/03/mail_mochihakobi/',
      'https://k-tai.watch.impress.co.jp/docs/news/1375909.html',
      'https://pasolive.jp/p-763/',
      'https://economical.co.jp/smartphone/2021/12/17/docomo-au-softbank-mail-mochihakobi/',
      ...extraSources,
    ],
    checked,
  };
}

/**
 * Sources on SoftBank Corp.'s number keeping, which leave even SoftBank's service unverified; Y!mobile and
 * LINEMO cite them for having none of their own.
 */
export const SOFTBANK_KEEPING_UNVERIFIED = [
  'https://xn--nfv31nctot9l.xyz/softbank',
  'https://www.cancelatlas.com/c/softbank-jp',
];

/** Y!mobile and LINEMO want no SIM card back (SoftBank shops do collect the USIM): one finding for both brands. */
export const SIM_NOT_RETURNED_SOURCES = [
  'https://winnova.net/archives/86180',
  'https://smappy-if.com/articles/linemo/1047',
];
