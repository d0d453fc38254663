import { describe, expect, it } from 'vitest';

import { formatValue, pluralize } from '@/utils/format';

describe('formatValue', () => {
  it('shows audit values readably', () => {
    expect(formatValue(null)).toBe('(none)');
    expect(formatValue('')).toBe('(empty)');
    expect(formatValue('Casey')).toBe('Casey');
    expect(formatValue(42)).toBe('42');
    expect(formatValue(false)).toBe('false');
    expect(formatValue(['ADMIN', 'BOARD_MEMBER'])).toBe('ADMIN, BOARD_MEMBER');
    expect(formatValue([])).toBe('(empty)');
    expect(formatValue({ city: 'Ghent' })).toBe('{"city":"Ghent"}');
  });
});

describe('pluralize', () => {
  it('counts', () => {
    expect(pluralize(1, 'entry', 'entries')).toBe('1 entry');
    expect(pluralize(3, 'user')).toBe('3 users');
  });
});
