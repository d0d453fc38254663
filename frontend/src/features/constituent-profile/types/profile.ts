// The shapes of the 360° view (`GET /api/constituents/{id}/summary`) and the endpoints around it.
// The constituent itself is the shared contract in src/types/constituents.ts.

import type { ConstituentRef, ConstituentType, ConstituentView, HouseholdRole } from '@/types/constituents';
import type { Interaction, InteractionChannel, InteractionDirection } from '@/types/interactions';
import type { Task } from '@/types/tasks';

export type {
  Address,
  ConstituentRef,
  ConstituentType,
  Email,
  ExternalId,
  Phone,
  ConstituentSearchItem,
  ConstituentSearchPage,
} from '@/types/constituents';

/** `ConstituentView`. */
export type Profile = ConstituentView;

export { HOUSEHOLD_ROLES, type HouseholdRole } from '@/types/constituents';

/** `role` is absent where nobody has said. */
export type HouseholdMember = { member: ConstituentRef; since: string; role?: HouseholdRole };

export type Household = {
  household: ConstituentRef;
  formalSalutation: string | null;
  informalSalutation: string | null;
  members: HouseholdMember[];
};

export type HouseholdMembership = {
  household: ConstituentRef;
  member: ConstituentRef;
  startDate: string;
  endDate?: string | null;
  role?: HouseholdRole;
};

export const CONSENT_CHANNELS = ['EMAIL', 'MAIL', 'PHONE', 'SMS'] as const;
export const CONSENT_PURPOSES = ['FUNDRAISING', 'NEWSLETTERS', 'EVENTS'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
export type ConsentStatus = 'OPT_IN' | 'OPT_OUT';

export type ConsentState = {
  channel: ConsentChannel;
  purpose: ConsentPurpose;
  status: ConsentStatus | null;
  since: string | null;
  contactable: boolean;
};

export type ConsentSummary = {
  deceased: boolean;
  doNotContact: boolean;
  doNotSolicit: boolean;
  preferences: ConsentState[];
};

export type ConsentEntry = {
  id: string;
  channel: ConsentChannel;
  purpose: ConsentPurpose;
  status: ConsentStatus;
  statement: string | null;
  source: string;
  effectiveDate: string;
  recordedAt: string;
  recordedBy: string;
};

export type RecordConsentRequest = {
  channel: ConsentChannel;
  purpose: ConsentPurpose;
  status: ConsentStatus;
  statement: string | null;
  source: string;
  effectiveDate: string | null;
};

/** `ConstituentRelationshipView`: "this constituent is `label` `other`". */
export type Relationship = {
  id: string;
  type: string;
  label: string;
  other: ConstituentRef;
  direction: 'OUTGOING' | 'INCOMING';
  startDate: string | null;
  endDate: string | null;
  active: boolean;
  notes: string | null;
  version: number;
};

export type CreateRelationshipRequest = {
  fromId: string;
  toId: string;
  type: string;
  startDate: string | null;
  endDate: string | null;
  active: boolean;
  notes: string | null;
};

export type UpdateRelationshipRequest = {
  type: string;
  startDate: string | null;
  endDate: string | null;
  active: boolean;
  notes: string | null;
  version: number;
};

export type NetworkNode = {
  id: string;
  type: ConstituentType;
  displayName: string;
  deceased: boolean;
  depth: number;
};

export type NetworkEdge = {
  id: string;
  fromId: string;
  toId: string;
  type: string;
  label: string;
  inverseLabel: string;
  active: boolean;
};

export type RelationshipNetwork = { nodes: NetworkNode[]; edges: NetworkEdge[]; truncated: boolean };

export { INTERACTION_CHANNELS } from '@/types/interactions';
export type { Interaction, InteractionChannel, InteractionDirection } from '@/types/interactions';
export type { Task, TaskStatus } from '@/types/tasks';

export type LogInteractionRequest = {
  channel: InteractionChannel;
  direction: InteractionDirection;
  subject: string;
  notes: string | null;
  occurredAt: string | null;
  followUp: { title: string; notes: string | null; assignee: string; dueDate: string } | null;
};

/** `PUT /api/interactions/{id}`: replaces the editable fields; `version` is the one read. */
export type UpdateInteractionRequest = {
  channel: InteractionChannel;
  direction: InteractionDirection;
  subject: string;
  notes: string | null;
  occurredAt: string;
  staffUsername: string;
  version: number;
};

/** `MergeView`: one merge this constituent took part in. */
export type Merge = {
  id: string;
  survivor: ConstituentRef;
  duplicate: ConstituentRef;
  mergedAt: string;
  mergedBy: string;
  undoneAt: string | null;
  undoneBy: string | null;
  filledFields: string[];
  moved: Record<string, number>;
};

/** `DuplicatePair` from `GET /api/constituents/{id}/duplicates` (this constituent is `a`). */
export type DuplicateCandidate = {
  a: ConstituentRef;
  b: ConstituentRef;
  reasons: string[];
  score: number;
};

/**
 * The 360° view. Sections other modules contribute may be absent (a module not deployed); later
 * modules add more keys (giving, registrations…), shown generically until this page knows them.
 */
export type ConstituentSummary = {
  profile: Profile;
  household: Household | null;
  consent: ConsentSummary;
  relationships?: Relationship[];
  interactions?: { recent: Interaction[]; total: number };
  openTasks?: { items: Task[]; total: number };
  [section: string]: unknown;
};
