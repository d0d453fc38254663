import { addressOneLine } from '@/utils/address';
import type { Address } from '@/features/duplicates/types/duplicates';

export { CONSTITUENT_TYPE_LABELS as TYPE_LABELS } from '@/types/constituents';
export { ruleShortName } from '@/utils/duplicate-rules';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** A calendar date ("2026-11-23") in the reader's locale, without time-zone shifts. */
export function formatDate(value: string | null | undefined, fallback = '—'): string {
  if (!value) return fallback;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  return dateFormat.format(new Date(Number(year), Number(month) - 1, Number(day)));
}

export function formatAddress(address: Address): string {
  return addressOneLine(address);
}

/** A field name of the API as words: "informalSalutation" → "Informal salutation". */
export function humanizeField(field: string): string {
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** What happens to household membership (`MergePreview.HouseholdChange.action`). */
export function householdChangeText(
  action: string,
  household: string | null,
  members: number,
  names: { survivor: string; duplicate: string },
): string | null {
  switch (action) {
    case 'SURVIVOR_TAKES_PLACE':
      return `${names.survivor} takes ${names.duplicate}’s place in ${household ?? 'the household'}.`;
    case 'DUPLICATE_MEMBERSHIP_ENDED':
      return `${names.survivor} keeps their own household; ${names.duplicate}’s membership of ${household ?? 'their household'} ends.`;
    case 'MEMBERS_MOVE':
      return `${members} ${members === 1 ? 'member moves' : 'members move'} to ${names.survivor}.`;
    default:
      return null;
  }
}
