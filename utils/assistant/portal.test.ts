import { describe, expect, it } from 'vitest';
import { BRANDS } from '../../data/brands';
import { brandOfPortalHost, portalMatches } from './portal';

describe('portalMatches', () => {
  it('lists exactly the portal hosts over https, never every site', () => {
    const matches = portalMatches(BRANDS);
    expect(matches).toContain('https://www.docomo.ne.jp/*');
    expect(matches).toContain('https://my.au.com/*');
    expect(matches).toContain('https://my.softbank.jp/*');
    for (const match of matches) expect(match).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
    expect(new Set(matches).size).toBe(matches.length);
  });
});

describe('brandOfPortalHost', () => {
  it('finds the brand whose portal a host is, and nothing for other hosts', () => {
    expect(brandOfPortalHost(BRANDS, 'www.au.com')?.id).toBe('au');
    expect(brandOfPortalHost(BRANDS, 'ahamo.com')?.id).toBe('ahamo');
    expect(brandOfPortalHost(BRANDS, 'id.smt.docomo.ne.jp')).toBeUndefined();
    expect(brandOfPortalHost(BRANDS, 'www.docomo.ne.jp.evil.example')).toBeUndefined();
  });
});
