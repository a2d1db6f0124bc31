/**
 * Facts about NTT docomo that both its brands, docomo and ahamo, rely on. Research:
 * ../shared/reference/carriers.md §1e.
 */

/** docomo's 電話番号保管 (number keeping): docomo offers it, ahamo cites the same sources for being left out. */
export const DOCOMO_NUMBER_KEEPING_SOURCES = [
  'https://s-max.jp/archives/1818275.html',
  'http://kmbpi.com/news/archives/3242/',
  'https://taitai-blog.com/number-keep',
];
