const wallClock = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/** A date-time local to the event (no offset, as the API sends it) with its zone: "Dec 24, 2026, 6:00 PM (Europe/Paris)". */
export function formatEventTime(localDateTime: string, timeZone: string): string {
  const date = new Date(localDateTime);
  return Number.isNaN(date.getTime()) ? localDateTime : `${wallClock.format(date)} (${timeZone})`;
}

/** The time of an instant on this device's clock: "6:02 PM". */
export function formatTime(instant: string | null): string {
  if (!instant) return '';
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : timeOnly.format(date);
}

/** "1 person", "3 people"; "1 party", "2 parties"; "1 check-in", "2 check-ins". */
export function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
