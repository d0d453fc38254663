const wallClock = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });
const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

function parse(localDateTime: string): Date | null {
  const date = new Date(localDateTime);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** When an event takes place, in its own time zone (the API sends wall-clock times without an offset). */
export function formatWhen(startsAt: string, endsAt: string, timeZone: string): string {
  const start = parse(startsAt);
  const end = parse(endsAt);
  if (!start || !end) return `${startsAt} – ${endsAt} (${timeZone})`;
  const sameDay = start.toDateString() === end.toDateString();
  const until = sameDay ? timeOnly.format(end) : wallClock.format(end);
  return `${wallClock.format(start)} – ${until} (${timeZone.replace(/_/g, ' ')})`;
}

/** "Free", or the price with its currency. */
export function formatPrice(price: string, currency: string): string {
  const amount = Number(price);
  if (!Number.isFinite(amount) || amount === 0) return 'Free';
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);
  } catch {
    return `${price} ${currency}`;
  }
}

/** "Full: new sign-ups join the waitlist", "3 places left", or nothing when seats are not limited. */
export function seatsText(seatsLeft: number | null | undefined): string | null {
  // the API leaves out a null member
  if (seatsLeft === null || seatsLeft === undefined) return null;
  if (seatsLeft <= 0) return 'Full: new sign-ups join the waitlist';
  return seatsLeft === 1 ? '1 place left' : `${seatsLeft} places left`;
}
