import type { RosterEntry } from '@/features/check-in/types/check-in';

/** Lower case without accents or extra spaces, so "zoe" finds "Zoë" and "muller" finds "Müller". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether the party matches a search: every word of it in the registrant's or a named guest's name. */
export function matchesSearch(entry: RosterEntry, search: string): boolean {
  const words = fold(search).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const names = [entry.name, ...entry.guestNames].map(fold);
  return names.some((name) => words.every((word) => name.includes(word)));
}

/** The parties matching a search, in roster order (by name). */
export function filterRoster(roster: readonly RosterEntry[], search: string): RosterEntry[] {
  return roster.filter((entry) => matchesSearch(entry, search));
}

/** The party a scanned code belongs to, if it is on the roster. */
export function findByCode(roster: readonly RosterEntry[], code: string): RosterEntry | undefined {
  const wanted = code.trim();
  if (!wanted) return undefined;
  return roster.find((entry) => entry.checkInCode === wanted);
}
