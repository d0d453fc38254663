import { describe, expect, it } from 'vitest';

import { violationField, violationsToFormErrors } from '@/lib/form-errors';

describe('violationsToFormErrors', () => {
  it('uses the last segment of a property path, without indexes', () => {
    expect(violationField('username')).toBe('username');
    expect(violationField('create.request.username')).toBe('username');
    expect(violationField('roles[0]')).toBe('roles');
  });

  it('joins several messages for one field and keeps unknown fields apart', () => {
    const { errors, unmatched } = violationsToFormErrors(
      [
        { field: 'password', message: 'is too short.' },
        { field: 'password', message: 'is too common.' },
        { field: 'nickname', message: 'is odd' },
      ],
      ['password'],
    );
    expect(errors).toEqual({ password: 'is too short. is too common.' });
    expect(unmatched).toEqual([{ field: 'nickname', message: 'is odd' }]);
  });
});
