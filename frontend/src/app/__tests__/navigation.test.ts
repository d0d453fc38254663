import { describe, expect, it } from 'vitest';

import {
  activeEntry,
  isEntryActive,
  navigation,
  reportSchedulesEntry,
  reportsEntry,
  tasksEntry,
  teamTasksEntry,
  usersEntry,
  visibleNavigation,
} from '@/app/navigation';

const labels = (roles: string[]) => visibleNavigation(roles).map((entry) => entry.label);

describe('navigation registry', () => {
  it('shows an administrator every entry', () => {
    expect(labels(['ADMIN'])).toEqual([
      'Home',
      'Constituents',
      'My tasks',
      'Team tasks',
      'Gifts',
      'Gift batches',
      'Pledges',
      'Receipts',
      'Campaign progress',
      'Events',
      'Reports',
      'Report schedules',
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
      'Team tasks',
      'Gifts',
      'Gift batches',
      'Pledges',
      'Receipts',
      'Campaign progress',
      'Events',
      'Reports',
      'Report schedules',
    ]);
    // Reports (event attendance only), no schedules.
    expect(labels(['EVENT_COORDINATOR'])).toEqual(['Home', 'Constituents', 'My tasks', 'Events', 'Reports']);
  });

  it('shows a board member the home page, campaign progress, events, reports and their schedules', () => {
    expect(labels(['BOARD_MEMBER'])).toEqual(['Home', 'Campaign progress', 'Events', 'Reports', 'Report schedules']);
  });

  it('combines roles', () => {
    expect(labels(['BOARD_MEMBER', 'ADMIN'])).toEqual([
      'Home',
      'Constituents',
      'My tasks',
      'Team tasks',
      'Gifts',
      'Gift batches',
      'Pledges',
      'Receipts',
      'Campaign progress',
      'Events',
      'Reports',
      'Report schedules',
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

  it('marks only the most specific entry of a page', () => {
    expect(activeEntry(navigation, '/reports/lybunt')).toBe(reportsEntry);
    expect(activeEntry(navigation, '/tasks/team')).toBe(teamTasksEntry);
    expect(activeEntry(navigation, '/tasks')).toBe(tasksEntry);
    expect(activeEntry(navigation, '/reports/schedules')).toBe(reportSchedulesEntry);
    expect(activeEntry(navigation, '/reports/schedules/42/edit')).toBe(reportSchedulesEntry);
    expect(activeEntry(navigation, '/')).toBe(navigation[0]);
    expect(activeEntry(navigation, '/nowhere')).toBeUndefined();
  });
});
