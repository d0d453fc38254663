import { describe, expect, it } from 'vitest';

import { addressLines, addressOneLine } from '@/utils/address';

const blank = { line1: null, line2: null, city: null, region: null, postalCode: null, country: null };

describe('addressLines', () => {
  it('writes a US address city, state and ZIP in that order', () => {
    expect(
      addressLines({ ...blank, line1: '12 Tremont St', city: 'Boston', region: 'MA', postalCode: '02118', country: 'US' }),
    ).toEqual(['12 Tremont St', 'Boston, MA 02118', 'United States of America']);
  });

  it('puts the postal code first in Germany and on its own line in the UK', () => {
    expect(addressLines({ ...blank, line1: 'Hauptstr. 5', city: 'Berlin', postalCode: '10115', country: 'DE' })).toEqual([
      'Hauptstr. 5',
      '10115 Berlin',
      'Germany',
    ]);
    expect(addressOneLine({ ...blank, city: 'London', postalCode: 'SW1A 1AA', country: 'GB' })).toBe(
      'London, SW1A 1AA, United Kingdom',
    );
  });

  it('keeps what it has when the country is not known', () => {
    expect(addressLines({ ...blank, line1: '1 Main St', line2: 'Apt 2', city: 'Springfield' })).toEqual([
      '1 Main St',
      'Apt 2',
      'Springfield',
    ]);
  });
});
