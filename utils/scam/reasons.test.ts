import { describe, expect, it } from 'vitest';
import { BRANDS } from '../../data/brands';
import { LANGS } from '../../data/schema';
import { explainReason, officialNumbersText, REASON_CODES } from './reasons';

describe('explainReason', () => {
  it.each(REASON_CODES)('%s reads well in every language, with and without a brand', (code) => {
    for (const lang of LANGS) {
      for (const brand of [BRANDS[0]?.id ?? null, null]) {
        const s = explainReason(
          { code, detail: code === 'brand-credential-form' ? 'password,pin' : 'example' },
          brand,
          lang,
        );
        expect(s).not.toMatch(/\{[a-z]+\}/);
        expect(s.trim().length).toBeGreaterThan(5);
      }
    }
  });

  it('names the official numbers from the data', () => {
    for (const b of BRANDS) {
      const nums = officialNumbersText(b);
      if (nums.length === 0) continue;
      const s = explainReason({ code: 'unofficial-phone', detail: '0120-000-000' }, b.id, 'en');
      expect(s).toContain(b.name.en);
      for (const n of nums) expect(s).toContain(n);
    }
  });

  it('sends the reader to the carrier’s site when none of its numbers is confirmed', () => {
    const unconfirmed = BRANDS.filter((b) => officialNumbersText(b).length === 0);
    expect(unconfirmed.map((b) => b.id)).toContain('ymobile');
    for (const b of unconfirmed)
      for (const lang of LANGS) {
        const s = explainReason({ code: 'unofficial-phone', detail: '0120-000-000' }, b.id, lang);
        expect(s).toContain(b.domains[0]?.domain);
        expect(s).not.toMatch(/\{[a-z]+\}|[ は是]\s*[.。]/);
      }
  });

  it('falls back for unknown codes', () => {
    expect(explainReason({ code: 'future-signal', detail: 'x' }, null, 'ja')).toContain('future-signal');
  });

  it('shows what the address says for lookalike evidence', () => {
    expect(
      explainReason({ code: 'keyword-typo', detail: 'connecct~connect lngin~login' }, null, 'en'),
    ).toContain('(connecct lngin)');
    expect(explainReason({ code: 'brand-lookalike', detail: 'docmo~docomo' }, 'docomo', 'en')).toContain(
      '“docmo”',
    );
  });

  it('reads field lists and handles', () => {
    expect(
      explainReason({ code: 'brand-credential-form', detail: 'password,sms-code' }, null, 'en'),
    ).toContain('a password and an SMS code');
    expect(explainReason({ code: 'offplatform-contact', detail: 'telegram:@x' }, null, 'en')).toContain(
      'Telegram @x',
    );
  });
});
