import type {
  Address,
  ConstituentType,
  ConstituentView,
  Email,
  ExternalId,
  Phone,
} from '@/types/constituents';
import { CONSTITUENT_TYPES } from '@/types/constituents';

export { CONSTITUENT_TYPE_LABELS, CONSTITUENT_TYPES } from '@/types/constituents';
export type { ConstituentRef, ConstituentType, ExternalId } from '@/types/constituents';

export function isConstituentType(value: unknown): value is ConstituentType {
  return typeof value === 'string' && (CONSTITUENT_TYPES as readonly string[]).includes(value);
}

// The types the backend accepts for each contact point (DraftRules); the first is its default.
export const EMAIL_TYPES = ['HOME', 'WORK', 'OTHER'] as const;
export const PHONE_TYPES = ['MOBILE', 'HOME', 'WORK', 'FAX', 'OTHER'] as const;
export const ADDRESS_TYPES = ['HOME', 'WORK', 'MAILING', 'SEASONAL', 'OTHER'] as const;

export const CONTACT_TYPE_LABELS: Record<string, string> = {
  HOME: 'Home',
  WORK: 'Work',
  OTHER: 'Other',
  MOBILE: 'Mobile',
  FAX: 'Fax',
  MAILING: 'Mailing',
  SEASONAL: 'Seasonal',
};

export type ContactEmail = Email;
export type ContactPhone = Phone;
export type ContactAddress = Address;

/** `ConstituentView`: one constituent as the API shows it. Send `version` back with an update. */
export type Constituent = ConstituentView;

/** `ConstituentRequest`: create, or replace (with the `version` read). Lists replace what was there. */
export type ConstituentRequest = {
  type: ConstituentType;
  prefix: string | null;
  firstName: string | null;
  middleName: string | null;
  lastName: string | null;
  suffix: string | null;
  preferredName: string | null;
  birthDate: string | null;
  deceased: boolean;
  deceasedDate: string | null;
  name: string | null;
  nameGenerated: boolean | null;
  formalSalutation: string | null;
  informalSalutation: string | null;
  emails: ContactEmail[];
  phones: ContactPhone[];
  addresses: ContactAddress[];
  tags: string[];
  source: string | null;
  externalIds: ExternalId[];
  notes: string | null;
  doNotContact: boolean;
  doNotSolicit: boolean;
  version?: number;
};

/** `ConstituentListItem`: one row of a search result. */
export type ConstituentListItem = {
  id: string;
  type: ConstituentType;
  displayName: string;
  /** The name the way the list sorts it ("Müller, Zoë"); an organization's or household's name as it is. */
  sortName?: string;
  primaryEmail: string | null;
  primaryPhone: string | null;
  city: string | null;
  postalCode: string | null;
  deceased: boolean;
  doNotContact: boolean;
  deleted: boolean;
  updatedAt: string;
  /** Sorted; empty when none. */
  tags: string[];
};

/**
 * `ConstituentPage`: `page` counts from 0. The backend stops counting at 1,000 matches; then
 * `totalCapped` is true and `total` is a lower bound.
 */
export type ConstituentPage = {
  items: ConstituentListItem[];
  page: number;
  size: number;
  total: number;
  totalCapped: boolean | null;
};

/** The search filters, shared by the search page and saved searches (`SegmentCriteria`). */
export type SearchCriteria = {
  /** A name prefix, an email or a phone number. */
  q: string;
  type: ConstituentType | null;
  tag: string;
  email: string;
  phone: string;
  postalCode: string;
  /** Words anywhere in names and notes. */
  text: string;
};

export const SORTS = ['name', '-name', 'updatedAt', '-updatedAt'] as const;
export type ConstituentSort = (typeof SORTS)[number];

/** Everything the search page asks the API for. `page` counts from 1, as on screen. */
export type ConstituentSearch = SearchCriteria & {
  sort: ConstituentSort;
  page: number;
  size: number;
  /** Administrators only: include deleted constituents. */
  includeDeleted: boolean;
};

/** `SegmentCriteria` as the API sends it: absent filters are null. */
export type SegmentCriteria = {
  q: string | null;
  type: ConstituentType | null;
  tag: string | null;
  email: string | null;
  phone: string | null;
  postalCode: string | null;
  text: string | null;
};

/** `SegmentView`: a saved search. */
export type Segment = {
  id: string;
  name: string;
  description: string | null;
  criteria: SegmentCriteria;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
};

export type SegmentRequest = {
  name: string;
  description: string | null;
  criteria: SegmentCriteria;
  version?: number;
};

/** `TagCount`: a tag in use and how many (not deleted) constituents carry it. */
export type TagCount = { tag: string; count: number };
