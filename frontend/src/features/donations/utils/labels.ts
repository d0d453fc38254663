import type { AcknowledgementMethod, GiftKind, GiftStatus, TributeType } from '@/features/donations/types/donations';

export const STATUS_LABELS: Record<GiftStatus, string> = {
  PENDING: 'Pending',
  COMPLETED: 'Completed',
  FAILED: 'Failed',
  REFUNDED: 'Refunded',
  CANCELLED: 'Cancelled',
};

export const STATUS_COLORS: Record<GiftStatus, string> = {
  PENDING: 'yellow',
  COMPLETED: 'green',
  FAILED: 'red',
  REFUNDED: 'gray',
  CANCELLED: 'gray',
};

export const KIND_LABELS: Record<GiftKind, string> = {
  ONE_TIME: 'One-time',
  RECURRING_PAYMENT: 'Recurring payment',
  PLEDGE_PAYMENT: 'Pledge payment',
  IN_KIND: 'In kind',
  MATCHING_CLAIM: 'Matching gift claim',
  EVENT_FEE: 'Event fee',
};

export const TRIBUTE_LABELS: Record<TributeType, string> = {
  IN_HONOR: 'In honor of',
  IN_MEMORY: 'In memory of',
};

export const ACKNOWLEDGEMENT_LABELS: Record<AcknowledgementMethod, string> = {
  LETTER: 'Letter',
  EMAIL: 'Email',
  PHONE: 'Phone call',
  IN_PERSON: 'In person',
  OTHER: 'Other',
};

export const PAYMENT_METHODS = ['Cash', 'Check', 'Credit card', 'Bank transfer', 'Direct debit', 'Online', 'Stock', 'Other'];

export const SOFT_CREDIT_ROLES = ['Solicitor', 'Household member', 'Matching employer', 'Influencer', 'Other'];

/** "2026-11-23" as a readable date, without time-zone shifts. */
export function formatDay(value: string | null | undefined): string {
  if (!value) return '—';
  const [year, month, day] = value.split('-').map(Number);
  if (!year || !month || !day) return value;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** Today as YYYY-MM-DD in the reader's time zone. */
export function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
