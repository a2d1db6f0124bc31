/**
 * SoftBank. Research: ../shared/reference/carriers.md §2 (2a hosts, 2b numbers, 2c–2d procedures and fees),
 * §0 (carrier mail), §6a/§6d (scam cues), §8 open questions 1, 2, 5, 7, 8.
 */
import type { BrandInput, Link } from '../schema';
import { CANCEL_LOSES_NUMBER, completionPage } from './portal-common';
import { SIGN_IN_URL_LIST } from './shared-sources';
import { softbankCorpCarrierMail } from './softbank-corp';

const checked = '2026-11-22';
/** Facts re-read against their sources for issue 18. */
const reviewed = '2026-12-08';
const contactList = 'https://www.softbank.jp/mobile/support/contact/list/';
const phishingNotice = 'https://www.softbank.jp/mobile/info/personal/news/support/20221129a/';
const billingEn = 'https://www.softbank.jp/en/mobile/support/billing-statement/';
const cancelatlas = 'https://www.cancelatlas.com/c/softbank-jp';
const adguard = 'https://github.com/AdguardTeam/HttpsExclusions/blob/master/exclusions/sensitive.txt';
const cancelPage = 'https://www.softbank.jp/mobile/support/cancellation/';
/** Recent guides describe online cancellation in My SoftBank; SoftBank's own (undated) contact list says shops. */
const onlineConflict = [
  cancelatlas,
  'https://hikkoshizamurai.jp/soldi/articles/softbank_cancel/',
  'https://mobareco.jp/?p=112869',
];
const mnpLine = ['https://frima.hatenablog.com/entry/softbank-mnp', 'https://sim-mvno.xyz/softbank_mnp'];
const shopNeeds = ['https://net-kaiyaku.com/softbank-cancel/', 'https://xn--nfv31nctot9l.xyz/softbank'];
/** Old blogs on 「電話番号・メールアドレスお預かりサービス」; the 2026 guide names a different 「一時中断」. */
const oldSuspension = ['https://xn--nfv31nctot9l.xyz/softbank', 'https://hitoritabi.net/suspend-mobile'];
const suspension = [...oldSuspension, cancelatlas];
// My SoftBank menu labels: one low-quality blog, unverified (notes §2c).
const menuLabels = ['https://purple-corrala.info/igpcucgpnc-04'];
const hours = { 'zh-CN': '9:00–20:00', ja: '9:00〜20:00', en: '9:00–20:00' };
/** The official page on both porting and cancelling, linked from both steps. */
const cancelPageLink: Link = {
  url: cancelPage,
  label: {
    'zh-CN': 'SoftBank 转出与解约说明',
    ja: 'のりかえ(MNP/番号移行)・解約について',
    en: 'SoftBank porting and cancellation page',
  },
};

export const softbank: BrandInput = {
  id: 'softbank',
  company: 'softbank-corp',
  name: { 'zh-CN': 'SoftBank（软银）', ja: 'ソフトバンク', en: 'SoftBank' },
  cards: ['physical', 'esim', 'corporate'],
  identity: {
    hostTokens: ['softbank', 'mysoftbank', 'sbm', 'softbankbb'],
    pageTerms: [
      'ソフトバンク',
      'SoftBank',
      'My SoftBank',
      'SoftBank ID',
      'ソフトバンクまとめて支払い',
      'スマートセキュリティ',
    ],
  },
  neverDoes: [
    {
      text: {
        'zh-CN':
          'SoftBank 提醒：可疑短信不要点开链接，直接删除。唯一的官方安全应用是 Google Play 上的「スマートセキュリティ powered by McAfee®」，不要安装短信里让你下载的应用（APK）。',
        ja: 'ソフトバンクは、不審なSMSはリンクを開かずに削除するよう案内しています。公式のセキュリティアプリはGoogle Playの「スマートセキュリティ powered by McAfee®」だけで、SMSから誘導されるアプリ（APK）は入れないでください。',
        en: 'SoftBank says: delete suspicious texts without tapping the link. Its only official security app is “スマートセキュリティ powered by McAfee®” from Google Play; never install an app (APK) a text sends you to.',
      },
      source: [phishingNotice],
      checked,
    },
  ],
  domains: [
    { domain: 'softbank.jp', source: [contactList, phishingNotice], checked },
    { domain: 'softbankbb.co.jp', source: [adguard], checked },
  ],
  hosts: [
    {
      host: 'www.softbank.jp',
      role: 'brand',
      login: false,
      source: [contactList, phishingNotice],
      checked,
    },
    { host: 'my.softbank.jp', role: 'portal', login: true, source: [adguard], checked },
    {
      host: 'id.my.softbank.jp',
      role: 'login',
      login: true,
      source: [SIGN_IN_URL_LIST],
      checked,
      signInPaths: [
        {
          mark: 'sbid_auth',
          url: 'https://id.my.softbank.jp/sbid_auth/type1/2.0/authorization.php',
          source: [SIGN_IN_URL_LIST],
          checked,
        },
      ],
    },
    {
      host: 'bbss.softbankbb.co.jp',
      role: 'login',
      login: true,
      source: [adguard],
      checked,
    },
    {
      host: 'mb.softbank.jp',
      role: 'legacy',
      login: false,
      source: ['http://mb.softbank.jp/en/prepaid_service/recharge/credit_card.html'],
      checked,
    },
  ],
  contacts: [
    {
      id: 'info-own',
      purpose: 'enquiries',
      name: {
        'zh-CN': 'SoftBank 客服中心（SoftBank 手机拨打）',
        ja: 'ソフトバンク総合案内（ソフトバンクの携帯電話から）',
        en: 'SoftBank customer center (from a SoftBank phone)',
      },
      from: 'own',
      phone: { kind: 'short-code', display: '157' },
      note: {
        'zh-CN': '按 8 转英语服务。',
        ja: '英語サポートは8を押します。',
        en: 'Press 8 for English support.',
      },
      source: [billingEn],
      checked,
    },
    {
      id: 'mnp-own',
      purpose: 'mnp',
      name: {
        'zh-CN': 'MNP 受理（SoftBank 手机拨打）',
        ja: 'MNP受付（ソフトバンクの携帯電話から）',
        en: 'MNP line (from a SoftBank phone)',
      },
      from: 'own',
      // Only blogs give the number; SoftBank's list of procedures says MNP is by phone but shows no number.
      reportedPhone: { kind: 'short-code', display: '*5533' },
      url: contactList,
      hours,
      source: mnpLine,
      checked: reviewed,
    },
    {
      id: 'mnp-other',
      purpose: 'mnp',
      name: {
        'zh-CN': 'MNP 受理（其他电话拨打）',
        ja: 'MNP受付（一般電話などから）',
        en: 'MNP line (from other phones)',
      },
      from: 'other',
      reportedPhone: { kind: 'number', e164: '+818001005533', display: '0800-100-5533' },
      url: contactList,
      hours,
      source: mnpLine,
      checked: reviewed,
    },
  ],
  goals: {
    cancel: {
      available: true,
      source: onlineConflict,
      checked,
      channels: {
        online: {
          available: 'yes',
          note: {
            'zh-CN':
              'My SoftBank（据称 9:00–20:00，之后的申请次日 9:00 起处理）。来源不一致：较早的官方手续一览写着只能在门店解约。',
            ja: 'My SoftBank（9:00〜20:00、時間外は翌日9:00以降の処理とされます）。情報に食い違いあり：以前の公式「お手続き一覧」では解約はショップのみでした。',
            en: 'My SoftBank (reportedly 9:00–20:00; later requests are processed from 9:00 the next day). Sources disagree: an older official list says cancellation is shop-only.',
          },
          url: cancelPage,
          source: onlineConflict,
          against: [contactList],
          checked,
        },
        phone: {
          available: 'no',
          note: {
            'zh-CN': '不能只通过电话解约；电话用于咨询和 MNP。',
            ja: '電話だけでの解約はできません。電話は問い合わせとMNP用です。',
            en: 'Cancellation by phone alone is not accepted; phone lines are for questions and MNP.',
          },
          source: [cancelatlas, 'https://hikkoshizamurai.jp/soldi/articles/softbank_cancel/'],
          checked,
        },
        shop: {
          available: 'yes',
          note: {
            'zh-CN': 'SoftBank 门店，带身份证件、手机和 USIM 卡。',
            ja: 'ソフトバンクショップ（本人確認書類・端末・USIMカード）',
            en: 'SoftBank shop, with photo ID, the phone and the USIM card.',
          },
          source: [contactList, ...shopNeeds],
          checked,
        },
      },
    },
    mnp: {
      available: true,
      source: [contactList, ...mnpLine],
      checked,
      channels: {
        online: {
          available: 'yes',
          note: {
            'zh-CN': 'My SoftBank。来源不一致：较早的官方一览只列出门店和电话。',
            ja: 'My SoftBank。情報に食い違いあり：以前の公式一覧ではショップと電話のみでした。',
            en: 'My SoftBank. Sources disagree: an older official list shows only shop and phone.',
          },
          source: [cancelatlas],
          against: [contactList],
          checked,
        },
        phone: {
          available: 'yes',
          note: {
            'zh-CN':
              'SoftBank 的手续一览写明 MNP 预约号码可以电话申请。博客给出的号码（SoftBank 手机 *5533，其他电话 0800-100-5533，9:00–20:00）未在官方页面上得到确认，拨打前请在 SoftBank 的页面核对。',
            ja: 'ソフトバンクの「お手続き一覧」ではMNP予約番号の発行は電話でも受け付けています。ブログにある番号（ソフトバンク携帯から*5533、他の電話から0800-100-5533、9:00〜20:00）は公式ページで確認できていないため、ソフトバンクのページで確かめてから電話してください。',
            en: 'SoftBank’s list of procedures says the MNP number can be requested by phone. The numbers blogs give (*5533 from a SoftBank phone, 0800-100-5533 from others, 9:00–20:00) are not confirmed on SoftBank’s pages: check there before calling.',
          },
          url: contactList,
          source: [contactList, ...mnpLine],
          checked: reviewed,
        },
        shop: {
          available: 'yes',
          note: { 'zh-CN': 'SoftBank 门店', ja: 'ソフトバンクショップ', en: 'SoftBank shop' },
          source: [contactList],
          checked,
        },
      },
    },
    keep: {
      available: true,
      note: {
        'zh-CN':
          '当前的号码保管服务和费用未经证实。旧的「電話番号・メールアドレスお預かりサービス」在门店办理；另有资料提到 My SoftBank 的「一時中断」（似乎是遗失时的停机服务）。请先向 SoftBank 确认。',
        ja: '現在の番号保管サービスと料金は未確認です。以前は「電話番号・メールアドレスお預かりサービス」（ショップ）がありました。My SoftBankの「一時中断」を挙げる資料もありますが、紛失時の利用停止のようです。事前にソフトバンクへ確認してください。',
        en: 'The current number-keeping product and its fees are unverified. There used to be a “電話番号・メールアドレスお預かりサービス” at shops; one source names a “一時中断” in My SoftBank, which looks like the lost-phone suspension. Ask SoftBank first.',
      },
      source: suspension,
      checked,
      channels: {
        shop: {
          available: 'yes',
          note: {
            'zh-CN': '旧服务在门店办理（未证实现状）。',
            ja: '以前のサービスはショップで受付（現状は未確認）',
            en: 'The old service was handled in shops (current status unverified).',
          },
          source: suspension,
          checked,
        },
      },
    },
  },
  steps: [
    {
      id: 'softbank-short-term-fee',
      phase: 'prepare',
      when: { goals: ['cancel', 'mnp'], cards: ['physical', 'esim'] },
      title: {
        'zh-CN': '解约费为 0 日元，但短期解约费尚不确定',
        ja: '契約解除料は0円、短期解約の手数料は未確認',
        en: 'No standard exit fee, but a short-term fee is unclear',
      },
      body: {
        'zh-CN':
          '旧套餐的解约费已于 2022 年 2 月 1 日取消。有资料称 2026 年 7 月 1 日以后的新合同若 12 个月内解约会收费，另一资料称 2024 年已有类似费用但无细节：均未证实，请向 SoftBank 确认。',
        ja: '旧プランの契約解除料は2022年2月1日に廃止されました。2026年7月1日以降の契約は12か月以内の解約で手数料がかかるとする資料と、2024年時点で既にあったとする資料がありますが、詳細は未確認です。ソフトバンクに確認してください。',
        en: 'Old-plan exit fees ended on 1 February 2022. One source says contracts from 1 July 2026 pay a fee if ended within 12 months; another says SoftBank already had such a fee in 2024 but gives no detail. Both are unverified: ask SoftBank.',
      },
      source: [
        'http://shimajiro-mobiler.net/?p=73941',
        'https://instant-wifi.net/net/softbank-cancel',
        cancelatlas,
        'https://news.mynavi.jp/article/mobile_business-188/',
      ],
      checked,
    },
    softbankCorpCarrierMail(
      'carrier-mail-softbank',
      ['@softbank.ne.jp', '@i.softbank.jp'],
      ['https://grazie-ans.com/cmail'],
    ),
    {
      id: 'softbank-cancel',
      phase: 'do',
      important: true,
      when: { goals: ['cancel'], cards: ['physical', 'esim'] },
      title: {
        'zh-CN': '在 My SoftBank 或门店解约',
        ja: 'My SoftBankかショップで解約する',
        en: 'Cancel in My SoftBank or at a shop',
      },
      body: {
        'zh-CN':
          '近期资料称可在 My SoftBank 解约（9:00–20:00）；菜单名称未经证实，一份资料写作「ご契約内容の確認・変更」→「解約手続き」。如果 My SoftBank 里找不到解约，就去 SoftBank 门店办理。',
        ja: '最近の情報ではMy SoftBankで解約できます（9:00〜20:00）。メニュー名は未確認で、「ご契約内容の確認・変更」→「解約手続き」とする資料があります。My SoftBankに解約が見当たらなければショップで手続きしてください。',
        en: 'Recent sources say My SoftBank takes cancellations (9:00–20:00). The menu labels are unverified; one source gives “ご契約内容の確認・変更” (view/change contract) → “解約手続き” (cancellation). If you cannot find it in My SoftBank, go to a SoftBank shop.',
      },
      links: [cancelPageLink],
      contacts: ['info-own'],
      timing: [{ kind: 'before-end', days: 0, cutoff: '20:00' }],
      source: [cancelatlas, 'https://purple-corrala.info/igpcucgpnc-04', contactList],
      checked,
    },
    {
      id: 'softbank-shop-documents',
      phase: 'do',
      when: { goals: ['cancel'], cards: ['physical', 'esim'] },
      title: {
        'zh-CN': '去门店时带齐材料（USIM 卡会被收回）',
        ja: 'ショップに行く場合の持ち物（USIMは回収されます）',
        en: 'If you go to a shop, bring (the USIM is collected)',
      },
      body: {
        'zh-CN':
          '身份证件（驾照、护照、个人编号卡）、手机和 USIM 卡，门店解约时会要求交回 USIM。代理人须带委任状、本人证件和亲属关系证明。网上解约时是否需要寄回 SIM 尚不清楚。',
        ja: '本人確認書類（運転免許証・パスポート・マイナンバーカード）、端末、USIMカード。ショップでの解約時はUSIMの返却を求められます。代理人は委任状・代理人の本人確認書類・家族関係を示す書類。オンライン解約時のSIM返却の要否は未確認です。',
        en: 'Photo ID (driving licence, passport or My Number card), the phone and the USIM card; shops ask for the USIM back when you cancel. An agent needs a power of attorney, their own ID and proof of the family relationship. Whether the SIM must be returned after online cancellation is not known.',
      },
      source: shopNeeds,
      checked,
    },
    {
      id: 'softbank-mnp',
      phase: 'do',
      when: { goals: ['mnp'] },
      title: { 'zh-CN': '申请 MNP 预约号码', ja: 'MNP予約番号を申し込む', en: 'Request the MNP number' },
      body: {
        'zh-CN':
          '打电话（9:00–20:00，号码见联系方式，未经确认）、在 My SoftBank 或门店申请。使用一站式时不需要这一步。',
        ja: '電話（9:00〜20:00、番号は連絡先欄に未確認として記載）、My SoftBank、またはショップで。ワンストップなら不要です。',
        en: 'By phone (9:00–20:00; the numbers under contacts are unconfirmed), in My SoftBank or at a shop. Not needed with One-Stop.',
      },
      links: [cancelPageLink],
      contacts: ['mnp-own', 'mnp-other'],
      timing: [{ kind: 'before-end', days: 0 }],
      source: [...mnpLine, contactList],
      checked,
    },
    {
      id: 'softbank-number-keeping',
      phase: 'do',
      when: { goals: ['keep'], cards: ['physical', 'esim'] },
      title: {
        'zh-CN': '向 SoftBank 询问号码保管',
        ja: '番号保管についてソフトバンクに確認する',
        en: 'Ask SoftBank about keeping the number',
      },
      body: {
        'zh-CN':
          '旧资料：「電話番号・メールアドレスお預かりサービス」申请费 3,000 日元、每月 390 日元，最长 5 年，门店办理。2026 年的资料提到「一時中断」：开始和解除各 550 日元，基本费照收，看起来是另一种（遗失时的）停机服务。现状未证实（来源不一致）。',
        ja: '古い情報：「電話番号・メールアドレスお預かりサービス」は手数料3,000円・月390円・最長5年・ショップ受付。2026年の資料は「一時中断」（開始・解除各550円、基本料は継続）を挙げていますが、紛失時の停止サービスのようです。現状は未確認です（情報に食い違いあり）。',
        en: 'Old sources: “電話番号・メールアドレスお預かりサービス” cost ¥3,000 to apply plus ¥390 a month, for up to 5 years, at a shop. A 2026 source names “一時中断” (¥550 to start, ¥550 to lift, base fees continue), which looks like a lost-phone suspension instead. The current product is unverified (sources disagree).',
      },
      contacts: ['info-own'],
      timing: [{ kind: 'before-end', days: 0 }],
      source: oldSuspension,
      against: [cancelatlas],
      checked,
    },
  ],
  portal: {
    hosts: ['my.softbank.jp', 'www.softbank.jp'],
    // Notices and news (/mobile/info/…, as the phishing notice above).
    ignore: ['www.softbank.jp/mobile/info/*'],
    pages: [
      { kind: 'account-top', urls: ['my.softbank.jp/*'], source: [adguard], checked },
      {
        kind: 'flow',
        urls: ['www.softbank.jp/mobile/support/cancellation/*'],
        source: [cancelatlas],
        checked,
      },
      completionPage(menuLabels),
    ],
    paths: {
      cancel: {
        completes: 'softbank-cancel',
        steps: [
          {
            id: 'contract',
            intent: 'contract-menu',
            label: {
              'zh-CN': '确认・变更合同内容',
              ja: 'ご契約内容の確認・変更',
              en: 'View / change your contract',
            },
            click: {
              'zh-CN': '打开合同内容及可变更的项目。',
              ja: '契約内容と変更できる項目が表示されます。',
              en: 'Opens your contract details and the changes you can make.',
            },
            source: menuLabels,
            checked,
          },
          {
            id: 'cancel',
            intent: 'cancel-line',
            label: { 'zh-CN': '解约手续', ja: '解約手続き', en: 'Cancellation' },
            click: {
              'zh-CN': '开始网上解约（据称受理时间 9:00–20:00）。',
              ja: 'オンラインの解約手続きが始まります（受付は9:00〜20:00とされます）。',
              en: 'Starts the online cancellation (reportedly accepted 9:00–20:00).',
            },
            warning: CANCEL_LOSES_NUMBER,
            source: [...menuLabels, cancelatlas],
            checked,
          },
        ],
        notes: [
          {
            on: ['flow'],
            text: {
              'zh-CN':
                '来源不一致：近期资料说可在 My SoftBank 解约（9:00–20:00），较早的官方一览写着只能在门店。找不到时带身份证件、手机和 USIM 卡去门店。',
              ja: '情報に食い違いあり：最近の情報ではMy SoftBankで解約できます（9:00〜20:00）が、以前の公式一覧ではショップのみでした。見つからなければ本人確認書類・端末・USIMを持ってショップへ。',
              en: 'Sources disagree: recent ones say My SoftBank takes cancellations (9:00–20:00), an older official list says shops only. If you cannot find it, go to a shop with photo ID, the phone and the USIM.',
            },
            source: onlineConflict,
            against: [contactList],
            checked,
          },
        ],
      },
      mnp: {
        completes: 'softbank-mnp',
        steps: [],
        notes: [
          {
            on: ['flow'],
            text: {
              'zh-CN':
                'MNP 预约号码：打电话（9:00–20:00，博客给出的号码 *5533 / 0800-100-5533 未经官方确认）、在 My SoftBank 或门店申请。',
              ja: 'MNP予約番号：電話（9:00〜20:00。ブログにある*5533／0800-100-5533は公式には未確認）、My SoftBank、またはショップで。',
              en: 'MNP number: by phone (9:00–20:00; the *5533 / 0800-100-5533 that blogs give are not officially confirmed), in My SoftBank or at a shop.',
            },
            source: mnpLine,
            checked,
          },
        ],
      },
    },
  },
};
