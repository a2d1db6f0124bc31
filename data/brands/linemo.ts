/**
 * LINEMO (SoftBank Corp.'s online-only brand). Research: ../shared/reference/carriers.md §2a, §2b, §2d, §2f, §0.
 */
import type { BrandInput, MenuStepInput } from '../schema';
import { CANCEL_LOSES_NUMBER, completionPage } from './portal-common';
import { simNotReturnedStep } from './shared-steps';
import { SIM_NOT_RETURNED_SOURCES, SOFTBANK_KEEPING_UNVERIFIED } from './softbank-corp';

const checked = '2026-11-22';
const kitilabel =
  'https://kitilabel.jp/2022/10/06/linemo%E3%81%AE%E8%A7%A3%E7%B4%84%E6%96%B9%E6%B3%95%E3%82%84%E6%B3%A8%E6%84%8F%E7%82%B9%E3%82%92%E5%88%86%E3%81%8B%E3%82%8A%E3%82%84%E3%81%99%E3%81%8F%E8%A7%A3%E8%AA%AC%EF%BC%81/';
const onlineOnly = ['https://l-kyojin01.jp/?p=10172', 'https://www.kashi-mo.com/media/131950/'];
const reviewed = '2026-12-07';
/** ScanNetSecurity and a shop's guide (2025–26): cancel and port out online in My Menu only, no phone or shop. */
const scanLinemo = 'https://scan.netsecurity.ne.jp/internet/?p=27678';
const onlineOnlyReviewed = [...onlineOnly, scanLinemo, 'https://alpha-intl.net/8392'];
const noPhone = ['https://l-kyojin01.jp/?p=10172', 'https://ka98su.com/archives/35', scanLinemo];
/** After 20:00 goes to the next day (kashi-mo) vs accepted only 9:00–20:00 (smappy). */
const hoursAgainst = ['https://smappy-if.com/articles/linemo/1047'];

/** The way in for both cancelling and porting (notes §2f). */
const entry: MenuStepInput = {
  id: 'entry',
  intent: 'cancel-line',
  label: { 'zh-CN': '解约手续请点这里', ja: '解約のお手続きはこちら', en: 'Cancellation procedure here' },
  click: {
    'zh-CN': '打开解约和转出的登录页；之后再选择解约或「乗り換え」（转网）。',
    ja: '解約・乗り換えのログイン画面が開きます。解約か「乗り換え」かはその後で選びます。',
    en: 'Opens the sign-in for cancelling or porting; you choose between 解約 and 乗り換え (porting) afterwards.',
  },
  warning: CANCEL_LOSES_NUMBER,
  source: onlineOnly,
  checked,
};

const signIn: MenuStepInput = {
  id: 'sign-in',
  intent: 'exact-only',
  label: {
    'zh-CN': '同意使用条款并登录',
    ja: '利用規約に同意してログインする',
    en: 'Agree to the terms and sign in',
  },
  click: {
    'zh-CN': '用 SoftBank ID 或 LINEMO 号码登录，然后输入短信验证码。',
    ja: 'SoftBank IDかLINEMOの電話番号でログインし、SMS認証に進みます。',
    en: 'Signs in with your SoftBank ID or LINEMO number; an SMS code follows.',
  },
  source: onlineOnly,
  checked,
};

export const linemo: BrandInput = {
  id: 'linemo',
  company: 'softbank-corp',
  parent: 'softbank',
  name: { 'zh-CN': 'LINEMO（SoftBank）', ja: 'LINEMO（ラインモ）', en: 'LINEMO (SoftBank)' },
  cards: ['physical', 'esim'],
  identity: {
    hostTokens: ['linemo'],
    pageTerms: ['LINEMO', 'ラインモ', 'SoftBank ID'],
  },
  domains: [{ domain: 'linemo.jp', source: [kitilabel], checked }],
  hosts: [
    {
      host: 'www.linemo.jp',
      role: 'brand',
      login: false,
      source: [kitilabel],
      checked,
    },
  ],
  contacts: [
    {
      id: 'chat',
      purpose: 'enquiries',
      name: { 'zh-CN': 'LINEMO 在线聊天客服', ja: 'LINEMO チャットサポート', en: 'LINEMO chat support' },
      from: 'any',
      note: {
        'zh-CN': 'LINEMO 没有电话客服，只有聊天和网上手续。',
        ja: 'LINEMOに電話窓口はなく、チャットとオンライン手続きのみです。',
        en: 'LINEMO has no phone line: chat and online procedures only.',
      },
      source: noPhone,
      checked,
    },
  ],
  goals: {
    cancel: {
      available: true,
      source: onlineOnlyReviewed,
      checked: reviewed,
      channels: {
        online: {
          available: 'yes',
          note: {
            'zh-CN':
              '只能在「My Menu」网上办理。处理时间说法不一：20:00 以后的申请次日处理，或只在 9:00–20:00 受理。',
            ja: '「My Menu」からオンラインのみ。処理時間は情報に食い違いあり：20時以降は翌日処理、または受付9:00〜20:00。',
            en: 'Online only, in “My Menu”. Sources disagree on processing: requests after 20:00 go to the next day, or are only accepted 9:00–20:00.',
          },
          source: onlineOnlyReviewed,
          against: hoursAgainst,
          checked,
        },
        phone: {
          available: 'no',
          note: {
            'zh-CN': 'LINEMO 没有电话窗口。',
            ja: 'LINEMOに電話窓口はありません。',
            en: 'LINEMO has no phone channel.',
          },
          source: noPhone,
          checked,
        },
        shop: {
          available: 'no',
          note: {
            'zh-CN': '只能网上办理，门店不能办理。',
            ja: 'オンラインのみで、ショップでは手続きできません。',
            en: 'Online only; shops cannot do it.',
          },
          source: onlineOnlyReviewed,
          checked: reviewed,
        },
      },
    },
    mnp: {
      available: true,
      source: onlineOnlyReviewed,
      checked: reviewed,
      channels: {
        online: {
          available: 'yes',
          note: {
            'zh-CN': '在「My Menu」选择「はい、利用します。(乗り換え)」；LINEMO 也支持 MNP 一站式。',
            ja: '「My Menu」で「はい、利用します。(乗り換え)」を選択。MNPワンストップにも対応しています。',
            en: 'In “My Menu”, choose “はい、利用します。(乗り換え)” (yes, I am switching); LINEMO also supports MNP One-Stop.',
          },
          source: [
            ...onlineOnly,
            'https://www.oneplat.co.jp/article/?p=259',
            'https://inisiemobile.jp/linemo-mnp',
          ],
          checked,
        },
      },
    },
    keep: {
      available: false,
      note: {
        'zh-CN':
          '我们的资料中没有 LINEMO 的号码保管服务（SoftBank 的保管服务现状也未证实）。请通过聊天询问，或把号码转到你会继续使用的套餐。',
        ja: '手元の資料にはLINEMOの番号保管サービスがありません（ソフトバンクの保管サービスも現状未確認）。チャットで確認するか、使い続けるプランへMNPで移してください。',
        en: 'Our sources show no number-keeping service for LINEMO (even SoftBank’s is unverified). Ask in the chat, or move the number to a plan you will keep.',
      },
      source: SOFTBANK_KEEPING_UNVERIFIED,
      checked,
      channels: {},
    },
  },
  steps: [
    {
      id: 'linemo-fee',
      phase: 'prepare',
      when: { goals: ['cancel', 'mnp'] },
      title: {
        'zh-CN': '开通当月解约要付 990 日元',
        ja: '開通した月に解約すると990円',
        en: 'Cancelling in the month you joined costs ¥990',
      },
      body: {
        'zh-CN':
          '2024 年 6 月 1 日以后加入的线路，如果在加入当月解约，收 990 日元；下个月起解约不收。不收：8 天内的初期契约解除、加入当月转让或继承的线路。另有一篇博客说“不满 1 年就收费”（说法不同）；为了安全，请避免在加入当月解约。',
        ja: '2024年6月1日以降に加入した回線を加入当月に解約すると990円。翌月以降の解約は無料です。対象外：8日間キャンセル、加入当月に譲渡・承継した回線。「1年未満なら有料」とするブログもあります（情報に食い違いあり）。念のため加入した月の解約は避けてください。',
        en: 'Lines joined from 1 June 2024 and cancelled in the month of joining cost ¥990; from the next month on, cancelling is free. Exempt: 8-day cancellations and lines transferred or inherited in that month. One blog says any cancellation within a year is charged (sources disagree); to be safe, do not cancel in the month you joined.',
      },
      source: [
        'https://masamobile.co.jp/linemo/?p=42',
        'https://kotomobile.jp/one-monthcancell',
        'https://hachi8hachi.com/archives/6250',
        scanLinemo,
      ],
      against: ['https://l-kyojin01.jp/?p=10172'],
      checked: '2026-12-07',
    },
    {
      id: 'linemo-within-softbank',
      phase: 'prepare',
      when: { goals: ['mnp'] },
      title: {
        'zh-CN': '转到 SoftBank 或 Y!mobile 时',
        ja: 'ソフトバンク・ワイモバイルへ移る場合',
        en: 'Moving to SoftBank or Y!mobile',
      },
      body: {
        'zh-CN': '不需要 MNP 预约号码，但通过话费支付的服务（キャリア決済）会被解除，需要重新设置。',
        ja: 'MNP予約番号は不要ですが、キャリア決済は解除されるので設定し直してください。',
        en: 'No MNP reservation number is needed, but carrier billing (キャリア決済) is released, so set your payments up again.',
      },
      source: ['https://smappy-if.com/articles/linemo/1047'],
      checked,
    },
    {
      id: 'linemo-cancel-online',
      phase: 'do',
      important: true,
      when: { goals: ['cancel', 'mnp'] },
      title: {
        'zh-CN': '在 LINEMO「My Menu」办理',
        ja: 'LINEMOの「My Menu」で手続きする',
        en: 'Use LINEMO’s “My Menu”',
      },
      body: {
        'zh-CN':
          '「解約のお手続きはこちら」→ 用 SoftBank ID 或 LINEMO 号码登录 →「利用規約に同意してログインする」→ 短信验证。之后选择解约，或选择「はい、利用します。(乗り換え)」转出号码。',
        ja: '「解約のお手続きはこちら」→ SoftBank IDかLINEMOの電話番号でログイン →「利用規約に同意してログインする」→ SMS認証。その後、解約か「はい、利用します。(乗り換え)」（MNP）を選びます。',
        en: '“解約のお手続きはこちら” (cancellation) → sign in with your SoftBank ID or LINEMO number → “利用規約に同意してログインする” (agree and sign in) → SMS code. Then choose cancellation, or “はい、利用します。(乗り換え)” to port the number.',
      },
      contacts: ['chat'],
      timing: [{ kind: 'before-end', days: 0 }],
      source: onlineOnlyReviewed,
      checked: reviewed,
    },
    simNotReturnedStep(
      'linemo-sim-return',
      { 'zh-CN': 'LINEMO', ja: 'LINEMO', en: 'LINEMO' },
      SIM_NOT_RETURNED_SOURCES,
    ),
  ],
  portal: {
    hosts: ['www.linemo.jp'],
    // No LINEMO page is known by URL; the menu labels alone find the way (the page counts as 'other').
    pages: [
      {
        // The page the cancellation starts from, as a 2025 guide shows it (fact-review-2026-12.md).
        kind: 'flow',
        phrases: ['MNP転出・解約をご検討中のお客様へ'],
        source: ['https://net-kaiyaku.com/linemo/'],
        checked,
      },
      completionPage(onlineOnly),
    ],
    paths: {
      cancel: { completes: 'linemo-cancel-online', steps: [entry, signIn] },
      mnp: {
        completes: 'linemo-cancel-online',
        // The same entry, read as the way to port out: a bare 解約 must not pass for it.
        steps: [
          { ...entry, intent: 'mnp-reservation' },
          signIn,
          {
            id: 'port',
            intent: 'mnp-reservation',
            label: {
              'zh-CN': '是，要使用（转网）',
              ja: 'はい、利用します。(乗り換え)',
              en: 'Yes, I will use it (switching)',
            },
            click: {
              'zh-CN': '选择携号转网（MNP），而不是解约：号码会保留。',
              ja: '解約ではなく乗り換え（MNP）を選びます。番号は残ります。',
              en: 'Chooses porting the number (MNP) rather than cancelling: the number is kept.',
            },
            source: onlineOnly,
            checked,
          },
        ],
      },
    },
  },
};
