import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { BRANDS } from './brands';
import { BrandSchema } from './schema';

describe.each(BRANDS.map((b) => [b.id, b] as const))('brand %s', (_id, brand) => {
  it('matches the schema', () => {
    const result = v.safeParse(BrandSchema, brand);
    expect(result.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`) ?? []).toEqual([]);
  });
});
