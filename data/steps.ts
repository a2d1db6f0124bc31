/**
 * Steps that hold for every carrier. A brand file may replace one with its own version (`replaces`) when it
 * has a brand-specific fact (a fee, a deadline), or leave one out (`omit`) when it does not apply at all.
 * Sources: ../shared/reference/carriers.md §0, transcribed on the date in `checked`.
 */
import { SOURCES } from './official-domains';
import type { Step, StepInput } from './schema';

const checked = '2026-11-22';
/** Facts given a further source in issue 18's second pass. */
const rechecked = '2026-12-08';

/** The common steps as written: facts with sources and dates, no confidence. */
export const COMMON_STEP_INPUTS: StepInput[] = [
  {
    id: 'cancel-destroys-number',
    phase: 'prepare',
    important: true,
    when: { goals: ['cancel'], cards: ['physical', 'esim', 'corporate'] },
    title: {
      'zh-CN': '确认：解约会永久注销这个号码',
      ja: '確認：解約すると電話番号は失われます',
      en: 'Be sure: cancelling (解約) destroys the number',
    },
    body: {
      'zh-CN':
        '解约后号码无法恢复，也不能再改成携号转网（MNP）。如果想在新运营商继续使用这个号码，请改选「携号转网」。',
      ja: '解約した番号は元に戻せず、後からMNPに切り替えることもできません。番号を他社で使い続けたいならMNPを選んでください。',
      en: 'A cancelled number cannot be recovered or ported afterwards. If you want to keep using the number with another carrier, choose "move the number (MNP)" instead.',
    },
    source: [
      'https://iphone-report.sakura.ne.jp/archives/173.html',
      'https://simchange.jp/post-145090/',
      'https://getnine.co.jp/mobile/povo-cancellation',
    ],
    checked,
  },
  {
    id: 'move-sms-logins',
    phase: 'prepare',
    important: true,
    when: { goals: ['cancel', 'keep'], cards: ['physical', 'esim', 'prepaid'] },
    title: {
      'zh-CN': '先把短信验证码登录迁到别的号码',
      ja: 'SMS認証のログインを先に別の番号へ移す',
      en: 'Move SMS two-factor logins to another number first',
    },
    body: {
      'zh-CN':
        '银行、LINE、Apple ID 等如果用这个号码接收短信验证码，线路停止后就收不到了，可能被锁在账户外。请在停用前改绑新号码或改用验证器应用。',
      ja: '銀行・LINE・Apple IDなどがこの番号にSMSで確認コードを送る設定のままだと、回線停止後にログインできなくなります。停止前に新しい番号か認証アプリに切り替えてください。',
      en: 'Banks, LINE, Apple ID and similar services that text a code to this number will lock you out once the line stops. Switch them to a new number or an authenticator app before the line ends.',
    },
    timing: [{ kind: 'before-end', days: 0 }],
    source: [
      'https://taikai-kaiyaku.com/?p=380',
      'https://nellab.net/archives/00559',
      'https://services.awaisora.com/?p=58173',
    ],
    checked,
  },
  {
    id: 'carrier-mail',
    phase: 'prepare',
    when: { goals: ['cancel', 'mnp'], cards: ['physical', 'esim'] },
    title: {
      'zh-CN': '运营商邮箱会停用：改掉用它登录的服务',
      ja: 'キャリアメールが使えなくなる：登録先を変更する',
      en: 'Carrier e-mail stops: change the accounts that use it',
    },
    body: {
      'zh-CN':
        '解约或转出后运营商邮箱（如 @docomo.ne.jp）立即不能用。把用它注册的服务改成其他邮箱；若要保留地址，可在解约后 31 天内申请付费「持ち運び」服务。',
      ja: '解約・MNP転出でキャリアメールはすぐ使えなくなります。登録先のメールアドレスを変更してください。アドレスを残したい場合は、解約後31日以内に有料の「持ち運び」を申し込めます。',
      en: 'Your carrier address stops working when the line ends. Change it on every account that uses it. To keep the address, the paid "持ち運び" (carry-over) service must be requested within 31 days of cancelling.',
    },
    timing: [
      { kind: 'before-end', days: 0 },
      { kind: 'after-end-within', days: 31, countEndDay: true },
    ],
    source: [
      'https://k-tai.watch.impress.co.jp/docs/news/1375909.html',
      'https://pasolive.jp/p-763/',
      'https://economical.co.jp/smartphone/2021/12/17/docomo-au-softbank-mail-mochihakobi/',
    ],
    checked,
  },
  {
    id: 'instalments-continue',
    phase: 'prepare',
    when: { cards: ['physical', 'esim', 'corporate'] },
    title: {
      'zh-CN': '手机分期付款不会随解约停止',
      ja: '端末の分割払いは解約後も続きます',
      en: 'Phone instalments continue after the line ends',
    },
    body: {
      'zh-CN': '剩余的机身分期款会按原方式继续扣款，除非一次性付清。离开日本前请确认如何支付余款。',
      ja: '端末代金の残りは、一括で精算しない限り同じ支払方法で請求が続きます。出国する場合は残債の支払方法を確認してください。',
      en: 'The rest of the device price is still charged the same way unless you pay it off at once. If you are leaving Japan, settle how the balance will be paid.',
    },
    source: ['https://www.au.com/english/support/faq/ebilling-statement/epg00000001/'],
    checked,
  },
  {
    id: 'final-month-full',
    phase: 'prepare',
    when: { goals: ['cancel', 'mnp'], cards: ['physical', 'esim', 'corporate'] },
    title: {
      'zh-CN': '最后一个月按整月收费',
      ja: '最終月は日割りになりません',
      en: 'The last month is charged in full',
    },
    body: {
      'zh-CN': '月中解约也要付整月基本费，所以尽量安排在账单月的月底前几天办理。',
      ja: '月の途中で解約しても基本料金は1か月分かかります。請求月の末日近くに手続きすると無駄がありません。',
      en: 'Ending the line mid-month still costs the whole month, so doing it near the end of the billing month wastes nothing.',
    },
    timing: [{ kind: 'month-end' }],
    source: [
      'https://kaiyaku.jp/docomo-kaiyaku',
      'https://www.cancelatlas.com/c/softbank-jp',
      'https://www.cancelatlas.com/c/au-kddi-jp',
    ],
    checked,
  },
  {
    id: 'points',
    phase: 'prepare',
    when: { goals: ['cancel', 'mnp'], cards: ['physical', 'esim'] },
    title: {
      'zh-CN': '先用掉或转移积分',
      ja: 'ポイントを使い切るか移行する',
      en: 'Use or move your points',
    },
    body: {
      'zh-CN': '积分是否保留取决于会员账户是否继续存在。解约前确认积分的去向。',
      ja: 'ポイントが残るかどうかは会員IDを残すかどうかで決まります。解約前に確認してください。',
      en: 'Whether points survive depends on keeping the membership account. Check before the line ends.',
    },
    timing: [{ kind: 'before-end', days: 0 }],
    source: ['https://digitalnavi.net/smartphonesim/rakutenmobile/7128'],
    checked,
  },
  {
    id: 'carrier-billing',
    phase: 'prepare',
    when: { goals: ['cancel', 'mnp'], cards: ['physical', 'esim'] },
    title: {
      'zh-CN': '改掉绑在话费上的订阅和支付',
      ja: 'キャリア決済の支払先を変更する',
      en: 'Move subscriptions paid through the phone bill',
    },
    body: {
      'zh-CN':
        '通过运营商话费合并支付（キャリア決済）的应用订阅等，线路结束后可能无法继续支付。请改为信用卡等其他方式。',
      ja: 'キャリア決済で支払っているアプリやサービスは、回線終了後に支払えなくなる場合があります。クレジットカードなどに切り替えてください。',
      en: 'Apps and services paid through carrier billing may stop being paid once the line ends. Switch them to a card or another method.',
    },
    timing: [{ kind: 'before-end', days: 0 }],
    source: [
      'https://smappy-if.com/articles/linemo/1047',
      // A content service's own FAQ: paid by carrier billing, it ends the membership when the carrier changes.
      'https://fc.dps.amuse.co.jp/interrobang/qa/faq_answer/F74469',
    ],
    checked: rechecked,
  },
  {
    id: 'mnp-one-stop',
    phase: 'prepare',
    when: { goals: ['mnp'] },
    title: {
      'zh-CN': '查看新运营商是否支持「MNP 一站式」',
      ja: '乗り換え先がMNPワンストップに対応しているか確認',
      en: 'Check whether the new carrier supports MNP One-Stop',
    },
    body: {
      'zh-CN':
        '2023 年 5 月起，如果新旧运营商都支持 MNPワンストップ，在新运营商网站申请时会跳转到旧运营商确认，无需 MNP 预约号码。新线路开通时旧线路自动结束。',
      ja: '2023年5月から、両方の事業者がMNPワンストップに対応していれば、乗り換え先の申込み中に元の事業者のページで確認するだけで済み、MNP予約番号は不要です。新しい回線の開通で元の回線は終了します。',
      en: 'Since May 2023, when both carriers support MNP One-Stop, the new carrier sends you to the old one to confirm and no MNP reservation number is needed. The old line ends when the new one is activated.',
    },
    source: ['https://www.oneplat.co.jp/article/?p=259', 'https://inisiemobile.jp/linemo-mnp'],
    checked,
  },
  {
    id: 'mnp-reservation-number',
    phase: 'do',
    important: true,
    when: { goals: ['mnp'] },
    title: {
      'zh-CN': '取得 MNP 预约号码（有效 15 天）',
      ja: 'MNP予約番号を取得する（有効期限15日）',
      en: 'Get the MNP reservation number (valid 15 days)',
    },
    body: {
      'zh-CN':
        '不支持一站式时，需要向现运营商申请 MNP 预约号码，有效期含发放当天共 15 天。取得号码不会结束合同；转入新运营商完成时才结束。转出手续费现为 0 日元。',
      ja: 'ワンストップが使えない場合は現在の事業者でMNP予約番号を取得します。有効期限は発行日を含めて15日間です。番号を取っただけでは契約は終わらず、転入が完了した時点で終了します。転出手数料は現在0円です。',
      en: 'Without One-Stop, ask the current carrier for an MNP reservation number. It is valid for 15 days counting the day it is issued. Getting it does not end the contract; the port does. Porting out is now free.',
    },
    timing: [
      { kind: 'before-end', days: 0 },
      { kind: 'after-mnp-issued-within', days: 15, countIssueDay: true },
    ],
    source: [
      'https://iphone-report.sakura.ne.jp/archives/173.html',
      'https://www.benefon.com/change-docomo/docomo-cancellation',
      'https://japan.x.ezic.info/japan-mobile-cancellation-fee-guide/',
      // Both: valid 15 days counting the day it is issued.
      'https://donnatokimo-wifi.jp/media/ymobile-cancellation/',
      'https://www.soldi.jp/articles/rakuten_mobile_mnp/',
    ],
    checked: '2026-12-07',
  },
  {
    id: 'esim-delete-after',
    phase: 'after',
    important: true,
    when: { cards: ['esim'] },
    title: {
      'zh-CN': '删除 eSIM 配置文件不等于解约',
      ja: 'eSIMを削除しても解約にはなりません',
      en: 'Deleting the eSIM profile does not cancel the contract',
    },
    body: {
      'zh-CN': '只在手机上删除 eSIM，合同和月费仍然继续。请先通过运营商完成手续，线路结束后再删除配置文件。',
      ja: '端末からeSIMを削除しても契約と請求は続きます。事業者での手続きが終わってから、プロファイルを削除してください。',
      en: 'Removing the profile from the phone leaves the contract and the bills running. Finish the procedure with the carrier, then delete the profile once the line has ended.',
    },
    source: ['https://gadgetken.com/?p=25614', 'https://esim-station.jp/guides/esim-delete-guide-2025'],
    checked,
  },
  {
    id: 'corporate-administrator',
    phase: 'prepare',
    important: true,
    when: { cards: ['corporate'] },
    title: {
      'zh-CN': '公司名义的线路由公司管理员办理',
      ja: '法人名義の回線は会社の管理者が手続きします',
      en: 'A company line is ended by the company’s administrator',
    },
    body: {
      'zh-CN':
        '法人合同的签约人是公司，个人通常不能自行解约或转出。请联系公司负责手机合同的部门，离职时按公司规定归还设备和 SIM 卡。',
      ja: '法人契約の契約者は会社なので、利用者本人は通常手続きできません。社内の携帯電話の担当部署に連絡し、退職時は社内規定に従って端末とSIMを返却してください。',
      en: 'The company holds a corporate contract, so the person using the line usually cannot end or port it. Contact the team that manages phones at your company and return the device and SIM as its rules say.',
    },
    source: ['https://mobaone.alpha-grp.co.jp/7742/', 'https://keitaisoudan.com/cancel/'],
    checked,
  },
];

export const COMMON_STEPS: readonly Step[] = SOURCES.rate(COMMON_STEP_INPUTS);
