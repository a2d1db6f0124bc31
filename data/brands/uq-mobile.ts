/**
 * UQ mobile (KDDI). Research: ../shared/reference/carriers.md §3a, §3b, §3d, §3e, §0 (carrier mail, One-Stop).
 */
import type { Brand } from '../schema';
import { KDDI_SHORT_TERM_FEE } from './kddi';
import { CANCEL_LOSES_NUMBER, completionPage } from './portal-common';
import { simNotReturnedStep } from './shared-steps';

const checked = '2026-11-22';
const uqFaq = 'https://www.uqwimax.jp/mobile/support/faq/pages/pg00002248.html';
const adguard = 'https://github.com/AdguardTeam/HttpsExclusions/blob/master/exclusions/sensitive.txt';
const webCancel = ['https://keitaisoudan.com/cancel/', 'https://lifestyle.assist-all.co.jp/?p=49881'];
const oldPhone = ['https://cancell.jp/carrier/974', 'https://ispr.net/sim/uqmobile-cancellation'];
const oneStop = [
  'https://www.oneplat.co.jp/article/?p=259',
  'https://inest-inc.co.jp/sumaho-sensei/mnp-mnpnum-docomo-method',
];

export const uqMobile: Brand = {
  id: 'uq-mobile',
  company: 'kddi',
  parent: 'au',
  name: { 'zh-CN': 'UQ mobile（KDDI）', ja: 'UQ mobile（UQモバイル）', en: 'UQ mobile (KDDI)' },
  cards: ['physical', 'esim'],
  identity: {
    hostTokens: ['uqmobile', 'uqwimax'],
    pageTerms: ['UQ mobile', 'UQモバイル', 'My UQ mobile', 'au ID'],
  },
  domains: [{ domain: 'uqwimax.jp', source: [uqFaq], confidence: 'high', checked }],
  hosts: [
    { host: 'www.uqwimax.jp', role: 'brand', login: false, source: [uqFaq], confidence: 'high', checked },
    {
      host: 'connect.auone.jp',
      role: 'login',
      login: true,
      source: [uqFaq, adguard],
      confidence: 'high',
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
      phone: { kind: 'number', e164: '+81120929818', display: '0120-929-818' },
      hours: { 'zh-CN': '9:00–21:00', ja: '9:00〜21:00', en: '9:00–21:00' },
      note: {
        'zh-CN': '号码和时间来自较早的资料，可能已变。',
        ja: '番号と受付時間は古い資料によるもので、変わっている可能性があります。',
        en: 'Number and hours come from older sources and may have changed.',
      },
      source: oldPhone,
      confidence: 'low',
      checked,
    },
  ],
  goals: {
    cancel: {
      available: true,
      source: webCancel,
      confidence: 'medium',
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
          confidence: 'medium',
          checked,
        },
        phone: {
          available: 'limited',
          note: {
            'zh-CN': '较早的资料称曾只能电话解约（0120-929-818）；现在是否仍受理未证实（来源不一致）。',
            ja: '以前は電話（0120-929-818）が唯一の解約窓口だったとされます。現在も受け付けているかは未確認です（情報に食い違いあり）。',
            en: 'Older sources say phone (0120-929-818) was once the only way to cancel; whether it still is accepted is unverified (sources disagree).',
          },
          source: [...oldPhone, ...webCancel],
          confidence: 'low',
          checked,
        },
      },
    },
    mnp: {
      available: true,
      source: oneStop,
      confidence: 'medium',
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
          confidence: 'medium',
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
      confidence: 'low',
      checked,
      channels: {},
    },
  },
  steps: [
    {
      id: 'uq-short-term-fee',
      phase: 'prepare',
      when: { goals: ['cancel', 'mnp'] },
      title: KDDI_SHORT_TERM_FEE.title,
      body: {
        'zh-CN':
          'KDDI 2024 年的规则同样适用于 UQ mobile：2024 年 6 月 1 日以后的新合同，1 年内解约且被判断为非正常使用时收 990 日元。在 au/UQ/povo 之间转移和 8 天内的初期契约解除不收。有资料称 2025 年 10 月起改为 1,100 日元，未证实（来源不一致）。',
        ja: 'KDDIの2024年ルールはUQ mobileにも適用：2024年6月1日以降の新規契約を1年以内に解約し、通常の利用目的でないと判断されると990円。au・UQ・povo間の移行と8日以内の初期契約解除は対象外。2025年10月から1,100円とする資料もありますが未確認です（情報に食い違いあり）。',
        en: 'KDDI’s 2024 rule covers UQ mobile: lines opened from 1 June 2024 and ended within a year cost ¥990 when judged not to be in normal use. Moves between au, UQ and povo and 8-day cancellations are exempt. One source says ¥1,100 from October 2025; unverified (sources disagree).',
      },
      source: KDDI_SHORT_TERM_FEE.source,
      confidence: 'medium',
      checked,
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
      confidence: 'high',
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
          '用 au ID 登录 My UQ mobile 办理解约。如果网上办不了，可以打给 UQ mobile 客服中心询问（号码来自较早资料）。',
        ja: 'au IDでMy UQ mobileにログインして解約します。オンラインでできない場合はUQ mobileお客さまセンターに問い合わせてください（番号は古い資料によります）。',
        en: 'Sign in to My UQ mobile with your au ID and cancel there. If that does not work, ask the UQ mobile customer center (the number comes from older sources).',
      },
      contacts: ['info'],
      timing: [{ kind: 'before-end', days: 0 }],
      source: webCancel,
      confidence: 'medium',
      checked,
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
            confidence: 'medium',
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
            confidence: 'medium',
            checked,
          },
        ],
      },
    },
  },
};
