/**
 * Every sentence of the extension's own UI, in the three languages. `{name}` marks a value filled in at
 * run time. A key missing a language does not compile, and data/strings.test.ts checks none is empty.
 */
import type { Text } from './schema';

export const STRINGS = {
  appName: { 'zh-CN': '解约卫士 Kaiyaku Guard', ja: '解約ガード', en: 'Kaiyaku Guard' },
  language: { 'zh-CN': '语言', ja: '言語', en: 'Language' },
  newChecklist: { 'zh-CN': '新建清单', ja: '新しいチェックリスト', en: 'New checklist' },
  yourChecklists: { 'zh-CN': '我的清单', ja: 'チェックリスト', en: 'Your checklists' },
  carrier: { 'zh-CN': '运营商', ja: '通信会社', en: 'Carrier' },
  cardType: { 'zh-CN': 'SIM 类型', ja: 'SIMの種類', en: 'Card type' },
  goal: { 'zh-CN': '目的', ja: '目的', en: 'Goal' },
  'card.physical': { 'zh-CN': '实体 SIM 卡', ja: '物理SIM', en: 'Physical SIM' },
  'card.esim': { 'zh-CN': 'eSIM', ja: 'eSIM', en: 'eSIM' },
  'card.prepaid': { 'zh-CN': '预付费 / 旅行卡', ja: 'プリペイド・旅行用', en: 'Prepaid / travel' },
  'card.corporate': { 'zh-CN': '公司（法人）线路', ja: '法人契約', en: 'Company (corporate) line' },
  'goal.cancel': { 'zh-CN': '注销线路（解约）', ja: '解約する', en: 'Cancel the line (解約)' },
  'goal.mnp': {
    'zh-CN': '携号转网（MNP）',
    ja: '他社へ乗り換える（MNP）',
    en: 'Move the number to another carrier (MNP)',
  },
  'goal.keep': { 'zh-CN': '出国期间保留号码', ja: '番号を保管する', en: 'Keep the number while abroad' },
  notOffered: { 'zh-CN': '该运营商不提供', ja: 'この会社では提供なし', en: 'not offered by this carrier' },
  create: { 'zh-CN': '生成清单', ja: 'チェックリストを作成', en: 'Make my checklist' },
  cancel: { 'zh-CN': '取消', ja: 'キャンセル', en: 'Cancel' },
  progress: {
    'zh-CN': '已完成 {done} / {total}',
    ja: '{total}件中{done}件完了',
    en: '{done} of {total} done',
  },
  'phase.prepare': { 'zh-CN': '事前准备', ja: '事前準備', en: 'Before you start' },
  'phase.do': { 'zh-CN': '办理手续', ja: '手続き', en: 'The procedure' },
  'phase.after': { 'zh-CN': '办完之后', ja: '手続きの後', en: 'Afterwards' },
  important: { 'zh-CN': '重要', ja: '重要', en: 'Important' },
  uncertain: {
    'zh-CN': '未经确认：请向运营商核实',
    ja: '未確認の情報：通信会社に確認してください',
    en: 'Uncertain: check with the carrier',
  },
  checkedOn: { 'zh-CN': '{date} 核对', ja: '{date} 確認', en: 'checked on {date}' },
  sources: { 'zh-CN': '来源', ja: '出典', en: 'Sources' },
  note: { 'zh-CN': '备注', ja: 'メモ', en: 'Note' },
  addNote: { 'zh-CN': '添加备注', ja: 'メモを追加', en: 'Add a note' },
  saveNote: { 'zh-CN': '保存备注', ja: 'メモを保存', en: 'Save note' },
  noteSaved: { 'zh-CN': '备注已保存', ja: 'メモを保存しました', en: 'Note saved' },
  reset: { 'zh-CN': '清除全部勾选', ja: 'チェックをすべて外す', en: 'Clear all ticks' },
  resetDone: { 'zh-CN': '已清除勾选。', ja: 'チェックを外しました。', en: 'All ticks cleared.' },
  undo: { 'zh-CN': '撤销', ja: '元に戻す', en: 'Undo' },
  deleteChecklist: { 'zh-CN': '删除此清单', ja: 'このチェックリストを削除', en: 'Delete this checklist' },
  confirmDelete: {
    'zh-CN': '确定删除这份清单及其备注吗？',
    ja: 'このチェックリストとメモを削除しますか？',
    en: 'Delete this checklist and its notes?',
  },
  officialContacts: { 'zh-CN': '官方联系方式', ja: '公式の連絡先', en: 'Official contacts' },
  howToDoIt: { 'zh-CN': '办理渠道', ja: '手続きの方法', en: 'Where it can be done' },
  'channel.online': { 'zh-CN': '网上', ja: 'オンライン', en: 'Online' },
  'channel.phone': { 'zh-CN': '电话', ja: '電話', en: 'Phone' },
  'channel.shop': { 'zh-CN': '门店', ja: 'ショップ', en: 'Shop' },
  'channel.post': { 'zh-CN': '邮寄', ja: '郵送', en: 'Post' },
  'available.yes': { 'zh-CN': '可以', ja: '可', en: 'yes' },
  'available.no': { 'zh-CN': '不可以', ja: '不可', en: 'no' },
  'available.limited': { 'zh-CN': '有限制', ja: '条件付き', en: 'limited' },
  'from.own': { 'zh-CN': '本公司手机拨打', ja: '自社の携帯から', en: 'from its own phones' },
  'from.other': { 'zh-CN': '其他电话拨打', ja: '他の電話から', en: 'from other phones' },
  'from.any': { 'zh-CN': '任何电话', ja: 'どの電話からも', en: 'from any phone' },
  call: { 'zh-CN': '拨打 {number}', ja: '{number} に電話', en: 'Call {number}' },
  storageProblem: {
    'zh-CN': '有部分保存的数据无法读取，已另行保存并改用空白状态。你的旧数据没有被删除。',
    ja: '保存データの一部を読み込めなかったため、別に保管して初期状態で開きました。元のデータは削除していません。',
    en: 'Some saved data could not be read. It has been set aside, not deleted, and a clean state is in use.',
  },
  dismiss: { 'zh-CN': '知道了', ja: '閉じる', en: 'Dismiss' },
  emptyState: {
    'zh-CN': '选择运营商、SIM 类型和目的，生成一份带来源的步骤清单。',
    ja: '通信会社・SIMの種類・目的を選ぶと、出典付きの手順リストができます。',
    en: 'Pick your carrier, card type and goal to get a sourced, step-by-step checklist.',
  },
  privacyLine: {
    'zh-CN': '所有数据只保存在本机，不联网。',
    ja: 'データはこの端末だけに保存され、通信は行いません。',
    en: 'Everything stays on this device; nothing is sent anywhere.',
  },
  officialSite: {
    'zh-CN': '已验证：{brand} 官方网站',
    ja: '確認済み：{brand}の公式サイト',
    en: 'Verified: official {brand} site',
  },
  loadError: {
    'zh-CN': '无法连接扩展后台，请关闭后重新打开。',
    ja: '拡張機能のバックグラウンドに接続できません。開き直してください。',
    en: 'Could not reach the extension’s background. Close and reopen this window.',
  },
} satisfies Record<string, Text>;

export type StringKey = keyof typeof STRINGS;
