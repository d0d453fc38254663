import type { ColumnKind } from '@/features/reports/types/reports';
import { formatDay } from '@/utils/format';
import { formatMoney } from '@/utils/money';

const percentFormat = new Intl.NumberFormat(undefined, {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** A fraction as sent ("0.5000") as a percentage ("50.0%"); what is not a number is shown as it came. */
export function formatPercent(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const number = Number(value);
  return Number.isFinite(number) ? percentFormat.format(number) : value;
}

/** A whole number as sent ("1234") with the reader's grouping ("1,234"), exactly, at any size. */
export function formatInteger(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const trimmed = value.trim();
  if (!/^-?\d+$/.test(trimmed)) return value;
  return BigInt(trimmed).toLocaleString();
}

/** One cell or figure of a report, by its column's kind; money in the report's currency. */
export function formatReportValue(value: string | null | undefined, kind: ColumnKind, currency: string): string {
  switch (kind) {
    case 'MONEY':
      return value === null || value === undefined || value === '' ? '—' : formatMoney(value, currency);
    case 'PERCENT':
      return formatPercent(value);
    case 'INTEGER':
      return formatInteger(value);
    case 'DATE':
      return formatDay(value);
    default:
      return value === null || value === undefined || value === '' ? '—' : value;
  }
}

/** Numbers (money, counts, percentages) line up on the right. */
export function isNumeric(kind: ColumnKind): boolean {
  return kind === 'MONEY' || kind === 'INTEGER' || kind === 'PERCENT';
}

/** "850 ms", "2.3 s", "4 min 05 s". */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
}

/** "512 B", "12.3 KB", "4.1 MB". */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return '—';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
