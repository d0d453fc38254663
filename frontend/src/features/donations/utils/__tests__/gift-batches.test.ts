import { describe, expect, it } from 'vitest';

import { createGiftBatch, createGiftBatchRow } from '@/testing/data-generators';
import { formatMoney } from '@/utils/money';
import type { GiftBatch } from '@/features/donations/types/gift-batches';
import { batchDifference, mismatchReason, withRows } from '@/features/donations/utils/gift-batches';

const money = (amount: string) => formatMoney(amount, 'USD', 'en-US');

describe('gift batch sums', () => {
  it('adds amounts in cents: 0.10 + 0.20 is exactly 0.30 and balances a batch expecting 0.30', () => {
    const batch = createGiftBatch({ expectedCount: 2, expectedTotal: '0.30' }) as GiftBatch;
    const rows = [createGiftBatchRow({ amount: '0.10' }), createGiftBatchRow({ amount: '0.20' })];
    const entered = withRows(batch, rows);
    expect(entered).toMatchObject({ enteredCount: 2, enteredTotal: '0.30', balanced: true });
    expect(entered.rows!.map((row) => row.rowNumber)).toEqual([1, 2]);
    expect(batchDifference(entered)).toEqual({ count: 0, total: '0.00', balanced: true });
    expect(mismatchReason(batchDifference(entered), money)).toBeNull();
  });

  it('says what is missing or too much, in count and in money', () => {
    const expected = { expectedCount: 3, expectedTotal: '1000000000000000.01' };
    expect(mismatchReason(batchDifference({ ...expected, enteredCount: 2, enteredTotal: '1000000000000000.00' }), money)).toBe(
      '1 gift missing; the total is $0.01 short',
    );
    expect(mismatchReason(batchDifference({ ...expected, enteredCount: 5, enteredTotal: '1000000000000010.01' }), money)).toBe(
      '2 gifts too many; the total is $10.00 over',
    );
    expect(mismatchReason(batchDifference({ ...expected, enteredCount: 3, enteredTotal: '999999999999999.01' }), money)).toBe(
      'The total is $1.00 short',
    );
    expect(batchDifference({ ...expected, enteredCount: 3, enteredTotal: '1000000000000000.01' }).balanced).toBe(true);
  });
});
