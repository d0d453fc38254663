import { describe, expect, it } from 'vitest';

import { shareOf, timeLeft, wholePercent } from '@/features/donations/utils/progress';

describe('campaign progress figures', () => {
  it('cuts the percentage of the goal to a whole number without floating point', () => {
    expect(wholePercent('32.9300')).toBe(32);
    expect(wholePercent('99.9999')).toBe(99);
    expect(wholePercent('100.0000')).toBe(100);
    expect(wholePercent('250.5000')).toBe(250);
    expect(wholePercent(null)).toBeNull();
    expect(wholePercent(undefined)).toBeNull();
    expect(wholePercent('not a number')).toBeNull();
  });

  it('gives a share of a total to one decimal, rounded half up, from cents', () => {
    expect(shareOf('100.00', '329.30')).toBe('30.4%');
    expect(shareOf('0.10', '0.30')).toBe('33.3%');
    expect(shareOf('0.20', '0.30')).toBe('66.7%');
    expect(shareOf('5.00', '5.00')).toBe('100.0%');
    expect(shareOf('5.00', '0.00')).toBe('—');
  });

  it('says how much time is left', () => {
    const base = { startDate: '2026-01-01', endDate: '2026-12-31' };
    expect(timeLeft({ ...base, phase: 'RUNNING', daysLeft: 12 })).toBe('12 days left');
    expect(timeLeft({ ...base, phase: 'RUNNING', daysLeft: 1 })).toBe('1 day left');
    expect(timeLeft({ ...base, phase: 'RUNNING', daysLeft: 0 })).toBe('Last day');
    expect(timeLeft({ startDate: null, phase: 'RUNNING' })).toBe('No end date');
    expect(timeLeft({ ...base, phase: 'ENDED', daysLeft: 0 })).toMatch(/^Ended /);
    expect(timeLeft({ ...base, phase: 'UPCOMING', daysLeft: 400 })).toMatch(/^Starts /);
  });
});
