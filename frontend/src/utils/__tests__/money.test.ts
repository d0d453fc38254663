import { describe, expect, it } from 'vitest';

import {
  compareAmounts,
  formatMoney,
  fromCents,
  normalizeAmount,
  subtractAmounts,
  sumAmounts,
  toCents,
  validateAmount,
} from '@/utils/money';

describe('toCents / fromCents', () => {
  it('reads decimal strings exactly', () => {
    expect(toCents('25')).toBe(2500n);
    expect(toCents('25.5')).toBe(2550n);
    expect(toCents('25.05')).toBe(2505n);
    expect(toCents('0.01')).toBe(1n);
    expect(toCents('-3.10')).toBe(-310n);
    expect(toCents(' 1,234.50 ')).toBe(123450n);
    // Beyond what a double holds exactly.
    expect(toCents('90071992547409.93')).toBe(9007199254740993n);
  });

  it('rejects three decimals and anything that is not a plain decimal', () => {
    expect(toCents('1.005')).toBeNull();
    expect(toCents('1.')).toBeNull();
    expect(toCents('abc')).toBeNull();
    expect(toCents('1e3')).toBeNull();
    expect(toCents('')).toBeNull();
    expect(toCents(null)).toBeNull();
  });

  it('writes the API form with two decimals', () => {
    expect(fromCents(2550n)).toBe('25.50');
    expect(fromCents(5n)).toBe('0.05');
    expect(fromCents(-5n)).toBe('-0.05');
    expect(fromCents(0n)).toBe('0.00');
    expect(normalizeAmount('7')).toBe('7.00');
    expect(normalizeAmount(25.1)).toBe('25.10');
  });
});

describe('sums', () => {
  it('adds without float errors', () => {
    expect(sumAmounts(['0.10', '0.20'])).toBe('0.30');
    expect(sumAmounts(['33.33', '33.33', '33.34'])).toBe('100.00');
    expect(sumAmounts(['', '5'])).toBe('5.00');
    expect(sumAmounts([])).toBe('0.00');
    expect(sumAmounts(['1.001'])).toBeNull();
    expect(sumAmounts(['90071992547409.92', '0.01'])).toBe('90071992547409.93');
  });

  it('subtracts and compares exactly', () => {
    expect(subtractAmounts('100.00', '99.99')).toBe('0.01');
    expect(subtractAmounts('1', '1.5')).toBe('-0.50');
    expect(compareAmounts('0.30', sumAmounts(['0.10', '0.20']))).toBe(0);
    expect(compareAmounts('10', '9.99')).toBe(1);
    expect(compareAmounts('x', '1')).toBeNull();
  });
});

describe('validateAmount', () => {
  it('wants a positive amount with at most two decimals', () => {
    expect(validateAmount('25.00')).toBeNull();
    expect(validateAmount('')).toBe('Enter an amount');
    expect(validateAmount('12.345')).toBe('Use at most 2 decimals');
    expect(validateAmount('0')).toBe('Must be more than 0');
    expect(validateAmount('-4')).toBe('Must be more than 0');
    expect(validateAmount('ten')).toBe('Enter an amount such as 25 or 25.50');
  });

  it('knows optional, zero and maximum', () => {
    expect(validateAmount('', { optional: true })).toBeNull();
    expect(validateAmount('0', { allowZero: true })).toBeNull();
    expect(validateAmount('-1', { allowZero: true })).toBe('Must not be negative');
    expect(validateAmount('50.01', { max: '50.00' })).toBe('Must be at most 50.00');
    expect(validateAmount('50.00', { max: '50' })).toBeNull();
  });
});

describe('formatMoney', () => {
  it('formats from the string in the given locale', () => {
    expect(formatMoney('1234.50', 'USD', 'en-US')).toBe('$1,234.50');
    expect(formatMoney('0.05', 'USD', 'en-US')).toBe('$0.05');
    expect(formatMoney('-0.05', 'USD', 'en-US')).toBe('-$0.05');
    expect(formatMoney('1234567.89', 'EUR', 'de-DE')).toBe('1.234.567,89\u00a0€');
    expect(formatMoney('25', 'GBP', 'en-GB')).toBe('£25.00');
  });

  it('keeps digits a double would lose', () => {
    expect(formatMoney('90071992547409.93', 'USD', 'en-US')).toBe('$90,071,992,547,409.93');
  });

  it('drops the decimals of a currency without minor unit only when they are zero', () => {
    expect(formatMoney('1500.00', 'JPY', 'en-US')).toBe('¥1,500');
    expect(formatMoney('1500.50', 'JPY', 'en-US')).toBe('¥1,500.50');
  });

  it('shows what is not an amount as it came', () => {
    expect(formatMoney(null, 'USD')).toBe('—');
    expect(formatMoney('n/a', 'USD')).toBe('n/a');
    expect(formatMoney('12.00', 'DOLLARS', 'en-US')).toBe('12.00 DOLLARS');
  });
});
