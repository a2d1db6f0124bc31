/**
 * ahamo (NTT docomo's online-only plan). Research: ../shared/reference/carriers.md §1a, §1e, §1f, §0 (deceased holder).
 */
import type { BrandInput, PortalPathInput } from '../schema';
import { DOCOMO_NUMBER_KEEPING_SOURCES } from './ntt-docomo';
import { completionPage } from './portal-common';

const checked = '2026-11-22';
const deathPage = 'https://ahamo.com/support/procedure/other/death/index.html';
const onlineOnly = [
  'https://inest-inc.co.jp/sumaho-sensei/ahamo-cancel-guide',
  'https://otegal.jp/net/ahamo-cancel',
  'https://www.kashi-mo.com/media/15316/',
  deathPage,
];

/** Cancelling and porting are one online procedure at ahamo (step `ahamo-cancel-online`). */
const onlinePath: PortalPathInput = {
  completes: 'ahamo-cancel-online',
  steps: [],
  notes: [
    {
      on: ['procedures'],
      text: {
        'zh-CN': 'ahamo 只能在网站或应用办理解约和转出，须用该线路的 d 账户登录；电话和门店都不能办理。',
        ja: 'ahamoの解約・転出はサイトかアプリのみで、回線のdアカウントでログインします。電話・ショップでは手続きできません。',
        en: 'ahamo cancels and ports out only on its site or app, signed in with the line’s d ACCOUNT; phone and shops cannot do it.',
      },
      source: onlineOnly,
      checked,
    },
    {
      on: ['procedures', 'flow'],
      text: {
        'zh-CN':
          '出现错误 44980 时：据称是登录的 d 账户不是该线路的，或在用移动数据；请连 Wi-Fi 后用线路的 d 账户重试。',
        ja: 'エラー44980が出たら：ログイン中のdアカウントが回線のものでないか、モバイルデータ通信が原因とされます。Wi-Fiにつないで回線のdアカウントでやり直してください。',
        en: 'Error 44980 reportedly means the signed-in d ACCOUNT is not the line’s, or you are on mobile data: switch to Wi-Fi and sign in with the line’s d ACCOUNT.',
      },
      source: ['https://my-best.com/articles/911'],
      checked,
    },
  ],
};

// The review's menu wordings (fact-review-2026-12.md): ahamo's cancellation and MNP paths on its site and app.
const cancelMenu = 'https://kuramoba.xlisting.co.jp/mnp/how-mnpout-fromahamo/';
const mnpMenu = ['https://ispr.net/sim/?p=9363', 'https://masamobile.co.jp/docomo/mnp-transfer'];

/** ahamo's path to cancel: 「解約・その他」, then 「お手続きする」. */
const cancelPath: PortalPathInput = {
  ...onlinePath,
  steps: [
    {
      id: 'cancel-other',
      intent: 'procedures',
      label: { 'zh-CN': '解约・其他', ja: '解約・その他', en: 'Cancellation / other' },
      click: {
        'zh-CN': '显示解约和其他手续。',
        ja: '解約などの手続きが表示されます。',
        en: 'Shows cancellation and the other procedures.',
      },
      source: [cancelMenu],
      checked,
    },
    {
      id: 'start',
      intent: 'exact-only',
      label: { 'zh-CN': '办理手续', ja: 'お手続きする', en: 'Start the procedure' },
      click: {
        'zh-CN': '开始解约手续：用线路的 d 账户登录。',
        ja: '解約の手続きが始まります。回線のdアカウントでログインします。',
        en: 'Starts the cancellation; you sign in with the line’s d ACCOUNT.',
      },
      source: [cancelMenu],
      checked,
    },
  ],
};

/** ahamo's path to an MNP reservation number: 「アカウント」, 「その他の手続き」, 「MNP予約番号の取得」. */
const mnpPath: PortalPathInput = {
  ...onlinePath,
  steps: [
    {
      id: 'account',
      intent: 'exact-only',
      label: { 'zh-CN': '账户', ja: 'アカウント', en: 'Account' },
      click: {
        'zh-CN': '打开账户页面，其中有其他手续。',
        ja: 'アカウントのページが開きます。その他の手続きはここから。',
        en: 'Opens your account page, where the other procedures are.',
      },
      source: mnpMenu,
      checked,
    },
    {
      id: 'other-procedures',
      intent: 'procedures',
      label: { 'zh-CN': '其他手续', ja: 'その他の手続き', en: 'Other procedures' },
      click: {
        'zh-CN': '列出其他手续，其中有 MNP 预约号码。',
        ja: 'MNP予約番号の取得を含むその他の手続きが表示されます。',
        en: 'Lists the other procedures, the MNP reservation number among them.',
      },
      source: mnpMenu,
      checked,
    },
    {
      id: 'mnp-number',
      intent: 'mnp-reservation',
      label: { 'zh-CN': '获取 MNP 预约号码', ja: 'MNP予約番号の取得', en: 'Get an MNP reservation number' },
      click: {
        'zh-CN':
          '转到 My docomo 的 MNP 手续：确认后依次进入「同意した上でMNPのお手続きへ進む」和「MNP予約番号発行のお手続きに進む」。',
        ja: 'My docomoのMNP手続きに移ります。確認のうえ「同意した上でMNPのお手続きへ進む」「MNP予約番号発行のお手続きに進む」と進みます。',
        en: 'Moves to My docomo’s MNP procedure: confirm, then 「同意した上でMNPのお手続きへ進む」 and 「MNP予約番号発行のお手続きに進む」.',
      },
      source: mnpMenu,
      checked,
    },
  ],
};

export const ahamo: BrandInput = {
  id: 'ahamo',
  company: 'ntt-docomo',
  parent: 'docomo',
  name: { 'zh-CN': 'ahamo（docomo）', ja: 'ahamo（ドコモ）', en: 'ahamo (docomo)' },
  cards: ['physical', 'esim'],
  identity: {
    hostTokens: ['ahamo'],
    pageTerms: ['ahamo', 'アハモ', 'dアカウント', 'dポイント'],
  },
  domains: [{ domain: 'ahamo.com', source: [deathPage], checked }],
  hosts: [
    { host: 'ahamo.com', role: 'brand', login: false, source: [deathPage], checked },
    {
      host: 'id.smt.docomo.ne.jp',
      role: 'login',
      login: true,
      source: [
        'https://ssw.web.docomo.ne.jp/chikaku/faq/contract',
        'https://inest-inc.co.jp/sumaho-sensei/ahamo-cancel-guide',
      ],
      checked,
    },
  ],
  contacts: [
    {
      id: 'death-post',
      purpose: 'enquiries',
      name: {
        'zh-CN': 'ahamo：签约人去世时的邮寄手续',
        ja: 'ahamo：契約者が亡くなった場合の郵送手続き',
        en: 'ahamo: procedure by post after the holder’s death',
      },
      from: 'any',
      url: deathPage,
      note: {
        'zh-CN': 'ahamo 不受理电话或门店解约；签约人去世时使用此页面的邮寄申请表。',
        ja: 'ahamoは電話・ショップでの解約を受け付けていません。契約者死亡の場合はこのページの郵送申込書を使います。',
        en: 'ahamo takes no cancellations by phone or in shops; after a death, use the postal form on this page.',
      },
      source: [deathPage],
      checked,
    },
  ],
  goals: {
    cancel: {
      available: true,
      source: onlineOnly,
      checked,
      channels: {
        online: {
          available: 'yes',
          note: {
            'zh-CN': 'ahamo 网站或应用，用 d 账户登录。',
            ja: 'ahamoサイトかアプリ（dアカウントでログイン）',
            en: 'The ahamo site or app, signed in with your d ACCOUNT.',
          },
          source: onlineOnly,
          checked,
        },
        phone: {
          available: 'no',
          note: {
            'zh-CN': '不受理电话解约。',
            ja: '電話での解約は受け付けていません。',
            en: 'Cancellation by phone is not accepted.',
          },
          source: onlineOnly,
          checked,
        },
        shop: {
          available: 'no',
          note: {
            'zh-CN':
              'docomo 门店不代办解约；付费的「ahamo Webお申込みサポート」（3,300 日元）只是陪你在手机上自己操作。',
            ja: 'ドコモショップでは解約できません。有料の「ahamo Webお申込みサポート」（3,300円）は本人が端末を操作するのを手伝うものです。',
            en: 'docomo shops do not cancel ahamo lines; the paid “ahamo Webお申込みサポート” (¥3,300) only helps you do it yourself on your phone.',
          },
          source: onlineOnly,
          checked,
        },
        post: {
          available: 'limited',
          note: {
            'zh-CN': '仅限签约人去世等特殊情况。',
            ja: '契約者死亡など特別な場合のみ',
            en: 'Only in special cases such as the holder’s death.',
          },
          url: deathPage,
          source: [deathPage],
          checked,
        },
      },
    },
    mnp: {
      available: true,
      source: [...onlineOnly, 'https://www.oneplat.co.jp/article/?p=259'],
      checked,
      channels: {
        online: {
          available: 'yes',
          note: {
            'zh-CN': 'ahamo 网站或应用；ahamo 支持 MNP 一站式。',
            ja: 'ahamoサイトかアプリ。MNPワンストップに対応しています。',
            en: 'The ahamo site or app; ahamo supports MNP One-Stop.',
          },
          source: [...onlineOnly, 'https://www.oneplat.co.jp/article/?p=259'],
          checked,
        },
      },
    },
    keep: {
      available: false,
      note: {
        'zh-CN':
          'docomo 的「电话号码保管」不适用于 ahamo。若想保住号码，请改为携号转网（MNP）到你会继续使用的套餐。',
        ja: 'ドコモの「電話番号保管」はahamoでは使えません。番号を残したい場合は、使い続けるプランへMNPで移してください。',
        en: 'docomo’s number keeping (電話番号保管) is not offered for ahamo. To keep the number, move it (MNP) to a plan you will keep.',
      },
      source: DOCOMO_NUMBER_KEEPING_SOURCES,
      checked,
      channels: {},
    },
  },
  steps: [
    {
      id: 'ahamo-fees',
      phase: 'prepare',
      when: { goals: ['cancel', 'mnp'] },
      title: {
        'zh-CN': '确认是否会收取 1,100 日元短期解约费',
        ja: '短期解約の手数料1,100円がかかるか確認',
        en: 'Check whether the ¥1,100 short-term fee applies',
      },
      body: {
        'zh-CN': 'ahamo 适用 docomo 2025 年的短期解约规则（1,100 日元）。最后一个月不按日计算。',
        ja: 'ahamoにもドコモの2025年の短期解約ルール（1,100円）が適用されます。最終月は日割りになりません。',
        en: 'ahamo follows docomo’s 2025 short-term rule (¥1,100). The last month is not pro-rated.',
      },
      source: ['https://lifestyle.assist-all.co.jp/?p=37649'],
      checked,
    },
    {
      id: 'points-ahamo',
      replaces: 'points',
      phase: 'prepare',
      when: { goals: ['cancel', 'mnp'] },
      title: {
        'zh-CN': '保留 d 账户才能保住 d 积分',
        ja: 'dポイントはdアカウントを残せば引き継げます',
        en: 'Keep your d ACCOUNT to keep your d POINTs',
      },
      body: {
        'zh-CN':
          '只有解约后继续保留 d 账户/d 积分俱乐部会员，积分才不会失效。继承线路（承継）时 d 积分不会转移。',
        ja: '解約後もdアカウント・dポイントクラブ会員を続ければポイントは失効しません。承継ではdポイントは引き継がれません。',
        en: 'Points survive only while you keep the d ACCOUNT and d POINT CLUB membership after cancelling. d POINTs are not passed on when a line is inherited (承継).',
      },
      source: ['https://digitalnavi.net/smartphonesim/rakutenmobile/7128', deathPage],
      checked,
    },
    {
      id: 'ahamo-cancel-online',
      phase: 'do',
      important: true,
      when: { goals: ['cancel', 'mnp'] },
      title: {
        'zh-CN': '在 ahamo 网站或应用办理',
        ja: 'ahamoサイトかアプリで手続きする',
        en: 'Use the ahamo site or app',
      },
      body: {
        'zh-CN':
          '用该线路的 d 账户登录 ahamo 网站或应用办理解约或转出。电话和门店都不能办理；如果需要帮助，docomo 门店有付费（3,300 日元）陪同操作服务。',
        ja: '回線のdアカウントでahamoサイトかアプリにログインして解約・転出します。電話・ショップでは手続きできません。手助けが必要ならドコモショップの有料サポート（3,300円）があります。',
        en: 'Sign in to the ahamo site or app with the line’s d ACCOUNT and cancel or port there. Phone and shops cannot do it; docomo shops offer paid help (¥3,300) while you operate the phone yourself.',
      },
      timing: [{ kind: 'before-end', days: 0 }],
      source: onlineOnly,
      checked,
    },
    {
      id: 'ahamo-error-44980',
      phase: 'do',
      when: { goals: ['cancel', 'mnp'] },
      title: {
        'zh-CN': '出现错误代码 44980 时',
        ja: 'エラーコード44980が出たら',
        en: 'If you see error code 44980',
      },
      body: {
        'zh-CN':
          '据称登录的 d 账户不是该线路的账户，或使用移动数据而非 Wi-Fi 时会出现。请换成线路的 d 账户，连接 Wi-Fi 后重试。',
        ja: 'ログインしたdアカウントが回線のものでない場合や、Wi-Fiでなくモバイルデータ通信を使っている場合に出るとされます。回線のdアカウントで、Wi-Fi接続にしてやり直してください。',
        en: 'Reportedly shown when the signed-in d ACCOUNT is not the line’s account, or when using mobile data instead of Wi-Fi. Sign in with the line’s d ACCOUNT on Wi-Fi and try again.',
      },
      source: ['https://my-best.com/articles/911'],
      checked,
    },
    {
      id: 'ahamo-deceased',
      phase: 'do',
      when: { goals: ['cancel'] },
      title: {
        'zh-CN': '签约人去世：邮寄办理',
        ja: '契約者が亡くなった場合：郵送で手続き',
        en: 'If the holder has died: apply by post',
      },
      body: {
        'zh-CN': '按 ahamo 页面说明邮寄申请表，并附死亡证明（如户籍誊本或死亡申报书复印件）。不收手续费。',
        ja: 'ahamoのページの郵送申込書に、死亡を確認できる書類（戸籍謄本・死亡届の写しなど）を添えて送ります。手数料はかかりません。',
        en: 'Send the postal form from the ahamo page with proof of death (a 戸籍謄本 family register or a copy of the death notification is safest). There is no fee.',
      },
      links: [
        {
          url: deathPage,
          label: {
            'zh-CN': 'ahamo：签约人去世时的手续',
            ja: 'ahamo：契約者が亡くなった場合の手続き',
            en: 'ahamo: after the holder’s death',
          },
        },
      ],
      contacts: ['death-post'],
      source: [
        deathPage,
        'https://news.infoseek.co.jp/article/asciijp_4198523',
        'https://internet.watch.impress.co.jp/docs/column/tengoku/2007967.html',
      ],
      checked,
    },
  ],
  portal: {
    hosts: ['ahamo.com'],
    pages: [
      // The official procedure pages live under /support/procedure/ (the death-procedure page above).
      {
        kind: 'procedures',
        urls: ['ahamo.com/support/procedure/*'],
        source: [deathPage],
        checked,
      },
      completionPage(onlineOnly),
    ],
    // The sources name no menu label for ahamo, so there is nothing to point at; the notes say what to do.
    paths: { cancel: cancelPath, mnp: mnpPath },
  },
};
