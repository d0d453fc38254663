import { describe, expect, it } from 'vitest';

import { movedText } from '@/features/constituent-profile/components/merge-history-panel';
import { message } from '@/i18n/messages';
import { pluralize } from '@/utils/format';

describe('the message catalogue', () => {
  it('says what a merge moved with the plural rules, not an added or dropped "s"', () => {
    expect(movedText({ addresses: 1, emails: 0 })).toBe('Moved: 1 address.');
    expect(movedText({ addresses: 2, 'event registrations': 1, 'recurring-gifts': 3 })).toBe(
      'Moved: 2 addresses, 1 event registration, and 3 recurring gifts.',
    );
    expect(movedText({ widgets: 4 })).toBe('Moved: widgets: 4.');
    expect(movedText({ emails: 0 })).toBe('Nothing else moved.');
  });

  it('counts things in every list the same way', () => {
    expect(pluralize(1, 'entry', 'entries')).toBe('1 entry');
    expect(pluralize(0, 'entry', 'entries')).toBe('0 entries');
    expect(pluralize(1500, 'gift')).toBe('1,500 gifts');
    expect(message('merge.moved.phones', { count: 1 })).toBe('1 phone');
  });
});
