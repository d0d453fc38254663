// The pledges API's shapes (backend: org.steward.donations.PledgeView, PledgeListItem and web.PledgeRequests).
// Every amount is a decimal string with two decimals in the pledge's currency.

import type { GiftStatus } from '@/features/donations/types/donations';

export const PLEDGE_STATUSES = ['OPEN', 'FULFILLED', 'WRITTEN_OFF', 'CANCELLED'] as const;
export type PledgeStatus = (typeof PLEDGE_STATUSES)[number];

export const PLEDGE_FREQUENCIES = ['MONTHLY', 'QUARTERLY', 'YEARLY'] as const;
export type PledgeFrequency = (typeof PLEDGE_FREQUENCIES)[number];

/** One installment: `open` = amount − paid − written off; `overdue` when something is open after the due date. */
export type PledgeInstallment = {
  id: string;
  sequence: number;
  dueOn: string;
  amount: string;
  paidAmount: string;
  writtenOffAmount: string;
  open: string;
  overdue: boolean;
};

/** A payment: a PLEDGE_PAYMENT gift; `applied` is what of it counts for the pledge now (amount less refunds). */
export type PledgePayment = {
  giftId: string;
  receivedOn: string;
  amount: string;
  refundedAmount: string;
  applied: string;
  status: GiftStatus;
};

/** `PledgeView`. */
export type Pledge = {
  id: string;
  constituentId: string;
  donorName: string | null;
  amount: string;
  currency: string;
  paidAmount: string;
  writtenOffAmount: string;
  balance: string;
  overdueAmount: string;
  pledgedOn: string;
  status: PledgeStatus;
  fundId: string | null;
  campaignId: string | null;
  appealId: string | null;
  notes: string | null;
  nextDueOn: string | null;
  installments: PledgeInstallment[];
  payments: PledgePayment[];
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
};

/** `PledgeListItem`. */
export type PledgeListItem = Pick<
  Pledge,
  | 'id'
  | 'constituentId'
  | 'donorName'
  | 'amount'
  | 'currency'
  | 'paidAmount'
  | 'writtenOffAmount'
  | 'balance'
  | 'pledgedOn'
  | 'status'
  | 'fundId'
  | 'campaignId'
  | 'appealId'
  | 'nextDueOn'
> & { overdue: boolean };

export type PledgePage = { items: PledgeListItem[]; page: number; size: number; total: number };

/** The list's filters; `page` counts from 1 here (the API's from 0). */
export type PledgeFilters = {
  constituentId: string | null;
  status: PledgeStatus | null;
  overdue: boolean;
  page: number;
  size: number;
};

export type PledgeScheduleRequest = { count: number; frequency: PledgeFrequency; firstDueOn: string };

export type CreatePledgeRequest = {
  constituentId: string;
  amount: string;
  currency: string;
  pledgedOn: string;
  fundId: string | null;
  campaignId: string | null;
  appealId: string | null;
  installments: { dueOn: string; amount: string }[] | null;
  schedule: PledgeScheduleRequest | null;
  notes: string | null;
};

export type PledgePaymentRequest = {
  amount: string;
  receivedOn: string;
  paymentMethod: string | null;
  reference: string | null;
  notes: string | null;
};

export type WriteOffRequest = { amount: string | null; reason: string };
export type CancelPledgeRequest = { reason: string };
