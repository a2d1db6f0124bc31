/**
 * au (KDDI). Research: ../shared/reference/carriers.md §3 (3a hosts, 3b numbers, 3c–3d procedures and fees),
 * §0 (carrier mail, instalments), §6a/§6d (scam cues).
 */
import type { BrandInput, MenuStepInput } from '../schema';
import { KDDI_SHORT_TERM_FEE } from './kddi';
import { CANCEL_LOSES_NUMBER, completionPage } from './portal-common';
import { SIGN_IN_URL_LIST } from './shared-sources';

const checked = '2026-11-22';
/** The phone numbers searched again for an official or news source (issue 18, second pass). */
const phonesChecked = '2026-12-08';
const auFaq = 'https://www.au.com/english/support/faq/ebilling-statement/epg00000001/';
const leavingJapan = 'https://www.au.com/english/support/faq/cancellation/leaving-country/';
const cancelatlas = 'https://www.cancelatlas.com/c/au-kddi-jp';
const adguard = 'https://github.com/AdguardTeam/HttpsExclusions/blob/master/exclusions/sensitive.txt';
const keitaisoudan = 'https://keitaisoudan.com/cancel/';
const cancelPage = 'https://www.au.com/support/service/mobile/procedure/contract/cancel/';
const menuPath = [
  'https://kashi-mo.com/media/14298',
  'https://hikkoshizamurai.jp/soldi/articles/au_cancel/',
  'https://kaiyaku.jp/au-cancel-guide',
];
/** au's own 一時休止 page (number and mail address kept up to 5 years, shop only) and a blog that agrees. */
const ikkyu = 'https://my.au.com/support/tetsuzuki/au/ikkyu.html';
const suspension = [ikkyu, 'https://goodmobilelab.com/auoncepause/'];
/** A blog says the mail address resets; a 2026 guide says au offers no pause. The official page says neither. */
const suspensionAgainst = ['https://kaigai02.com/stopphone-73', cancelatlas];
const reviewed = '2026-12-07';
const scamSms = [
  'https://gadget-commentary.xyz/kddi-mibarai-sagi',
  'https://app-story.net/kddi-there-is-an-unpaid-usage-fee-fraud',
  'https://net-trouble.portal.jp.net/archives/4545',
  'https://did2memo.net/2021/11/20/sms-kddi-riyou-ryoukin-mibarai',
];
const hours = { 'zh-CN': '9:00–20:00', ja: '9:00〜20:00', en: '9:00–20:00' };

/** My au menus shared by the cancel and MNP paths (notes §3c). */
const contractMenus: MenuStepInput[] = [
  {
    id: 'smartphone',
    intent: 'exact-only',
    label: { 'zh-CN': '智能手机・手机', ja: 'スマートフォン・携帯電話', en: 'Smartphones & mobile phones' },
    click: {
      'zh-CN': '打开手机线路的菜单。',
      ja: '携帯電話回線のメニューが開きます。',
      en: 'Opens the menu for your mobile line.',
    },
    source: menuPath,
    checked,
  },
  {
    id: 'contract',
    intent: 'contract-menu',
    label: { 'zh-CN': '合同内容/手续', ja: 'ご契約内容/手続き', en: 'Contract details / procedures' },
    click: {
      'zh-CN': '显示合同内容和相关手续。',
      ja: '契約内容と手続きが表示されます。',
      en: 'Shows your contract and the procedures for it.',
    },
    source: menuPath,
    checked,
  },
  {
    id: 'inquiries',
    intent: 'procedures',
    label: { 'zh-CN': '咨询/手续', ja: 'お問い合わせ/お手続き', en: 'Enquiries / procedures' },
    click: {
      'zh-CN': '列出可在网上办理的手续。',
      ja: 'オンラインでできる手続きの一覧が表示されます。',
      en: 'Lists the procedures you can do online.',
    },
    source: menuPath,
    checked,
  },
];

export const au: BrandInput = {
  id: 'au',
  company: 'kddi',
  name: { 'zh-CN': 'au（KDDI）', ja: 'au（KDDI）', en: 'au (KDDI)' },
  cards: ['physical', 'esim', 'corporate'],
  identity: {
    hostTokens: ['kddi', 'auone', 'aupay', 'myau'],
    pageTerms: ['au ID', 'au PAY', 'au PAY カード', 'auかんたん決済', 'My au', 'Ponta', 'KDDI', 'au Style'],
  },
  neverDoes: [
    {
      text: {
        'zh-CN':
          'au 的正式短信由 157 发送。用 090/080 号码发来的“未付话费”“即将停机”短信是诈骗，au 不会要求用 iTunes 卡或 V 预付卡代码付款。',
        ja: 'auの正規のSMSは157から届きます。090/080の番号から届く「未払い料金」「利用停止」のSMSは詐欺で、iTunesカードやVプリカのコードで支払わせる手口です。',
        en: 'Genuine au text messages come from 157. Texts about “unpaid charges” or “suspension” from 090/080 numbers are scams, typically asking for iTunes or Vプリカ gift-card codes.',
      },
      source: scamSms,
      checked,
    },
    {
      text: {
        'zh-CN':
          'KDDI 建议通过书签或官方应用访问网站。若已在假网站输入信息：修改 au ID 密码，删除不认识的两步验证设备和 auかんたん決済 的关联服务，并到 au 门店修改 4 位密码（暗証番号）。',
        ja: 'KDDIはブックマークか公式アプリからのアクセスを勧めています。偽サイトに入力してしまったら、au IDのパスワード変更、身に覚えのない2段階認証端末とauかんたん決済の連携の削除、auショップでの暗証番号変更を行ってください。',
        en: 'KDDI advises reaching its sites through a bookmark or the official app. If you typed details into a fake page: change the au ID password, remove unknown two-step devices and auかんたん決済 links, and change the 4-digit 暗証番号 at an au shop.',
      },
      source: ['https://news.mynavi.jp/article/20210721-1927626/'],
      checked,
    },
  ],
  domains: [
    { domain: 'au.com', source: [leavingJapan, auFaq], checked },
    { domain: 'auone.jp', source: [adguard], checked },
    {
      domain: 'kddi.com',
      source: ['http://www.au.kddi.com/english/mobile/information/contract/'],
      checked,
    },
    {
      domain: 'kddi-fs.com',
      source: ['https://qa.kddi-fs.com/print/faq/363'],
      checked,
    },
  ],
  hosts: [
    {
      host: 'www.au.com',
      role: 'brand',
      login: false,
      source: [leavingJapan, cancelatlas],
      checked,
    },
    {
      host: 'my.au.com',
      role: 'portal',
      login: true,
      source: ['https://my.au.com/support/tetsuzuki/au/ikkyu.html'],
      checked,
    },
    {
      host: 'connect.auone.jp',
      role: 'login',
      login: true,
      source: [adguard],
      checked,
      signInPaths: [
        {
          mark: 'cca_lg_eu_nets',
          url: 'https://connect.auone.jp/net/vwc/cca_lg_eu_nets/login',
          source: [SIGN_IN_URL_LIST],
          checked,
        },
      ],
    },
    {
      host: 'www.au.kddi.com',
      role: 'legacy',
      login: false,
      source: ['http://www.au.kddi.com/english/mobile/information/contract/'],
      checked,
    },
    {
      host: 'qa.kddi-fs.com',
      role: 'support',
      login: false,
      source: ['https://qa.kddi-fs.com/print/faq/363'],
      checked,
    },
    {
      host: 'cus.au.com',
      role: 'legacy',
      login: false,
      source: ['https://www.au.com/support/AR1/'],
      checked,
    },
  ],
  contacts: [
    {
      id: 'info-own',
      purpose: 'enquiries',
      name: {
        'zh-CN': 'au 客服中心（au 手机拨打）',
        ja: 'auお客さまセンター（auの携帯電話から）',
        en: 'au customer center (from an au phone)',
      },
      from: 'own',
      phone: { kind: 'short-code', display: '157' },
      hours,
      source: [auFaq],
      checked,
    },
    {
      id: 'info-other',
      purpose: 'enquiries',
      name: {
        'zh-CN': 'au 客服中心（其他电话拨打，免费）',
        ja: 'auお客さまセンター（一般電話などから・無料）',
        en: 'au customer center (from other phones, toll-free)',
      },
      from: 'other',
      phone: { kind: 'number', e164: '+8100777111', display: '0077-7-111' },
      hours,
      source: [auFaq],
      checked,
    },
    {
      id: 'mnp',
      purpose: 'mnp',
      name: {
        'zh-CN': 'MNP 预约号码电话受理（免费）',
        ja: 'MNP予約番号の電話受付（無料）',
        en: 'MNP reservation number by phone (toll-free)',
      },
      from: 'any',
      // Guides give the number; no au page we read does (checked 2026-12-08).
      reportedPhone: { kind: 'number', e164: '+81007775470', display: '0077-75470' },
      url: cancelPage,
      hours,
      note: {
        'zh-CN': '只办理 MNP，不能在此电话解约。',
        ja: 'MNP専用で、電話での解約はできません。',
        en: 'For MNP only; it does not take cancellations.',
      },
      source: ['https://hikkoshizamurai.jp/soldi/articles/au_cancel/', cancelatlas],
      checked: phonesChecked,
    },
    {
      id: 'english',
      purpose: 'foreign-language',
      name: { 'zh-CN': '英语服务', ja: '英語サポート', en: 'English support' },
      from: 'any',
      phone: { kind: 'number', e164: '+81120959472', display: '0120-959-472' },
      hours,
      source: [auFaq],
      checked,
    },
    {
      id: 'chinese',
      purpose: 'foreign-language',
      name: { 'zh-CN': '中文服务', ja: '中国語サポート', en: 'Chinese support' },
      from: 'any',
      phone: { kind: 'number', e164: '+81120959476', display: '0120-959-476' },
      hours,
      source: [auFaq],
      checked,
    },
    {
      id: 'portuguese',
      purpose: 'foreign-language',
      name: { 'zh-CN': '葡萄牙语服务', ja: 'ポルトガル語サポート', en: 'Portuguese support' },
      from: 'any',
      phone: { kind: 'number', e164: '+81120959473', display: '0120-959-473' },
      hours,
      source: [auFaq],
      checked,
    },
    {
      id: 'korean',
      purpose: 'foreign-language',
      name: { 'zh-CN': '韩语服务', ja: '韓国語サポート', en: 'Korean support' },
      from: 'any',
      phone: { kind: 'number', e164: '+81120959478', display: '0120-959-478' },
      hours,
      source: [auFaq],
      checked,
    },
    {
      id: 'tagalog',
      purpose: 'foreign-language',
      name: { 'zh-CN': '他加禄语服务', ja: 'タガログ語サポート', en: 'Tagalog support' },
      from: 'any',
      phone: { kind: 'number', e164: '+81120933952', display: '0120-933-952' },
      hours,
      source: [auFaq],
      checked,
    },
    {
      id: 'vietnamese',
      purpose: 'foreign-language',
      name: { 'zh-CN': '越南语服务', ja: 'ベトナム語サポート', en: 'Vietnamese support' },
      from: 'any',
      phone: { kind: 'number', e164: '+81120933961', display: '0120-933-961' },
      hours,
      source: [auFaq],
      checked,
    },
  ],
  goals: {
    cancel: {
      available: true,
      source: [keitaisoudan, 'https://kaiyaku.jp/au-cancel-guide', 'https://hachi8hachi.com/archives/5109'],
      checked: reviewed,
      channels: {
        online: {
          available: 'yes',
          note: {
            'zh-CN': 'My au（2022 年 3 月 15 日起可网上解约），需要 au ID 和 4 位密码。',
            ja: 'My au（2022年3月15日からWeb解約可）。au IDと4桁の暗証番号が必要です。',
            en: 'My au (web cancellation since 15 March 2022), with your au ID and the 4-digit 暗証番号.',
          },
          url: cancelPage,
          source: [keitaisoudan, ...menuPath],
          checked,
        },
        phone: {
          available: 'no',
          note: {
            'zh-CN': 'au 不受理电话解约，请用 My au 或去门店。电话只能办理 MNP。',
            ja: 'auは電話での解約を受け付けていません。My auかショップで手続きしてください。電話はMNPのみです。',
            en: 'au does not accept cancellation by phone; use My au or a shop. The phone line is for MNP only.',
          },
          // hachi8hachi says so outright; the guides list shop and My au as the only ways.
          source: [
            'https://hachi8hachi.com/archives/5109',
            cancelatlas,
            keitaisoudan,
            'https://kuramoba.xlisting.co.jp/mnp/how-cancel-au',
          ],
          checked: reviewed,
        },
        shop: {
          available: 'yes',
          note: {
            'zh-CN': 'au Style / au 门店，带身份证件原件。',
            ja: 'au Style／auショップ（本人確認書類の原本が必要）',
            en: 'au Style or au shop, with original photo ID.',
          },
          source: [keitaisoudan, leavingJapan],
          checked,
        },
      },
    },
    mnp: {
      available: true,
      source: menuPath,
      checked,
      channels: {
        online: {
          available: 'yes',
          note: {
            'zh-CN': 'My au 的「MNP予約」，号码通过短信发送。',
            ja: 'My auの「MNP予約」。番号はSMSで届きます。',
            en: 'My au, “MNP予約” (MNP reservation); the number arrives by SMS.',
          },
          source: menuPath,
          checked,
        },
        phone: {
          available: 'yes',
          note: {
            'zh-CN':
              'MNP 专用电话（9:00–20:00）。指南给出的号码 0077-75470 未在 au 官方页面上得到确认，拨打前请在 au 的页面核对。',
            ja: 'MNP専用の電話窓口（9:00〜20:00）。解説サイトの番号0077-75470はauの公式ページで確認できていないため、auのページで確かめてから電話してください。',
            en: 'A phone line for MNP only (9:00–20:00). The number guides give, 0077-75470, is not confirmed on au’s own pages: check au’s page before calling.',
          },
          source: ['https://hikkoshizamurai.jp/soldi/articles/au_cancel/', cancelatlas],
          checked: phonesChecked,
        },
      },
    },
    keep: {
      available: true,
      note: {
        'zh-CN':
          '「一時休止」：最长 5 年保留号码和邮箱地址，只能本人到门店办理（au 自己的页面）。这个页面看起来较旧，另有一个指南称 au 已不提供暂停服务（说法不同），请先向 au 确认仍在受理。',
        ja: '「一時休止」：電話番号とメールアドレスを最長5年保管。契約者本人がショップで手続きします（auの公式ページ）。ページは古い様子で、auには休止サービスがないとする解説もあるため（情報に食い違いあり）、受付中か事前にauへ確認してください。',
        en: '“一時休止” (suspension) keeps the number and the mail address for up to 5 years, applied for in person at a shop (au’s own page). That page looks old and one guide says au offers no pause at all (sources disagree), so check with au that it is still offered.',
      },
      source: suspension,
      against: suspensionAgainst,
      checked: reviewed,
      channels: {
        shop: {
          available: 'yes',
          note: {
            'zh-CN': '只能门店办理，须本人到场。',
            ja: 'ショップのみ、契約者本人の来店が必要です。',
            en: 'Shop only; the contract holder must go in person.',
          },
          source: [ikkyu],
          checked: reviewed,
        },
        online: {
          available: 'no',
          note: {
            'zh-CN': '不能网上办理。',
            ja: 'オンラインでは手続きできません。',
            en: 'Not available online.',
          },
          source: [ikkyu],
          checked: reviewed,
        },
      },
    },
  },
  steps: [
    {
      id: 'au-short-term-fee',
      phase: 'prepare',
      when: { goals: ['cancel', 'mnp'], cards: ['physical', 'esim'] },
      ...KDDI_SHORT_TERM_FEE,
    },
    {
      id: 'au-what-you-need',
      phase: 'prepare',
      when: { goals: ['cancel', 'mnp'], cards: ['physical', 'esim'] },
      title: {
        'zh-CN': '准备好 au ID、密码和 4 位暗证号码',
        ja: 'au ID・パスワードと4桁の暗証番号を用意',
        en: 'Have your au ID, its password and the 4-digit PIN ready',
      },
      body: {
        'zh-CN': '在 My au 办理需要 au ID 和密码，以及签约时设定的 4 位「暗証番号」。',
        ja: 'My auでの手続きには、au IDとパスワード、契約時に決めた4桁の暗証番号が必要です。',
        en: 'My au asks for your au ID and password and the 4-digit 暗証番号 (PIN) set when you signed up.',
      },
      source: ['https://kaiyaku.jp/au-cancel-guide'],
      checked,
    },
    {
      id: 'final-month-au',
      replaces: 'final-month-full',
      phase: 'prepare',
      when: { goals: ['cancel', 'mnp'], cards: ['physical', 'esim', 'corporate'] },
      title: {
        'zh-CN': '最后一个月按整月收费（转到 UQ/povo2.0 除外）',
        ja: '最終月は日割りなし（UQ・povo2.0への移行を除く）',
        en: 'The last month is charged in full (except moves to UQ or povo2.0)',
      },
      body: {
        'zh-CN': '月中解约或转出也收整月费用；只有转到 UQ mobile 或 povo2.0 时按日计算。',
        ja: '月の途中で解約・転出しても1か月分かかります。日割りになるのはUQ mobileかpovo2.0へ移る場合だけです。',
        en: 'Leaving mid-month still costs the whole month; only a move to UQ mobile or povo2.0 is pro-rated.',
      },
      timing: [{ kind: 'month-end' }],
      source: [keitaisoudan, cancelatlas],
      checked,
    },
    {
      id: 'au-same-day-cutoff',
      phase: 'prepare',
      when: { goals: ['cancel'], cards: ['physical', 'esim'] },
      title: {
        'zh-CN': '月底办理要注意当天截止时间',
        ja: '月末は当日受付の締め時刻に注意',
        en: 'On the last day of the month, mind the same-day cut-off',
      },
      body: {
        'zh-CN':
          'My au 当天受理截至 21:10 或 21:40（来源不一致），之后的申请算作次日，月底最后一天可能被算进下个月。请提前办理。',
        ja: 'My auの当日受付は21:10まで、または21:40までとされ（情報に食い違いあり）、それ以降は翌日扱いです。月末最終日だと翌月にずれることがあるので早めに。',
        en: 'My au treats requests after 21:10 or 21:40 (sources disagree) as next-day, so on the last day of the month the cancellation can slip into the next month. Do it earlier.',
      },
      timing: [{ kind: 'month-end', cutoff: '21:10' }],
      source: ['https://hachi8hachi.com/?p=5109', cancelatlas],
      // 21:40 here; the planner uses the earlier 21:10.
      against: ['https://kashi-mo.com/media/14298'],
      checked,
    },
    {
      id: 'carrier-mail-au',
      replaces: 'carrier-mail',
      phase: 'prepare',
      when: { goals: ['cancel', 'mnp'], cards: ['physical', 'esim'] },
      title: {
        'zh-CN': '@au.com / @ezweb.ne.jp 邮箱会停用',
        ja: '@au.com・@ezweb.ne.jp のメールは使えなくなります',
        en: 'Your @au.com / @ezweb.ne.jp address stops',
      },
      body: {
        'zh-CN':
          '把用它注册的服务改成其他邮箱。想保留地址可申请「auメール持ち運び」：每个地址每月 330 日元，须在解约后 31 天内申请（仅限个人合同；付款方式申请时确认）。邮箱数据在解约 31 天后删除。2026 年 KDDI 曾误将部分持ち運び自动解约，期间收到的邮件没有保存：如果你在用这项服务，请确认它仍然有效。',
        ja: '登録先のメールアドレスを変更してください。アドレスを残すなら「auメール持ち運び」（1アドレス月330円、解約後31日以内に申込み、個人契約のみ。支払い方法は申込み時に確認）。メールボックスのデータは解約31日後に削除されます。2026年には一部の持ち運びが誤って自動解約され、その間のメールは保存されませんでした。利用中なら契約が続いているか確認してください。',
        en: 'Change it on every account that uses it. To keep the address, request “auメール持ち運び” (¥330 a month per address) within 31 days of cancelling; personal contracts only, check the payment options when applying. The mailbox is deleted 31 days after cancellation. In 2026 KDDI cancelled some carry-over subscriptions by mistake and mail sent in the gap was not kept: if you use the service, check it is still active.',
      },
      timing: [
        { kind: 'before-end', days: 0 },
        { kind: 'after-end-within', days: 31, countEndDay: true },
      ],
      source: [
        'https://k-tai.watch.impress.co.jp/docs/news/1375909.html',
        // 2026: some subscriptions cancelled automatically; re-application until 2026-04-01; gap mail not kept.
        'https://news.livedoor.com/article/detail/30754712/',
        'https://pasolive.jp/p-763/',
        'https://grazie-ans.com/cmail',
        cancelatlas,
      ],
      checked: reviewed,
    },
    {
      id: 'points-au',
      replaces: 'points',
      phase: 'prepare',
      when: { goals: ['cancel', 'mnp'], cards: ['physical', 'esim'] },
      title: {
        'zh-CN': 'Ponta 积分和 au PAY 余额跟着 au ID 走',
        ja: 'Pontaポイントとau PAY残高はau IDに残ります',
        en: 'Ponta points and au PAY balance stay with your au ID',
      },
      body: {
        'zh-CN':
          '解约线路不会删除 au ID，只要不注销 au ID，积分和余额就会保留。Ponta 积分在最后一次获得或使用后 1 年失效。',
        ja: '回線を解約してもau IDは残り、au IDを退会しない限りポイントと残高は残ります。Pontaポイントは最後に貯めた・使った日から1年で失効します。',
        en: 'Ending the line does not close the au ID; points and balance remain unless you close it. Ponta points expire one year after you last earn or use any.',
      },
      source: [
        'https://gadget.awaisora.com/2026/01/06/47b60b24-295c-478c-aa8a-3f33262381ce',
        'https://qa.kddi-fs.com/print/faq/363',
        cancelatlas,
      ],
      checked,
    },
    {
      id: 'au-leaving-japan',
      phase: 'prepare',
      important: true,
      title: {
        'zh-CN': '离开日本时必须解约',
        ja: '出国する場合は解約が必要です',
        en: 'Leaving Japan: au says you must cancel',
      },
      body: {
        'zh-CN': 'au 表示离开日本时需要解约，请去 au Style/au 门店或联系客服。未付款信息会与其他运营商共享。',
        ja: 'auは出国時には解約が必要としています。au Style・auショップかお客さまセンターで手続きしてください。未払いがあると他の事業者と情報が共有されます。',
        en: 'au says the line must be cancelled when you leave Japan; visit an au Style or au shop or contact support. Unpaid bills are shared with other carriers.',
      },
      contacts: ['english', 'chinese', 'info-other'],
      source: [leavingJapan],
      checked,
    },
    {
      id: 'au-cancel-online',
      phase: 'do',
      important: true,
      when: { goals: ['cancel'], cards: ['physical', 'esim'] },
      title: { 'zh-CN': '在 My au 办理解约', ja: 'My auで解約する', en: 'Cancel in My au' },
      body: {
        'zh-CN':
          'My au →「スマートフォン・携帯電話」→「ご契約内容/手続き」→「お問い合わせ/お手続き」→「解約のお手続き」，按提示输入 4 位暗证号码并确认。',
        ja: 'My au →「スマートフォン・携帯電話」→「ご契約内容/手続き」→「お問い合わせ/お手続き」→「解約のお手続き」。画面に従い暗証番号を入力して確定します。',
        en: 'My au → “スマートフォン・携帯電話” (smartphones) → “ご契約内容/手続き” (contract) → “お問い合わせ/お手続き” (procedures) → “解約のお手続き” (cancellation). Enter the 4-digit PIN when asked and confirm.',
      },
      links: [
        {
          url: cancelPage,
          label: { 'zh-CN': 'au 解约说明', ja: 'au 解約のお手続き', en: 'au cancellation page' },
        },
      ],
      contacts: ['info-own', 'info-other'],
      timing: [{ kind: 'before-end', days: 0 }],
      source: [...menuPath, cancelatlas],
      checked,
    },
    {
      id: 'au-mnp',
      phase: 'do',
      when: { goals: ['mnp'] },
      title: {
        'zh-CN': '在 My au 或电话申请 MNP 预约号码',
        ja: 'My auか電話でMNP予約番号を申し込む',
        en: 'Request the MNP number in My au or by phone',
      },
      body: {
        'zh-CN':
          '同一路径选择「MNP予約」，号码通过短信发送；也可以打电话（9:00–20:00，号码见联系方式，未经确认）。使用一站式时不需要这一步。',
        ja: '同じメニューで「MNP予約」を選ぶと番号がSMSで届きます。電話（9:00〜20:00、番号は連絡先欄に未確認として記載）でも申し込めます。ワンストップなら不要です。',
        en: 'In the same menu choose “MNP予約”; the number arrives by SMS. Or phone (9:00–20:00; the number under contacts is unconfirmed). Not needed with One-Stop.',
      },
      contacts: ['mnp'],
      timing: [{ kind: 'before-end', days: 0 }],
      source: menuPath,
      checked,
    },
    {
      id: 'au-shop-documents',
      phase: 'do',
      when: { goals: ['cancel'], cards: ['physical', 'esim'] },
      title: {
        'zh-CN': '去门店时带齐材料',
        ja: 'ショップに行く場合の持ち物',
        en: 'If you go to a shop, bring',
      },
      body: {
        'zh-CN':
          '身份证件原件、印章（签名也可）、手机和 au IC 卡（如有）。代理人须带委任状、签约人证件复印件和本人证件，且限于监护人、亲属或护理机构人员。签约人去世时，家属带手机、印章和证明文件。',
        ja: '本人確認書類の原本、印鑑（サインでも可）、端末とau ICカード（あれば）。代理人は委任状・契約者の本人確認書類の写し・代理人の本人確認書類が必要で、親権者・後見人・家族・施設関係者に限られます。契約者死亡の場合は端末・来店者の印鑑・証明書類。',
        en: 'Original photo ID, a seal (a signature is fine), the phone and the au IC card if you have it. An agent needs a power of attorney, a copy of your ID and their own ID, and must be a parent, guardian, family member or care-home staff. After a death, family bring the phone, their seal and proof documents.',
      },
      source: [keitaisoudan],
      checked,
    },
    {
      id: 'au-number-keeping',
      phase: 'do',
      when: { goals: ['keep'], cards: ['physical', 'esim'] },
      title: {
        'zh-CN': '在门店申请「一時休止」',
        ja: 'ショップで「一時休止」を申し込む',
        en: 'Apply for suspension (一時休止) at a shop',
      },
      body: {
        'zh-CN':
          '最长 5 年，须本人到店。au 的页面说恢复使用（再利用）时号码和邮箱地址都不变；一个博客说邮箱会被重置，以官方页面为准。旧资料：申请费 2,000 日元（不含税），每月约 372–401 日元；恢复在门店办理，免费。费用可能已变，且有指南称已不提供（说法不同），请先向 au 确认。',
        ja: '最長5年、契約者本人が来店。auのページでは、再利用時は一時休止前と同じ電話番号・メールアドレスを引き継げます（メールが初期化されるとするブログもありますが、公式ページに従います）。古い情報では事務手数料2,000円（税抜）、月額約372〜401円、再利用はショップで無料。料金は古い可能性があり、休止サービス自体がないとする解説もあります（情報に食い違いあり）。auに確認してください。',
        en: 'Up to 5 years; the holder must go in person. au’s page says resuming (再利用) keeps the same number and mail address (one blog says the address resets; we follow the official page). Older sources: ¥2,000 (tax excl.) to apply and about ¥372–401 a month; resuming is done at a shop, free. Fees may be outdated and one guide says the service no longer exists (sources disagree), so check with au first.',
      },
      timing: [{ kind: 'before-end', days: 0 }],
      source: suspension,
      against: suspensionAgainst,
      checked: reviewed,
    },
  ],
  portal: {
    hosts: ['my.au.com', 'www.au.com'],
    // FAQ articles: /english/support/faq/… (official, above) and its Japanese counterpart /support/faq/….
    ignore: ['www.au.com/support/faq/*', 'www.au.com/english/support/faq/*'],
    pages: [
      {
        kind: 'account-top',
        urls: ['my.au.com/*'],
        source: ['https://my.au.com/support/tetsuzuki/au/ikkyu.html'],
        checked,
      },
      {
        kind: 'flow',
        urls: ['www.au.com/support/service/mobile/procedure/contract/cancel/*'],
        source: [leavingJapan, cancelatlas],
        checked,
      },
      completionPage(menuPath),
    ],
    paths: {
      cancel: {
        completes: 'au-cancel-online',
        steps: [
          ...contractMenus,
          {
            id: 'cancel',
            intent: 'cancel-line',
            label: { 'zh-CN': '解约手续', ja: '解約のお手続き', en: 'Cancellation procedure' },
            click: {
              'zh-CN': '开始解约：会要求输入 4 位暗证号码（暗証番号）并确认。',
              ja: '解約手続きが始まります。4桁の暗証番号の入力と確認を求められます。',
              en: 'Starts the cancellation; you will be asked for the 4-digit PIN (暗証番号) and to confirm.',
            },
            warning: {
              'zh-CN': `${CANCEL_LOSES_NUMBER['zh-CN']}当天 21:10 或 21:40（来源不一致）以后的申请算作次日，月底可能被算进下个月。`,
              ja: `${CANCEL_LOSES_NUMBER.ja}21:10または21:40（情報に食い違いあり）以降の申込みは翌日扱いで、月末だと翌月にずれることがあります。`,
              en: `${CANCEL_LOSES_NUMBER.en} Requests after 21:10 or 21:40 (sources disagree) count as the next day, so on the last day of the month the cancellation can slip into the next month.`,
            },
            source: [...menuPath, 'https://hachi8hachi.com/?p=5109'],
            against: ['https://kashi-mo.com/media/14298'],
            checked,
          },
        ],
        notes: [
          {
            on: ['flow'],
            text: {
              'zh-CN':
                '网上解约在 My au 办理（2022 年 3 月 15 日起），需要 au ID 和 4 位暗证号码；不能电话解约。',
              ja: 'Web解約はMy auで行います（2022年3月15日から）。au IDと4桁の暗証番号が必要です。電話では解約できません。',
              en: 'Online cancellation is done in My au (since 15 March 2022) with your au ID and the 4-digit PIN; au does not cancel by phone.',
            },
            source: [
              keitaisoudan,
              'https://kaiyaku.jp/au-cancel-guide',
              'https://hachi8hachi.com/archives/5109',
            ],
            checked,
          },
        ],
      },
      mnp: {
        completes: 'au-mnp',
        steps: [
          ...contractMenus,
          {
            id: 'mnp',
            intent: 'mnp-reservation',
            label: { 'zh-CN': 'MNP 预约', ja: 'MNP予約', en: 'MNP reservation' },
            click: {
              'zh-CN': '申请 MNP 预约号码，号码通过短信发送。转网完成前线路照常可用。',
              ja: 'MNP予約番号を申し込みます。番号はSMSで届きます。転出が終わるまで回線はそのまま使えます。',
              en: 'Requests the MNP reservation number, sent by SMS. The line keeps working until the port completes.',
            },
            source: menuPath,
            checked,
          },
        ],
      },
      keep: {
        steps: [],
        notes: [
          {
            on: ['account-top', 'procedures', 'flow', 'other'],
            text: {
              'zh-CN':
                'au 的「一時休止」（保留号码最长 5 年）不能在网上办理：须本人带证件到 au 门店申请。各来源说法不一，费用也可能已变，去之前请先向 au 确认。',
              ja: 'auの「一時休止」（番号を最長5年保管）はオンラインでは申し込めません。契約者本人が本人確認書類を持ってauショップで手続きします。情報に食い違いがあり料金も古い可能性があるので、事前にauへ確認してください。',
              en: 'au’s 一時休止 (keeping the number for up to 5 years) cannot be applied for online: the contract holder goes to an au shop with photo ID. Sources disagree and the fees may be out of date, so check with au before you go.',
            },
            source: suspension,
            against: suspensionAgainst,
            checked,
          },
        ],
      },
    },
  },
};
