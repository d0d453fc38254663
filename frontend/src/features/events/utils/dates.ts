// Event date-times are wall-clock times in the event's own zone ("2026-12-12T18:00:00" in America/Toronto): they
// are shown as they are, with the zone, never converted to the reader's zone.

const DAY = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const TIME = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });

/** A local date-time as a Date whose UTC fields are its wall-clock fields (for formatting only). */
function wallClock(local: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match;
  return new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)));
}

/** "Sat, Dec 12, 2026, 6:00 PM" for a local date-time; what is not one is shown as it came. */
export function formatLocalDateTime(local: string | null | undefined, fallback = '—'): string {
  if (!local) return fallback;
  const date = wallClock(local);
  return date ? `${DAY.format(date)}, ${TIME.format(date)}` : local;
}

/** "Sat, Dec 12, 2026, 6:00 PM – 9:00 PM" (the end's day too when it ends on another day). */
export function formatEventWhen(startsAt: string, endsAt: string): string {
  const start = wallClock(startsAt);
  const end = wallClock(endsAt);
  if (!start || !end) return `${startsAt} – ${endsAt}`;
  const sameDay = startsAt.slice(0, 10) === endsAt.slice(0, 10);
  return sameDay
    ? `${DAY.format(start)}, ${TIME.format(start)} – ${TIME.format(end)}`
    : `${DAY.format(start)}, ${TIME.format(start)} – ${DAY.format(end)}, ${TIME.format(end)}`;
}

/** The value of a `datetime-local` input ("2026-12-12T18:00") for an API local date-time. */
export function toInputValue(local: string | null | undefined): string {
  return local ? local.slice(0, 16) : '';
}

/** The API's local date-time ("2026-12-12T18:00:00") for a `datetime-local` input's value; null when empty. */
export function fromInputValue(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  return trimmed.length === 16 ? `${trimmed}:00` : trimmed;
}
