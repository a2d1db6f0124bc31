/**
 * Facts about KDDI that its brands au and UQ mobile state alike. Research:
 * ../shared/reference/carriers.md §3d.
 */
import type { Text } from '../schema';

/** KDDI's 2024 short-term fee is one company rule, so au and UQ mobile head it alike and cite the same sources. */
export const KDDI_SHORT_TERM_FEE: { title: Text; source: string[] } = {
  title: {
    'zh-CN': '确认是否会收取 990 日元短期解约费',
    ja: '短期解約の990円がかかるか確認',
    en: 'Check whether the ¥990 short-term fee applies',
  },
  source: [
    'https://news.mynavi.jp/article/20240524-2952068',
    'https://www.ipodwave.com/news/202405243.htm',
    'https://www.cancelatlas.com/c/au-kddi-jp',
  ],
};
