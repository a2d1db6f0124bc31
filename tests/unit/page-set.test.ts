import { describe, expect, it } from 'vitest';
import { evalPages, PAGE_CODES } from '../../scripts/lib/eval-pages';

const results = await evalPages();

describe('the page set (tests/fixtures/page-set.ts)', () => {
  it.each(results.filter((r) => r.scam).map((r) => [r.what, r] as const))(
    'warns on the scam page: %s, and its title names the danger',
    (_what, r) => {
      expect(r.verdict.level, JSON.stringify(r.verdict)).toBe('danger');
      expect(r.named).toBe(r.kind);
    },
  );

  it.each(results.filter((r) => !r.scam).map((r) => [r.what, r] as const))(
    'stays silent about what the legit page says and asks: %s',
    (_what, r) => {
      expect(r.verdict.level).not.toBe('danger');
      // Any warning left is the address's alone (URL rules, reported by `npm run eval`), never the page's words.
      expect(r.verdict.reasons.filter((x) => PAGE_CODES.has(x.code))).toEqual([]);
    },
  );

  it('names all three invented hotlines of the Chinese SEO page, each with its carrier', () => {
    const seo = results.find((r) => r.url.includes('jpsim-zhuxiao')) ?? results[0];
    const phones = seo?.verdict.reasons.filter((x) => x.code === 'unofficial-phone');
    expect(phones?.map((x) => [x.detail, x.brand])).toEqual([
      ['0120-933-407', 'docomo'],
      ['0120-926-118', 'au'],
      ['0800-222-5861', 'softbank'],
    ]);
    expect(seo?.verdict.reasons.find((x) => x.code === 'offplatform-contact')?.detail).toBe(
      'telegram:@esim1088',
    );
  });
});
