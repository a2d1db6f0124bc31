/** The brand identities the engine works from, taken from data/brands (never hard-coded here). */
import type { Brand, Phone } from '../../data/schema';
import type { BrandIdentity } from './types';

export function identitiesOf(brands: readonly Brand[]): BrandIdentity[] {
  return brands.map((b) => ({
    id: b.id,
    domains: b.domains.map((d) => d.domain),
    hosts: b.hosts.map((h) => h.host),
    hostTokens: b.identity.hostTokens,
    pageTerms: b.identity.pageTerms,
    signInPathMarks: b.hosts.flatMap((h) => h.signInPaths?.map((p) => p.mark) ?? []),
  }));
}

/** The national-format spellings of a number ("0120800000") or short code ("151"). */
function nationalForms(p: Phone): string[] {
  // The printed form is authoritative (e164 spellings of 00xx carrier numbers vary); keep both.
  const forms = [p.display.replace(/[^0-9]/g, '')];
  if (p.kind === 'number') forms.push(`0${p.e164.slice(3).replace(/^0/, '')}`);
  return forms;
}

/** National-format numbers ("0120800000") and short codes ("151") a brand publishes. */
export function officialNumbers(brand: Brand): { numbers: string[]; display: string[] } {
  const numbers: string[] = [];
  const display: string[] = [];
  for (const c of brand.contacts) {
    const p = c.phone;
    if (!p) continue;
    numbers.push(...nationalForms(p));
    if (!display.includes(p.display)) display.push(p.display);
  }
  return { numbers, display };
}

/**
 * Numbers guides give for a brand that its own pages (as far as we read them) do not: unconfirmed, so the guard
 * neither names them as the brand's nor calls a page that shows them a fake.
 */
export function reportedNumbers(brand: Brand): string[] {
  return brand.contacts.flatMap((c) => (c.reportedPhone ? nationalForms(c.reportedPhone) : []));
}
