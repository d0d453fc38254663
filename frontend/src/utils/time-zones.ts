/** The IANA zones the browser knows, the browser's own zone first (for a searchable time-zone picker). */
export function timeZones(): string[] {
  const own = browserTimeZone();
  let zones: string[] = [];
  try {
    zones = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  } catch {
    zones = [];
  }
  if (zones.length === 0) zones = ['UTC'];
  return [own, ...zones.filter((zone) => zone !== own)];
}

/** The reader's own IANA zone ("Europe/Paris"), or UTC when the browser does not say. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}
