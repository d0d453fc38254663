import { describe, expect, it } from 'vitest';

import { tagPrefixFilter } from '@/features/constituents/utils/tag-prefix-filter';

describe('tagPrefixFilter', () => {
  it('keeps the tags starting with the search, in any case', () => {
    const options = ['major-donor', 'grant-maker', 'Mailing'].map((tag) => ({ value: tag, label: tag }));

    expect(tagPrefixFilter({ options, search: ' MA', limit: 20 }).map((o) => ('value' in o ? o.value : null))).toEqual([
      'major-donor',
      'Mailing',
    ]);
    expect(tagPrefixFilter({ options, search: '', limit: 20 })).toHaveLength(3);
  });
});
