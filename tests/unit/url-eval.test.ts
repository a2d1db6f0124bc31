/**
 * The unit stage of `npm run eval -- --split time`: the same pipeline as on the shared JPCERT/CC data, run on the
 * committed synthetic sample (tests/fixtures/urls/, written for this test; no row of the shared data).
 */
import { describe, expect, it } from 'vitest';
import { sampleEval } from '../../scripts/eval';
import { evaluateRecall, parsePhishCsv } from '../../scripts/lib/eval-urls';
import type { Verdict } from '../../utils/scam/types';

const rate = (t: { n: number; caution: number }) => t.caution / t.n;

describe('URL evaluation on the committed sample, split by time', () => {
  const report = sampleEval();
  const [tune, later] = report.recall;

  it('splits the rows at the end of 2021 and reports each set per brand', () => {
    expect(tune?.name).toMatch(/in-sample/);
    expect(later?.name).toMatch(/out-of-time/);
    expect(Object.keys(tune?.byYear ?? {}).every((y) => Number(y) <= 2021)).toBe(true);
    expect(Object.keys(later?.byYear ?? {}).every((y) => Number(y) > 2021)).toBe(true);
    for (const s of [tune, later])
      expect(Object.keys(s?.byBrand ?? {}).sort()).toEqual(['au', 'docomo', 'softbank']);
  });

  it('warns on at least 90% in-sample, and out of time within 5 points of it', () => {
    const a = rate(tune?.carriers ?? { n: 1, caution: 0 });
    const b = rate(later?.carriers ?? { n: 1, caution: 0 });
    expect(a).toBeGreaterThanOrEqual(0.9);
    expect(b).toBeGreaterThanOrEqual(a - 0.05);
  });

  it('never says danger on the legit lists, and warns on at most 0.5% of them', () => {
    for (const l of report.legit) {
      expect(l.tally.danger, l.name).toBe(0);
      expect(l.tally.caution / l.tally.n, `${l.name}: ${l.warned.join(' | ')}`).toBeLessThanOrEqual(0.005);
    }
  });

  it('calls every official host official and never warns on group companies or DNS-over-HTTPS', () => {
    expect(report.notOfficial).toEqual([]);
    expect(report.neverWarnWarned).toEqual([]);
  });
});

describe('evaluation pipeline', () => {
  it('reads URLs that contain commas and skips comment lines', () => {
    const rows = parsePhishCsv(
      'date,URL,description\n# note\n2022/01/01 00:00:00,https://a.example/?x=1,2,au\n',
    );
    expect(rows).toEqual([
      { date: '2022/01/01 00:00:00', url: 'https://a.example/?x=1,2', description: 'au' },
    ]);
  });

  it('reports a further file as a set of its own and counts other brands apart', () => {
    const warn: Verdict = { level: 'caution', brand: null, score: 60, reasons: [] };
    const rows = parsePhishCsv(
      'date,URL,description\n2021/12/31 23:59:00,https://x.example/,au\n2022/01/01 00:00:00,https://y.example/,Amazon\n',
    );
    const sets = evaluateRecall(
      [
        { name: 'dev', rows },
        { name: 'later.csv', rows },
      ],
      () => warn,
      'time',
    );
    expect(sets.map((s) => [s.name, s.carriers.n, s.other.n])).toEqual([
      ['in-sample (≤2021)', 1, 0],
      ['out-of-time (>2021)', 0, 1],
      ['later.csv', 1, 1],
    ]);
  });
});
