/**
 * Travel, prepaid and visitor SIM / eSIM providers, grouped as one "brand" so the popup can offer them.
 * Research: ../shared/reference/carriers.md §5 (b-mobile VISITOR SIM, Sakura Mobile, Mobal, TravelTechLab) and §0.
 * No phone numbers are in the notes for these providers; contacts point to their official help pages.
 */
import type { BrandInput } from '../schema';

const checked = '2026-11-22';
const bmobileNote = 'https://www.bmobile.ne.jp/english/note_un_m.html';
const bmobileCharge = 'https://www.bmobile.ne.jp/english/charge.html';
const sakuraCancel =
  'https://support.sakuramobile.jp/hc/en-us/articles/4422395250201-Can-I-cancel-right-after-the-contract-start';
const sakuraWifi =
  'https://support.sakuramobile.jp/hc/en-us/articles/39352125747225-How-can-I-cancel-the-rental-Home-WiFi-device-subscription';
const sakuraEsim =
  'https://support.sakuramobile.jp/hc/en-us/articles/27171831802393-When-does-my-Travel-eSIM-rental-period-starts';
const mobalFlexible =
  'https://support.mobal.com/blog/billing/my-plan-options/flexible-plans-for-long-term-users/';
const mobalExtending = 'https://support.mobal.com/blog/billing/my-plan-options/extending-your-service/';
const ttlDeposit = 'https://sim.traveltechlab.co.jp/lp/en-us/deposit/';
const postpaid = [sakuraCancel, mobalFlexible, mobalExtending];

export const travel: BrandInput = {
  id: 'travel',
  company: 'travel-sims',
  name: {
    'zh-CN': '旅行/预付费 SIM 与 eSIM',
    ja: '旅行者向け・プリペイドSIM／eSIM',
    en: 'Travel / prepaid SIM & eSIM',
  },
  cards: ['prepaid', 'esim'],
  identity: {
    hostTokens: ['bmobile', 'sakuramobile', 'mobal', 'traveltechlab'],
    pageTerms: ['b-mobile', 'VISITOR SIM', '日本通信', 'Sakura Mobile', 'Mobal', 'TravelTechLab'],
  },
  domains: [
    { domain: 'bmobile.ne.jp', source: [bmobileNote, bmobileCharge], checked },
    { domain: 'sakuramobile.jp', source: [sakuraCancel, sakuraEsim], checked },
    { domain: 'mobal.com', source: [mobalFlexible, mobalExtending], checked },
    { domain: 'traveltechlab.co.jp', source: [ttlDeposit], checked },
  ],
  hosts: [
    {
      host: 'www.bmobile.ne.jp',
      role: 'brand',
      login: false,
      source: [bmobileNote, bmobileCharge],
      checked,
    },
    {
      host: 'support.sakuramobile.jp',
      role: 'support',
      login: false,
      source: [sakuraCancel, sakuraEsim],
      checked,
    },
    {
      host: 'support.mobal.com',
      role: 'support',
      login: false,
      source: [mobalFlexible, mobalExtending],
      checked,
    },
    {
      host: 'sim.traveltechlab.co.jp',
      role: 'brand',
      login: false,
      source: [ttlDeposit],
      checked,
    },
  ],
  contacts: [
    {
      id: 'sakura',
      purpose: 'enquiries',
      name: {
        'zh-CN': 'Sakura Mobile 帮助中心',
        ja: 'Sakura Mobile ヘルプセンター',
        en: 'Sakura Mobile help center',
      },
      from: 'any',
      url: sakuraCancel,
      source: [sakuraCancel],
      checked,
    },
    {
      id: 'mobal',
      purpose: 'enquiries',
      name: { 'zh-CN': 'Mobal 支持页面', ja: 'Mobal サポート', en: 'Mobal support' },
      from: 'any',
      url: mobalFlexible,
      source: [mobalFlexible],
      checked,
    },
    {
      id: 'bmobile',
      purpose: 'enquiries',
      name: {
        'zh-CN': 'b-mobile VISITOR SIM 注意事项',
        ja: 'b-mobile VISITOR SIM ご利用上の注意',
        en: 'b-mobile VISITOR SIM terms and notes',
      },
      from: 'any',
      url: bmobileNote,
      source: [bmobileNote],
      checked,
    },
    {
      id: 'traveltechlab',
      purpose: 'enquiries',
      name: {
        'zh-CN': 'TravelTechLab 押金说明',
        ja: 'TravelTechLab デポジットについて',
        en: 'TravelTechLab deposit page',
      },
      from: 'any',
      url: ttlDeposit,
      source: [ttlDeposit],
      checked,
    },
  ],
  goals: {
    cancel: {
      available: true,
      note: {
        'zh-CN':
          '预付费和旅行 SIM/eSIM 通常不需要解约，到期或流量用完就自动结束。后付费的访客套餐（Sakura Mobile 月付、Mobal「Ongoing」）必须自己在网上终止。',
        ja: 'プリペイド・旅行者向けSIM／eSIMは通常解約不要で、期限か容量の終了で自然に終わります。後払いの訪日者向けプラン（Sakura Mobileの月額、Mobalの「Ongoing」）は自分でオンライン解約が必要です。',
        en: 'Prepaid and travel SIMs/eSIMs usually need no cancellation: they end at their end date or when the data runs out. Postpaid visitor plans (Sakura Mobile monthly, Mobal “Ongoing”) must be terminated online by you.',
      },
      source: [bmobileNote, ...postpaid],
      checked,
      channels: {
        online: {
          available: 'yes',
          note: {
            'zh-CN': 'Sakura Mobile：My Page →「Terminate contract」；Mobal：MyAccount。',
            ja: 'Sakura Mobile：My Page →「Terminate contract」、Mobal：MyAccount',
            en: 'Sakura Mobile: My Page → “Terminate contract”; Mobal: MyAccount.',
          },
          source: postpaid,
          checked,
        },
      },
    },
    mnp: {
      available: true,
      note: {
        'zh-CN':
          '只适用于带电话号码的套餐，例如 Sakura Mobile 月付（MNP 号码发行费 1,100 日元）。b-mobile VISITOR SIM 只有数据，没有号码可转。',
        ja: '電話番号のあるプランのみ。例えばSakura Mobileの月額プラン（MNP予約番号の発行1,100円）。b-mobile VISITOR SIMはデータ専用で移す番号がありません。',
        en: 'Only for plans with a phone number, such as Sakura Mobile monthly (the MNP number costs ¥1,100). b-mobile VISITOR SIM is data-only, so there is no number to move.',
      },
      source: [sakuraCancel, bmobileNote],
      checked,
      channels: {},
    },
    keep: {
      available: true,
      note: {
        'zh-CN':
          'Mobal 的「Ongoing」套餐可以改为「Vacation Plan」（最长 12 个月）来保留，而不是终止。其他供应商没有相关资料。',
        ja: 'Mobalの「Ongoing」プランは解約せずに「Vacation Plan」（最長12か月）にできます。他の事業者については資料がありません。',
        en: 'Mobal “Ongoing” plans can be put on the “Vacation Plan” (up to 12 months) instead of being terminated. We have no source for the other providers.',
      },
      source: [mobalFlexible, mobalExtending],
      checked,
      channels: {
        online: {
          available: 'yes',
          note: { 'zh-CN': 'Mobal MyAccount', ja: 'Mobal MyAccount', en: 'Mobal MyAccount' },
          source: [mobalFlexible, mobalExtending],
          checked,
        },
      },
    },
  },
  omit: [
    'carrier-mail',
    'points',
    'carrier-billing',
    'instalments-continue',
    'final-month-full',
    'corporate-administrator',
  ],
  steps: [
    {
      id: 'travel-prepaid-ends',
      phase: 'prepare',
      when: { goals: ['cancel'] },
      title: {
        'zh-CN': '预付费 SIM 通常不用解约',
        ja: 'プリペイドSIMは通常解約不要',
        en: 'A prepaid SIM usually needs no cancellation',
      },
      body: {
        'zh-CN':
          '预付费或旅行 eSIM 到期后自动结束，无需操作。只有后付费的访客套餐（Sakura Mobile 月付、Mobal「Ongoing」）需要自己终止，否则会继续收费。',
        ja: 'プリペイドや旅行者向けeSIMは期限が来れば自動で終わり、手続きは要りません。後払いの訪日者向けプラン（Sakura Mobileの月額、Mobalの「Ongoing」）だけは自分で解約しないと請求が続きます。',
        en: 'A prepaid or travel eSIM simply ends at expiry; nothing to do. Only postpaid visitor plans (Sakura Mobile monthly, Mobal “Ongoing”) must be terminated, or the bills continue.',
      },
      source: [bmobileNote, ...postpaid],
      checked,
    },
    {
      id: 'travel-bmobile-visitor',
      phase: 'prepare',
      title: {
        'zh-CN': 'b-mobile VISITOR SIM：买了就不能退',
        ja: 'b-mobile VISITOR SIM：購入後の解約・返金なし',
        en: 'b-mobile VISITOR SIM: no cancellation or refund once bought',
      },
      body: {
        'zh-CN':
          '只有数据的预付费卡，需要护照登记。不适用 8 天初期契约解除：购买后不能解约、退货或退款，追加充值也不退。到期或流量用完即结束。',
        ja: 'データ専用のプリペイドで、パスポートの登録が必要です。初期契約解除の対象外で、購入後の解約・返品・返金はできず、追加チャージも返金されません。期限か容量の終了で利用が終わります。',
        en: 'Data-only prepaid; passport registration required. The 8-day cooling-off rule does not apply: no cancellation, return or refund after purchase, and top-ups are non-refundable. Service ends at the end date or when the data runs out.',
      },
      contacts: ['bmobile'],
      source: [bmobileNote, bmobileCharge],
      checked,
    },
    {
      id: 'travel-mobal',
      phase: 'do',
      title: {
        'zh-CN': 'Mobal：固定期限卡自动结束，Ongoing 套餐要终止',
        ja: 'Mobal：期間固定は自動終了、Ongoingは解約が必要',
        en: 'Mobal: fixed-period SIMs end by themselves; “Ongoing” plans must be terminated',
      },
      body: {
        'zh-CN':
          '15/30/60/90 天的卡在期满时永久停用，无需操作。「Ongoing」套餐要在 MyAccount 终止，或改为「Vacation Plan」（最长 12 个月）。开通 30 天内停用不退款。',
        ja: '15／30／60／90日のSIMは期間終了で完全に停止し、手続きは不要です。「Ongoing」プランはMyAccountで解約するか「Vacation Plan」（最長12か月）にします。30日以内に停止しても返金はありません。',
        en: '15/30/60/90-day SIMs are permanently disconnected at the end of the period; nothing to do. “Ongoing” plans must be terminated in MyAccount, or moved to the “Vacation Plan” (up to 12 months). No refund if disconnected within 30 days.',
      },
      contacts: ['mobal'],
      source: [mobalFlexible, mobalExtending],
      checked,
    },
    {
      id: 'travel-sakura-monthly',
      phase: 'do',
      important: true,
      when: { goals: ['cancel', 'mnp'] },
      title: {
        'zh-CN': 'Sakura Mobile 月付：在 My Page 终止',
        ja: 'Sakura Mobile 月額：My Pageで解約',
        en: 'Sakura Mobile monthly: terminate in My Page',
      },
      body: {
        'zh-CN':
          '后付费套餐必须在 My Page →「Terminate contract」终止。适用 8 天初期契约解除；3,300 日元手续费不退；MNP 号码发行费 1,100 日元。其 Home WiFi 说明称，月付设备在 25 日前终止可在当月底结束。',
        ja: '後払いのプランはMy Page →「Terminate contract」で解約が必要です。8日以内の初期契約解除が使えます。事務手数料3,300円は返金されず、MNP予約番号の発行は1,100円。Home WiFiの案内では、月額機器は25日までに解約すると月末で終了します。',
        en: 'Postpaid plans must be ended in My Page → “Terminate contract”. The 8-day cooling-off rule applies; the ¥3,300 handling fee is non-refundable; an MNP number costs ¥1,100. Its Home WiFi article says monthly devices terminated by the 25th close at the end of that month.',
      },
      contacts: ['sakura'],
      timing: [{ kind: 'before-end', days: 0 }],
      source: [sakuraCancel, sakuraWifi],
      checked,
    },
    {
      id: 'travel-sakura-esim',
      phase: 'prepare',
      important: true,
      when: { cards: ['esim'] },
      title: {
        'zh-CN': 'Sakura Mobile Travel eSIM：安装后不要删除',
        ja: 'Sakura Mobile Travel eSIM：インストール後は削除しない',
        en: 'Sakura Mobile Travel eSIM: do not delete it after installing',
      },
      body: {
        'zh-CN': '租期从安装当天开始，而且只能安装一次，删掉就无法重新安装。',
        ja: 'レンタル期間はインストールした日から始まり、インストールは1回だけです。削除すると入れ直せません。',
        en: 'The rental period starts on the day you install it, and it can be installed only once, so a deleted profile cannot be put back.',
      },
      contacts: ['sakura'],
      source: [sakuraEsim],
      checked,
    },
    {
      id: 'travel-traveltechlab-deposit',
      phase: 'after',
      important: true,
      when: { cards: ['prepaid'] },
      title: {
        'zh-CN': 'TravelTechLab：1 周内寄回 SIM 才退押金',
        ja: 'TravelTechLab：1週間以内にSIMを返送するとデポジット返金',
        en: 'TravelTechLab: mail the SIM back within a week to get the deposit',
      },
      body: {
        'zh-CN': '1,280 日元押金只有在到期后 1 周内寄回 SIM 卡才会退还。',
        ja: 'デポジット1,280円は、期限後1週間以内にSIMを返送した場合だけ返金されます。',
        en: 'The ¥1,280 deposit is refunded only if the SIM is mailed back within one week of expiry.',
      },
      contacts: ['traveltechlab'],
      timing: [{ kind: 'after-end-within', days: 7, countEndDay: true }],
      source: [ttlDeposit],
      checked,
    },
    {
      id: 'travel-esim-sellers',
      phase: 'prepare',
      when: { cards: ['esim'] },
      title: {
        'zh-CN': '其他旅行 eSIM：发送二维码后通常不能取消',
        ja: 'その他の旅行用eSIM：QRコード送付後は通常キャンセル不可',
        en: 'Other travel eSIMs: usually no cancellation once the QR code is sent',
      },
      body: {
        'zh-CN':
          '一般的旅行 eSIM 卖家在发送二维码后通常不接受取消，只在故障时退款。请查看你购买的卖家的条款。',
        ja: '一般的な旅行用eSIMの販売業者は、QRコードを送った後のキャンセルを通常受け付けず、返金は不具合の場合だけです。購入先の規約を確認してください。',
        en: 'Typical travel eSIM sellers do not accept cancellation once the QR code is delivered and refund only for malfunctions. Check your seller’s terms.',
      },
      source: ['https://bestsingaporeesim.com/term-of-use'],
      checked,
    },
    {
      id: 'travel-mnp',
      replaces: 'mnp-reservation-number',
      phase: 'do',
      when: { goals: ['mnp'] },
      title: {
        'zh-CN': '取得 MNP 预约号码（有效 15 天）',
        ja: 'MNP予約番号を取得する（有効期限15日）',
        en: 'Get the MNP reservation number (valid 15 days)',
      },
      body: {
        'zh-CN':
          '只有带电话号码的套餐才能转出。Sakura Mobile 收取 1,100 日元发行费。号码含发放当天有效 15 天；号码转入新运营商完成时旧合同才结束。',
        ja: '電話番号のあるプランだけが対象です。Sakura Mobileでは発行に1,100円かかります。有効期限は発行日を含めて15日間で、転入が完了した時点で元の契約が終わります。',
        en: 'Only plans with a phone number can port. Sakura Mobile charges ¥1,100 to issue the number. It is valid for 15 days counting the day it is issued, and the old contract ends when the port completes.',
      },
      contacts: ['sakura'],
      timing: [
        { kind: 'before-end', days: 0 },
        { kind: 'after-mnp-issued-within', days: 15, countIssueDay: true },
      ],
      source: [sakuraCancel, 'https://iphone-report.sakura.ne.jp/archives/173.html'],
      checked,
    },
    {
      id: 'esim-delete-travel',
      replaces: 'esim-delete-after',
      phase: 'after',
      when: { cards: ['esim'] },
      title: {
        'zh-CN': '到期后再删除 eSIM',
        ja: 'eSIMの削除は期限が切れてから',
        en: 'Delete the eSIM only after it expires',
      },
      body: {
        'zh-CN':
          '预付费旅行 eSIM 到期后删除配置文件没有影响。后付费套餐（Sakura Mobile 月付、Mobal Ongoing）删除配置文件并不会终止合同，必须先办理终止。',
        ja: 'プリペイドの旅行用eSIMは期限切れの後なら削除しても問題ありません。後払いのプラン（Sakura Mobile月額、Mobal Ongoing）はプロファイルを削除しても契約は終わらないので、先に解約手続きをしてください。',
        en: 'Deleting a prepaid travel eSIM after it expires is harmless. For postpaid plans (Sakura Mobile monthly, Mobal Ongoing) deleting the profile does not end the contract: terminate it first.',
      },
      source: [
        'https://gadgetken.com/?p=25614',
        'https://esim-station.jp/guides/esim-delete-guide-2025',
        ...postpaid,
      ],
      checked,
    },
  ],
};
