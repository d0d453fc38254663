import { fromCents, toCents } from '@/utils/money';
import type { PledgeFrequency, PledgeStatus } from '@/features/donations/types/pledges';

export const PLEDGE_STATUS_LABELS: Record<PledgeStatus, string> = {
  OPEN: 'Open',
  FULFILLED: 'Fulfilled',
  WRITTEN_OFF: 'Written off',
  CANCELLED: 'Cancelled',
};

export const PLEDGE_STATUS_COLORS: Record<PledgeStatus, string> = {
  OPEN: 'blue',
  FULFILLED: 'green',
  WRITTEN_OFF: 'orange',
  CANCELLED: 'gray',
};

export const FREQUENCY_LABELS: Record<PledgeFrequency, string> = {
  MONTHLY: 'Monthly',
  QUARTERLY: 'Quarterly',
  YEARLY: 'Yearly',
};

const MONTHS: Record<PledgeFrequency, number> = { MONTHLY: 1, QUARTERLY: 3, YEARLY: 12 };

/** "2027-01-31" plus n months, kept to the month's last day (as java.time does): 31 Jan + 1 → 28 Feb. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(newYear, newMonth, 0)).getUTCDate();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${newYear}-${pad(newMonth)}-${pad(Math.min(day, lastDay))}`;
}

export type PlannedInstallment = { dueOn: string; amount: string };

/**
 * The schedule the server generates, for a preview: `count` installments in whole cents, the last one taking
 * the remainder, each due `frequency` after the first. Empty when the amount is not an amount or has fewer
 * cents than installments.
 */
export function planSchedule(amount: string, count: number, frequency: PledgeFrequency, firstDueOn: string): PlannedInstallment[] {
  const total = toCents(amount);
  if (total === null || !Number.isInteger(count) || count < 1 || total < BigInt(count) || !firstDueOn) return [];
  const each = total / BigInt(count);
  return Array.from({ length: count }, (_, index) => ({
    dueOn: addMonths(firstDueOn, index * MONTHS[frequency]),
    amount: fromCents(index === count - 1 ? total - each * BigInt(count - 1) : each),
  }));
}
