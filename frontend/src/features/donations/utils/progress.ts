import type { CampaignProgress } from '@/features/donations/types/progress';
import { formatDay } from '@/features/donations/utils/labels';
import { pluralize } from '@/utils/format';
import { toCents } from '@/utils/money';

/**
 * The whole percent of the goal raised, cut (never rounded up: 99.99 shows 99, so 100 means reached), taken from
 * the API's decimal string without floating point; null when there is no comparable goal.
 */
export function wholePercent(percentOfGoal: string | null | undefined): number | null {
  if (!percentOfGoal) return null;
  const match = /^(\d+)(?:\.\d+)?$/.exec(percentOfGoal);
  return match ? Number(match[1]) : null;
}

/** How far `part` is of `total`, to one decimal, from the amounts' cents ("37.5%"); "—" for a zero total. */
export function shareOf(part: string, total: string): string {
  const partCents = toCents(part);
  const totalCents = toCents(total);
  if (partCents === null || !totalCents) return '—';
  const tenths = (partCents * 1000n + totalCents / 2n) / totalCents;
  return `${tenths / 10n}.${tenths % 10n}%`;
}

/** "12 days left", "Last day", "Ended 3 Mar 2026", "Starts 1 Jan 2027", "No end date". */
export function timeLeft(progress: Pick<CampaignProgress, 'phase' | 'daysLeft' | 'startDate' | 'endDate'>): string {
  if (progress.phase === 'UPCOMING') return `Starts ${formatDay(progress.startDate)}`;
  if (progress.phase === 'ENDED') return `Ended ${formatDay(progress.endDate)}`;
  if (progress.daysLeft === null || progress.daysLeft === undefined) return 'No end date';
  if (progress.daysLeft === 0) return 'Last day';
  return `${pluralize(progress.daysLeft, 'day')} left`;
}
