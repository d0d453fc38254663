import {
  IconAddressBook,
  IconAffiliate,
  IconCalendarEvent,
  IconCalendarRepeat,
  IconChartBar,
  IconChecklist,
  IconCoin,
  IconFileCertificate,
  IconHeartHandshake,
  IconHistory,
  IconHome,
  IconReceiptTax,
  IconReportAnalytics,
  IconTargetArrow,
  IconStack2,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';

import { ROLES, hasAnyRole, type Role } from '@/config/roles';

/**
 * One entry of the main navigation. A module adds exactly one entry here (and its route in
 * `router.tsx`); the layout, the home page and the route guard all read from this list.
 */
export type NavigationEntry = {
  label: string;
  path: string;
  icon: Icon;
  /** Who sees the entry (and may open the route): any one of these roles is enough. */
  roles: readonly Role[];
  /** One line for the home page card. */
  description: string;
};

export const homeEntry: NavigationEntry = {
  label: 'Home',
  path: '/',
  icon: IconHome,
  roles: ROLES,
  description: 'Your overview.',
};

export const constituentsEntry: NavigationEntry = {
  label: 'Constituents',
  path: '/constituents',
  icon: IconAddressBook,
  roles: ['ADMIN', 'DEVELOPMENT_OFFICER', 'EVENT_COORDINATOR'],
  description: 'Find and update donors, members and volunteers.',
};

export const tasksEntry: NavigationEntry = {
  label: 'My tasks',
  path: '/tasks',
  icon: IconChecklist,
  roles: ['ADMIN', 'DEVELOPMENT_OFFICER', 'EVENT_COORDINATOR'],
  description: 'Follow-ups assigned to you, by due date.',
};

export const teamTasksEntry: NavigationEntry = {
  label: 'Team tasks',
  path: '/tasks/team',
  icon: IconUsersGroup,
  roles: ['ADMIN', 'DEVELOPMENT_OFFICER'],
  description: 'Everyone’s open tasks by assignee, overdue first: reassign and re-date them.',
};

export const giftsEntry: NavigationEntry = {
  label: 'Gifts',
  path: '/gifts',
  icon: IconCoin,
  roles: ['ADMIN', 'DEVELOPMENT_OFFICER'],
  description: 'Record gifts, split them between funds, refund and correct them.',
};

export const pledgesEntry: NavigationEntry = {
  label: 'Pledges',
  path: '/pledges',
  icon: IconHeartHandshake,
  roles: ['ADMIN', 'DEVELOPMENT_OFFICER'],
  description: 'Record pledges and their installments, payments and write-offs.',
};

export const giftBatchesEntry: NavigationEntry = {
  label: 'Gift batches',
  path: '/gift-batches',
  icon: IconStack2,
  roles: ['ADMIN', 'DEVELOPMENT_OFFICER'],
  description: 'Enter a stack of checks fast, check them against the count and total, post them at once.',
};

export const receiptsEntry: NavigationEntry = {
  label: 'Receipts',
  path: '/receipts',
  icon: IconReceiptTax,
  roles: ['ADMIN', 'DEVELOPMENT_OFFICER'],
  description: 'Issue, download, void and replace tax receipts; annual receipts per donor.',
};

export const eventsEntry: NavigationEntry = {
  label: 'Events',
  path: '/events',
  icon: IconCalendarEvent,
  roles: ['ADMIN', 'EVENT_COORDINATOR', 'DEVELOPMENT_OFFICER', 'BOARD_MEMBER'],
  description: 'Set up events and ticket types, register people, manage the waitlist.',
};

export const progressEntry: NavigationEntry = {
  label: 'Campaign progress',
  path: '/campaign-progress',
  icon: IconChartBar,
  roles: ['ADMIN', 'DEVELOPMENT_OFFICER', 'BOARD_MEMBER'],
  description: 'Raised against goal for each campaign, by appeal and fund; no donor named.',
};

export const reportsEntry: NavigationEntry = {
  label: 'Reports',
  path: '/reports',
  icon: IconReportAnalytics,
  // Event coordinators see event attendance only (the catalogue the API sends them holds only that).
  roles: ['ADMIN', 'DEVELOPMENT_OFFICER', 'BOARD_MEMBER', 'EVENT_COORDINATOR'],
  description: 'Every report with its definition in words: run it for any date, see why a donor is in it, download Excel or PDF.',
};

export const reportSchedulesEntry: NavigationEntry = {
  label: 'Report schedules',
  path: '/reports/schedules',
  icon: IconCalendarRepeat,
  // Administrators and board members set schedules up; development officers see them and their runs.
  roles: ['ADMIN', 'BOARD_MEMBER', 'DEVELOPMENT_OFFICER'],
  description: 'Reports emailed as Excel or PDF at set times, and every run kept to download.',
};

export const campaignsEntry: NavigationEntry = {
  label: 'Funds & campaigns',
  path: '/campaigns',
  icon: IconTargetArrow,
  roles: ['ADMIN'],
  description: 'Create, rename and retire funds, campaigns and appeals.',
};

export const receiptTemplateEntry: NavigationEntry = {
  label: 'Receipt template',
  path: '/receipt-template',
  icon: IconFileCertificate,
  roles: ['ADMIN'],
  description: 'Name, address, signature and legal wording printed on tax receipts.',
};

export const usersEntry: NavigationEntry = {
  label: 'Users',
  path: '/users',
  icon: IconUsers,
  roles: ['ADMIN'],
  description: 'Create accounts, assign roles, reset passwords.',
};

export const relationshipTypesEntry: NavigationEntry = {
  label: 'Relationship types',
  path: '/relationship-types',
  icon: IconAffiliate,
  roles: ['ADMIN'],
  description: 'Add, relabel and retire the kinds of relationship staff record.',
};

export const auditEntry: NavigationEntry = {
  label: 'Audit log',
  path: '/audit',
  icon: IconHistory,
  roles: ['ADMIN'],
  description: 'See who changed what, when and why.',
};

/** In display order. */
export const navigation: readonly NavigationEntry[] = [
  homeEntry,
  constituentsEntry,
  tasksEntry,
  teamTasksEntry,
  giftsEntry,
  giftBatchesEntry,
  pledgesEntry,
  receiptsEntry,
  progressEntry,
  eventsEntry,
  reportsEntry,
  reportSchedulesEntry,
  usersEntry,
  campaignsEntry,
  receiptTemplateEntry,
  relationshipTypesEntry,
  auditEntry,
];

/** The entries the given roles may see, in display order. */
export function visibleNavigation(
  roles: readonly string[],
  entries: readonly NavigationEntry[] = navigation,
): NavigationEntry[] {
  return entries.filter((entry) => hasAnyRole(roles, entry.roles));
}

/**
 * The entry to mark as the current page: of those `pathname` belongs to, the one with the longest path, so
 * "/reports/schedules/1" marks "Report schedules" and not "Reports" as well.
 */
export function activeEntry(entries: readonly NavigationEntry[], pathname: string): NavigationEntry | undefined {
  return entries
    .filter((entry) => isEntryActive(entry, pathname))
    .reduce<NavigationEntry | undefined>((best, entry) => (!best || entry.path.length > best.path.length ? entry : best), undefined);
}

/** Whether `pathname` belongs to the entry (the home entry matches only "/"). */
export function isEntryActive(entry: NavigationEntry, pathname: string): boolean {
  if (entry.path === '/') return pathname === '/';
  return pathname === entry.path || pathname.startsWith(`${entry.path}/`);
}
