import type { Role } from '@/config/roles';
import type { ConstituentRef, ConstituentType, ConstituentView } from '@/types/constituents';
import type { Interaction } from '@/types/interactions';
import type { RelationshipType } from '@/types/relationships';
import type { Task } from '@/types/tasks';

// Builders for test data: start from a valid object, tests override only what matters to them.
// Types never come from features, so any test may use them; the API's shared shapes come from src/types.

export type TestUser = {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  roles: Role[];
  enabled: boolean;
  createdAt: string;
  lastLoginAt: string | null;
};

/** As `GET /api/audit` sends it: absent values are left out (never null), changes are text. */
export type TestAuditEntry = {
  id: string;
  occurredAt: string;
  actor: string;
  actorName?: string;
  action: string;
  entityType: string;
  entityTypeLabel?: string;
  entityId: string;
  entityLabel?: string;
  entityPage?: { entityType: string; entityId: string };
  changes: { field: string; from?: string; to?: string }[];
  reason?: string;
};

let sequence = 0;

function nextId(): string {
  sequence += 1;
  return `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
}

export function createUser(overrides: Partial<TestUser> = {}): TestUser {
  const id = overrides.id ?? nextId();
  const username = overrides.username ?? `user${id.slice(-4)}`;
  return {
    id,
    username,
    displayName: `User ${username}`,
    email: `${username}@example.org`,
    roles: ['DEVELOPMENT_OFFICER'],
    enabled: true,
    createdAt: '2026-11-23T10:00:00Z',
    lastLoginAt: null,
    ...overrides,
  };
}

export function createAuditEntry(overrides: Partial<TestAuditEntry> = {}): TestAuditEntry {
  return {
    id: overrides.id ?? nextId(),
    occurredAt: '2026-11-23T10:15:00Z',
    actor: 'admin',
    actorName: 'Ada Admin',
    action: 'UPDATED',
    entityType: 'user',
    entityTypeLabel: 'User',
    entityId: '00000000-0000-4000-8000-000000000001',
    changes: [{ field: 'roles', from: 'BOARD_MEMBER', to: 'BOARD_MEMBER, EVENT_COORDINATOR' }],
    ...overrides,
  };
}

/** `GET /api/audit/entity-types` of the mock: a few of the server's, by label. */
export const TEST_AUDIT_ENTITY_TYPES = [
  { entityType: 'constituent', label: 'Constituent' },
  { entityType: 'event', label: 'Event' },
  { entityType: 'event-registration', label: 'Event registration' },
  { entityType: 'gift', label: 'Gift' },
  { entityType: 'user', label: 'User' },
] as const;

export function createProblem(
  status: number,
  code: string,
  title: string,
  extra: Record<string, unknown> = {},
) {
  return { type: `https://steward.example/problems/${code.replace('.', '/')}`, title, status, code, ...extra };
}

// ---- Constituents (GET /api/constituents/{id}) and saved searches (segments) ----

export type TestConstituentType = ConstituentType;

/** A stored constituent as `GET /api/constituents/{id}` shows it; the mock keeps only the household's id and name. */
export type TestConstituent = Omit<ConstituentView, 'household'> & {
  household: { id: string; displayName: string } | null;
};

export type TestSegment = {
  id: string;
  name: string;
  description: string | null;
  criteria: {
    q: string | null;
    type: TestConstituentType | null;
    tag: string | null;
    email: string | null;
    phone: string | null;
    postalCode: string | null;
    text: string | null;
  };
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
};

/** The display name the backend would give (individuals: first and last name; others: the name). */
export function constituentDisplayName(c: Pick<TestConstituent, 'type' | 'firstName' | 'lastName' | 'name'>): string {
  if (c.type !== 'INDIVIDUAL') return c.name ?? 'Unnamed';
  return [c.firstName, c.lastName].filter(Boolean).join(' ') || 'Unnamed';
}

export function createConstituent(overrides: Partial<TestConstituent> = {}): TestConstituent {
  const base: TestConstituent = {
    id: overrides.id ?? nextId(),
    type: 'INDIVIDUAL',
    displayName: '',
    prefix: null,
    firstName: 'Jane',
    middleName: null,
    lastName: 'Doe',
    suffix: null,
    preferredName: null,
    birthDate: null,
    deceased: false,
    deceasedDate: null,
    name: null,
    nameGenerated: false,
    formalSalutation: null,
    informalSalutation: null,
    emails: [],
    phones: [],
    addresses: [],
    tags: [],
    source: null,
    externalIds: [],
    notes: null,
    doNotContact: false,
    doNotSolicit: false,
    household: null,
    deleted: false,
    deletedAt: null,
    mergedInto: null,
    version: 0,
    createdAt: '2026-11-20T09:00:00Z',
    createdBy: 'admin',
    updatedAt: '2026-11-20T09:00:00Z',
    updatedBy: 'admin',
    ...overrides,
  };
  return { ...base, displayName: overrides.displayName ?? constituentDisplayName(base) };
}

export function createSegment(overrides: Partial<TestSegment> = {}): TestSegment {
  return {
    id: overrides.id ?? nextId(),
    name: 'Segment',
    description: null,
    criteria: { q: null, type: null, tag: null, email: null, phone: null, postalCode: null, text: null },
    version: 0,
    createdAt: '2026-11-20T09:00:00Z',
    createdBy: 'admin',
    updatedAt: '2026-11-20T09:00:00Z',
    updatedBy: 'admin',
    ...overrides,
  };
}

// ---- The 360° view: interactions, tasks, relationships, consent, merges ----

export type TestRef = ConstituentRef;

export type TestTask = Task;

export type TestInteraction = Interaction;

/** A stored relationship: `fromId` is `label` of `toId`. */
export type TestRelationship = {
  id: string;
  fromId: string;
  toId: string;
  type: string;
  label: string;
  inverseLabel: string;
  startDate: string | null;
  endDate: string | null;
  active: boolean;
  notes: string | null;
  version: number;
};

export type TestRelationshipType = RelationshipType;

/** A custom, active, not symmetric type, its code derived from the label. */
export function createRelationshipType(overrides: Partial<TestRelationshipType> = {}): TestRelationshipType {
  const label = overrides.label ?? 'Godparent of';
  return {
    code: label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''),
    label,
    inverseLabel: 'Godchild of',
    symmetric: false,
    builtIn: false,
    active: true,
    version: 0,
    ...overrides,
  };
}

export type TestConsentEntry = {
  id: string;
  constituentId: string;
  channel: 'EMAIL' | 'MAIL' | 'PHONE' | 'SMS';
  purpose: 'FUNDRAISING' | 'NEWSLETTERS' | 'EVENTS';
  status: 'OPT_IN' | 'OPT_OUT';
  statement: string | null;
  source: string;
  effectiveDate: string;
  recordedAt: string;
  recordedBy: string;
};

export type TestMerge = {
  id: string;
  survivorId: string;
  duplicateId: string;
  mergedAt: string;
  mergedBy: string;
  undoneAt: string | null;
  undoneBy: string | null;
  filledFields: string[];
  moved: Record<string, number>;
};

/** A task as the API sends it: absent values (constituent, notes, due date…) are left out, not null. */
export function createTask(overrides: Partial<TestTask> = {}): TestTask {
  return withoutNulls({
    id: overrides.id ?? nextId(),
    title: 'Send the annual report',
    assignee: 'admin',
    assigneeDisplayName: 'Ada Admin',
    dueDate: '2026-12-01',
    status: 'OPEN',
    overdue: false,
    version: 0,
    createdAt: '2026-11-20T09:00:00Z',
    createdBy: 'admin',
    updatedAt: '2026-11-20T09:00:00Z',
    updatedBy: 'admin',
    ...overrides,
  });
}

/** An interaction as the API sends it (no `notes` key when there are none). */
export function createInteraction(overrides: Partial<TestInteraction> = {}): TestInteraction {
  return withoutNulls({
    id: overrides.id ?? nextId(),
    constituentId: '00000000-0000-4000-8000-0000000000c1',
    channel: 'PHONE',
    direction: 'OUTBOUND',
    subject: 'Thank-you call',
    occurredAt: '2026-11-21T15:30:00Z',
    staffUsername: 'admin',
    staffDisplayName: 'Ada Admin',
    version: 0,
    createdAt: '2026-11-21T15:31:00Z',
    createdBy: 'admin',
    updatedAt: '2026-11-21T15:31:00Z',
    updatedBy: 'admin',
    followUpTasks: [],
    ...overrides,
  });
}

/** The object without its null and undefined members: the API leaves absent values out (serde NON_NULL). */
export function withoutNulls<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== null && member !== undefined)) as T;
}

// ---- Funds, campaigns, appeals and gifts (backend: org.steward.campaigns, org.steward.donations) ----
// Every amount is a decimal string with two decimals, as the API sends it.

type TestAudited = { version: number; createdAt: string; createdBy: string; updatedAt: string; updatedBy: string };

const AUDITED: TestAudited = {
  version: 0,
  createdAt: '2026-11-01T09:00:00Z',
  createdBy: 'admin',
  updatedAt: '2026-11-01T09:00:00Z',
  updatedBy: 'admin',
};

export type TestFund = TestAudited & { id: string; code: string; name: string; restricted: boolean; active: boolean };

export type TestCampaign = TestAudited & {
  id: string;
  name: string;
  goal: string | null;
  currency: string | null;
  startDate: string | null;
  endDate: string | null;
  parentId: string | null;
  active: boolean;
};

export type TestAppeal = TestAudited & { id: string; campaignId: string; name: string; active: boolean };

export type TestGift = TestAudited & {
  id: string;
  constituentId: string;
  donorName: string | null;
  amount: string;
  currency: string;
  exchangeRate: string;
  exchangeRateDate: string | null;
  baseAmount: string;
  baseCurrency: string;
  refundedAmount: string;
  netAmount: string;
  receivedOn: string;
  status: 'PENDING' | 'COMPLETED' | 'FAILED' | 'REFUNDED' | 'CANCELLED';
  kind: 'ONE_TIME' | 'RECURRING_PAYMENT' | 'PLEDGE_PAYMENT' | 'IN_KIND' | 'MATCHING_CLAIM' | 'EVENT_FEE';
  fundId: string | null;
  campaignId: string | null;
  appealId: string | null;
  paymentMethod: string | null;
  reference: string | null;
  anonymous: boolean;
  allocations: { id: string; fundId: string; amount: string }[];
  softCredits: { id: string; constituentId: string; amount: string; role: string | null }[];
  tribute: { type: 'IN_HONOR' | 'IN_MEMORY'; honoreeName: string; notifyConstituentId: string | null } | null;
  description: string | null;
  fairMarketValue: string | null;
  notes: string | null;
  recurringGiftId: string | null;
  pledgeId: string | null;
  adjustments: {
    id: string;
    previousConstituentId: string;
    newConstituentId: string;
    previousAmount: string;
    newAmount: string;
    previousReceivedOn: string;
    newReceivedOn: string;
    reason: string;
    createdAt: string;
    createdBy: string;
  }[];
  refunds: {
    id: string;
    amount: string;
    baseAmount: string;
    refundedOn: string;
    reason: string;
    createdAt: string;
    createdBy: string;
  }[];
  acknowledgement: {
    method: 'LETTER' | 'EMAIL' | 'PHONE' | 'IN_PERSON' | 'OTHER';
    acknowledgedOn: string;
    notes: string | null;
    recordedAt: string;
    recordedBy: string;
  } | null;
};

export function createFund(overrides: Partial<TestFund> = {}): TestFund {
  return { ...AUDITED, id: overrides.id ?? nextId(), code: 'GEN', name: 'General fund', restricted: false, active: true, ...overrides };
}

export function createCampaign(overrides: Partial<TestCampaign> = {}): TestCampaign {
  return {
    ...AUDITED,
    id: overrides.id ?? nextId(),
    name: 'Annual fund 2026',
    goal: '50000.00',
    currency: 'USD',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    parentId: null,
    active: true,
    ...overrides,
  };
}

export function createAppeal(overrides: Partial<TestAppeal> = {}): TestAppeal {
  return { ...AUDITED, id: overrides.id ?? nextId(), campaignId: nextId(), name: 'Spring mailing', active: true, ...overrides };
}

/** A completed one-time gift of 25.00 USD to one fund; override what matters. */
export function createDonation(overrides: Partial<TestGift> = {}): TestGift {
  const amount = overrides.amount ?? '25.00';
  const fundId = overrides.fundId === undefined ? nextId() : overrides.fundId;
  return {
    ...AUDITED,
    id: overrides.id ?? nextId(),
    constituentId: nextId(),
    donorName: 'Jane Doe',
    amount,
    currency: 'USD',
    exchangeRate: '1.00000000',
    exchangeRateDate: null,
    baseAmount: amount,
    baseCurrency: 'USD',
    refundedAmount: '0.00',
    netAmount: amount,
    receivedOn: '2026-11-02',
    status: 'COMPLETED',
    kind: 'ONE_TIME',
    fundId,
    campaignId: null,
    appealId: null,
    paymentMethod: 'Check',
    reference: null,
    anonymous: false,
    allocations: fundId ? [{ id: nextId(), fundId, amount }] : [],
    softCredits: [],
    tribute: null,
    description: null,
    fairMarketValue: null,
    notes: null,
    recurringGiftId: null,
    pledgeId: null,
    adjustments: [],
    refunds: [],
    acknowledgement: null,
    ...overrides,
  };
}

export type TestPledgeInstallment = {
  id: string;
  sequence: number;
  dueOn: string;
  amount: string;
  paidAmount: string;
  writtenOffAmount: string;
  open: string;
  overdue: boolean;
};

/** `PledgeView`; the mock recomputes the sums, `open`, `overdue` and `nextDueOn` from the installments. */
export type TestPledge = TestAudited & {
  id: string;
  constituentId: string;
  donorName: string | null;
  amount: string;
  currency: string;
  paidAmount: string;
  writtenOffAmount: string;
  balance: string;
  overdueAmount: string;
  pledgedOn: string;
  status: 'OPEN' | 'FULFILLED' | 'WRITTEN_OFF' | 'CANCELLED';
  fundId: string | null;
  campaignId: string | null;
  appealId: string | null;
  notes: string | null;
  nextDueOn: string | null;
  installments: TestPledgeInstallment[];
  payments: { giftId: string; receivedOn: string; amount: string; refundedAmount: string; applied: string; status: TestGift['status'] }[];
};

/** An installment of 100.00 due on 2027-01-01, nothing paid; override what matters. */
export function createPledgeInstallment(overrides: Partial<TestPledgeInstallment> = {}): TestPledgeInstallment {
  return {
    id: overrides.id ?? nextId(),
    sequence: 1,
    dueOn: '2027-01-01',
    amount: '100.00',
    paidAmount: '0.00',
    writtenOffAmount: '0.00',
    open: overrides.amount ?? '100.00',
    overdue: false,
    ...overrides,
  };
}

/** An open pledge of 300.00 USD in three monthly installments of 100.00 from 2027-01-01; override what matters. */
export function createPledge(overrides: Partial<TestPledge> = {}): TestPledge {
  const installments = overrides.installments ?? [
    createPledgeInstallment({ sequence: 1, dueOn: '2027-01-01' }),
    createPledgeInstallment({ sequence: 2, dueOn: '2027-02-01' }),
    createPledgeInstallment({ sequence: 3, dueOn: '2027-03-01' }),
  ];
  return {
    ...AUDITED,
    id: overrides.id ?? nextId(),
    constituentId: nextId(),
    donorName: 'Jane Doe',
    amount: '300.00',
    currency: 'USD',
    paidAmount: '0.00',
    writtenOffAmount: '0.00',
    balance: overrides.amount ?? '300.00',
    overdueAmount: '0.00',
    pledgedOn: '2026-12-01',
    status: 'OPEN',
    fundId: null,
    campaignId: null,
    appealId: null,
    notes: null,
    nextDueOn: installments[0]?.dueOn ?? null,
    payments: [],
    ...overrides,
    installments,
  };
}

/** `GiftBatchView.Row`: `giftId` once the batch is posted. */
export type TestGiftBatchRow = {
  id: string;
  rowNumber: number;
  constituentId: string;
  donorName: string | null;
  amount: string;
  currency: string;
  exchangeRate: string | null;
  exchangeRateDate: string | null;
  receivedOn: string;
  fundId: string | null;
  campaignId: string | null;
  appealId: string | null;
  paymentMethod: string | null;
  reference: string | null;
  anonymous: boolean;
  notes: string | null;
  giftId: string | null;
};

/** `GiftBatchView` as the mock keeps it: its rows always present (the list leaves them out). */
export type TestGiftBatch = {
  id: string;
  name: string;
  currency: string;
  expectedCount: number;
  expectedTotal: string;
  enteredCount: number;
  enteredTotal: string;
  balanced: boolean;
  status: 'OPEN' | 'POSTED';
  postedAt: string | null;
  postedBy: string | null;
  createdAt: string;
  createdBy: string;
  rows: TestGiftBatchRow[];
};

/** A row of 25.00 USD for a new donor, received 2026-12-01, not posted; override what matters. */
export function createGiftBatchRow(overrides: Partial<TestGiftBatchRow> = {}): TestGiftBatchRow {
  return {
    id: overrides.id ?? nextId(),
    rowNumber: 1,
    constituentId: nextId(),
    donorName: 'Jane Doe',
    amount: '25.00',
    currency: 'USD',
    exchangeRate: null,
    exchangeRateDate: null,
    receivedOn: '2026-12-01',
    fundId: null,
    campaignId: null,
    appealId: null,
    paymentMethod: 'Check',
    reference: null,
    anonymous: false,
    notes: null,
    giftId: null,
    ...overrides,
  };
}

/** An open batch expecting 2 gifts for 100.00 USD, no rows yet; the mock recomputes what was entered. */
export function createGiftBatch(overrides: Partial<TestGiftBatch> = {}): TestGiftBatch {
  return {
    id: overrides.id ?? nextId(),
    name: 'Checks of 1 December',
    currency: 'USD',
    expectedCount: 2,
    expectedTotal: '100.00',
    enteredCount: 0,
    enteredTotal: '0.00',
    balanced: false,
    status: 'OPEN',
    postedAt: null,
    postedBy: null,
    createdAt: '2026-12-01T09:00:00Z',
    createdBy: 'dora',
    rows: [],
    ...overrides,
  };
}

/** `ReceiptView` as the mock stores it; `changedSinceIssue` and `needsReplacement` are computed when read. */
export type TestReceipt = {
  id: string;
  serialNumber: string;
  receiptYear: number;
  sequenceNumber: number;
  kind: 'SINGLE' | 'ANNUAL';
  status: 'ISSUED' | 'VOID' | 'REPLACED';
  constituentId: string;
  donorName: string;
  issuedOn: string;
  currency: string;
  totalAmount: string;
  benefitsAmount: string;
  eligibleAmount: string;
  replacesReceiptId: string | null;
  replacesSerial: string | null;
  replacedByReceiptId: string | null;
  voidReason: string | null;
  voidedAt: string | null;
  voidedBy: string | null;
  printCount: number;
  gifts: {
    giftId: string;
    receivedOn: string;
    description: string | null;
    amount: string;
    benefitsAmount: string;
    eligibleAmount: string;
  }[];
  createdAt: string;
  createdBy: string;
};

/** An issued single-gift receipt, serial 2026-000001, of 100.00 USD; override what matters. */
export function createReceipt(overrides: Partial<TestReceipt> = {}): TestReceipt {
  const year = overrides.receiptYear ?? 2026;
  const sequence = overrides.sequenceNumber ?? 1;
  const amount = overrides.totalAmount ?? '100.00';
  return {
    id: overrides.id ?? nextId(),
    serialNumber: `${year}-${String(sequence).padStart(6, '0')}`,
    receiptYear: year,
    sequenceNumber: sequence,
    kind: 'SINGLE',
    status: 'ISSUED',
    constituentId: nextId(),
    donorName: 'Jane Doe',
    issuedOn: '2026-12-01',
    currency: 'USD',
    totalAmount: amount,
    benefitsAmount: '0.00',
    eligibleAmount: amount,
    replacesReceiptId: null,
    replacesSerial: null,
    replacedByReceiptId: null,
    voidReason: null,
    voidedAt: null,
    voidedBy: null,
    printCount: 0,
    gifts: [
      { giftId: nextId(), receivedOn: `${year}-05-01`, description: null, amount, benefitsAmount: '0.00', eligibleAmount: amount },
    ],
    createdAt: '2026-12-01T10:00:00Z',
    createdBy: 'dora',
    ...overrides,
  };
}

/** `ReceiptTemplateView` as the backend's defaults give it (never saved: version 0). */
export type TestReceiptTemplate = {
  organizationName: string;
  addressLines: string[];
  charityRegistrationNumber: string | null;
  title: string | null;
  signatoryName: string;
  signatoryTitle: string | null;
  signatureText: string | null;
  legalWording: string | null;
  footer: string | null;
  logoPngBase64: string | null;
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
};

export function createReceiptTemplate(overrides: Partial<TestReceiptTemplate> = {}): TestReceiptTemplate {
  return {
    organizationName: 'Your Organization',
    addressLines: [],
    charityRegistrationNumber: null,
    title: 'Official Donation Receipt',
    signatoryName: 'Treasurer',
    signatoryTitle: null,
    signatureText: null,
    legalWording: 'No goods or services were provided in exchange for this contribution unless stated above.',
    footer: null,
    logoPngBase64: null,
    version: 0,
    updatedAt: null,
    updatedBy: null,
    ...overrides,
  };
}
