/**
 * UQ mobile (KDDI). Research: ../shared/reference/carriers.md §3a, §3b, §3d, §3e, §0 (carrier mail, One-Stop).
 */
import type { BrandInput } from '../schema';
import { KDDI_SHORT_TERM_FEE } from './kddi';
import { CANCEL_LOSES_NUMBER, completionPage } from './portal-common';
import { simNotReturnedStep } from './shared-steps';

const checked = '2026-11-22';
/** The phone numbers searched again for an official or news source (issue 18, second pass). */
const phonesChecked = '2026-12-08';
const uqFaq = 'https://www.uqwimax.jp/mobile/support/faq/pages/pg00002248.html';
const adguard = 'https://github.com/AdguardTeam/HttpsExclusions/blob/master/exclusions/sensitive.txt';
const webCancel = ['https://keitaisoudan.com/cancel/', 'https://lifestyle.assist-all.co.jp/?p=49881'];
const oldPhone = ['https://cancell.jp/carrier/974', 'https://ispr.net/sim/uqmobile-cancellation'];
const reviewed = '2026-12-07';
/** 2025 guides: phone cancellation ended in September 2024; cancel online or in a shop. */
const phoneEnded = 'https://kaiyaku.jp/uqmobile-kaiyaku';
/** A 2025 guide: 「電話での純粋な解約は受け付けが終了している」 (read 2026-12-08). */
const phoneEnded2025 = 'https://lifestyle.assist-all.co.jp/uqmobile-cancel-guide-2025';
const shopCancel = [
  phoneEnded,
  'https://lifestyle.assist-all.co.jp/?p=49881',
  'https://gadget.awaisora.com/2025/08/12/7dfdb244-578a-4686-824f-98a71a9bb6b2',
];
const oneStop = [
  'https://www.oneplat.co.jp/article/?p=259',
  'https://inest-inc.co.jp/sumaho-sensei/mnp-mnpnum-docomo-method',
];

export const uqMobile: BrandInput = {
  id: 'uq-mobile',
  company: 'kddi',
  parent: 'au',
  name: { 'zh-CN': 'UQ mobile（KDDI）', ja: 'UQ mobile（UQモバイル）', en: 'UQ mobile (KDDI)' },
  cards: ['physical', 'esim'],
  identity: {
    hostTokens: ['uqmobile', 'uqwimax'],
    pageTerms: ['UQ mobile', 'UQモバイル', 'My UQ mobile', 'au ID'],
  },
  domains: [{ domain: 'uqwimax.jp', source: [uqFaq], checked }],
  hosts: [
    { host: 'www.uqwimax.jp', role: 'brand', login: false, source: [uqFaq], checked },
    {
      host: 'connect.auone.jp',
      role: 'login',
      login: true,
      source: [uqFaq, adguard],
      checked,
    },
  ],
  contacts: [
    {
      id: 'info',
      purpose: 'enquiries',
      name: {
        'zh-CN': 'UQ mobile 客服中心',
        ja: 'UQ mobileお客さまセンター',
        en: 'UQ mobile customer center',
      },
      from: 'any',
      // Only older blogs give the number; no UQ or KDDI page we read does (checked 2026-12-08).
      reportedPhone: { kind: 'number', e164: '+81120929818', display: '0120-929-818' },
      url: uqFaq,
      hours: { 'zh-CN': '9:00–21:00', ja: '9:00〜21:00', en: '9:00–21:00' },
      note: {
        'zh-CN': '号码和时间来自较早的资料，可能已变。',
        ja: '番号と受付時間は古い資料によるもので、変わっている可能性があります。',
        en: 'Number and hours come from older sources and may have changed.',
      },
      source: oldPhone,
      checked: phonesChecked,
    },
  ],
  goals: {
    cancel: {
      available: true,
      source: webCancel,
      checked,
      channels: {
        online: {
          available: 'yes',
          note: {
            'zh-CN': 'My UQ mobile（用 au ID 登录），2022 年 3 月起可网上解约。',
            ja: 'My UQ mobile（au IDでログイン）。2022年3月からWeb解約できます。',
            en: 'My UQ mobile (sign in with your au ID); web cancellation since March 2022.',
          },
          source: webCancel,
          checked,
        },
        phone: {
          available: 'no',
          note: {
            'zh-CN':
              '2024 年 9 月起不再受理电话解约，请在网上或门店办理。较早的资料说曾只能电话解约（0120-929-818），已过时。',
            ja: '電話での解約受付は2024年9月に終了しました。オンラインかショップで手続きしてください。電話だけが解約窓口だったとする古い資料は現在と異なります。',
            en: 'Cancellation by phone ended in September 2024; cancel online or in a shop. Older pages that call phone (0120-929-818) the only way are out of date.',
          },
          source: [phoneEnded, phoneEnded2025],
          checked: phonesChecked,
        },
        shop: {
          available: 'yes',
          note: {
            'zh-CN': 'UQ mobile 门店，带身份证件。',
            ja: 'UQ mobileのショップ（本人確認書類が必要）',
            en: 'A UQ mobile shop, with photo ID.',
          },
          source: shopCancel,
          checked: reviewed,
        },
      },
    },
    mnp: {
      available: true,
      source: oneStop,
      checked,
      channels: {
        online: {
          available: 'yes',
          note: {
            'zh-CN': 'UQ mobile 支持 MNP 一站式：在新运营商网站申请时会跳转到 UQ 确认。',
            ja: 'UQ mobileはMNPワンストップに対応：乗り換え先の申込み中にUQのページで確認します。',
            en: 'UQ mobile supports MNP One-Stop: the new carrier’s site sends you to UQ to confirm.',
          },
          source: oneStop,
          checked,
        },
      },
    },
    keep: {
      available: false,
      note: {
        'zh-CN':
          '我们的资料中没有 UQ mobile 的号码保管服务（找到的 KDDI「一時休止」是 au 的服务，且现状存疑）。请向 UQ mobile 确认，或把号码转到你会继续使用的套餐。',
        ja: '手元の資料にはUQ mobileの番号保管サービスがありません（KDDIの「一時休止」はauのサービスで、現状も不確か）。UQ mobileに確認するか、使い続けるプランへMNPで移してください。',
        en: 'Our sources show no number-keeping service for UQ mobile (KDDI’s “一時休止” is an au service, and even that is uncertain). Ask UQ mobile, or move the number to a plan you will keep.',
      },
      source: [
        'https://my.au.com/support/tetsuzuki/au/ikkyu.html',
        'https://www.cancelatlas.com/c/au-kddi-jp',
      ],
      checked,
      channels: {},
    },
  },
  steps: [
    {
      id: 'uq-short-term-fee',
      phase: 'prepare',
      when: { goals: ['cancel', 'mnp'] },
      ...KDDI_SHORT_TERM_FEE,
    },
    {
      id: 'carrier-mail-uq',
      replaces: 'carrier-mail',
      phase: 'prepare',
      when: { goals: ['cancel', 'mnp'] },
      title: {
        'zh-CN': '@uqmobile.jp 邮箱无法保留',
        ja: '@uqmobile.jp のアドレスは残せません',
        en: 'Your @uqmobile.jp address cannot be kept',
      },
      body: {
        'zh-CN': 'au 的邮箱「持ち運び」服务不包括 @uqmobile.jp。线路结束前把用它注册的服务全部改成其他邮箱。',
        ja: 'auのメール「持ち運び」は@uqmobile.jpを対象外としています。回線が終わる前に登録先のメールアドレスをすべて変更してください。',
        en: 'au’s mail carry-over (持ち運び) excludes @uqmobile.jp. Change the address on every account before the line ends.',
      },
      timing: [{ kind: 'before-end', days: 0 }],
      source: [
        'https://k-tai.watch.impress.co.jp/docs/news/1375909.html',
        'https://pasolive.jp/p-763/',
        'https://grazie-ans.com/cmail',
      ],
      checked,
    },
    {
      id: 'uq-cancel-online',
      phase: 'do',
      important: true,
      when: { goals: ['cancel'] },
      title: { 'zh-CN': '在 My UQ mobile 解约', ja: 'My UQ mobileで解約する', en: 'Cancel in My UQ mobile' },
      body: {
        'zh-CN':
          '用 au ID 登录 My UQ mobile 办理解约。网上办不了时去 UQ mobile 门店（带身份证件）；2024 年 9 月起电话不再受理解约。',
        ja: 'au IDでMy UQ mobileにログインして解約します。オンラインでできない場合はショップへ（本人確認書類が必要）。電話での解約は2024年9月に終了しています。',
        en: 'Sign in to My UQ mobile with your au ID and cancel there. If that does not work, go to a UQ mobile shop with photo ID; cancellation by phone ended in September 2024.',
      },
      timing: [{ kind: 'before-end', days: 0 }],
      source: [...webCancel, phoneEnded],
      checked: reviewed,
    },
    simNotReturnedStep('uq-sim-return', { 'zh-CN': 'UQ mobile', ja: 'UQ mobile', en: 'UQ mobile' }, [
      'https://cancell.jp/carrier/974',
      'https://winnova.net/archives/86180',
    ]),
  ],
  /**
   * UQ mobile's site. The sources name no menu item for cancelling or porting (one 2025 guide says 「解約手続き」,
   * but quotes no screen), so both steps are found by intent alone and shown as not confirmed.
   */
  portal: {
    hosts: ['www.uqwimax.jp'],
    // FAQ articles (/mobile/support/faq/…, as the official FAQ page above).
    ignore: ['www.uqwimax.jp/mobile/support/faq/*'],
    pages: [completionPage(webCancel)],
    paths: {
      cancel: {
        completes: 'uq-cancel-online',
        steps: [
          {
            id: 'cancel',
            intent: 'cancel-line',
            click: {
              'zh-CN': '开始网上解约（用 au ID 登录 My UQ mobile，需要 4 位暗证号码）。',
              ja: 'Web解約の手続きが始まります（au IDでMy UQ mobileにログイン、4桁の暗証番号が必要です）。',
              en: 'Starts the online cancellation (sign in to My UQ mobile with your au ID; the 4-digit PIN is needed).',
            },
            warning: CANCEL_LOSES_NUMBER,
            source: webCancel,
            checked,
          },
        ],
      },
      mnp: {
        steps: [
          {
            id: 'mnp',
            intent: 'mnp-reservation',
            click: {
              'zh-CN': '申请 MNP 预约号码。转网完成前线路照常可用。',
              ja: 'MNP予約番号を申し込みます。転出が終わるまで回線はそのまま使えます。',
              en: 'Requests the MNP reservation number. The line keeps working until the port completes.',
            },
            source: webCancel,
            checked,
          },
        ],
      },
    },
  },
};
