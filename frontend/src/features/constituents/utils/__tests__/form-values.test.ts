import { describe, expect, it } from 'vitest';

import {
  mapViolations,
  newAddress,
  newEmail,
  newPhone,
  toFormValues,
  toRequest,
  validateValues,
} from '@/features/constituents/utils/form-values';

function individual() {
  return { ...toFormValues(), firstName: 'Ada', lastName: 'Lovelace' };
}

describe('constituent form values', () => {
  it('sends only the name fields of the chosen type, blanks as null', () => {
    const request = toRequest({ ...individual(), type: 'ORGANIZATION', name: ' Acme ', middleName: '  ' }, 7);

    expect(request).toMatchObject({ type: 'ORGANIZATION', name: 'Acme', firstName: null, lastName: null, version: 7 });
    expect(toRequest(individual())).toMatchObject({ firstName: 'Ada', middleName: null, name: null });
    expect(toRequest(individual())).not.toHaveProperty('version');
  });

  it('trims pasted spaces around names and contact points, keeping inner spaces and the notes as typed', () => {
    const request = toRequest({
      ...individual(),
      prefix: ' Dr. ',
      firstName: '  Zoë ',
      middleName: 'Mary Ann ',
      lastName: '\u00a0Quinn\t',
      suffix: '  ',
      preferredName: ' Zo ',
      emails: [{ ...newEmail(true), address: 'ZOE@example.org ' }],
      phones: [{ ...newPhone(true), number: ' +1 555 0100 ' }],
      addresses: [{ ...newAddress(true), line1: ' 77 Massachusetts  Ave ', postalCode: ' 02139 ', country: ' us ' }],
      notes: '  Indented note.\n',
    });

    expect(request).toMatchObject({
      prefix: 'Dr.',
      firstName: 'Zoë',
      middleName: 'Mary Ann',
      lastName: 'Quinn',
      suffix: null,
      preferredName: 'Zo',
      emails: [{ address: 'ZOE@example.org' }],
      phones: [{ number: '+1 555 0100' }],
      addresses: [{ line1: '77 Massachusetts  Ave', postalCode: '02139', country: 'US' }],
      notes: '  Indented note.\n',
    });
    expect(toRequest({ ...individual(), type: 'HOUSEHOLD', nameGenerated: false, name: ' The  Lees ' }).name).toBe(
      'The  Lees',
    );
    expect(
      validateValues({ ...individual(), emails: [{ ...newEmail(true), address: ' zoe@example.org ' }] }, '2026-11-23'),
    ).toEqual({});
  });

  it('checks names, emails and addresses', () => {
    const values = {
      ...individual(),
      lastName: '',
      firstName: '',
      emails: [newEmail(true), { ...newEmail(false), address: 'nope' }],
      addresses: [{ ...newAddress(true), validFrom: '2026-02-01', validTo: '2026-01-01' }],
    };

    expect(validateValues(values, '2026-11-23')).toEqual({
      lastName: 'Enter a last name (or at least a first name)',
      'emails.0.address': 'Enter an email address, or remove this row',
      'emails.1.address': 'Enter a valid email address',
      'addresses.0': 'Enter at least a street, a city or a postal code',
      'addresses.0.validTo': 'Cannot be before “valid from”',
    });
  });

  it('puts server violations on rows, lists and fields', () => {
    const values = { ...individual(), emails: [newEmail(true)], addresses: [newAddress(true)] };

    const { errors, unmatched } = mapViolations(
      [
        { field: 'emails[0].address', message: 'bad' },
        { field: 'addresses[0]', message: 'needs a city' },
        { field: 'phones', message: 'only one can be primary' },
        { field: 'tags[3]', message: 'must not be blank' },
        { field: 'update.request.lastName', message: 'too long' },
        { field: 'emails[4].address', message: 'gone' },
        { field: 'version', message: 'is required' },
      ],
      values,
    );

    expect(errors).toEqual({
      'emails.0.address': 'bad',
      'addresses.0': 'needs a city',
      phones: 'only one can be primary',
      tags: 'must not be blank',
      lastName: 'too long',
    });
    expect(unmatched.map((v) => v.field)).toEqual(['emails[4].address', 'version']);
  });
});
