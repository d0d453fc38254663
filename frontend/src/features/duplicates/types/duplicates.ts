// Shapes of the duplicate and merge endpoints (`/api/constituents/duplicates`, `…/merge-preview`,
// `…/merge`). The constituent's own shapes come from src/types/constituents.ts.

import type { Address, ConstituentRef, ConstituentType, Email, ExternalId, Phone } from '@/types/constituents';

export type { Address, ConstituentRef, ConstituentType, Email, ExternalId, Phone } from '@/types/constituents';

/** `DuplicatePair`: `reasons` are the codes of the rules that matched, `score` how many did. */
export type DuplicatePair = {
  a: ConstituentRef;
  b: ConstituentRef;
  reasons: string[];
  score: number;
};

/** `DuplicateDismissal`: a pair said not to be duplicates, seen from one side (`other` is the other side). */
export type DuplicateDismissal = {
  other: ConstituentRef;
  reason: string | null;
  createdAt: string;
  createdBy: string;
};

export type DuplicateRule = {
  code: string;
  description: string;
  enabled: boolean;
  updatedAt: string | null;
  updatedBy: string | null;
};

/** The parts of `ConstituentView` the review shows. */
export type MergeRecord = {
  id: string;
  type: ConstituentType;
  displayName: string;
  firstName: string | null;
  middleName: string | null;
  lastName: string | null;
  preferredName: string | null;
  name: string | null;
  birthDate: string | null;
  deceased: boolean;
  emails: Email[];
  phones: Phone[];
  addresses: Address[];
  tags: string[];
  source: string | null;
  externalIds: ExternalId[];
  doNotContact: boolean;
  doNotSolicit: boolean;
  household: ConstituentRef | null;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
};

export type MergePreview = {
  survivor: MergeRecord;
  duplicate: MergeRecord;
  fields: { field: string; survivorValue: string | null; duplicateValue: string }[];
  moves: {
    emails: Email[];
    phones: Phone[];
    addresses: Address[];
    tags: string[];
    externalIds: ExternalId[];
  };
  household: {
    /** NONE, SURVIVOR_TAKES_PLACE, DUPLICATE_MEMBERSHIP_ENDED or MEMBERS_MOVE. */
    action: string;
    household: ConstituentRef | null;
    members: number;
  };
  participants: { name: string; count: number }[];
  /** Fields both records hold with different values: the survivor's is kept unless chosen from the duplicate. */
  choices: MergeChoice[];
};

/** `field`: a field name, or primaryEmail / primaryPhone / primaryAddress. */
export type MergeChoice = { field: string; survivorValue: string; duplicateValue: string };

export type MergeRequest = {
  duplicateId: string;
  version: number;
  reason: string | null;
  /** The fields whose value the duplicate gives instead of the survivor. */
  fromDuplicate?: string[];
};

export type MergeResult = { mergeId: string; survivor: MergeRecord };
