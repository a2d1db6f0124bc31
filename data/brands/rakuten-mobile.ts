/**
 * Rakuten Mobile. Research: ../shared/reference/carriers.md §4 (4a hosts, 4b numbers, 4c procedures and fees),
 * §6a/§6d (scam cues). The §4b numbers come from the notes' copy of the official inquiry page source; `inquiry`
 * below is that page. rakuten.com (login.account.rakuten.com) is left out: the notes give no URL for it.
 */
import type { BrandInput, MenuStepInput } from '../schema';
import { CANCEL_LOSES_NUMBER, completionPage } from './portal-common';

const checked = '2026-11-22';
const inquiry = 'https://network.mobile.rakuten.co.jp/support/inquiry/';
const cancelatlas = 'https://www.cancelatlas.com/c/rakuten-mobile-jp';
const smsFaq = 'https://business.mobile.rakuten.co.jp/support/plan/sms/faq-004-003-00002';
const cancelPage = 'https://network.mobile.rakuten.co.jp/guide/cancellation/';
const mnpPage = 'https://network.mobile.rakuten.co.jp/guide/mnp/';
const onlineOnly = [
  cancelatlas,
  'https://mobaone.alpha-grp.co.jp/7726/',
  'https://norikaepro.com/rakutenm_cancellation/',
  'https://dolcani.net/sim/?p=5903',
];
const reviewed = '2026-12-07';
/** 2023–25 guides: the MNP number is issued only in my 楽天モバイル (契約プラン › 各種手続きはこちら), not in shops or by phone. */
const mnpOnlineOnly = [
  'https://simlabo.jp/rakuten-mobile/?p=6046',
  'https://inest-inc.co.jp/mobile/rakuten-reservation-number/',
];
const menuPath = [
  'https://mobile-contract-guide.com/en/rakuten-mobile-en/cancellation-procedure-en',
  'https://straightapps.com/articles/2022/0831a-rakuten-mobile-cancel.html',
  'https://ilikephone.online/mobile-phone/detailed-explanation-of-how-to-cancel-rakuten-mobile-and-issue-an-mnp-reservation-number-introducing-the-cancellation-fee',
];
const r10 = [
  'https://lifehacktivist.com/rakuten-mobile-unsubscribe-sms',
  'https://otoku.awaisora.com/?p=60586',
];
const hours917 = {
  'zh-CN': '9:00–17:00，全年无休',
  ja: '9:00〜17:00（年中無休）',
  en: '9:00–17:00, every day',
};
const hours24 = { 'zh-CN': '24 小时，全年无休', ja: '24時間（年中無休）', en: '24 hours, every day' };

/** my 楽天モバイル menus shared by the cancel and MNP paths (notes §4c; labels from 2022). */
const procedureMenus: MenuStepInput[] = [
  {
    id: 'contract-plan',
    intent: 'contract-menu',
    label: { 'zh-CN': '合同套餐', ja: '契約プラン', en: 'Contract Plan' },
    click: {
      'zh-CN': '打开合同套餐页面，其中有各种手续。',
      ja: '契約プランのページが開きます。各種手続きはここから。',
      en: 'Opens your contract plan, where the procedures start.',
    },
    source: menuPath,
    checked,
  },
  {
    id: 'various-procedures',
    intent: 'procedures',
    label: { 'zh-CN': '前往各种手续', ja: '各種手続きはこちら', en: 'Go to Various Procedures' },
    // 「各種手続き」: the review's 2024 how-to page (fact-review-2026-12.md).
    variants: ['Go to Various Procedures', '各種手続き'],
    click: {
      'zh-CN': '打开各种手续的列表，其中有解约和转网。',
      ja: '解約・乗り換えを含む各種手続きの一覧が開きます。',
      en: 'Opens the list of procedures, including cancellation and porting.',
    },
    source: [...menuPath, 'https://simlabo.jp/rakuten-mobile/?p=6046'],
    checked,
  },
];

export const rakutenMobile: BrandInput = {
  id: 'rakuten-mobile',
  company: 'rakuten-mobile',
  name: { 'zh-CN': '乐天移动（Rakuten Mobile）', ja: '楽天モバイル', en: 'Rakuten Mobile' },
  cards: ['physical', 'esim', 'corporate'],
  identity: {
    hostTokens: ['rakuten', 'rakutenmobile'],
    pageTerms: [
      '楽天モバイル',
      'Rakuten Mobile',
      'my 楽天モバイル',
      '楽天ID',
      'Rakuten Link',
      'Rakuten最強プラン',
      '楽天ポイント',
    ],
  },
  neverDoes: [
    {
      text: {
        'zh-CN':
          '乐天移动提醒：不要拨打短信里的电话号码，不要点链接，不要打开附件或下载应用。已经打开诈骗短信后，乐天无法提供处理建议。',
        ja: '楽天モバイルは、SMSに書かれた番号に電話しない・リンクを開かない・添付やアプリを開かないよう呼びかけています。詐欺SMSを開いてしまった後の対処は案内できないとしています。',
        en: 'Rakuten Mobile says: do not call numbers in a text, do not tap links, do not open attachments or download apps. It cannot advise you once a scam text has been acted on.',
      },
      source: [smsFaq],
      checked,
    },
    {
      text: {
        'zh-CN':
          '乐天的正式短信链接使用 https 和 rakuten.co.jp 或 r10.to；http:// 开头或 .top/.xyz 域名的链接是假的。乐天也会从 050-5434-4653 发送正式短信，所以不能只凭发信号码判断真假。',
        ja: '楽天の正規SMSのリンクはhttpsでrakuten.co.jpかr10.toです。http://や.top/.xyzのドメインは偽物です。楽天は050-5434-4653から正規のSMSも送るため、送信元番号だけでは判断できません。',
        en: 'Genuine Rakuten texts link over https to rakuten.co.jp or r10.to; http:// links and .top/.xyz domains are fake. Rakuten also sends genuine texts from 050-5434-4653, so the sender number alone proves nothing.',
      },
      source: [smsFaq, ...r10, inquiry],
      checked,
    },
  ],
  domains: [
    { domain: 'rakuten.co.jp', source: [cancelatlas, smsFaq], checked },
    { domain: 'r10.to', source: r10, checked },
  ],
  hosts: [
    {
      host: 'network.mobile.rakuten.co.jp',
      role: 'brand',
      login: false,
      source: [
        cancelatlas,
        'https://megalodon.jp/ref/2020-0421-1420-18/https://network.mobile.rakuten.co.jp:443/faq/detail/00001460',
      ],
      checked,
    },
    {
      host: 'portal.mobile.rakuten.co.jp',
      role: 'portal',
      login: true,
      source: [inquiry],
      checked,
    },
    {
      host: 'business.mobile.rakuten.co.jp',
      role: 'portal',
      login: true,
      source: [smsFaq],
      checked,
    },
    { host: 'r10.to', role: 'brand', login: false, source: r10, checked },
  ],
  contacts: [
    {
      // Hours are the official page's; a third-party list says 9:00–20:00 (notes §4b), which we do not show.
      id: 'info',
      purpose: 'enquiries',
      name: {
        'zh-CN': '乐天移动客服（Rakuten 最强套餐用户）',
        ja: '楽天モバイル（Rakuten最強プラン）ご利用中の方の窓口',
        en: 'Rakuten Mobile support (Rakuten 最強プラン customers)',
      },
      from: 'any',
      phone: { kind: 'number', e164: '+815054344653', display: '050-5434-4653' },
      hours: hours917,
      note: {
        'zh-CN': '收费，用 Rakuten Link 拨打免费。乐天也用此号码发送正式短信。',
        ja: '有料（Rakuten Linkからは無料）。楽天はこの番号から正規のSMSも送ります。',
        en: 'Charged, but free from Rakuten Link. Rakuten also sends genuine texts from this number.',
      },
      source: [inquiry],
      checked,
    },
    {
      id: 'setup',
      purpose: 'enquiries',
      name: {
        'zh-CN': '申请后至初始设置的咨询（免费）',
        ja: 'お申し込み後〜初期設定の窓口（無料）',
        en: 'After sign-up and initial setup (toll-free)',
      },
      from: 'any',
      phone: { kind: 'number', e164: '+818006000700', display: '0800-600-0700' },
      hours: hours917,
      source: [inquiry],
      checked,
    },
    {
      id: 'lost',
      purpose: 'lost',
      name: {
        'zh-CN': '被盗/遗失、停机/恢复（免费）',
        ja: '盗難・紛失／利用停止・再開（無料）',
        en: 'Lost or stolen phone, suspend or resume (toll-free)',
      },
      from: 'any',
      phone: { kind: 'number', e164: '+818006000500', display: '0800-600-0500' },
      hours: hours24,
      source: [inquiry],
      checked,
    },
    {
      id: 'overseas',
      purpose: 'overseas',
      name: { 'zh-CN': '从海外拨打', ja: '海外からのお問い合わせ', en: 'Calling from abroad' },
      from: 'any',
      phone: { kind: 'number', e164: '+815054344633', display: '050-5434-4633' },
      hours: hours24,
      source: [inquiry],
      checked,
    },
    {
      id: 'english',
      purpose: 'foreign-language',
      name: { 'zh-CN': '英语服务', ja: '英語サポート', en: 'English support' },
      from: 'any',
      phone: { kind: 'number', e164: '+818008050805', display: '0800-805-0805' },
      source: [inquiry],
      checked,
    },
    {
      id: 'corporate',
      purpose: 'corporate',
      name: { 'zh-CN': '法人客户窗口', ja: '法人のお客様窓口', en: 'Corporate customers' },
      from: 'any',
      phone: { kind: 'number', e164: '+818008051100', display: '0800-805-1100' },
      hours: { 'zh-CN': '9:00–17:00', ja: '9:00〜17:00', en: '9:00–17:00' },
      source: ['https://business.mobile.rakuten.co.jp/support/payment/payment/00013'],
      checked,
    },
    {
      id: 'chat',
      purpose: 'enquiries',
      name: {
        'zh-CN': '在线聊天（需登录 my 楽天モバイル）',
        ja: 'チャット（my 楽天モバイルへのログインが必要）',
        en: 'Chat (sign in to my 楽天モバイル)',
      },
      from: 'any',
      url: 'https://portal.mobile.rakuten.co.jp/technical-operation?action=supportChat',
      hours: { 'zh-CN': '9:00–23:00', ja: '9:00〜23:00', en: '9:00–23:00' },
      source: [inquiry],
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
            'zh-CN': '只能在 my 楽天モバイル 网站或应用办理。',
            ja: 'my 楽天モバイル（Web・アプリ）のみ',
            en: 'Only in my 楽天モバイル, on the web or in the app.',
          },
          url: cancelPage,
          source: onlineOnly,
          checked,
        },
        phone: {
          available: 'no',
          note: {
            'zh-CN': '现行套餐不受理电话解约。',
            ja: '現行プランは電話で解約できません。',
            en: 'The current plan cannot be cancelled by phone.',
          },
          source: onlineOnly,
          checked,
        },
        shop: {
          available: 'no',
          note: {
            'zh-CN': '门店不能代办解约，也不能查询或找回乐天 ID 密码。',
            ja: 'ショップでは解約できず、楽天IDのパスワードの確認・再発行もできません。',
            en: 'Shops cannot cancel for you, nor look up or recover your Rakuten ID password.',
          },
          source: onlineOnly,
          checked: reviewed,
        },
      },
    },
    mnp: {
      available: true,
      source: [...menuPath, ...mnpOnlineOnly],
      checked: reviewed,
      channels: {
        online: {
          available: 'yes',
          note: {
            'zh-CN': 'my 楽天モバイル，在解约手续中选择「他社へのお乗り換え(MNP)」；也支持 MNP 一站式。',
            ja: 'my 楽天モバイルの解約手続きで「他社へのお乗り換え(MNP)」を選択。MNPワンストップにも対応しています。',
            en: 'In my 楽天モバイル, choose “他社へのお乗り換え(MNP)” (switch carrier) in the cancellation flow; MNP One-Stop is supported too.',
          },
          url: mnpPage,
          source: [...menuPath, 'https://www.oneplat.co.jp/article/?p=259', ...mnpOnlineOnly],
          checked: reviewed,
        },
        shop: {
          available: 'no',
          note: {
            'zh-CN': '门店不办理携号转出（MNP），请在网上办理。',
            ja: 'ショップではMNP転出の手続きはできません。オンラインで手続きしてください。',
            en: 'Shops do not handle porting out (MNP); do it online.',
          },
          source: [
            ...mnpOnlineOnly,
            'https://norikaepro.com/rakutenm_cancellation/',
            'https://dolcani.net/sim/?p=5903',
          ],
          checked: reviewed,
        },
      },
    },
    keep: {
      available: false,
      note: {
        'zh-CN':
          '乐天移动没有暂停或号码保管服务，解约是永久的。想保住号码，可以继续保留线路（按流量档计费），或转到你会继续使用的套餐。',
        ja: '楽天モバイルには休止・番号保管のサービスがなく、解約は取り消せません。番号を残すなら回線を続ける（データ利用量に応じた料金）か、使い続けるプランへMNPで移してください。',
        en: 'Rakuten Mobile offers no pause or number keeping, and cancellation is permanent. To keep the number, keep the line (billed by data tier) or move it to a plan you will keep.',
      },
      source: [cancelatlas],
      checked,
      channels: {},
    },
  },
  steps: [
    {
      id: 'rakuten-short-term-fee',
      phase: 'prepare',
      when: { goals: ['cancel', 'mnp'] },
      title: {
        'zh-CN': '1 年内解约要付最多 1,078 日元',
        ja: '1年以内の解約は最大1,078円',
        en: 'Ending within a year costs up to ¥1,078',
      },
      body: {
        'zh-CN':
          '2025 年 4 月 1 日以后的新签约，开通后 1 年内解约（含转出），不论使用情况，收取最多 1,078 日元的解约事务手续费（相当于最低档一个月的费用，有折扣时扣除折扣）。适用于 Rakuten 最强套餐、数据套餐和 Apple Watch 家庭共享。初期契约解除、转让或继承等不得已的情况不收。',
        ja: '2025年4月1日以降の新規契約は、開通から1年以内に解約（MNP含む）すると、利用状況にかかわらず解約事務手数料が最大1,078円（最低料金1か月分、割引適用時は割引後）かかります。対象はRakuten最強プラン・データタイプ・Apple Watch ファミリー共有。初期契約解除や譲渡・承継などやむを得ない場合は対象外です。',
        en: 'Lines opened from 1 April 2025 and ended (or ported) within a year of activation pay a 解約事務手数料 of up to ¥1,078 (one month at the lowest tier, less any discount), whatever the usage. Applies to Rakuten 最強プラン, data-only plans and Apple Watch family sharing. Exempt: cancellation in the cooling-off period (初期契約解除) and unavoidable cases such as transfer or succession.',
      },
      source: [
        {
          url: 'https://appllio.com/news/2025-03-07-61871-rakuten-mobile-cancellation-fee',
          date: '2025-03-07',
        },
        'https://rmobile-rewards.jp/new-cancellation-fee-guide',
        'https://raku-tawa.com/rakuten-mobile-cancellation-fee',
        'https://senior.mamaroid.com/rakuten-mobile-cancellation-fee',
        'https://okayama00glocal.blog.jp/archives/89000122.html',
        cancelatlas,
      ],
      checked: reviewed,
    },
    {
      id: 'final-month-rakuten',
      replaces: 'final-month-full',
      phase: 'prepare',
      when: { goals: ['cancel', 'mnp'] },
      title: {
        'zh-CN': '最后一个月按截至解约日的流量计费',
        ja: '最終月は解約日までのデータ利用量で請求',
        en: 'The last month is billed by data used up to the cancellation day',
      },
      body: {
        'zh-CN':
          '乐天不按日计算，而是按到解约日为止使用的流量档位收费；部分选项按整月收费。账单在下个月寄到。',
        ja: '日割りではなく、解約日までのデータ利用量に応じた段階料金で請求されます。一部のオプションは1か月分かかります。請求は翌月です。',
        en: 'Rakuten does not pro-rate by day: you pay the data tier reached by the cancellation date, and some options are charged for the whole month. The bill comes the following month.',
      },
      source: [cancelatlas, 'https://nia-srassha.com/?p=412'],
      checked,
    },
    {
      id: 'rakuten-id-ready',
      phase: 'prepare',
      when: { goals: ['cancel', 'mnp'] },
      title: {
        'zh-CN': '确认能登录乐天 ID',
        ja: '楽天IDでログインできるか確認',
        en: 'Make sure you can sign in with your Rakuten ID',
      },
      body: {
        'zh-CN':
          '所有手续都在 my 楽天モバイル 上用乐天 ID 办理。门店无法查询或找回乐天 ID 密码，忘记时请自己通过乐天的账户找回流程处理。',
        ja: '手続きはすべてmy 楽天モバイルに楽天IDでログインして行います。ショップでは楽天IDのパスワードを確認できないので、忘れた場合は自分で楽天の再設定手続きをしてください。',
        en: 'Everything happens in my 楽天モバイル under your Rakuten ID. Shops cannot look up or recover its password, so if you forgot it, recover it yourself through Rakuten’s account reset first.',
      },
      source: ['https://mobaone.alpha-grp.co.jp/7726/'],
      checked,
    },
    {
      id: 'points-rakuten',
      replaces: 'points',
      phase: 'prepare',
      when: { goals: ['cancel', 'mnp'] },
      title: {
        'zh-CN': '乐天积分保留，但 SPU 加成会消失',
        ja: '楽天ポイントは残り、SPUの倍率特典はなくなります',
        en: 'Rakuten points stay; the SPU bonus goes',
      },
      body: {
        'zh-CN': '乐天积分跟着乐天 ID 保留；乐天市场的 SPU 积分倍率加成会失去。',
        ja: '楽天ポイントは楽天IDに残ります。楽天市場のSPU（ポイント倍率）の特典はなくなります。',
        en: 'Rakuten points stay with your Rakuten ID; the SPU multiplier bonus on Rakuten shopping is lost.',
      },
      source: ['https://www.luft.co.jp/media/?p=7185'],
      checked,
    },
    {
      id: 'carrier-mail-rakuten',
      replaces: 'carrier-mail',
      phase: 'prepare',
      when: { goals: ['cancel', 'mnp'] },
      title: {
        'zh-CN': 'Rakuten Link 记录立即删除，楽メール 保留 31 天',
        ja: 'Rakuten Linkの履歴はすぐ削除、楽メールは31日間',
        en: 'Rakuten Link history is deleted at once; 楽メール lasts 31 days',
      },
      body: {
        'zh-CN':
          '解约后 Rakuten Link 的通话和消息记录立即删除，需要的话先备份。楽メール 保留 31 天后删除；想保留地址可申请「楽メール持ち運び」（每月 330 日元）。',
        ja: '解約するとRakuten Linkの通話・メッセージ履歴はすぐに削除されるので、必要なら先に保存してください。楽メールは31日間残った後に削除されます。アドレスを残すなら「楽メール持ち運び」（月330円）。',
        en: 'Rakuten Link call and message history is deleted as soon as the line ends, so save what you need first. 楽メール is kept for 31 days, then deleted; to keep the address, use “楽メール持ち運び” (¥330 a month).',
      },
      timing: [
        { kind: 'before-end', days: 0 },
        { kind: 'after-end-within', days: 31, countEndDay: true },
      ],
      source: [cancelatlas],
      checked,
    },
    {
      id: 'rakuten-cancel-online',
      phase: 'do',
      important: true,
      when: { goals: ['cancel', 'mnp'] },
      title: {
        'zh-CN': '在 my 楽天モバイル 办理',
        ja: 'my 楽天モバイルで手続きする',
        en: 'Use my 楽天モバイル',
      },
      body: {
        'zh-CN':
          'my 楽天モバイル →「契約プラン」→「各種手続き」/「その他のお手続き」→「各種手続きはこちら」→「解約のお手続き」→「解約」。选择「解約」或「他社へのお乗り換え(MNP)」→ 注意事项 → 问卷 → 一次性密码等身份验证 →「申し込む」，之后会收到确认邮件。菜单名称来自 2022 年的资料。',
        ja: 'my 楽天モバイル →「契約プラン」→「各種手続き」／「その他のお手続き」→「各種手続きはこちら」→「解約のお手続き」→「解約」。「解約」か「他社へのお乗り換え(MNP)」を選び、注意事項 → アンケート → ワンタイムパスワード等の本人確認 →「申し込む」。確認メールが届きます。メニュー名は2022年時点のものです。',
        en: 'my 楽天モバイル → “契約プラン” (Contract Plan) → “各種手続き” / “その他のお手続き” (other procedures) → “各種手続きはこちら” (Go to Various Procedures) → “解約のお手続き” → “解約” (Cancel). Choose “解約” or “他社へのお乗り換え(MNP)”, then notes → questionnaire → one-time password check → “申し込む” (apply); a confirmation e-mail follows. Labels are from 2022.',
      },
      links: [
        {
          url: cancelPage,
          label: {
            'zh-CN': '乐天移动解约说明',
            ja: '楽天モバイル 解約について',
            en: 'Rakuten Mobile cancellation page',
          },
        },
        {
          url: mnpPage,
          label: {
            'zh-CN': '乐天移动 MNP 转出说明',
            ja: '楽天モバイル MNP転出',
            en: 'Rakuten Mobile porting-out page',
          },
        },
      ],
      contacts: ['chat', 'info', 'english'],
      timing: [{ kind: 'before-end', days: 0 }],
      source: menuPath,
      checked,
    },
    {
      id: 'rakuten-sim-return',
      phase: 'after',
      when: { goals: ['cancel', 'mnp'], cards: ['physical', 'esim'] },
      title: {
        'zh-CN': 'SIM 卡：按指示归还或剪断丢弃',
        ja: 'SIMカード：案内に従い返却か裁断して廃棄',
        en: 'SIM card: return it, or cut it up as instructed',
      },
      body: {
        'zh-CN':
          '实体 SIM：2023 年 1 月 18 日条款修改后，可以寄回，也可以按指示剪断后丢弃；旧博客说“必须寄回平和岛地址”已过时。eSIM 无需归还，解约完成后再自行删除配置文件。',
        ja: '物理SIM：2023年1月18日の規約変更以降は、返却するか案内どおり裁断して廃棄します。「平和島の住所へ返却必須」とする古いブログは古い情報です。eSIMは返却不要で、解約後に自分でプロファイルを削除します。',
        en: 'Physical SIM: since the 18 January 2023 terms change you either return it or cut it up and throw it away as instructed; older blogs saying it must go back to a Heiwajima address are out of date. eSIM: nothing to return; delete the profile yourself after the cancellation.',
      },
      source: ['https://xn--2-v9tt97kv71a87vjzp.com/sim_henkyaku.html', 'https://rei01-shop.com/ads/3991'],
      checked,
    },
  ],
  portal: {
    hosts: ['portal.mobile.rakuten.co.jp', 'network.mobile.rakuten.co.jp'],
    // FAQ articles (/faq/detail/…, notes §4a).
    ignore: ['network.mobile.rakuten.co.jp/faq/*'],
    pages: [
      {
        kind: 'account-top',
        urls: ['portal.mobile.rakuten.co.jp/dashboard*', 'portal.mobile.rakuten.co.jp/my-rakuten-mobile*'],
        source: [inquiry],
        checked,
      },
      {
        kind: 'flow',
        urls: [
          'network.mobile.rakuten.co.jp/guide/cancellation/*',
          'network.mobile.rakuten.co.jp/guide/mnp/*',
        ],
        source: [cancelatlas],
        checked,
      },
      completionPage(menuPath),
    ],
    paths: {
      cancel: {
        completes: 'rakuten-cancel-online',
        steps: [
          ...procedureMenus,
          {
            // The path goes on to a bare 「解約」 choice; a bare 解約 also cancels options, so it is not pointed at.
            id: 'cancel',
            intent: 'cancel-line',
            label: { 'zh-CN': '解约手续', ja: '解約のお手続き', en: 'Cancellation procedure' },
            click: {
              'zh-CN':
                '接下来选择「解約」（解约）或「他社へのお乗り換え(MNP)」（转网），然后是注意事项、问卷、一次性密码和「申し込む」。',
              ja: '次に「解約」か「他社へのお乗り換え(MNP)」を選び、注意事項・アンケート・ワンタイムパスワード・「申し込む」と進みます。',
              en: 'Next you choose 「解約」 (cancel) or 「他社へのお乗り換え(MNP)」 (port), then notes, a questionnaire, a one-time password and 「申し込む」 (apply).',
            },
            warning: CANCEL_LOSES_NUMBER,
            source: menuPath,
            checked,
          },
        ],
      },
      mnp: {
        completes: 'rakuten-cancel-online',
        steps: [
          ...procedureMenus,
          {
            id: 'port',
            intent: 'mnp-reservation',
            label: {
              'zh-CN': '转到其他运营商（MNP）',
              ja: '他社へのお乗り換え(MNP)',
              en: 'Switch to another carrier (MNP)',
            },
            click: {
              'zh-CN': '选择转网而不是解约；接着是注意事项、问卷、身份验证和「申し込む」。',
              ja: '解約ではなく乗り換えを選びます。注意事項・アンケート・本人確認・「申し込む」と進みます。',
              en: 'Chooses porting rather than cancelling; notes, a questionnaire, an identity check and 「申し込む」 (apply) follow.',
            },
            source: menuPath,
            checked,
          },
        ],
      },
    },
  },
};
