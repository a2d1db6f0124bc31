/**
 * Y!mobile (SoftBank Corp.). Research: ../shared/reference/carriers.md §2a, §2b, §2d, §2e, §0.
 */
import type { BrandInput } from '../schema';
import { completionPage } from './portal-common';
import { simNotReturnedStep } from './shared-steps';
import {
  SIM_NOT_RETURNED_SOURCES,
  SOFTBANK_KEEPING_UNVERIFIED,
  softbankCorpCarrierMail,
} from './softbank-corp';

const checked = '2026-11-22';
/** The phone numbers searched again for an official or news source (issue 18, second pass). */
const phonesChecked = '2026-12-08';
const cancelSite = 'https://ymobile.jp/support/process/cancellation/agreement/?wovn=en';
const cancelUrl = 'https://ymobile.jp/support/process/cancellation/agreement/';
/** The only source of the Y!mobile numbers (no Y!mobile or news page we read states them, 2026-12-08). */
const numbersBlog = 'https://xn--sim-pd0fo47c37eo05e.com/%e6%9c%aa%e5%88%86%e9%a1%9e/ymobile-cancell';
const otherChannels = [
  'https://donnatokimo-wifi.jp/media/ymobile-cancellation/',
  // 2020: shop, or the customer centre by phone with a mailed cancellation form.
  { url: 'https://sma-2.jp/mag/ymobile-cancellation/', date: '2020-08-31' },
];
const pitfalls = ['https://mobaone.alpha-grp.co.jp/7742/'];
const hours = { 'zh-CN': '9:00–20:00', ja: '9:00〜20:00', en: '9:00–20:00' };
const automatedNote = {
  'zh-CN': '自动语音；MNP 按 #27（来自一篇较早的博客）。',
  ja: '自動音声。MNPは#27（古いブログによる情報）。',
  en: 'Automated line; MNP is #27 (from one older blog).',
};

export const ymobile: BrandInput = {
  id: 'ymobile',
  company: 'softbank-corp',
  parent: 'softbank',
  name: { 'zh-CN': 'Y!mobile（SoftBank）', ja: 'ワイモバイル（Y!mobile）', en: 'Y!mobile (SoftBank)' },
  cards: ['physical', 'esim', 'corporate'],
  identity: {
    hostTokens: ['ymobile', 'myymobile'],
    pageTerms: ['ワイモバイル', 'Y!mobile', 'My Y!mobile'],
  },
  domains: [{ domain: 'ymobile.jp', source: [cancelSite], checked }],
  hosts: [
    { host: 'ymobile.jp', role: 'support', login: false, source: [cancelSite], checked },
    {
      host: 'www.ymobile.jp',
      role: 'brand',
      login: false,
      source: [cancelSite],
      checked,
    },
  ],
  contacts: [
    {
      id: 'info-own',
      purpose: 'enquiries',
      name: {
        'zh-CN': 'Y!mobile 客服（Y!mobile 手机拨打）',
        ja: 'ワイモバイル カスタマーセンター（ワイモバイルの携帯から）',
        en: 'Y!mobile customer center (from a Y!mobile phone)',
      },
      from: 'own',
      reportedPhone: { kind: 'short-code', display: '151' },
      url: cancelUrl,
      hours,
      source: [numbersBlog],
      checked: phonesChecked,
    },
    {
      id: 'info-other',
      purpose: 'enquiries',
      name: {
        'zh-CN': 'Y!mobile 客服（其他电话拨打，收费）',
        ja: 'ワイモバイル カスタマーセンター（他の電話から・有料）',
        en: 'Y!mobile customer center (from other phones, charged)',
      },
      from: 'other',
      reportedPhone: { kind: 'number', e164: '+81570039151', display: '0570-039-151' },
      url: cancelUrl,
      hours,
      source: [numbersBlog],
      checked: phonesChecked,
    },
    {
      id: 'auto-own',
      purpose: 'mnp',
      name: {
        'zh-CN': 'Y!mobile 自动语音（Y!mobile 手机拨打）',
        ja: 'ワイモバイル 自動音声（ワイモバイルの携帯から）',
        en: 'Y!mobile automated line (from a Y!mobile phone)',
      },
      from: 'own',
      reportedPhone: { kind: 'short-code', display: '116' },
      url: cancelUrl,
      note: automatedNote,
      source: [numbersBlog],
      checked: phonesChecked,
    },
    {
      id: 'auto-other',
      purpose: 'mnp',
      name: {
        'zh-CN': 'Y!mobile 自动语音（其他电话拨打）',
        ja: 'ワイモバイル 自動音声（他の電話から）',
        en: 'Y!mobile automated line (from other phones)',
      },
      from: 'other',
      reportedPhone: { kind: 'number', e164: '+81120921156', display: '0120-921-156' },
      url: cancelUrl,
      note: automatedNote,
      source: [numbersBlog],
      checked: phonesChecked,
    },
  ],
  goals: {
    cancel: {
      available: true,
      source: [cancelSite, ...otherChannels],
      checked,
      channels: {
        online: {
          available: 'yes',
          note: {
            'zh-CN': '专用解约网站，24 小时受理（20:00 以后的申请次日处理），用电话号码和密码登录。',
            ja: '専用の解約サイト（24時間受付、20時以降は翌日処理）。電話番号とパスワードでログインします。',
            en: 'The dedicated cancellation site, open 24 hours (requests after 20:00 are processed the next day); sign in with your phone number and password.',
          },
          url: cancelUrl,
          source: [cancelSite],
          checked,
        },
        phone: {
          available: 'yes',
          note: { 'zh-CN': '可以电话办理。', ja: '電話でも手続きできます。', en: 'Can be done by phone.' },
          source: otherChannels,
          checked,
        },
        shop: {
          available: 'yes',
          note: {
            'zh-CN': 'Y!mobile 门店（部分法人合同不能在门店办理）。',
            ja: 'ワイモバイルショップ（一部の法人契約は店頭不可）',
            en: 'Y!mobile shop (some corporate contracts cannot be handled there).',
          },
          source: [...otherChannels, ...pitfalls],
          checked,
        },
      },
    },
    mnp: {
      available: true,
      source: [cancelSite, 'https://www.oneplat.co.jp/article/?p=259'],
      checked,
      channels: {
        online: {
          available: 'yes',
          note: {
            'zh-CN': 'Y!mobile 支持 MNP 一站式：在新运营商网站申请时跳转到 Y!mobile 确认。',
            ja: 'ワイモバイルはMNPワンストップに対応：乗り換え先の申込み中にワイモバイルのページで確認します。',
            en: 'Y!mobile supports MNP One-Stop: the new carrier’s site sends you to Y!mobile to confirm.',
          },
          source: ['https://www.oneplat.co.jp/article/?p=259'],
          checked,
        },
        phone: {
          available: 'yes',
          note: {
            'zh-CN':
              '据一篇较早的博客，可通过自动语音电话按 #27 申请；它给出的号码未经官方确认（见联系方式）。',
            ja: '古いブログによると自動音声の電話で#27から申し込めます。その番号は公式には未確認です（連絡先欄を参照）。',
            en: 'One older blog says an automated phone line takes it (option #27); the numbers it gives are not officially confirmed (see contacts).',
          },
          source: [numbersBlog],
          checked: phonesChecked,
        },
      },
    },
    keep: {
      available: false,
      note: {
        'zh-CN':
          '我们的资料中没有 Y!mobile 的号码保管服务（SoftBank 的保管服务现状也未证实）。请在 Y!mobile 门店询问，或把号码转到你会继续使用的套餐。',
        ja: '手元の資料にはワイモバイルの番号保管サービスがありません（ソフトバンクの保管サービスも現状未確認）。ワイモバイルショップで確認するか、使い続けるプランへMNPで移してください。',
        en: 'Our sources show no number-keeping service for Y!mobile (even SoftBank’s is unverified). Ask at a Y!mobile shop, or move the number to a plan you will keep.',
      },
      source: SOFTBANK_KEEPING_UNVERIFIED,
      checked,
      channels: {},
    },
  },
  steps: [
    {
      id: 'ymobile-mnp-not-cancel',
      phase: 'prepare',
      important: true,
      when: { goals: ['mnp'] },
      title: {
        'zh-CN': '携号转网时不要提交解约',
        ja: 'MNPで乗り換えるなら解約を申し込まない',
        en: 'Porting out? Do not file a cancellation',
      },
      body: {
        'zh-CN': 'Y!mobile 的解约网站明确提示：转出号码的人只办理 MNP，不要另外申请解约，否则号码会失去。',
        ja: 'ワイモバイルの解約サイトは、MNPで転出する人は解約を申し込まず転出手続きだけを行うよう案内しています。解約すると番号が失われます。',
        en: 'Y!mobile’s cancellation site tells people moving their number to do the port only and not to file a cancellation, which would lose the number.',
      },
      source: [cancelSite],
      checked,
    },
    {
      id: 'ymobile-sim-unlock',
      phase: 'prepare',
      when: { goals: ['cancel', 'mnp'], cards: ['physical', 'esim'] },
      title: {
        'zh-CN': '解约前先解除 SIM 锁',
        ja: '解約前にSIMロック解除を',
        en: 'Unlock the phone before the line ends',
      },
      body: {
        'zh-CN': '解约后再解除 SIM 锁需要到门店付费办理。最后一个月不按日计算。',
        ja: '解約後のSIMロック解除はショップで有料になります。最終月は日割りになりません。',
        en: 'After cancellation, SIM unlocking has to be done in a shop for a fee. The last month is not pro-rated.',
      },
      timing: [{ kind: 'before-end', days: 0 }],
      source: pitfalls,
      checked,
    },
    softbankCorpCarrierMail('carrier-mail-ymobile', ['@ymobile.ne.jp']),
    {
      id: 'ymobile-corporate',
      phase: 'prepare',
      when: { cards: ['corporate'] },
      title: {
        'zh-CN': '部分法人合同不能在门店办理',
        ja: '一部の法人契約はショップで手続きできません',
        en: 'Some corporate contracts cannot be handled in shops',
      },
      body: {
        'zh-CN': '法人名义的 Y!mobile 线路可能无法在门店办理，请让公司管理员确认办理窗口。',
        ja: '法人名義のワイモバイル回線はショップで扱えない場合があります。会社の管理者に窓口を確認してもらってください。',
        en: 'A Y!mobile line in a company’s name may not be handled in shops; ask your company’s administrator which channel to use.',
      },
      source: pitfalls,
      checked,
    },
    {
      id: 'ymobile-cancel-online',
      phase: 'do',
      important: true,
      when: { goals: ['cancel'], cards: ['physical', 'esim'] },
      title: {
        'zh-CN': '在 Y!mobile 解约网站办理',
        ja: 'ワイモバイルの解約サイトで手続きする',
        en: 'Cancel on Y!mobile’s cancellation site',
      },
      body: {
        'zh-CN':
          '打开解约网站，同意注意事项后用电话号码和密码登录。24 小时受理，20:00 以后的申请次日处理，所以月底最后一天请在 20:00 前完成。也可以打电话或去门店。',
        ja: '解約サイトで注意事項に同意し、電話番号とパスワードでログインします。24時間受付ですが20時以降は翌日処理なので、月末最終日は20時までに。電話・ショップでも手続きできます。',
        en: 'Open the cancellation site, accept the terms and sign in with your phone number and password. It is open 24 hours but requests after 20:00 are processed the next day, so on the last day of the month finish before 20:00. Phone and shops also work.',
      },
      links: [
        {
          url: cancelUrl,
          label: {
            'zh-CN': 'Y!mobile 解约网站',
            ja: 'ワイモバイル 解約お手続き',
            en: 'Y!mobile cancellation site',
          },
        },
      ],
      contacts: ['info-own', 'info-other'],
      timing: [{ kind: 'before-end', days: 0, cutoff: '20:00' }],
      source: [cancelSite, ...otherChannels],
      checked,
    },
    simNotReturnedStep(
      'ymobile-sim-return',
      { 'zh-CN': 'Y!mobile', ja: 'ワイモバイル', en: 'Y!mobile' },
      SIM_NOT_RETURNED_SOURCES,
    ),
  ],
  portal: {
    hosts: ['ymobile.jp', 'www.ymobile.jp'],
    pages: [
      {
        kind: 'flow',
        urls: ['ymobile.jp/support/process/cancellation/*', 'www.ymobile.jp/support/process/cancellation/*'],
        source: [cancelSite],
        checked,
      },
      completionPage([cancelSite]),
    ],
    // The cancellation site is the start; the sources name no button on it, so the notes explain it.
    paths: {
      cancel: {
        completes: 'ymobile-cancel-online',
        steps: [],
        notes: [
          {
            on: ['flow'],
            text: {
              'zh-CN':
                '这是 Y!mobile 的解约网站：同意注意事项后用电话号码和密码登录。24 小时受理，20:00 以后的申请次日处理。',
              ja: 'ワイモバイルの解約サイトです。注意事項に同意し、電話番号とパスワードでログインします。24時間受付、20時以降は翌日処理です。',
              en: 'This is Y!mobile’s cancellation site: accept the terms, then sign in with your phone number and password. Open 24 hours; requests after 20:00 are processed the next day.',
            },
            source: [cancelSite],
            checked,
          },
        ],
      },
      mnp: {
        steps: [],
        notes: [
          {
            on: ['flow'],
            text: {
              'zh-CN': '要携号转网？不要在这里申请解约：网站说明转出的人只办 MNP。解约会失去号码。',
              ja: 'MNPで乗り換えるなら、ここで解約を申し込まないでください。サイトも転出だけを行うよう案内しています。解約すると番号が失われます。',
              en: 'Moving your number? Do not file a cancellation here: the site itself says to port only. Cancelling loses the number.',
            },
            source: [cancelSite],
            checked,
          },
        ],
      },
    },
  },
};
