/**
 * NTT docomo. Research: ../shared/reference/carriers.md §1 (1a hosts, 1b numbers, 1c–1e procedures and fees).
 */
import type { BrandInput, MenuStepInput } from '../schema';
import { DOCOMO_NUMBER_KEEPING_SOURCES } from './ntt-docomo';
import { CANCEL_LOSES_NUMBER, completionPage } from './portal-common';
import { SIGN_IN_URL_LIST } from './shared-sources';

const checked = '2026-11-22';
/** Facts re-read against their sources (and better ones) for issue 18. */
const reviewed = '2026-12-07';
/** The phone numbers searched again for an official or news source (issue 18, second pass). */
const phonesChecked = '2026-12-08';
/** A copy of ITmedia Mobile's 2021 article on web cancellation (the original is not in the stored sources). */
const itmedia =
  'https://ilikephone.online/mobile-phone/docomo-starts-accepting-line-cancellation-on-the-web-d-account-required-itmedia-mobile';
const officialFaq = 'https://ssw.web.docomo.ne.jp/chikaku/faq/contract';
/** k-tai Watch (2021 column): web cancellation since late March 2021; before, shops only (phone as a 2020 stopgap). */
const ktaiOnline = 'https://k-tai.watch.impress.co.jp/docs/column/minna/1316601.html';
const cancelGuide = 'https://kaiyaku.jp/docomo-kaiyaku';
/** k-tai Watch: number keeping ¥1,100 + ¥440 a month (+¥110 mail), up to 6 years from 2022-10-01. */
const ktaiKeeping = 'https://k-tai.watch.impress.co.jp/docs/news/1436860.html';
// The docomo Information Center: one service, on 151 from docomo phones and 0120-800-000 from others.
const infoCenter = [officialFaq, 'https://faq.smtb.jp/faq/show/25909'];
// The lost-phone line (NTTドコモ利用中断センター): number and 24-hour hours on docomo's own pages.
const lostLineLock = 'https://www.nttdocomo.co.jp/service/lock/notice/index.html';
const lostLinePin = 'https://www.nttdocomo.co.jp/support/trouble/password/network/index.html';
/** An older English page: "call 0120-524-360 (24 hours a day, in Japanese only)". */
const lostLineEnglish =
  'http://www.nttdocomo.co.jp/english/support/benefit/premier/service/delivery/index.html';
const infoHours = {
  'zh-CN': '9:00–20:00，全年无休',
  ja: '9:00〜20:00（年中無休）',
  en: '9:00–20:00, every day',
};

// My docomo menu labels (notes §1c): a 2025 blog (low), the 2021 app (medium) and the MNP guides (medium).
const menu2025 = 'https://kaiyakukaijo.com/how-to-cancel-docomo';
const menu2021 = 'https://sp-mobile-blog.com/docomo-1048';
const mnpMenu = ['https://scan.netsecurity.ne.jp/internet/?p=27257', 'https://www.yame.click/docomo'];
// The review's menu wordings (fact-review-2026-12.md): a 2025 how-to page's My docomo MNP path.
const digitalnavi = 'https://digitalnavi.net/smartphonesim/rakutenmobile/7128';
// Number keeping is applied for in My docomo (a user's account, 2015; another, via ドコモオンライン手続き).
const keepingOnline = ['http://garnet-life.net/20150131/docomo/keep-number'];

/** The first menu of both paths: the MNP guides name it 「契約内容・手続き」, the 2025 blog 「手続き」. */
const contractMenu: MenuStepInput = {
  id: 'contract-menu',
  intent: 'contract-menu',
  label: { 'zh-CN': '合同内容・手续', ja: '契約内容・手続き', en: 'Contract & procedures' },
  variants: ['手続き', '契約内容・手続きメニュー'],
  click: {
    'zh-CN': '打开这条线路可办理的手续列表。',
    ja: 'この回線でできる手続きの一覧が開きます。',
    en: 'Opens the list of procedures for your line.',
  },
  source: [...mnpMenu, menu2025, digitalnavi],
  checked,
};

export const docomo: BrandInput = {
  id: 'docomo',
  company: 'ntt-docomo',
  name: { 'zh-CN': 'NTT docomo', ja: 'NTTドコモ', en: 'NTT docomo' },
  cards: ['physical', 'esim', 'corporate'],
  identity: {
    hostTokens: ['docomo', 'nttdocomo', 'mydocomo', 'dmkt'],
    pageTerms: ['ドコモ', 'docomo', 'dアカウント', 'd払い', 'dカード', 'dポイント', 'NTTファイナンス'],
  },
  neverDoes: [
    {
      text: {
        'zh-CN': 'docomo 不会通过短信等直接发送捐款请求或此类通知。请从官方应用或书签登录。',
        ja: 'ドコモは寄付の呼びかけなどをSMSで直接送ることはありません。ログインは公式アプリかブックマークから。',
        en: 'docomo does not send donation appeals or such notices by SMS. Sign in from the official app or a bookmark.',
      },
      source: [
        'https://www.docomo.ne.jp/info/spam_mail/column/20190617/',
        'https://dcard.docomo.ne.jp/st/attention/phishing/index.html',
      ],
      checked,
    },
  ],
  domains: [
    { domain: 'docomo.ne.jp', source: [officialFaq], checked },
    {
      domain: 'nttdocomo.co.jp',
      source: ['http://www.nttdocomo.co.jp/english/service/world/roaming/info/safety.html'],
      checked,
    },
    {
      domain: 'mydocomo.com',
      source: ['https://www.cancelatlas.com/c/ntt-docomo-jp'],
      checked,
    },
    {
      domain: 'ntt-finance.co.jp',
      source: ['https://contact.bill.ntt-finance.co.jp/faq_list.html'],
      checked,
    },
  ],
  hosts: [
    {
      host: 'www.docomo.ne.jp',
      role: 'brand',
      login: false,
      source: [officialFaq, 'https://www.cancelatlas.com/c/ntt-docomo-jp'],
      checked,
    },
    {
      host: 'id.smt.docomo.ne.jp',
      role: 'login',
      login: true,
      source: [officialFaq],
      checked,
    },
    {
      host: 'cfg.smt.docomo.ne.jp',
      role: 'login',
      login: true,
      source: [officialFaq],
      checked,
      signInPaths: [
        {
          mark: 'anidlogin',
          url: 'https://cfg.smt.docomo.ne.jp/auth/cgi/anidlogin',
          source: [SIGN_IN_URL_LIST],
          checked,
        },
      ],
    },
    {
      host: 'service.smt.docomo.ne.jp',
      role: 'support',
      login: false,
      source: ['https://service.smt.docomo.ne.jp/site/mail/src/plusmessage-phishing.html'],
      checked,
    },
    {
      host: 'ssw.web.docomo.ne.jp',
      role: 'support',
      login: false,
      source: [officialFaq],
      checked,
    },
    {
      host: 'dcard.docomo.ne.jp',
      role: 'billing',
      login: true,
      source: ['https://dcard.docomo.ne.jp/st/attention/phishing/index.html'],
      checked,
    },
    {
      host: 'www.mydocomo.com',
      role: 'legacy',
      login: true,
      source: ['https://www.cancelatlas.com/c/ntt-docomo-jp'],
      checked,
    },
    {
      host: 'webbilling.ntt-finance.co.jp',
      role: 'billing',
      login: true,
      source: ['https://contact.bill.ntt-finance.co.jp/faq_list.html'],
      checked,
    },
  ],
  contacts: [
    {
      id: 'info-own',
      purpose: 'enquiries',
      name: {
        'zh-CN': 'docomo 信息中心（docomo 手机拨打）',
        ja: 'ドコモインフォメーションセンター（ドコモの携帯から）',
        en: 'docomo Information Center (from a docomo phone)',
      },
      from: 'own',
      phone: { kind: 'short-code', display: '151' },
      hours: infoHours,
      source: infoCenter,
      checked,
    },
    {
      id: 'info-other',
      purpose: 'enquiries',
      name: {
        'zh-CN': 'docomo 信息中心（其他电话拨打）',
        ja: 'ドコモインフォメーションセンター（一般電話などから）',
        en: 'docomo Information Center (from other phones)',
      },
      from: 'other',
      phone: { kind: 'number', e164: '+81120800000', display: '0120-800-000' },
      hours: infoHours,
      source: infoCenter,
      checked,
    },
    {
      id: 'lost',
      purpose: 'lost',
      name: {
        'zh-CN': '遗失/被盗停机（24 小时）',
        ja: '紛失・盗難時の利用中断（24時間）',
        en: 'Lost or stolen phone: suspend the line (24 h)',
      },
      from: 'any',
      phone: { kind: 'number', e164: '+81120524360', display: '0120-524-360' },
      hours: {
        'zh-CN': '24 小时（docomo 自己的页面）',
        ja: '24時間（ドコモの公式ページによる）',
        en: '24 hours (docomo’s own pages)',
      },
      note: {
        'zh-CN':
          '来源不一致：有一篇指南写受理时间为 9:00–20:00，但 docomo 自己的页面写 24 小时。发现丢失请立即拨打，不管几点；如果没人接，请在 9:00–20:00 之间再打一次。',
        ja: '情報に食い違いあり：受付9時〜20時とする解説もありますが、ドコモの公式ページは24時間受付としています。紛失に気づいたら時間に関係なくすぐ電話を。つながらなければ9:00〜20:00にかけ直してください。',
        en: 'Sources disagree: one guide gives 9:00–20:00, while docomo’s own pages say 24 hours. Call as soon as you notice the loss, whatever the hour; if nobody answers, call again between 9:00 and 20:00.',
      },
      source: [lostLineLock, lostLinePin, lostLineEnglish, 'https://www.cancelatlas.com/c/ntt-docomo-jp'],
      against: ['http://www.homemate-research-telco.com/useful/16704_facil_025/'],
      checked: phonesChecked,
    },
    {
      id: 'points',
      purpose: 'points',
      name: { 'zh-CN': 'd 积分客服中心', ja: 'dポイントカスタマーセンター', en: 'd POINT customer center' },
      from: 'any',
      // Only a bank's FAQ gives the number; no docomo page we read does (checked 2026-12-08).
      reportedPhone: { kind: 'number', e164: '+81120208360', display: '0120-208-360' },
      url: 'https://www.nttdocomo.co.jp/english/service/dpoint/index.html',
      source: ['https://faq.smtb.jp/faq/show/25909'],
      checked: phonesChecked,
    },
  ],
  goals: {
    cancel: {
      available: true,
      source: [ktaiOnline, cancelGuide, itmedia],
      checked: reviewed,
      channels: {
        online: {
          available: 'yes',
          note: {
            'zh-CN': 'My docomo，24 小时，需要 d 账户。',
            ja: 'My docomo（24時間、dアカウントが必要）',
            en: 'My docomo, 24 hours, with the line’s d ACCOUNT.',
          },
          url: 'https://www.docomo.ne.jp/mydocomo/',
          source: [ktaiOnline, cancelGuide, itmedia, 'https://masvlog.com/docomo-cancel-online/'],
          checked: reviewed,
        },
        phone: {
          available: 'unknown',
          note: {
            'zh-CN':
              '来源不一致：docomo 自己的「ちかく」套餐 FAQ 说可联系客服中心解约，有指南说 151 可以解约；另有资料说手机线路不能电话解约，2021 年的新闻说电话解约只是 2020 年的临时措施。请在网上或门店办理，151 用于咨询和 MNP。',
            ja: '情報に食い違いあり：ドコモの「ちかく」FAQはサポートセンターへの連絡でも解約できるとし、151で解約できるとする解説もある一方、携帯回線は電話で解約できないとする情報もあり、2021年の報道では電話受付は2020年の臨時対応でした。解約はオンラインかショップで。151は問い合わせ・MNP用に。',
            en: 'Sources disagree: docomo’s own FAQ for the ちかく plan says to cancel online or contact the support centre, and a guide describes cancelling on 151, while another says mobile lines cannot be cancelled by phone, and 2021 news called phone cancellation a 2020 stopgap. Cancel online or in a shop; use 151 for questions and MNP.',
          },
          source: [officialFaq, ktaiOnline, 'https://kaiyakukaijo.com/how-to-cancel-docomo'],
          against: ['https://www.cancelatlas.com/c/ntt-docomo-jp'],
          checked: reviewed,
        },
        shop: {
          available: 'yes',
          note: {
            'zh-CN': 'docomo 门店，带身份证件。',
            ja: 'ドコモショップ（本人確認書類が必要）',
            en: 'docomo shop, with photo ID.',
          },
          source: [
            cancelGuide,
            ktaiOnline,
            'https://sumaho-arekore.com/docomo-kaiyaku-procedure',
            'https://hachi8hachi.com/?p=5886',
          ],
          checked: reviewed,
        },
      },
    },
    mnp: {
      available: true,
      source: ['https://scan.netsecurity.ne.jp/internet/?p=27257', cancelGuide],
      checked: reviewed,
      channels: {
        online: {
          available: 'yes',
          note: {
            'zh-CN': 'My docomo「携帯電話番号ポータビリティ予約(MNP)」。',
            ja: 'My docomo「携帯電話番号ポータビリティ予約(MNP)」',
            en: 'My docomo, “携帯電話番号ポータビリティ予約(MNP)” (MNP reservation).',
          },
          url: 'https://www.docomo.ne.jp/mydocomo/',
          source: [
            'https://scan.netsecurity.ne.jp/internet/?p=27257',
            cancelGuide,
            'https://www.yame.click/docomo',
          ],
          checked: reviewed,
        },
        phone: {
          available: 'yes',
          note: {
            'zh-CN': '拨打 151 或 0120-800-000。',
            ja: '151 または 0120-800-000',
            en: 'Call 151 or 0120-800-000.',
          },
          // News (ScanNetSecurity): 151, 9:00–20:00; a guide (oneplat) lists the phone among the three ways.
          source: [
            'https://scan.netsecurity.ne.jp/internet/?p=27257',
            'https://www.oneplat.co.jp/article/?p=259',
            'https://sumaho-susume.com/docomo-mnp-number-confirmation',
          ],
          checked: phonesChecked,
        },
      },
    },
    keep: {
      available: true,
      note: {
        'zh-CN': '「电话号码保管」：保留号码最多 6 年（ahamo、FOMA、纯数据套餐不可用）。',
        ja: '「電話番号保管」：最長6年番号を保管できます（ahamo・FOMA・データプランは対象外）。',
        en: '“電話番号保管” keeps the number for up to 6 years (not for ahamo, FOMA or data-only plans).',
      },
      source: [ktaiKeeping, ...DOCOMO_NUMBER_KEEPING_SOURCES],
      checked: reviewed,
      channels: {
        online: {
          available: 'yes',
          note: { 'zh-CN': 'My docomo', ja: 'My docomo', en: 'My docomo' },
          source: DOCOMO_NUMBER_KEEPING_SOURCES,
          checked,
        },
        phone: {
          available: 'yes',
          note: { 'zh-CN': '151 / 0120-800-000', ja: '151 / 0120-800-000', en: '151 / 0120-800-000' },
          source: DOCOMO_NUMBER_KEEPING_SOURCES,
          checked,
        },
        shop: {
          available: 'yes',
          note: { 'zh-CN': 'docomo 门店', ja: 'ドコモショップ', en: 'docomo shop' },
          source: DOCOMO_NUMBER_KEEPING_SOURCES,
          checked,
        },
      },
    },
  },
  steps: [
    {
      id: 'docomo-short-term-fee',
      phase: 'prepare',
      when: { goals: ['cancel', 'mnp'], cards: ['physical', 'esim'] },
      title: {
        'zh-CN': '确认是否会收取 1,100 日元短期解约费',
        ja: '短期解約の手数料1,100円がかかるか確認',
        en: 'Check whether the ¥1,100 short-term fee applies',
      },
      body: {
        'zh-CN':
          '2025 年 3 月 1 日以后签约（含转入）的线路，若在 1 年内解约或转出，且线路几乎未使用，或同一名义过去一年内已有线路短期解约，会收取 1,100 日元（月费低于 1,100 日元的套餐收取一个月的月费）。不收取：8 天内的初期契约解除、适用「ハーティ割引」的线路、「ちかく」专用套餐的线路。',
        ja: '2025年3月1日以降の新規契約（MNP転入を含む）を1年以内に解約・転出し、利用実態がない場合や同一名義で過去1年以内に短期解約がある場合に1,100円がかかります（月額1,100円未満のプランはその月額と同額）。対象外：8日以内の初期契約解除、ハーティ割引の回線、ちかく専用プランの回線。',
        en: 'Lines opened (or ported in) from 1 March 2025 and ended within a year cost ¥1,100 when the line shows no real use, or another line in the same name was ended early in the past year (plans under ¥1,100 a month pay one month’s charge instead). Exempt: cancelling within the 8-day cooling-off period, lines with the ハーティ割引 disability discount, and ちかく plan lines.',
      },
      source: [
        'https://mobileascii.jp/elem/000/004/252/4252067',
        { url: 'https://usedoor.jp/news/2025-02-18-docomo-tanki-kaiyaku-1100yen', date: '2025-02-18' },
      ],
      checked: reviewed,
    },
    {
      id: 'docomo-online-exceptions',
      phase: 'prepare',
      when: { goals: ['cancel'], cards: ['physical', 'esim'] },
      title: {
        'zh-CN': '这些线路不能在网上解约',
        ja: 'オンラインで解約できない回線',
        en: 'Lines that cannot be cancelled online',
      },
      body: {
        'zh-CN':
          '与「docomo 光」「docomo 电力」绑定的线路，以及家庭折扣、合并账单、共享套餐的代表线路，需要先在 My docomo 变更代表线路，或到门店办理。',
        ja: 'ドコモ光・ドコモでんきとセットの回線や、ファミリー割引・一括請求・シェアパックなどの代表回線は、先にMy docomoで代表回線を変更するか、ショップで手続きします。',
        en: 'Lines bundled with docomo Hikari or docomo Denki, and the representative line of a family discount, combined bill or shared plan, need the representative changed in My docomo first, or a visit to a shop.',
      },
      source: ['https://hachi8hachi.com/?p=5886', 'https://sp-mobile-blog.com/docomo-1048'],
      checked,
    },
    {
      id: 'docomo-account-ready',
      phase: 'prepare',
      when: { goals: ['cancel', 'mnp'], cards: ['physical', 'esim'] },
      title: {
        'zh-CN': '准备好 d 账户，并让 SIM 卡留在手机里',
        ja: 'dアカウントを用意し、SIMは端末に入れたままにする',
        en: 'Have your d ACCOUNT ready and keep the SIM in a phone',
      },
      body: {
        'zh-CN':
          '网上手续需要用该线路的 d 账户登录（2025 年起还要求通行密钥），验证码通过短信发到要解约的号码，所以办完之前不要取出 SIM 或删除 eSIM。',
        ja: 'オンライン手続きには回線のdアカウント（2025年からはパスキー認証も）が必要で、セキュリティコードは解約する番号にSMSで届きます。終わるまでSIMを抜いたりeSIMを削除したりしないでください。',
        en: 'The online procedure needs the line’s d ACCOUNT (with passkey sign-in since 2025), and the security code is texted to the number being cancelled, so keep the SIM or eSIM active until you are done.',
      },
      source: [ktaiOnline, itmedia, 'https://hachi8hachi.com/?p=5886'],
      checked: reviewed,
    },
    {
      id: 'carrier-mail-docomo',
      replaces: 'carrier-mail',
      phase: 'prepare',
      when: { goals: ['cancel', 'mnp'], cards: ['physical', 'esim'] },
      title: {
        'zh-CN': '@docomo.ne.jp 邮箱会立即停用',
        ja: '@docomo.ne.jp のメールはすぐ使えなくなります',
        en: 'Your @docomo.ne.jp address stops at once',
      },
      body: {
        'zh-CN':
          '把用它注册的服务改成其他邮箱。想保留地址可申请「docomo 邮件持ち運び」：每月 330 日元，须在解约后 31 天内申请。',
        ja: '登録先のメールアドレスを変更してください。アドレスを残すなら「ドコモメール持ち運び」（月330円、解約後31日以内に申込み）。',
        en: 'Change it on every account that uses it. To keep the address, request “ドコモメール持ち運び” (¥330 a month) within 31 days of cancelling.',
      },
      timing: [
        { kind: 'before-end', days: 0 },
        { kind: 'after-end-within', days: 31, countEndDay: true },
      ],
      source: [
        'https://www.cancelatlas.com/c/ntt-docomo-jp',
        'https://k-tai.watch.impress.co.jp/docs/news/1375909.html',
        'https://pasolive.jp/p-763/',
        'https://mamaroid.com/senior/mail_portability/',
      ],
      checked: reviewed,
    },
    {
      id: 'points-docomo',
      replaces: 'points',
      phase: 'prepare',
      when: { goals: ['cancel', 'mnp'], cards: ['physical', 'esim'] },
      title: {
        'zh-CN': '保留 d 账户才能保住 d 积分',
        ja: 'dポイントはdアカウントを残せば引き継げます',
        en: 'Keep your d ACCOUNT to keep your d POINTs',
      },
      body: {
        'zh-CN': 'd 账户在解约后仍然存在；只有保留 d 账户/d 积分俱乐部会员，积分才不会失效。',
        ja: 'dアカウントは解約後も残ります。dアカウント・dポイントクラブ会員を続ければポイントは失効しません。',
        en: 'The d ACCOUNT survives cancellation; points last only while you keep the d ACCOUNT and d POINT CLUB membership.',
      },
      source: [
        'https://digitalnavi.net/smartphonesim/rakutenmobile/7128',
        'https://www.cancelatlas.com/c/ntt-docomo-jp',
      ],
      checked,
    },
    {
      id: 'docomo-cancel-online',
      phase: 'do',
      important: true,
      when: { goals: ['cancel'], cards: ['physical', 'esim'] },
      title: { 'zh-CN': '在 My docomo 办理解约', ja: 'My docomoで解約する', en: 'Cancel in My docomo' },
      body: {
        'zh-CN':
          '登录 → 同意注意事项 → 短信验证码 → 确认地址和费用（可继续分期）→ 填写接收文件的邮箱（不能是要解约的 docomo 邮箱）→「この内容で手続きを完了する」。完成后线路立即停止。',
        ja: 'ログイン → 注意事項に同意 → SMSのセキュリティコード → 住所・費用の確認（分割払いの継続も可）→ 書面送付先メール（解約する@docomo.ne.jp以外）→「この内容で手続きを完了する」。完了すると回線はすぐ止まります。',
        en: 'Sign in → accept the notes → SMS security code → confirm address and costs (instalments can continue) → an e-mail for the documents (not the @docomo.ne.jp address you are cancelling) → “この内容で手続きを完了する” (complete). The line stops as soon as it is done.',
      },
      links: [
        {
          url: 'https://www.docomo.ne.jp/mydocomo/',
          label: { 'zh-CN': 'My docomo', ja: 'My docomo', en: 'My docomo' },
        },
        {
          url: 'https://www.docomo.ne.jp/support/cancel/',
          label: { 'zh-CN': 'docomo 解约说明', ja: 'ドコモ 解約のご案内', en: 'docomo cancellation page' },
        },
      ],
      contacts: ['info-own', 'info-other'],
      timing: [{ kind: 'before-end', days: 0 }],
      source: [ktaiOnline, itmedia],
      checked: reviewed,
    },
    {
      id: 'docomo-mnp',
      phase: 'do',
      when: { goals: ['mnp'] },
      title: {
        'zh-CN': '在 My docomo 或 151 申请 MNP 预约号码',
        ja: 'My docomoか151でMNP予約番号を申し込む',
        en: 'Request the MNP number in My docomo or on 151',
      },
      body: {
        'zh-CN':
          'My docomo 的「携帯電話番号ポータビリティ予約(MNP)」，号码会以短信或页面显示。使用一站式时不需要这一步。',
        ja: 'My docomoの「携帯電話番号ポータビリティ予約(MNP)」から申し込むと、番号がSMSか画面に表示されます。ワンストップなら不要です。',
        en: 'Use “携帯電話番号ポータビリティ予約(MNP)” in My docomo; the number arrives by SMS or on screen. Not needed with One-Stop.',
      },
      links: [
        {
          url: 'https://www.docomo.ne.jp/mydocomo/',
          label: { 'zh-CN': 'My docomo', ja: 'My docomo', en: 'My docomo' },
        },
      ],
      contacts: ['info-own', 'info-other'],
      timing: [{ kind: 'before-end', days: 0 }],
      source: [
        'https://scan.netsecurity.ne.jp/internet/?p=27257',
        cancelGuide,
        'https://www.yame.click/docomo',
      ],
      checked: reviewed,
    },
    {
      id: 'docomo-number-keeping',
      phase: 'do',
      important: true,
      when: { goals: ['keep'], cards: ['physical', 'esim'] },
      title: {
        'zh-CN': '申请「电话号码保管」',
        ja: '「電話番号保管」を申し込む',
        en: 'Apply for number keeping (電話番号保管)',
      },
      body: {
        'zh-CN':
          '手续费 1,100 日元；每月 440 日元（号码）+ 110 日元（邮箱保管，可选）+ 通用服务费。最长 6 年。ahamo、FOMA、纯数据套餐不可用；分期付款继续。',
        ja: '事務手数料1,100円、月額440円（番号）＋110円（メール保管・任意）＋ユニバーサルサービス料。最長6年。ahamo・FOMA・データプランは不可。分割払いは続きます。',
        en: '¥1,100 to apply, then ¥440 a month for the number (+¥110 to keep the mail address) plus the universal service fee, for up to 6 years. Not for ahamo, FOMA or data-only plans; instalments continue.',
      },
      contacts: ['info-own', 'info-other'],
      timing: [{ kind: 'before-end', days: 0 }],
      source: [ktaiKeeping, ...DOCOMO_NUMBER_KEEPING_SOURCES],
      checked: reviewed,
    },
    {
      id: 'docomo-shop-documents',
      phase: 'do',
      when: { cards: ['physical', 'esim'] },
      title: {
        'zh-CN': '去门店时带齐材料',
        ja: 'ショップに行く場合の持ち物',
        en: 'If you go to a shop, bring',
      },
      body: {
        'zh-CN':
          '本人身份证件和 SIM 卡。代理人需带 docomo 格式的委任状、签约人身份证件复印件和代理人本人的证件。',
        ja: '本人確認書類とSIMカード。代理人はドコモ所定の委任状・契約者の本人確認書類（写し）・代理人の本人確認書類。',
        en: 'Photo ID and the SIM. Someone acting for you needs docomo’s power-of-attorney form, a copy of your ID and their own ID.',
      },
      source: [
        'https://sumaho-arekore.com/docomo-kaiyaku-procedure',
        'https://bitwave.showcase-tv.com/docomo-cancellation-agent/',
      ],
      checked,
    },
  ],
  portal: {
    hosts: ['www.docomo.ne.jp'],
    // FAQ articles (/faq/detail?faqId=…, notes §1a) and notices (/info/…, as the spam-mail column above).
    ignore: ['www.docomo.ne.jp/faq/*', 'www.docomo.ne.jp/info/*'],
    pages: [
      {
        kind: 'account-top',
        urls: ['www.docomo.ne.jp/mydocomo/*'],
        source: [officialFaq, 'https://www.cancelatlas.com/c/ntt-docomo-jp'],
        checked,
      },
      {
        kind: 'procedures',
        urls: ['www.docomo.ne.jp/mydocomo/*'],
        phrases: ['手続き一覧'],
        source: [menu2021],
        checked,
      },
      {
        kind: 'flow',
        urls: ['www.docomo.ne.jp/support/cancel/*'],
        source: [officialFaq, 'https://www.cancelatlas.com/c/ntt-docomo-jp'],
        checked,
      },
      {
        kind: 'flow',
        phrases: ['この内容で手続きを完了する'],
        source: [itmedia],
        checked,
      },
      completionPage([itmedia]),
    ],
    paths: {
      cancel: {
        completes: 'docomo-cancel-online',
        steps: [
          contractMenu,
          {
            id: 'cancel-other',
            intent: 'procedures',
            label: { 'zh-CN': '解约・其他', ja: '解約・その他', en: 'Cancellation / other' },
            click: {
              'zh-CN': '显示解约和其他手续。',
              ja: '解約などの手続きが表示されます。',
              en: 'Shows cancellation and the other procedures.',
            },
            source: [menu2025],
            checked,
          },
          {
            id: 'line-cancel',
            intent: 'cancel-line',
            label: { 'zh-CN': '解约线路', ja: '回線の解約', en: 'Cancel the line' },
            click: {
              'zh-CN': '开始网上解约：用线路的 d 账户登录，同意注意事项，输入短信验证码，确认地址和费用。',
              ja: 'オンライン解約が始まります：回線のdアカウントでログイン、注意事項に同意、SMSのセキュリティコード、住所と費用の確認。',
              en: 'Starts the online cancellation: sign in with the line’s d ACCOUNT, accept the notes, enter the SMS security code, check address and costs.',
            },
            warning: CANCEL_LOSES_NUMBER,
            source: [menu2025, itmedia],
            checked,
          },
          {
            // The notes rate this label high for 2021 but add that the UI has been redesigned since.
            id: 'complete-button',
            intent: 'exact-only',
            label: {
              'zh-CN': '按此内容完成手续',
              ja: 'この内容で手続きを完了する',
              en: 'Complete the procedure with these details',
            },
            click: {
              'zh-CN': '解约生效：线路立即停止，无法恢复。',
              ja: '解約が確定し、回線はすぐに止まります。元に戻せません。',
              en: 'Ends the contract: the line stops at once and cannot be restored.',
            },
            warning: {
              'zh-CN': '最后一步。点击前确认短信验证登录已迁走，并且你确实不想携号转网。',
              ja: '最後の操作です。SMS認証のログインを移したこと、MNPでなくてよいことを確認してから押してください。',
              en: 'Last step. Before clicking, make sure SMS logins have moved and that you do not want MNP instead.',
            },
            source: [itmedia],
            checked,
          },
        ],
        notes: [
          {
            on: ['flow'],
            text: {
              'zh-CN':
                '网上解约需要线路的 d 账户（2025 年起还要通行密钥），验证码以短信发到要解约的号码，办完前别取出 SIM。',
              ja: 'オンライン解約には回線のdアカウント（2025年からパスキーも）が必要で、コードは解約する番号にSMSで届きます。終わるまでSIMを抜かないでください。',
              en: 'Online cancellation needs the line’s d ACCOUNT (and a passkey since 2025); the code is texted to the number being cancelled, so keep the SIM in until you are done.',
            },
            source: [itmedia, 'https://hachi8hachi.com/?p=5886'],
            checked,
          },
        ],
      },
      mnp: {
        completes: 'docomo-mnp',
        steps: [
          contractMenu,
          {
            id: 'mnp-reservation',
            intent: 'mnp-reservation',
            label: {
              'zh-CN': '手机号码携号转网预约（MNP）',
              ja: '携帯電話番号ポータビリティ予約(MNP)',
              en: 'Mobile number portability reservation (MNP)',
            },
            variants: ['携帯番号ポータビリティ予約(MNP)', '携帯電話番号ポータビリティ(MNP)'],
            click: {
              'zh-CN': '申请 MNP 预约号码，号码以短信或页面显示。转网完成前线路照常可用。',
              ja: 'MNP予約番号を申し込みます。番号はSMSか画面に表示されます。転出が終わるまで回線はそのまま使えます。',
              en: 'Requests the MNP reservation number, shown on screen or sent by SMS. The line keeps working until the port completes.',
            },
            source: [...mnpMenu, digitalnavi],
            checked,
          },
          {
            id: 'mnp-start',
            intent: 'exact-only',
            label: { 'zh-CN': '办理手续', ja: 'お手続きする', en: 'Start the procedure' },
            click: {
              'zh-CN': '读完注意事项后开始 MNP 预约手续。',
              ja: '注意事項を読んだうえで、MNP予約の手続きを始めます。',
              en: 'Starts the MNP reservation once you have read the notes.',
            },
            source: [digitalnavi],
            checked,
          },
          {
            // docomo calls the MNP reservation a 解約 procedure; the line ends only when the port completes.
            id: 'mnp-proceed',
            intent: 'exact-only',
            label: { 'zh-CN': '解约手续', ja: '解約お手続き', en: 'Cancellation procedure' },
            click: {
              'zh-CN':
                '在 MNP 说明页的右下方：继续办理 MNP 预约（docomo 称之为解约手续，转网完成前线路不会停）。',
              ja: 'MNPの案内ページ右下のボタンです。MNP予約の手続きに進みます（解約と呼ばれますが、転出が終わるまで回線は止まりません）。',
              en: 'At the bottom right of the MNP guide page: continues the MNP reservation (docomo calls it a cancellation; the line keeps working until the port completes).',
            },
            source: [digitalnavi, 'https://iphone-report.sakura.ne.jp/archives/173.html'],
            checked,
          },
        ],
      },
      keep: {
        completes: 'docomo-number-keeping',
        steps: [
          contractMenu,
          {
            // No source quotes the menu item's wording, so it is found by what it says (番号保管), not by a label.
            id: 'number-keeping',
            intent: 'keep-number',
            click: {
              'zh-CN': '申请「电话号码保管」：号码（可选邮箱）最长保留 6 年，线路暂停使用。',
              ja: '「電話番号保管」を申し込みます。番号（とメールアドレス）を最長6年保管し、回線は使えなくなります。',
              en: 'Applies for number keeping (電話番号保管): the number (and optionally the mail address) is kept for up to 6 years while the line is out of use.',
            },
            warning: {
              'zh-CN':
                '手续费 1,100 日元，之后每月 440 日元（邮箱另加 110 日元）。ahamo、FOMA 和纯数据套餐不能办理。',
              ja: '事務手数料1,100円、月額440円（メールは＋110円）。ahamo・FOMA・データプランは対象外です。',
              en: '¥1,100 to apply, then ¥440 a month (+¥110 for the mail address). Not for ahamo, FOMA or data-only plans.',
            },
            source: [...DOCOMO_NUMBER_KEEPING_SOURCES, ...keepingOnline],
            checked,
          },
        ],
      },
    },
  },
};
