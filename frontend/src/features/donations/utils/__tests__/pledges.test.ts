import { describe, expect, it } from 'vitest';

import { sumAmounts } from '@/utils/money';
import { addMonths, planSchedule } from '@/features/donations/utils/pledges';

describe('planSchedule', () => {
  it('splits the amount into whole cents, the last installment taking the remainder', () => {
    const plan = planSchedule('100', 3, 'MONTHLY', '2027-01-31');
    expect(plan).toEqual([
      { dueOn: '2027-01-31', amount: '33.33' },
      { dueOn: '2027-02-28', amount: '33.33' },
      { dueOn: '2027-03-31', amount: '33.34' },
    ]);
    const long = planSchedule('98765.43', 240, 'MONTHLY', '2027-01-01');
    expect(long).toHaveLength(240);
    expect(sumAmounts(long.map((installment) => installment.amount))).toBe('98765.43');
  });

  it('gives nothing for amounts it cannot split', () => {
    expect(planSchedule('0.02', 3, 'YEARLY', '2027-01-01')).toEqual([]);
    expect(planSchedule('ten', 3, 'YEARLY', '2027-01-01')).toEqual([]);
    expect(planSchedule('10', 0, 'YEARLY', '2027-01-01')).toEqual([]);
  });

  it('counts months from the first due date', () => {
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2027-12-15', 1)).toBe('2028-01-15');
  });
});
