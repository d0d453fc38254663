// Recurring gifts as the API sends them (backend: org.steward.donations.RecurringGiftView and the requests of
// web/RecurringGiftRequests). Every amount is a decimal string with two decimals ("25.00").

import type { GiftStatus } from '@/features/donations/types/donations';

export const FREQUENCIES = ['WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const RECURRING_STATUSES = ['ACTIVE', 'PAUSED', 'LAPSED', 'CLOSED'] as const;
export type RecurringStatus = (typeof RECURRING_STATUSES)[number];

export type RecurringClosure = 'COMPLETED' | 'ENDED' | 'BY_USER';
export type ExpectedState = 'PAID' | 'MISSED' | 'DUE' | 'UPCOMING';

export type RecurringGiftListItem = {
  id: string;
  constituentId: string;
  donorName: string | null;
  amount: string;
  currency: string;
  frequency: Frequency;
  intervalCount: number;
  dayOfMonth: number | null;
  startOn: string;
  endOn: string | null;
  status: RecurringStatus;
  paidCount: number;
  missedCount: number;
  nextExpectedOn: string | null;
  fundId: string | null;
};

export type RecurringGiftPage = { items: RecurringGiftListItem[]; page: number; size: number; total: number };

export type RecurringGift = Omit<RecurringGiftListItem, 'fundId'> & {
  fundId: string | null;
  campaignId: string | null;
  appealId: string | null;
  paymentMethod: string | null;
  scheduleStartOn: string;
  maxPayments: number | null;
  closedReason: RecurringClosure | null;
  closedOn: string | null;
  expectedToDate: number;
  writtenOffCount: number;
  notes: string | null;
  expected: { index: number; date: string; state: ExpectedState; giftId: string | null }[];
  payments: {
    giftId: string;
    expectedIndex: number;
    expectedOn: string | null;
    amount: string;
    currency: string;
    receivedOn: string;
    status: GiftStatus;
  }[];
  pauses: { pausedOn: string; resumedOn: string | null; reason: string | null }[];
  changes: {
    field: string;
    from: string | null;
    to: string | null;
    effectiveOn: string;
    reason: string | null;
    changedAt: string;
    changedBy: string;
  }[];
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
};

export type RecurringGiftFilters = {
  constituentId: string | null;
  status: RecurringStatus | null;
  /** From 1, as the table shows it; the API counts from 0. */
  page: number;
  size: number;
};

/** `POST /api/recurring-gifts`. */
export type CreateRecurringGiftRequest = {
  constituentId: string;
  amount: string;
  currency: string;
  fundId: string | null;
  paymentMethod: string | null;
  frequency: Frequency;
  intervalCount: number;
  dayOfMonth: number | null;
  startOn: string;
  endOn: string | null;
  maxPayments: number | null;
  notes: string | null;
};

/** `PUT /api/recurring-gifts/{id}`: replaces amount, designation and schedule. */
export type ChangeRecurringGiftRequest = {
  amount: string;
  fundId: string | null;
  campaignId: string | null;
  appealId: string | null;
  paymentMethod: string | null;
  frequency: Frequency;
  intervalCount: number;
  dayOfMonth: number | null;
  endOn: string | null;
  maxPayments: number | null;
  notes: string | null;
  reason: string | null;
  version: number;
};

export type PauseRequest = { from: string | null; until: string | null; reason: string | null };

export type RecurringPaymentRequest = {
  amount: string | null;
  receivedOn: string | null;
  paymentMethod: string | null;
  reference: string | null;
};
