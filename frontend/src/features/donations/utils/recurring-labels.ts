import type { ExpectedState, Frequency, RecurringClosure, RecurringStatus } from '@/features/donations/types/recurring';

export const FREQUENCY_LABELS: Record<Frequency, string> = {
  WEEKLY: 'Weekly',
  MONTHLY: 'Monthly',
  QUARTERLY: 'Quarterly',
  YEARLY: 'Yearly',
};

const UNITS: Record<Frequency, string> = { WEEKLY: 'weeks', MONTHLY: 'months', QUARTERLY: 'quarters', YEARLY: 'years' };

export const RECURRING_STATUS_LABELS: Record<RecurringStatus, string> = {
  ACTIVE: 'Active',
  PAUSED: 'Paused',
  LAPSED: 'Lapsed',
  CLOSED: 'Closed',
};

export const RECURRING_STATUS_COLORS: Record<RecurringStatus, string> = {
  ACTIVE: 'teal',
  PAUSED: 'yellow',
  LAPSED: 'red',
  CLOSED: 'gray',
};

export const CLOSURE_LABELS: Record<RecurringClosure, string> = {
  COMPLETED: 'all payments received',
  ENDED: 'schedule ended',
  BY_USER: 'closed by staff',
};

export const EXPECTED_LABELS: Record<ExpectedState, string> = {
  PAID: 'Paid',
  MISSED: 'Missed',
  DUE: 'Due',
  UPCOMING: 'Upcoming',
};

export const EXPECTED_COLORS: Record<ExpectedState, string> = {
  PAID: 'teal',
  MISSED: 'red',
  DUE: 'yellow',
  UPCOMING: 'gray',
};

/** "Monthly on day 15", "Every 2 weeks", "Quarterly". */
export function describeSchedule(frequency: Frequency, intervalCount: number, dayOfMonth: number | null): string {
  const base = intervalCount > 1 ? `Every ${intervalCount} ${UNITS[frequency]}` : FREQUENCY_LABELS[frequency];
  return dayOfMonth && frequency !== 'WEEKLY' ? `${base} on day ${dayOfMonth}` : base;
}

/** Field names of the change log as staff read them. */
export const CHANGE_FIELD_LABELS: Record<string, string> = {
  amount: 'Amount',
  frequency: 'Frequency',
  intervalCount: 'Interval',
  dayOfMonth: 'Day of month',
  endOn: 'Ends on',
  maxPayments: 'Number of payments',
  status: 'Status',
  pause: 'Pause',
  writtenOff: 'Missed payments written off',
};
