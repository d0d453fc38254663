import { compareAmounts, subtractAmounts, sumAmounts } from '@/utils/money';
import type { GiftBatch, GiftBatchRow, GiftBatchStatus } from '@/features/donations/types/gift-batches';

export const BATCH_STATUS_LABELS: Record<GiftBatchStatus, string> = { OPEN: 'Open', POSTED: 'Posted' };
export const BATCH_STATUS_COLORS: Record<GiftBatchStatus, string> = { OPEN: 'blue', POSTED: 'green' };

/** The batch with these rows, its entered count, total and balance recomputed exactly (in cents, never floats). */
export function withRows(batch: GiftBatch, rows: GiftBatchRow[]): GiftBatch {
  const enteredTotal = sumAmounts(rows.map((row) => row.amount)) ?? batch.enteredTotal;
  const numbered = rows.map((row, index) => ({ ...row, rowNumber: index + 1 }));
  return {
    ...batch,
    rows: numbered,
    enteredCount: rows.length,
    enteredTotal,
    balanced: rows.length === batch.expectedCount && compareAmounts(enteredTotal, batch.expectedTotal) === 0,
  };
}

/** How far the entered rows are from the expected ones: positive when more was entered than expected. */
export type BatchDifference = { count: number; total: string; balanced: boolean };

export function batchDifference(batch: Pick<GiftBatch, 'expectedCount' | 'expectedTotal' | 'enteredCount' | 'enteredTotal'>): BatchDifference {
  const total = subtractAmounts(batch.enteredTotal, batch.expectedTotal) ?? '0.00';
  const count = batch.enteredCount - batch.expectedCount;
  return { count, total, balanced: count === 0 && compareAmounts(total, '0') === 0 };
}

function gifts(count: number): string {
  return `${count} ${count === 1 ? 'gift' : 'gifts'}`;
}

/**
 * Why the batch cannot be posted yet, in words ("1 gift missing; the total is $10.00 short"), or null when it
 * matches. `money` formats an amount in the batch's currency.
 */
export function mismatchReason(difference: BatchDifference, money: (amount: string) => string): string | null {
  if (difference.balanced) return null;
  const parts: string[] = [];
  if (difference.count < 0) parts.push(`${gifts(-difference.count)} missing`);
  if (difference.count > 0) parts.push(`${gifts(difference.count)} too many`);
  const sign = compareAmounts(difference.total, '0');
  if (sign === -1) parts.push(`the total is ${money(difference.total.replace(/^-/, ''))} short`);
  if (sign === 1) parts.push(`the total is ${money(difference.total)} over`);
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
