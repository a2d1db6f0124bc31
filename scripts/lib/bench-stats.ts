/** Small statistics for the benchmark: medians, quartiles and a bootstrap interval for A/B differences. */

export const round = (x: number, digits = 1) => Number(x.toFixed(digits));

/** The q-quantile (0…1) of `xs`, interpolating between neighbours. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  const below = s[lo] as number;
  const above = s[Math.min(lo + 1, s.length - 1)] as number;
  return below + (above - below) * (at - lo);
}

export const median = (xs: readonly number[]) => quantile(xs, 0.5);

/** A small seeded generator (mulberry32), so that the same samples always give the same interval. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A 95% bootstrap interval of median(a) − median(b): both samples are resampled with replacement, and the
 * 2.5th and 97.5th percentiles of the resampled differences are returned. An interval that contains 0 means the
 * runs cannot tell the two sides apart.
 */
export function medianDiffInterval(
  a: readonly number[],
  b: readonly number[],
  resamples = 2000,
): [number, number] {
  const next = random(1);
  const resample = (xs: readonly number[]) => xs.map(() => xs[Math.floor(next() * xs.length)] as number);
  const diffs: number[] = [];
  for (let i = 0; i < resamples; i++) diffs.push(median(resample(a)) - median(resample(b)));
  return [quantile(diffs, 0.025), quantile(diffs, 0.975)];
}

/** A 95% bootstrap interval of the median of one sample (its range when there are too few runs to resample). */
export function medianInterval(xs: readonly number[], resamples = 2000): [number, number] {
  if (xs.length < 3) return [Math.min(...xs), Math.max(...xs)];
  const next = random(2);
  const meds: number[] = [];
  for (let i = 0; i < resamples; i++)
    meds.push(median(xs.map(() => xs[Math.floor(next() * xs.length)] as number)));
  return [quantile(meds, 0.025), quantile(meds, 0.975)];
}
