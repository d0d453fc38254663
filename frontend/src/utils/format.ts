import { message } from '@/i18n/messages';

const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

/** A timestamp from the API (ISO 8601) in the reader's locale; empty input gives the fallback. */
export function formatDateTime(value: string | null | undefined, fallback = '—'): string {
  if (!value) return fallback;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTimeFormat.format(date);
}

/** "1 user", "3 users": the form chosen by the language's plural rules (the message catalogue's count.items). */
export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return message('count.items', { count, one: singular, other: plural });
}

/** Renders any JSON value from the audit log as short readable text. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '(none)';
  if (typeof value === 'string') return value === '' ? '(empty)' : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) {
    return value.length === 0 ? '(empty)' : value.map((item) => String(item)).join(', ');
  }
  return JSON.stringify(value);
}

/** A calendar date from the API ("2026-11-23") as a readable date, without time-zone shifts. */
export function formatDay(value: string | null | undefined, fallback = '—'): string {
  if (!value) return fallback;
  const [year, month, day] = value.split('-').map(Number);
  if (!year || !month || !day) return value;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}
