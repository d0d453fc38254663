import { randomId } from '@mantine/hooks';

import type { Violation } from '@/lib/api-client';
import {
  ADDRESS_TYPES,
  EMAIL_TYPES,
  PHONE_TYPES,
  type Constituent,
  type ConstituentRequest,
  type ConstituentType,
} from '@/features/constituents/types/constituent';

// The constituent form works on strings (empty = not given); the request turns them into nulls.

export type EmailRow = { key: string; id: string | null; address: string; type: string; primary: boolean };
export type PhoneRow = { key: string; id: string | null; number: string; type: string; primary: boolean };
export type AddressRow = {
  key: string;
  id: string | null;
  type: string;
  line1: string;
  line2: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
  validFrom: string;
  validTo: string;
  primary: boolean;
};
export type ExternalIdRow = { key: string; source: string; id: string };

export type ConstituentFormValues = {
  type: ConstituentType;
  prefix: string;
  firstName: string;
  middleName: string;
  lastName: string;
  suffix: string;
  preferredName: string;
  birthDate: string;
  deceased: boolean;
  deceasedDate: string;
  name: string;
  nameGenerated: boolean;
  formalSalutation: string;
  informalSalutation: string;
  emails: EmailRow[];
  phones: PhoneRow[];
  addresses: AddressRow[];
  tags: string[];
  source: string;
  externalIds: ExternalIdRow[];
  notes: string;
  doNotContact: boolean;
  doNotSolicit: boolean;
};

export type ListField = 'emails' | 'phones' | 'addresses' | 'externalIds';

export function newEmail(primary: boolean): EmailRow {
  return { key: randomId(), id: null, address: '', type: EMAIL_TYPES[0], primary };
}

export function newPhone(primary: boolean): PhoneRow {
  return { key: randomId(), id: null, number: '', type: PHONE_TYPES[0], primary };
}

export function newAddress(primary: boolean): AddressRow {
  return {
    key: randomId(),
    id: null,
    type: ADDRESS_TYPES[0],
    line1: '',
    line2: '',
    city: '',
    region: '',
    postalCode: '',
    country: '',
    validFrom: '',
    validTo: '',
    primary,
  };
}

export function newExternalId(): ExternalIdRow {
  return { key: randomId(), source: '', id: '' };
}

const text = (value: string | null | undefined) => value ?? '';

/** The form's starting values: a blank individual, or what the constituent holds now. */
export function toFormValues(constituent?: Constituent, type: ConstituentType = 'INDIVIDUAL'): ConstituentFormValues {
  if (!constituent) {
    return {
      type,
      prefix: '',
      firstName: '',
      middleName: '',
      lastName: '',
      suffix: '',
      preferredName: '',
      birthDate: '',
      deceased: false,
      deceasedDate: '',
      name: '',
      nameGenerated: type === 'HOUSEHOLD',
      formalSalutation: '',
      informalSalutation: '',
      emails: [],
      phones: [],
      addresses: [],
      tags: [],
      source: '',
      externalIds: [],
      notes: '',
      doNotContact: false,
      doNotSolicit: false,
    };
  }
  const c = constituent;
  return {
    type: c.type,
    prefix: text(c.prefix),
    firstName: text(c.firstName),
    middleName: text(c.middleName),
    lastName: text(c.lastName),
    suffix: text(c.suffix),
    preferredName: text(c.preferredName),
    birthDate: text(c.birthDate),
    deceased: c.deceased,
    deceasedDate: text(c.deceasedDate),
    name: text(c.name),
    nameGenerated: c.nameGenerated,
    formalSalutation: text(c.formalSalutation),
    informalSalutation: text(c.informalSalutation),
    emails: c.emails.map((e) => ({
      key: randomId(),
      id: e.id,
      address: e.address,
      type: e.type ?? EMAIL_TYPES[0],
      primary: e.primary,
    })),
    phones: c.phones.map((p) => ({
      key: randomId(),
      id: p.id,
      number: p.number,
      type: p.type ?? PHONE_TYPES[0],
      primary: p.primary,
    })),
    addresses: c.addresses.map((a) => ({
      key: randomId(),
      id: a.id,
      type: a.type ?? ADDRESS_TYPES[0],
      line1: text(a.line1),
      line2: text(a.line2),
      city: text(a.city),
      region: text(a.region),
      postalCode: text(a.postalCode),
      country: text(a.country),
      validFrom: text(a.validFrom),
      validTo: text(a.validTo),
      primary: a.primary,
    })),
    tags: [...c.tags],
    source: text(c.source),
    externalIds: c.externalIds.map((x) => ({ key: randomId(), source: x.source, id: x.id })),
    notes: text(c.notes),
    doNotContact: c.doNotContact,
    doNotSolicit: c.doNotSolicit,
  };
}

function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}

/** The request for the form's values; only the name fields of the chosen type are sent. */
export function toRequest(values: ConstituentFormValues, version?: number): ConstituentRequest {
  const individual = values.type === 'INDIVIDUAL';
  const named = (value: string) => (individual ? orNull(value) : null);
  const generated = values.type === 'HOUSEHOLD' && values.nameGenerated;
  return {
    type: values.type,
    prefix: named(values.prefix),
    firstName: named(values.firstName),
    middleName: named(values.middleName),
    lastName: named(values.lastName),
    suffix: named(values.suffix),
    preferredName: named(values.preferredName),
    birthDate: named(values.birthDate),
    deceased: individual && values.deceased,
    deceasedDate: individual && values.deceased ? orNull(values.deceasedDate) : null,
    name: individual || generated ? null : orNull(values.name),
    nameGenerated: values.type === 'HOUSEHOLD' ? generated : null,
    formalSalutation: orNull(values.formalSalutation),
    informalSalutation: orNull(values.informalSalutation),
    emails: values.emails.map((e) => ({ id: e.id, address: e.address.trim(), type: e.type, primary: e.primary })),
    phones: values.phones.map((p) => ({ id: p.id, number: p.number.trim(), type: p.type, primary: p.primary })),
    addresses: values.addresses.map((a) => ({
      id: a.id,
      type: a.type,
      line1: orNull(a.line1),
      line2: orNull(a.line2),
      city: orNull(a.city),
      region: orNull(a.region),
      postalCode: orNull(a.postalCode),
      country: a.country.trim() ? a.country.trim().toUpperCase() : null,
      validFrom: orNull(a.validFrom),
      validTo: orNull(a.validTo),
      primary: a.primary,
    })),
    tags: values.tags.map((tag) => tag.trim()).filter(Boolean),
    source: orNull(values.source),
    externalIds: values.externalIds.map((x) => ({ source: x.source.trim(), id: x.id.trim() })),
    notes: values.notes.trim() ? values.notes : null,
    doNotContact: values.doNotContact,
    doNotSolicit: values.doNotSolicit,
    ...(version === undefined ? {} : { version }),
  };
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE_PATTERN = /^[0-9+()./ x-]+$/;

/** Today as YYYY-MM-DD in the reader's time zone (how date inputs compare). */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The rules the form checks before calling the server (the server checks them all again). Keys are
 * form paths: `lastName`, `emails.0.address`, `addresses.1` (the address as a whole).
 */
export function validateValues(values: ConstituentFormValues, now = today()): Record<string, string> {
  const errors: Record<string, string> = {};
  if (values.type === 'INDIVIDUAL') {
    if (!values.firstName.trim() && !values.lastName.trim()) {
      errors.lastName = 'Enter a last name (or at least a first name)';
    }
    if (values.birthDate && values.birthDate > now) errors.birthDate = 'Cannot be in the future';
    if (values.deceased && values.deceasedDate) {
      if (values.deceasedDate > now) errors.deceasedDate = 'Cannot be in the future';
      else if (values.birthDate && values.deceasedDate < values.birthDate) {
        errors.deceasedDate = 'Cannot be before the birth date';
      }
    }
  } else if (!values.name.trim() && !(values.type === 'HOUSEHOLD' && values.nameGenerated)) {
    errors.name = values.type === 'ORGANIZATION' ? 'Enter the organization’s name' : 'Enter the household’s name';
  }

  const seenEmails = new Set<string>();
  values.emails.forEach((email, index) => {
    const address = email.address.trim();
    if (!address) errors[`emails.${index}.address`] = 'Enter an email address, or remove this row';
    else if (!EMAIL_PATTERN.test(address)) errors[`emails.${index}.address`] = 'Enter a valid email address';
    else if (seenEmails.has(address.toLowerCase())) errors[`emails.${index}.address`] = 'This address is listed twice';
    seenEmails.add(address.toLowerCase());
  });

  values.phones.forEach((phone, index) => {
    const number = phone.number.trim();
    if (!number) errors[`phones.${index}.number`] = 'Enter a phone number, or remove this row';
    else if (!PHONE_PATTERN.test(number)) {
      errors[`phones.${index}.number`] = 'Use digits, spaces and + ( ) . / - x only';
    } else if (number.replace(/\D/g, '').length < 3) errors[`phones.${index}.number`] = 'Needs at least 3 digits';
  });

  values.addresses.forEach((address, index) => {
    if (!address.line1.trim() && !address.city.trim() && !address.postalCode.trim()) {
      errors[`addresses.${index}`] = 'Enter at least a street, a city or a postal code';
    }
    if (address.validFrom && address.validTo && address.validTo < address.validFrom) {
      errors[`addresses.${index}.validTo`] = 'Cannot be before “valid from”';
    }
  });

  values.externalIds.forEach((externalId, index) => {
    if (!externalId.source.trim()) errors[`externalIds.${index}.source`] = 'Enter the system';
    if (!externalId.id.trim()) errors[`externalIds.${index}.id`] = 'Enter the id';
  });
  return errors;
}

const LIST_FIELDS: readonly string[] = ['emails', 'phones', 'addresses', 'externalIds'];
const SCALAR_FIELDS: readonly string[] = [
  'type',
  'prefix',
  'firstName',
  'middleName',
  'lastName',
  'suffix',
  'preferredName',
  'birthDate',
  'deceased',
  'deceasedDate',
  'name',
  'nameGenerated',
  'formalSalutation',
  'informalSalutation',
  'tags',
  'source',
  'notes',
  'doNotContact',
  'doNotSolicit',
];

/**
 * Puts server violations on the form's paths: `emails[0].address` on that row's address,
 * `addresses[1]` on the whole address, `emails` ("only one can be primary") on the list, `tags[2]`
 * on the tags. What has no place on the form (including rows that no longer exist) is returned as
 * `unmatched`, for a general message.
 */
export function mapViolations(
  violations: readonly Violation[],
  values: ConstituentFormValues,
): { errors: Record<string, string>; unmatched: Violation[] } {
  const errors: Record<string, string> = {};
  const unmatched: Violation[] = [];
  const add = (path: string, message: string) => {
    errors[path] = errors[path] ? `${errors[path]}; ${message}` : message;
  };
  for (const violation of violations) {
    // "emails[0].address" → ["emails", "0", "address"]; a method or parameter prefix is skipped.
    const parts = violation.field.replace(/\[(\d*)\]/g, '.$1').split('.').filter(Boolean);
    const start = parts.findIndex((part) => LIST_FIELDS.includes(part) || SCALAR_FIELDS.includes(part));
    if (start < 0) {
      unmatched.push(violation);
      continue;
    }
    const [field, index, property] = parts.slice(start) as [string, string | undefined, string | undefined];
    if (SCALAR_FIELDS.includes(field)) {
      add(field, violation.message);
      continue;
    }
    const rows = values[field as ListField] as { key: string }[];
    if (index === undefined || index === '') {
      add(field, violation.message);
    } else if (Number(index) >= rows.length) {
      unmatched.push(violation);
    } else if (property && property in (rows[Number(index)] ?? {})) {
      add(`${field}.${index}.${property}`, violation.message);
    } else {
      add(`${field}.${index}`, violation.message);
    }
  }
  return { errors, unmatched };
}
