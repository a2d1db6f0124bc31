/**
 * povo (KDDI's online-only brand, povo2.0). Research: ../shared/reference/carriers.md §3a, §3b, §3f, §0.
 * The notes source povo.jp only to "public code"; the domain and host below cite the guides that walk through
 * the official povo site instead (see the data report).
 */
import type { BrandInput } from '../schema';
import { CANCEL_LOSES_NUMBER, completionPage } from './portal-common';

const checked = '2026-11-22';
const kitilabel =
  'https://kitilabel.jp/2022/08/22/povo%E3%82%92%E8%A7%A3%E7%B4%84%E3%81%99%E3%82%8B%E6%96%B9%E6%B3%95%E3%81%A8%E6%B3%A8%E6%84%8F%E7%82%B9%E3%82%92%E5%88%86%E3%81%8B%E3%82%8A%E3%82%84%E3%81%99%E3%81%8F%E8%A7%A3%E8%AA%AC%EF%BC%81/';
const menuPath = [
  kitilabel,
  'https://my-best.com/articles/814',
  'https://inest-inc.co.jp/sumaho-sensei/povo-cancel-guide',
];
const noPhone = ['https://kaiyakukaijo.com/povo-cancellation-guide'];
const timing = ['https://getnine.co.jp/mobile/povo-cancellation'];
const reviewed = '2026-12-07';
/**
 * The 180-day rule as KDDI told k-tai Watch at povo2.0's launch (counted from the day after the last paid
 * topping expires; no suspension when pay-as-you-go calls and SMS exceed ¥660; cancelled 30 days after
 * suspension), with a blog summarising k-tai Watch and ITmedia and the guides the notes cite.
 */
const rule180 = [
  'https://k-tai.watch.impress.co.jp/docs/news/1353713.html',
  'http://shimajiro-mobiler.net/2021/09/28/post73621',
  'https://items.stars.ne.jp/525',
  'https://lifestyle.assist-all.co.jp/?p=49130',
  'https://kaiyaku.jp/povo-kaiyaku',
];

export const povo: BrandInput = {
  id: 'povo',
  company: 'kddi',
  parent: 'au',
  name: { 'zh-CN': 'povo（KDDI）', ja: 'povo（KDDI）', en: 'povo (KDDI)' },
  cards: ['physical', 'esim'],
  identity: {
    hostTokens: ['povo'],
    pageTerms: ['povo', 'povo2.0', 'povo1.0'],
  },
  domains: [{ domain: 'povo.jp', source: menuPath, checked }],
  hosts: [{ host: 'povo.jp', role: 'brand', login: true, source: menuPath, checked }],
  contacts: [
    {
      id: 'chat',
      purpose: 'enquiries',
      name: {
        'zh-CN': 'povo 在线聊天客服（应用内）',
        ja: 'povo チャットサポート（アプリ）',
        en: 'povo chat support (in the app)',
      },
      from: 'any',
      note: {
        'zh-CN': 'povo 没有电话客服，请使用应用或网站上的聊天。',
        ja: 'povoには電話窓口がありません。アプリかWebのチャットを使います。',
        en: 'povo has no phone line; use the chat in the app or on the web.',
      },
      source: noPhone,
      checked,
    },
  ],
  goals: {
    cancel: {
      available: true,
      source: [...menuPath, ...noPhone],
      checked,
      channels: {
        online: {
          available: 'yes',
          note: {
            'zh-CN': '只能在 povo 网站或应用办理。',
            ja: 'povoのWebサイトかアプリのみ',
            en: 'Only on the povo site or app.',
          },
          source: menuPath,
          checked,
        },
        phone: {
          available: 'no',
          note: {
            'zh-CN': 'povo 没有电话窗口。',
            ja: 'povoに電話窓口はありません。',
            en: 'povo has no phone channel.',
          },
          source: noPhone,
          checked,
        },
        shop: {
          available: 'no',
          note: { 'zh-CN': '不能在门店办理。', ja: '店頭では手続きできません。', en: 'Shops cannot do it.' },
          source: noPhone,
          checked,
        },
      },
    },
    mnp: {
      available: true,
      source: [kitilabel, 'https://www.oneplat.co.jp/article/?p=259'],
      checked,
      channels: {
        online: {
          available: 'yes',
          note: {
            'zh-CN': '在 povo 网站办理 MNP；povo 也支持 MNP 一站式。',
            ja: 'povoのWebサイトでMNP手続き。MNPワンストップにも対応しています。',
            en: 'Request MNP on the povo site; povo also supports MNP One-Stop.',
          },
          source: [kitilabel, 'https://www.oneplat.co.jp/article/?p=259'],
          checked,
        },
      },
    },
    keep: {
      available: false,
      note: {
        'zh-CN':
          'povo 没有单独的号码保管服务。想在 povo 保住号码，就要让线路保持有效：连续 180 天没有购买付费 topping，线路可能被停用并自动解约。',
        ja: 'povoに番号保管サービスはありません。povoで番号を残すには回線を生かしておく必要があり、有料トッピングの購入が180日間ないと利用停止のうえ自動解約になることがあります。',
        en: 'povo has no separate number-keeping service. To keep the number on povo, keep the line alive: with no paid topping for 180 days the line may be suspended and then cancelled automatically.',
      },
      source: rule180,
      checked,
      channels: {},
    },
  },
  steps: [
    {
      id: 'povo-180-days',
      phase: 'prepare',
      important: true,
      when: { goals: ['keep', 'cancel'] },
      title: {
        'zh-CN': '180 天规则：不买付费 topping 会被自动解约',
        ja: '180日ルール：有料トッピングがないと自動解約',
        en: 'The 180-day rule: no paid topping means automatic cancellation',
      },
      body: {
        'zh-CN':
          '从最后一个付费 topping 到期的次日（从未购买则从开通日）起 180 天内没有再买付费 topping，线路会被依次停用；停用后 30 天内仍不购买就会被解约，号码随之失去。这 180 天内按量计费的通话费和短信费合计超过 660 日元时不会停用。停用和解约前会发邮件和短信通知。想保住号码，请在期限内购买 topping，或先转出（MNP）。',
        ja: '最後に購入した有料トッピングの有効期限の翌日（購入がなければSIMの有効化日）から180日間、有料トッピングの購入がないと順次利用停止、その後30日以内に購入がないと契約解除となり、番号も失われます。期間内の従量通話料とSMS送信料の合計が660円を超えていれば停止の対象外です。停止と解除の前にはメールとSMSで通知があります。番号を残したいなら期限内にトッピングを買うか、先にMNPで転出してください。',
        en: 'If no paid topping is bought within 180 days from the day after the last paid topping expired (or from SIM activation if you never bought one), povo suspends the line; with still no purchase within 30 days of suspension, the contract is cancelled and the number is lost. Pay-as-you-go calls and SMS totalling over ¥660 in the period also prevent suspension. povo warns by e-mail and SMS before each. To keep the number, buy a topping in time or port it out (MNP) first.',
      },
      source: rule180,
      checked: reviewed,
    },
    {
      id: 'povo-timing',
      phase: 'prepare',
      when: { goals: ['cancel'] },
      title: {
        'zh-CN': '解约当天或次日生效，且无法撤销',
        ja: '解約は当日か翌日に成立し、取り消せません',
        en: 'Cancellation takes effect the same or next day and cannot be undone',
      },
      body: {
        'zh-CN':
          '20:00 至次日 9:30 之间提交的申请在 9:30 以后依次处理。生效后立即不能使用，也不能撤销；以后重新签约也拿不回原号码。',
        ja: '20:00〜翌9:30の申込みは9:30以降に順次処理されます。成立するとすぐに使えなくなり、取り消しはできません。再契約しても元の番号には戻りません。',
        en: 'Requests made between 20:00 and 9:30 are processed after 9:30. Service stops as soon as it takes effect and cannot be undone; signing up again gives a new number.',
      },
      timing: [{ kind: 'before-end', days: 0, cutoff: '20:00' }],
      source: timing,
      checked,
    },
    {
      id: 'povo-toppings',
      phase: 'prepare',
      when: { goals: ['cancel', 'mnp'] },
      title: {
        'zh-CN': '未用完的 topping 不退款',
        ja: '残ったトッピングは返金されません',
        en: 'Unused toppings are not refunded',
      },
      body: {
        'zh-CN': 'povo 解约不收手续费，但最后一个月不按日计算，剩余的 topping 也不退款。',
        ja: 'povoの解約手数料は0円ですが、最終月は日割りにならず、残ったトッピングも返金されません。',
        en: 'Cancelling povo costs nothing, but the last month is not pro-rated and unused toppings are not refunded.',
      },
      source: ['https://kaiyaku.jp/povo-kaiyaku', 'https://lifestyle.assist-all.co.jp/?p=49130'],
      checked,
    },
    {
      id: 'povo-cancel-online',
      phase: 'do',
      important: true,
      when: { goals: ['cancel'] },
      title: { 'zh-CN': '在 povo 网站解约', ja: 'povoのWebサイトで解約する', en: 'Cancel on the povo site' },
      body: {
        'zh-CN':
          'povo 网站「サポート」→「その他のお手続き」→「解約のお手続き」→「povo2.0を解約する場合」，然后用注册邮箱登录并按提示操作。povo1.0 有单独的页面。',
        ja: 'povoサイトの「サポート」→「その他のお手続き」→「解約のお手続き」→「povo2.0を解約する場合」と進み、登録メールアドレスでログインして画面の指示に従います。povo1.0は別ページです。',
        en: 'On the povo site: “サポート” (support) → “その他のお手続き” (other procedures) → “解約のお手続き” (cancellation) → “povo2.0を解約する場合” (cancel povo2.0), then sign in with your registered e-mail and follow the screens. povo1.0 has a separate page.',
      },
      contacts: ['chat'],
      timing: [{ kind: 'before-end', days: 0 }],
      source: menuPath,
      checked,
    },
  ],
  portal: {
    hosts: ['povo.jp'],
    pages: [
      { kind: 'procedures', urls: ['povo.jp/support/*'], source: menuPath, checked },
      completionPage(menuPath),
    ],
    paths: {
      cancel: {
        completes: 'povo-cancel-online',
        steps: [
          {
            id: 'support',
            intent: 'exact-only',
            label: { 'zh-CN': '支持', ja: 'サポート', en: 'Support' },
            click: {
              'zh-CN': '打开 povo 的支持页面。',
              ja: 'povoのサポートページが開きます。',
              en: 'Opens povo’s support pages.',
            },
            source: menuPath,
            checked,
          },
          {
            id: 'other-procedures',
            intent: 'procedures',
            label: { 'zh-CN': '其他手续', ja: 'その他のお手続き', en: 'Other procedures' },
            click: {
              'zh-CN': '列出其他手续，其中有解约。',
              ja: '解約を含むその他の手続きが表示されます。',
              en: 'Lists the other procedures, cancellation among them.',
            },
            source: menuPath,
            checked,
          },
          {
            id: 'cancel',
            intent: 'cancel-line',
            label: { 'zh-CN': '解约手续', ja: '解約のお手続き', en: 'Cancellation procedure' },
            click: {
              'zh-CN': '打开解约说明，povo2.0 和 povo1.0 分开。',
              ja: '解約の案内が開きます。povo2.0とpovo1.0で分かれています。',
              en: 'Opens the cancellation guide, with separate ways for povo2.0 and povo1.0.',
            },
            source: menuPath,
            checked,
          },
          {
            id: 'cancel-povo2',
            intent: 'cancel-line',
            label: {
              'zh-CN': '解约 povo2.0 时',
              ja: 'povo2.0を解約する場合',
              en: 'If you are cancelling povo2.0',
            },
            click: {
              'zh-CN': '进入用注册邮箱登录的解约手续。',
              ja: '登録メールアドレスでログインして解約する手続きに進みます。',
              en: 'Leads to the cancellation, signed in with your registered e-mail.',
            },
            warning: {
              'zh-CN': `${CANCEL_LOSES_NUMBER['zh-CN']}解约无法撤销；20:00–9:30 的申请在 9:30 以后处理。`,
              ja: `${CANCEL_LOSES_NUMBER.ja}解約は取り消せません。20:00〜9:30の申込みは9:30以降に処理されます。`,
              en: `${CANCEL_LOSES_NUMBER.en} It cannot be undone; requests between 20:00 and 9:30 are processed after 9:30.`,
            },
            source: [...menuPath, ...timing],
            checked,
          },
        ],
      },
    },
  },
};
