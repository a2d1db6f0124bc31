/**
 * What each menu step of a carrier portal is for (its intent), and the words that express it. The in-page
 * assistant reads a menu item with these when the item's wording is not one the sources quote: carriers rename
 * their menus every year or two, and a label from one blog is often already out of date.
 *
 * The words are patterns, not sourced labels: a label is sourced in the brand's `portal` data; here are the
 * parts such labels are built from, gathered from the labels and how-to pages cited below. A word in `exclude`
 * rules an item out, whatever else it says (cancellation-fee pages, cancelling an option, porting *into* the
 * carrier, withdrawing a request, FAQ and news entries). utils/assistant/score.ts turns them into a score.
 */
import type { Text } from './schema';

export const INTENT_IDS = [
  /** The contract menu that lists the procedures (契約内容・手続き, ご契約内容の確認・変更, 契約プラン). */
  'contract-menu',
  /** A list or category of procedures (各種手続き, その他のお手続き, お問い合わせ/お手続き, 解約・その他). */
  'procedures',
  /** Cancelling the line itself (回線の解約, 解約のお手続き, 解約する). */
  'cancel-line',
  /** Moving the number out: the MNP reservation (MNP予約, 携帯電話番号ポータビリティ予約, 他社へのお乗り換え). */
  'mnp-reservation',
  /** Keeping the number without using the line (電話番号保管, 一時休止). */
  'keep-number',
  /** A step known only by its exact wording (a sign-in or final confirmation button, a brand's own menu name). */
  'exact-only',
] as const;
export type IntentId = (typeof INTENT_IDS)[number];

export interface IntentLexicon {
  /** What the item is for, said when an item is found by intent rather than by a sourced wording. */
  name: Text;
  /**
   * Words that say what the item does; one of them must be in the item's words. Each is a regular expression
   * source, matched against normalised text (NFKC, no spaces, lower case, ・／| as '/').
   */
  actions: readonly string[];
  /** What it acts on (回線, 契約, 携帯電話): make a match stronger. */
  objects: readonly string[];
  /** How menus phrase a procedure (手続き, お申込み, する, はこちら): make a match stronger. */
  forms: readonly string[];
  /** Words that rule an item out for this intent, even when its action word is there. */
  exclude: readonly string[];
  /** Pages where these words were seen, as labels or as the things a label must not be confused with. */
  source: readonly string[];
}

// ── Exclusion cues shared by the intents that act on the line ───────────────────────────────────────────────
/** Fee information: 解約金, 契約解除料, 解約事務手数料, シミュレーション, 料金. */
const FEES = [
  '解約金',
  '解除料',
  '違約金',
  '手数料',
  '料金',
  '費用',
  'シミュレーション',
  '残債',
  '残額',
  '分割',
];
/**
 * Options and add-ons, named generically and by the names carriers give them (a povo トッピング, a docomo
 * ケータイ補償, 留守番電話): cancelling one of them is not cancelling the line.
 */
const OPTIONS = [
  'オプション',
  'トッピング',
  '留守番',
  'キャッチ',
  '補償',
  '保証',
  'あんしん',
  'かけ放題',
  '定額',
  '自動更新',
  '決済',
  'メール',
  'au/?id',
  'dアカウント',
  'ポイント',
];
/** Withdrawing a request already made. */
const WITHDRAW = ['取り?消', 'キャンセル', '撤回'];
/** Articles and notices about the subject, not the way to it. */
const ARTICLES = ['よくある', 'について', 'とは', '[?？]', 'お知らせ', '方法', 'ご検討', '注意', '【'];
/** Porting into the carrier: のりかえ / 乗り換え words unless the move is to another company (他社へ). */
const PORT_IN = [
  '他社から',
  'キャンペーン',
  '(?<!他社へ(の|お){0,2})(お?乗り?換え?|のりかえ)',
  'ワンストップ',
];

const CANCEL_SOURCES = [
  'https://digitalnavi.net/smartphonesim/rakutenmobile/7128',
  'https://kaiyakukaijo.com/how-to-cancel-docomo',
  'https://sp-mobile-blog.com/docomo-1048',
  'https://hikkoshizamurai.jp/soldi/articles/au_cancel/',
  'https://purple-corrala.info/igpcucgpnc-04',
  'https://straightapps.com/articles/2022/0831a-rakuten-mobile-cancel.html',
  'https://kaiyaku.jp/uqmobile-kaiyaku',
  'https://instant-wifi.net/net/softbank-cancel',
];

export const LEXICON: Record<Exclude<IntentId, 'exact-only'>, IntentLexicon> = {
  'contract-menu': {
    name: {
      'zh-CN': '合同内容和手续菜单',
      ja: '契約内容・手続きのメニュー',
      en: 'the contract and procedures menu',
    },
    actions: ['契約'],
    objects: ['内容', 'プラン'],
    forms: ['手続', '確認', '変更', 'メニュー', '設定'],
    // 「ご契約住所の変更」 and 「契約書面」 have 契約 in them but change or show one detail of the contract.
    exclude: [...FEES, ...WITHDRAW, ...ARTICLES, '住所', '名義', '暗証', '書面', '解除', '解約'],
    source: [
      'https://scan.netsecurity.ne.jp/internet/?p=27257',
      'https://digitalnavi.net/smartphonesim/rakutenmobile/7128',
      'https://purple-corrala.info/igpcucgpnc-04',
      'https://hikkoshizamurai.jp/soldi/articles/au_cancel/',
      'https://straightapps.com/articles/2022/0831a-rakuten-mobile-cancel.html',
    ],
  },
  procedures: {
    name: { 'zh-CN': '手续列表', ja: '手続きの一覧', en: 'the list of procedures' },
    // A list of procedures, not one procedure: 手続き with a word that makes it a list or a category.
    actions: ['(各種|その他|お問い?合わせ)の?/?お?手続', '手続き?(一覧|メニュー)', '解約/その他'],
    objects: ['各種', 'その他', '一覧'],
    forms: ['はこちら', 'メニュー'],
    exclude: [...FEES, ...OPTIONS, ...WITHDRAW, ...ARTICLES, ...PORT_IN, '住所', '完了'],
    source: [
      'https://straightapps.com/articles/2022/0831a-rakuten-mobile-cancel.html',
      'https://hikkoshizamurai.jp/soldi/articles/au_cancel/',
      'https://sp-mobile-blog.com/docomo-1048',
      'https://kitilabel.jp/2022/08/22/povo%E3%82%92%E8%A7%A3%E7%B4%84%E3%81%99%E3%82%8B%E6%96%B9%E6%B3%95%E3%81%A8%E6%B3%A8%E6%84%8F%E7%82%B9%E3%82%92%E5%88%86%E3%81%8B%E3%82%8A%E3%82%84%E3%81%99%E3%81%8F%E8%A7%A3%E8%AA%AC%EF%BC%81/',
    ],
  },
  'cancel-line': {
    name: { 'zh-CN': '解约线路', ja: '回線の解約', en: 'cancelling the line' },
    actions: ['解約', '契約解除'],
    objects: ['回線', '契約', '携帯電話', '電話番号', 'スマートフォン', 'プラン', 'povo2\\.0', 'linemo'],
    forms: ['手続', '申し?込み?', 'する', '進む', 'はこちら'],
    exclude: [...FEES, ...OPTIONS, ...WITHDRAW, ...ARTICLES, ...PORT_IN, '保管', '休止', '解約済'],
    source: CANCEL_SOURCES,
  },
  'mnp-reservation': {
    name: {
      'zh-CN': '携号转网（MNP）预约',
      ja: 'MNP（携帯電話番号ポータビリティ）予約',
      en: 'the MNP reservation (moving your number out)',
    },
    actions: ['mnp', 'ポータビリティ', '転出', '予約番号', '他社へ'],
    objects: ['携帯', '電話番号', '番号'],
    forms: [
      '予約',
      '発行',
      '取得',
      '手続',
      '申し?込み?',
      'する',
      '進む',
      'はこちら',
      'お?乗り?換え?',
      'のりかえ',
    ],
    exclude: [...FEES, ...OPTIONS, ...WITHDRAW, ...ARTICLES, ...PORT_IN, '有効期限'],
    source: [
      'https://scan.netsecurity.ne.jp/internet/?p=27257',
      'https://iphone-report.sakura.ne.jp/archives/173.html',
      'https://hikkoshizamurai.jp/soldi/articles/au_cancel/',
      'https://straightapps.com/articles/2022/0831a-rakuten-mobile-cancel.html',
      'https://www.oneplat.co.jp/article/?p=259',
    ],
  },
  'keep-number': {
    name: {
      'zh-CN': '保留号码（电话号码保管・暂停）',
      ja: '電話番号の保管・休止',
      en: 'keeping the number (電話番号保管 / 一時休止)',
    },
    actions: ['番号保管', '一時休止', '利用休止', 'お預かり'],
    objects: ['電話番号', 'メールアドレス'],
    forms: ['手続', '申し?込み?', 'する', '進む', 'はこちら'],
    exclude: [...FEES, ...WITHDRAW, ...ARTICLES, '解除', '再開', '再利用'],
    source: [
      'https://s-max.jp/archives/1818275.html',
      'http://kmbpi.com/news/archives/3242/',
      'https://taitai-blog.com/number-keep',
      'https://my.au.com/support/tetsuzuki/au/ikkyu.html',
    ],
  },
};
