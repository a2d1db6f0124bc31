import { describe, expect, it } from 'vitest';
import { bannerFor } from './check';

describe('guard banner', () => {
  it('says nothing for official or clean pages', () => {
    expect(bannerFor({ level: 'official', brand: 'docomo', score: 0, reasons: [] }, 'en')).toBeNull();
    expect(bannerFor({ level: 'none', brand: null, score: 10, reasons: [] }, 'en')).toBeNull();
  });

  it('names the imitated brand and links to its official site, in the chosen language', () => {
    const verdict = {
      level: 'danger' as const,
      brand: 'au',
      score: 100,
      reasons: [{ code: 'brand-in-host', detail: 'kddi' }],
    };
    const en = bannerFor(verdict, 'en');
    expect(en?.title).toContain('au');
    expect(en?.official?.url).toMatch(/^https:\/\/[a-z.]+\.(au\.com|kddi\.com)\/$/);
    expect(en?.reasons[0]).toContain('kddi');
    expect(bannerFor(verdict, 'ja')?.title).toMatch(/^警告/);
    expect(bannerFor(verdict, 'zh-CN')?.title).toMatch(/^警告/);
  });

  it('carries page-controlled details only as plain text inside our own sentences', () => {
    const detail = '<img src=x onerror=alert(1)>';
    const banner = bannerFor(
      { level: 'caution', brand: null, score: 60, reasons: [{ code: 'unofficial-phone', detail }] },
      'en',
    );
    expect(banner?.reasons[0]).toContain(detail);
    expect(banner?.title).not.toContain('<');
  });
});
