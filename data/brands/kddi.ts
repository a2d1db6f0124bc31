/**
 * Facts about KDDI that its brands au and UQ mobile state alike. Research:
 * ../shared/reference/carriers.md §3d, re-read for issue 18 (fact-review-2026-12.md, "Incomplete").
 */
import type { Source, StepInput } from '../schema';

/**
 * KDDI's 2024 short-term fee is one company rule, so au and UQ mobile state it in the same words and cite the
 * same sources: Mynavi News and two shops' news pages report KDDI's notice of 2024-05-24; a blog quotes the
 * notice's line on late billing. One guide's "¥1,100 from October 2025" is found nowhere else.
 */
export const KDDI_SHORT_TERM_FEE: Pick<StepInput, 'title' | 'body' | 'source' | 'against' | 'checked'> = {
  title: {
    'zh-CN': '确认是否会收取 990 日元短期解约费',
    ja: '短期解約の990円がかかるか確認',
    en: 'Check whether the ¥990 short-term fee applies',
  },
  body: {
    'zh-CN':
      'au 和 UQ mobile 在 2024 年 6 月 1 日以后的新签约线路，若 1 年内解约且被 KDDI 判断为“不以正常使用为目的”，收取 990 日元（儿童手机、手表号码等便宜套餐为一个月月费）。不收：在 au/UQ mobile/povo 之间转移号码、8 天内的初期契约解除、「スマイルハート割引」线路。KDDI 说暂时可能在解约后第二个月以后才收取。有一个指南称 2025 年 10 月起的合同改为 1,100 日元，我们没有找到其他来源（说法不同）。',
    ja: 'au・UQ mobileで2024年6月1日以降に新規契約した回線を1年以内に解約し、KDDIが「通常の利用を目的としていない」と判断した場合に990円（ジュニアケータイ・ウォッチナンバーなど安いプランは月額料金と同額）。対象外：au・UQ mobile・povo間の番号移行、8日以内の初期契約解除、スマイルハート割引の回線。当面は解約の翌々月以降に請求される場合があります。2025年10月以降の契約は1,100円とする解説が1件ありますが、ほかに裏付けは見つかっていません（情報に食い違いあり）。',
    en: 'au and UQ mobile lines opened from 1 June 2024 and ended within a year cost ¥990 (one month’s fee on cheap plans such as kids’ phones and watch numbers) when KDDI judges they were not opened for normal use. Exempt: moving the number between au, UQ mobile and povo, 8-day cancellations and スマイルハート割引 lines. For the time being the fee may be billed two months after cancellation. One guide says ¥1,100 for contracts from October 2025; we found nothing else saying so (sources disagree).',
  },
  source: [
    'https://news.mynavi.jp/article/20240524-2952068',
    { url: 'https://usedoor.jp/news/2024-05-24-au-uqmobile-kaisen-kaiyaku-tesuuryou', date: '2024-05-24' },
    'https://alpha-intl.net/news/2024/05/159165/',
    'https://harris-gate.com/kddi-contract-cancellation-fee',
    'https://www.ipodwave.com/news/202405243.htm',
  ] satisfies Source[],
  against: ['https://www.cancelatlas.com/c/au-kddi-jp'],
  checked: '2026-12-07',
};
