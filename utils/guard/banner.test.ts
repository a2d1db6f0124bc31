import { describe, expect, it } from 'vitest';
import { BRANDS } from '../../data/brands';
import type { Lang } from '../../data/schema';
import { officialNumbersText } from '../scam/reasons';
import type { Reason, Verdict } from '../scam/types';
import { bannerFor, type DangerKind, dangerKind, headlineFor } from './banner';

const brand = (id: string) => BRANDS.find((b) => b.id === id) as (typeof BRANDS)[number];
const danger = (reasons: Reason[], b: string | null = 'docomo'): Verdict => ({
  level: 'danger',
  brand: b,
  score: 100,
  reasons,
});

const R = {
  host: { code: 'brand-in-host', detail: 'docomo~docomo' },
  form: { code: 'brand-credential-form', detail: 'password' },
  path: { code: 'brand-in-path', detail: 'docomo' },
  phone: { code: 'unofficial-phone', detail: '0120-933-407', brand: 'docomo' },
  tg: { code: 'offplatform-contact', detail: 'telegram:@esim1088|line:kaiyaku-daiko' },
  gift: { code: 'giftcard-payment', detail: 'vプリカ' },
  cred: { code: 'credential-form', detail: 'password' },
  apk: { code: 'apk-download', detail: '1' },
  ddns: { code: 'dynamic-dns', detail: 'duckdns.org' },
  tld: { code: 'cheap-tld', detail: 'top' },
} satisfies Record<string, Reason>;

describe('the title names the strongest kind of evidence', () => {
  it.each<[string, Reason[], DangerKind]>([
    ['lookalike host', [R.host], 'impersonation'],
    ['branded sign-in form', [R.tld, R.form], 'impersonation'],
    ['impersonation beats everything else', [R.phone, R.tg, R.gift, R.form], 'impersonation'],
    ['fake numbers beat a seller and gift cards', [R.tg, R.gift, R.phone], 'fake-numbers'],
    ['a brand word in an article’s path is not impersonation', [R.path, R.phone, R.tg], 'fake-numbers'],
    ['off-platform seller beats gift cards', [R.gift, R.tg], 'off-platform'],
    ['gift cards', [R.ddns, R.gift], 'payment'],
    ['an unbranded password form on a suspicious host', [R.ddns, R.cred], 'credentials'],
    ['an APK', [R.apk], 'app'],
    ['host signals only', [R.ddns, R.tld], 'suspicious-site'],
    ['nothing', [], 'suspicious-site'],
  ])('%s → %s', (_what, reasons, kind) => {
    expect(dangerKind(reasons)).toBe(kind);
  });
});

describe('titles and first lines read as a user would, in three languages', () => {
  const seo = danger([
    R.path,
    { code: 'unofficial-phone', detail: '0120-933-407', brand: 'docomo' },
    { code: 'unofficial-phone', detail: '0077-78-0010', brand: 'au' },
    { code: 'unofficial-phone', detail: '0800-111-5555', brand: 'softbank' },
    { code: 'unofficial-phone', detail: '03-5555-0199', brand: 'docomo' },
    R.tg,
  ]);
  it.each<[Lang, string, string]>([
    [
      'en',
      'Warning: this page lists fake NTT docomo, au (KDDI) and SoftBank support numbers',
      'Do not call them. Do not contact Telegram @esim1088 and LINE ID kaiyaku-daiko either. Each carrier’s real numbers are listed below.',
    ],
    [
      'ja',
      '警告：このページにはNTTドコモ、au（KDDI）、ソフトバンクの偽の問い合わせ番号が載っています',
      'これらの番号には電話しないでください。Telegram @esim1088、LINE ID kaiyaku-daiko にも連絡しないでください。各社の本当の番号は下に書いてあります。',
    ],
    [
      'zh-CN',
      '警告：此页面列出了假的NTT docomo、au（KDDI）、SoftBank（软银）客服电话',
      '不要拨打这些号码。也不要联系 Telegram @esim1088、LINE ID kaiyaku-daiko。各运营商的真实号码见下方。',
    ],
  ])('an SEO page with fake numbers for three carriers and a Telegram seller (%s)', (lang, title, lead) => {
    const names = (['docomo', 'au', 'softbank'] as const).map((id) => brand(id).name[lang]);
    const h = headlineFor(seo, 'danger', lang);
    expect(h.kind).toBe('fake-numbers');
    // The expected strings above assume the data's names; fail loudly if they change rather than pass vacuously.
    for (const n of names) expect(title).toContain(n);
    expect(h.title).toBe(title);
    expect(h.lead).toBe(lead);
  });

  it('names every fake number, each with its carrier’s real numbers from data/, and links each carrier', () => {
    const b = bannerFor(seo, 'en');
    expect(b?.title).toMatch(/^Warning: this page lists fake/);
    const text = b?.reasons.join('\n') ?? '';
    for (const n of ['0120-933-407', '03-5555-0199', '0077-78-0010', '0800-111-5555'])
      expect(text).toContain(n);
    // One sentence per carrier: both docomo numbers in the same one, with docomo's published numbers.
    const docomo = b?.reasons.find((r) => r.includes('0120-933-407')) ?? '';
    expect(docomo).toContain('03-5555-0199');
    for (const real of officialNumbersText(brand('docomo'))) expect(docomo).toContain(real);
    const au = b?.reasons.find((r) => r.includes('0077-78-0010')) ?? '';
    for (const real of officialNumbersText(brand('au'))) expect(au).toContain(real);
    expect(b?.reasons[0]).toContain('0120-933-407'); // the title's evidence first
    expect(b?.reasons.some((r) => r.includes('Telegram @esim1088'))).toBe(true);
    expect(b?.official.map((o) => o.url)).toHaveLength(3);
  });

  it.each<[Lang, string]>([
    ['en', 'Warning: this page may be impersonating NTT docomo'],
    ['ja', '警告：このページはNTTドコモを装っている可能性があります'],
    ['zh-CN', '警告：此页面可能在冒充NTT docomo'],
  ])('a lookalike sign-in page keeps the impersonation title (%s)', (lang, title) => {
    const h = headlineFor(danger([R.tld, R.host, R.form, R.phone]), 'danger', lang);
    expect(h.title).toBe(title);
    expect(h.lead).toContain('docomo.ne.jp');
  });

  it.each<[Reason[], string | null, 'danger' | 'caution', string]>([
    [
      [R.tg],
      null,
      'danger',
      'Warning: this page sends you to a seller, not a carrier (Telegram @esim1088 and LINE ID kaiyaku-daiko)',
    ],
    [[R.gift], 'au', 'danger', 'Warning: this page asks for payment with gift or prepaid cards'],
    [
      [R.ddns, R.cred],
      null,
      'caution',
      'Be careful: this suspicious site asks for passwords or card details',
    ],
    [[R.apk], null, 'danger', 'Warning: this page wants you to install an app from outside the store'],
    [[R.ddns], null, 'caution', 'Be careful: something about this page is suspicious'],
    [[R.ddns, R.tld], null, 'danger', 'Warning: this page looks like a scam'],
    [[R.host], null, 'caution', 'Be careful: this page may be imitating a carrier’s site'],
  ])('%j (%s, %s) → %s', (reasons, b, level, title) => {
    expect(headlineFor({ level, brand: b, score: 60, reasons }, level, 'en').title).toBe(title);
  });
});

describe('guard banner', () => {
  it('says nothing for official or clean pages', () => {
    expect(bannerFor({ level: 'official', brand: 'docomo', score: 0, reasons: [] }, 'en')).toBeNull();
    expect(bannerFor({ level: 'none', brand: null, score: 10, reasons: [] }, 'en')).toBeNull();
  });

  it('names the imitated brand and links to its official site, in the chosen language', () => {
    const verdict = danger([{ code: 'brand-in-host', detail: 'kddi' }], 'au');
    const en = bannerFor(verdict, 'en');
    expect(en?.title).toContain('au');
    expect(en?.official[0]?.url).toMatch(/^https:\/\/[a-z.]+\.(au\.com|kddi\.com)\/$/);
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
