import { describe, expect, it } from 'vitest';

import { parseSearch, toSearchParams } from '@/features/constituents/utils/search-params';

describe('search params', () => {
  it('round-trips a search and leaves defaults out of the address', () => {
    const search = parseSearch(new URLSearchParams('q=smi&type=HOUSEHOLD&tag=vip&sort=-updatedAt&page=3&size=50'));

    expect(search).toMatchObject({ q: 'smi', type: 'HOUSEHOLD', tag: 'vip', sort: '-updatedAt', page: 3, size: 50 });
    expect(toSearchParams(search).toString()).toBe('q=smi&type=HOUSEHOLD&tag=vip&sort=-updatedAt&page=3&size=50');
    expect(toSearchParams(parseSearch(new URLSearchParams())).toString()).toBe('');
  });

  it('ignores what it does not understand', () => {
    expect(parseSearch(new URLSearchParams('type=ALIEN&sort=salary&page=-2&size=7'))).toMatchObject({
      type: null,
      sort: 'name',
      page: 1,
      size: 25,
    });
  });
});
