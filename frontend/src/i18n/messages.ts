import { IntlMessageFormat } from 'intl-messageformat';

/**
 * The page's message catalogue: every text that depends on a number is an ICU MessageFormat message here, chosen
 * by the language's plural rules (intl-messageformat, docs/adr/0027), never made by adding an "s".
 */
const en = {
  'merge.moved.emails': '{count, plural, one {# email} other {# emails}}',
  'merge.moved.phones': '{count, plural, one {# phone} other {# phones}}',
  'merge.moved.addresses': '{count, plural, one {# address} other {# addresses}}',
  'merge.moved.tags': '{count, plural, one {# tag} other {# tags}}',
  'merge.moved.externalIds': '{count, plural, one {# external id} other {# external ids}}',
  'merge.moved.householdMemberships': '{count, plural, one {# household membership} other {# household memberships}}',
  'merge.moved.relationships': '{count, plural, one {# relationship} other {# relationships}}',
  'merge.moved.interactions': '{count, plural, one {# interaction} other {# interactions}}',
  'merge.moved.tasks': '{count, plural, one {# task} other {# tasks}}',
  'merge.moved.gifts': '{count, plural, one {# gift} other {# gifts}}',
  'merge.moved.soft credits': '{count, plural, one {# soft credit} other {# soft credits}}',
  'merge.moved.pledges': '{count, plural, one {# pledge} other {# pledges}}',
  'merge.moved.recurring-gifts': '{count, plural, one {# recurring gift} other {# recurring gifts}}',
  'merge.moved.receipts': '{count, plural, one {# receipt} other {# receipts}}',
  'merge.moved.event registrations': '{count, plural, one {# event registration} other {# event registrations}}',
  'merge.moved.other': '{kind}: {count, number}',
  'merge.moved': 'Moved: {list}.',
  'merge.movedNothing': 'Nothing else moved.',
  'count.items': '{count, plural, one {# {one}} other {# {other}}}',
} as const;

export type MessageId = keyof typeof en;

const LOCALE = 'en';
const formats = new Map<string, IntlMessageFormat>();

/** The message `id` with its values put in. */
export function message(id: MessageId, values?: Record<string, string | number>): string {
  let format = formats.get(id);
  if (!format) {
    format = new IntlMessageFormat(en[id], LOCALE);
    formats.set(id, format);
  }
  return String(format.format(values));
}

/** Whether the catalogue has a message with this id (for ids made from data, such as the kinds a merge moved). */
export function hasMessage(id: string): id is MessageId {
  return Object.prototype.hasOwnProperty.call(en, id);
}

/** A list in the language's words: "1 email, 2 phones and 1 address". */
export function listOf(items: string[]): string {
  return new Intl.ListFormat(LOCALE, { style: 'long', type: 'conjunction' }).format(items);
}
