import { describe, expect, it } from 'vitest';

import { isEntryActive, navigation, usersEntry, visibleNavigation } from '@/app/navigation';

const labels = (roles: string[]) => visibleNavigation(roles).map((entry) => entry.label);

describe('navigation registry', () => {
  it('shows an administrator every entry', () => {
    expect(labels(['ADMIN'])).toEqual([
      'Home',
      'Constituents',
      'My tasks',
      'Gifts',
      'Gift batches',
      'Pledges',
      'Receipts',
      'Campaign progress',
      'Events',
      'Users',
      'Funds & campaigns',
      'Receipt template',
      'Relationship types',
      'Audit log',
    ]);
  });

  it('hides the admin entries from other roles', () => {
    expect(labels(['DEVELOPMENT_OFFICER'])).toEqual([
      'Home',
      'Constituents',
      'My tasks',
      'Gifts',
      'Gift batches',
      'Pledges',
      'Receipts',
      'Campaign progress',
      'Events',
    ]);
    expect(labels(['EVENT_COORDINATOR'])).toEqual(['Home', 'Constituents', 'My tasks', 'Events']);
  });

  it('shows a board member the home page, campaign progress and events (aggregates, no names)', () => {
    expect(labels(['BOARD_MEMBER'])).toEqual(['Home', 'Campaign progress', 'Events']);
  });

  it('combines roles', () => {
    expect(labels(['BOARD_MEMBER', 'ADMIN'])).toEqual([
      'Home',
      'Constituents',
      'My tasks',
      'Gifts',
      'Gift batches',
      'Pledges',
      'Receipts',
      'Campaign progress',
      'Events',
      'Users',
      'Funds & campaigns',
      'Receipt template',
      'Relationship types',
      'Audit log',
    ]);
  });

  it('shows nothing without a known role', () => {
    expect(labels([])).toEqual([]);
    expect(labels(['SOMETHING_NEW'])).toEqual([]);
  });

  it('keeps every path unique and absolute', () => {
    const paths = navigation.map((entry) => entry.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.every((path) => path.startsWith('/'))).toBe(true);
  });

  it('marks an entry active on its own page and below it', () => {
    expect(isEntryActive(usersEntry, '/users')).toBe(true);
    expect(isEntryActive(usersEntry, '/users/42')).toBe(true);
    expect(isEntryActive(usersEntry, '/usersettings')).toBe(false);
    expect(isEntryActive(navigation[0]!, '/users')).toBe(false);
  });
});
