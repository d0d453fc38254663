// The constituents API's shapes that several features show: one definition of the contract, mirroring the
// backend's records (ConstituentView, ConstituentRef, ContactPoints). Feature-specific shapes stay in features.

/** The kinds of constituent the API knows; the type is fixed once a constituent exists. */
export const CONSTITUENT_TYPES = ['INDIVIDUAL', 'ORGANIZATION', 'HOUSEHOLD'] as const;
export type ConstituentType = (typeof CONSTITUENT_TYPES)[number];

export const CONSTITUENT_TYPE_LABELS: Record<ConstituentType, string> = {
  INDIVIDUAL: 'Individual',
  ORGANIZATION: 'Organization',
  HOUSEHOLD: 'Household',
};

/** `ConstituentRef`: enough to show and link a constituent. */
export type ConstituentRef = {
  id: string;
  type: ConstituentType;
  displayName: string;
  deceased: boolean;
};

/** A member's role in their household; a household has at most one head. */
export const HOUSEHOLD_ROLES = ['HEAD', 'SPOUSE_PARTNER', 'CHILD', 'OTHER'] as const;
export type HouseholdRole = (typeof HOUSEHOLD_ROLES)[number];

export type Email = { id: string | null; address: string; type: string | null; primary: boolean };

export type Phone = { id: string | null; number: string; type: string | null; primary: boolean };

export type Address = {
  id: string | null;
  type: string | null;
  line1: string | null;
  line2: string | null;
  city: string | null;
  region: string | null;
  postalCode: string | null;
  /** Two-letter ISO code. */
  country: string | null;
  /** ISO dates (YYYY-MM-DD); no dates means always valid. */
  validFrom: string | null;
  validTo: string | null;
  primary: boolean;
};

export type ExternalId = { source: string; id: string };

/** `ConstituentView`: one constituent as the API shows it. Send `version` back with an update. */
export type ConstituentView = {
  id: string;
  type: ConstituentType;
  displayName: string;
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
  nameGenerated: boolean;
  formalSalutation: string | null;
  informalSalutation: string | null;
  emails: Email[];
  phones: Phone[];
  addresses: Address[];
  tags: string[];
  source: string | null;
  externalIds: ExternalId[];
  notes: string | null;
  doNotContact: boolean;
  doNotSolicit: boolean;
  household: ConstituentRef | null;
  deleted: boolean;
  deletedAt: string | null;
  mergedInto: string | null;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
};

/** One row of `GET /api/constituents?q=` (the list and the pickers). */
export type ConstituentSearchItem = {
  id: string;
  type: ConstituentType;
  displayName: string;
  primaryEmail: string | null;
  primaryPhone: string | null;
  city: string | null;
  postalCode: string | null;
  deceased: boolean;
  doNotContact: boolean;
  deleted: boolean;
  updatedAt: string;
};

export type ConstituentSearchPage = {
  items: ConstituentSearchItem[];
  page: number;
  size: number;
  total: number;
  totalCapped: boolean | null;
};
