import {
  createAppeal,
  createAuditEntry,
  createCampaign,
  createConstituent,
  createDonation,
  createFund,
  createGiftBatch,
  createGiftBatchRow,
  createPledge,
  createPledgeInstallment,
  createReceiptTemplate,
  createInteraction,
  createRelationshipType,
  createSegment,
  createTask,
  createUser,
  type TestAppeal,
  type TestAuditEntry,
  type TestCampaign,
  type TestFund,
  type TestGift,
  type TestGiftBatch,
  type TestPledge,
  type TestReceipt,
  type TestReceiptTemplate,
  type TestConsentEntry,
  type TestConstituent,
  type TestInteraction,
  type TestMerge,
  type TestRelationship,
  type TestRelationshipType,
  type TestSegment,
  type TestTask,
  type TestUser,
} from '@/testing/data-generators';
import type { HouseholdRole } from '@/types/constituents';

/** In-memory backend state behind the MSW handlers; reset before every test. */
export type MockDb = {
  users: TestUser[];
  passwords: Map<string, string>;
  audit: TestAuditEntry[];
  /** Constituents, deleted ones included (`deleted: true`). */
  constituents: TestConstituent[];
  /** Saved constituent searches. */
  segments: TestSegment[];
  /** The 360° view: contact history, follow-ups, relationships, consent ledger, merges. */
  interactions: TestInteraction[];
  tasks: TestTask[];
  relationships: TestRelationship[];
  /** Built-in and custom types (the seed has three built-in ones). */
  relationshipTypes: TestRelationshipType[];
  consents: TestConsentEntry[];
  merges: TestMerge[];
  /** Pairs said not to be duplicates, as "smaller id|larger id". */
  notDuplicates: Set<string>;
  /** Household members' roles by member id (none where nobody has said). */
  householdRoles: Map<string, HouseholdRole>;
  /** Whose session cookie the browser holds (the mock's stand-in for the httpOnly cookie), if any. */
  sessionUser: string | null;
  /** Donations: funds, campaigns, appeals, gifts, and the Idempotency-Keys used (key → gift id + request). */
  funds: TestFund[];
  campaigns: TestCampaign[];
  appeals: TestAppeal[];
  gifts: TestGift[];
  idempotencyKeys: Map<string, { giftId: string; request: string }>;
  /** Pledges (their payments are gifts in `gifts`, with `pledgeId`). */
  pledges: TestPledge[];
  /** Gift batches (posted rows name their gift in `gifts`). */
  giftBatches: TestGiftBatch[];
  /** Tax receipts (none seeded) and the organization's receipt template (the defaults, never saved). */
  receipts: TestReceipt[];
  receiptTemplate: TestReceiptTemplate;
};

export const SEED_IDS = {
  generalFund: '00000000-0000-4000-8000-0000000000f1',
  scholarshipFund: '00000000-0000-4000-8000-0000000000f2',
  annualCampaign: '00000000-0000-4000-8000-0000000000a1',
  springAppeal: '00000000-0000-4000-8000-0000000000a2',
  openBatch: '00000000-0000-4000-8000-0000000009f1',
} as const;

export const ADMIN_PASSWORD = 'correct horse battery staple';

function seed(): MockDb {
  const admin = createUser({
    id: '00000000-0000-4000-8000-000000000001',
    username: 'admin',
    displayName: 'Ada Admin',
    email: 'admin@example.org',
    roles: ['ADMIN'],
    lastLoginAt: '2026-11-22T08:30:00Z',
  });
  const officer = createUser({
    id: '00000000-0000-4000-8000-000000000002',
    username: 'dora',
    displayName: 'Dora Development',
    roles: ['DEVELOPMENT_OFFICER'],
  });
  return {
    users: [admin, officer],
    passwords: new Map([
      ['admin', ADMIN_PASSWORD],
      ['dora', ADMIN_PASSWORD],
    ]),
    audit: seedAudit(officer.id),
    constituents: seedConstituents(),
    notDuplicates: new Set(),
    householdRoles: new Map(),
    relationshipTypes: [
      createRelationshipType({ label: 'Employee of', inverseLabel: 'Employer of', builtIn: true }),
      createRelationshipType({ label: 'Spouse of', inverseLabel: 'Spouse of', symmetric: true, builtIn: true }),
      createRelationshipType({ label: 'Board member of', inverseLabel: 'Has board member', builtIn: true }),
    ],
    ...seedProfileData(),
    ...seedDonations(),
    pledges: seedPledges(),
    giftBatches: seedGiftBatches(),
    receipts: [],
    receiptTemplate: createReceiptTemplate(),
    segments: [
      createSegment({
        id: '00000000-0000-4000-8000-0000000005e1',
        name: 'Major donors',
        description: 'Everyone tagged major-donor',
        criteria: { q: null, type: null, tag: 'major-donor', email: null, phone: null, postalCode: null, text: null },
      }),
    ],
    sessionUser: null,
  };
}

/** Newest first, as the API lists them. */
function seedAudit(officerId: string): TestAuditEntry[] {
  const jane = '00000000-0000-4000-8000-0000000000c1';
  const officer = { entityType: 'user', entityTypeLabel: 'User', entityId: officerId };
  return [
    createAuditEntry({
      id: 'a5',
      occurredAt: '2026-11-25T16:00:00Z',
      actor: 'system',
      actorName: 'System',
      entityType: 'event-registration',
      entityTypeLabel: 'Event registration',
      entityId: '00000000-0000-4000-8000-0000000007a1',
      entityLabel: 'Jane Doe at Spring gala',
      entityPage: { entityType: 'event', entityId: '00000000-0000-4000-8000-0000000007e1' },
      changes: [{ field: 'status', from: 'OFFERED', to: 'WAITLISTED' }],
      reason: 'The offer expired',
    }),
    createAuditEntry({
      id: 'a4',
      occurredAt: '2026-11-24T09:30:00Z',
      actor: 'dora',
      actorName: 'Dora Development',
      entityType: 'constituent',
      entityTypeLabel: 'Constituent',
      entityId: jane,
      entityLabel: 'Jane Doe',
      entityPage: { entityType: 'constituent', entityId: jane },
      changes: [{ field: 'notes', to: 'Prefers email' }],
    }),
    createAuditEntry({
      id: 'a3',
      occurredAt: '2026-11-23T11:00:00Z',
      actor: 'former',
      actorName: undefined, // no account by that name any more: the API leaves the name out
      action: 'CREATED',
      entityType: 'gift',
      entityTypeLabel: 'Gift',
      entityId: '00000000-0000-4000-8000-0000000009ff',
      changes: [{ field: 'amount', to: '50.00' }],
    }),
    createAuditEntry({
      id: 'a2',
      ...officer,
      entityLabel: 'Dora Development (dora)',
      entityPage: { entityType: 'user', entityId: officerId },
      reason: 'Joined the events team',
    }),
    createAuditEntry({
      id: 'a1',
      occurredAt: '2026-11-23T10:00:00Z',
      action: 'CREATED',
      ...officer,
      entityLabel: 'Dora Development (dora)',
      entityPage: { entityType: 'user', entityId: officerId },
      changes: [],
    }),
  ];
}

function seedConstituents(): TestConstituent[] {
  return [
    createConstituent({
      id: '00000000-0000-4000-8000-0000000000c1',
      firstName: 'Jane',
      lastName: 'Doe',
      emails: [{ id: 'e1', address: 'jane.doe@example.org', type: 'HOME', primary: true }],
      phones: [{ id: 'p1', number: '+1 555 0100', type: 'MOBILE', primary: true }],
      addresses: [
        {
          id: 'a1',
          type: 'HOME',
          line1: '1 Main Street',
          line2: null,
          city: 'Springfield',
          region: 'IL',
          postalCode: '62701',
          country: 'US',
          validFrom: null,
          validTo: null,
          primary: true,
        },
      ],
      tags: ['major-donor'],
      version: 3,
    }),
    createConstituent({
      id: '00000000-0000-4000-8000-0000000000c2',
      firstName: 'John',
      lastName: 'Smith',
      emails: [{ id: 'e2', address: 'john@example.org', type: 'WORK', primary: true }],
    }),
    createConstituent({
      id: '00000000-0000-4000-8000-0000000000c3',
      type: 'ORGANIZATION',
      firstName: null,
      lastName: null,
      name: 'Acme Foundation',
      tags: ['grant-maker'],
    }),
  ];
}

/** Jane Doe (c1): one interaction, one open task, employee of Acme Foundation (c3). */
function seedProfileData(): Pick<MockDb, 'interactions' | 'tasks' | 'relationships' | 'consents' | 'merges'> {
  const jane = '00000000-0000-4000-8000-0000000000c1';
  return {
    interactions: [
      createInteraction({
        id: '00000000-0000-4000-8000-0000000001a1',
        constituentId: jane,
        channel: 'MEETING',
        direction: 'INBOUND',
        subject: 'Coffee after the spring concert',
        notes: 'Interested in the scholarship fund.',
      }),
    ],
    tasks: [
      createTask({
        id: '00000000-0000-4000-8000-0000000001b1',
        constituent: { id: jane, type: 'INDIVIDUAL', displayName: 'Jane Doe', deceased: false },
        title: 'Send the scholarship brochure',
        assignee: 'dora',
        assigneeDisplayName: 'Dora Development',
        dueDate: '2026-11-01',
        overdue: true,
      }),
    ],
    relationships: [
      {
        id: '00000000-0000-4000-8000-0000000001c1',
        fromId: jane,
        toId: '00000000-0000-4000-8000-0000000000c3',
        type: 'employee-of',
        label: 'Employee of',
        inverseLabel: 'Employer of',
        startDate: '2020-01-01',
        endDate: null,
        active: true,
        notes: null,
        version: 0,
      },
    ],
    consents: [
      {
        id: '00000000-0000-4000-8000-0000000001d1',
        constituentId: jane,
        channel: 'EMAIL',
        purpose: 'NEWSLETTERS',
        status: 'OPT_OUT',
        statement: 'No more newsletters, please',
        source: 'Phone call',
        effectiveDate: '2026-10-01',
        recordedAt: '2026-10-01T10:00:00Z',
        recordedBy: 'admin',
      },
    ],
    merges: [],
  };
}

/** Two funds, a campaign with an appeal, and two completed gifts of Jane Doe (c1): 100.10 and 250.25. */
function seedDonations(): Pick<MockDb, 'funds' | 'campaigns' | 'appeals' | 'gifts' | 'idempotencyKeys'> {
  const jane = '00000000-0000-4000-8000-0000000000c1';
  return {
    funds: [
      createFund({ id: SEED_IDS.generalFund, code: 'GEN', name: 'General fund' }),
      createFund({ id: SEED_IDS.scholarshipFund, code: 'SCHOL', name: 'Scholarship fund', restricted: true }),
    ],
    campaigns: [createCampaign({ id: SEED_IDS.annualCampaign, name: 'Annual fund 2026', goal: '50000.00' })],
    appeals: [createAppeal({ id: SEED_IDS.springAppeal, campaignId: SEED_IDS.annualCampaign, name: 'Spring mailing' })],
    gifts: [
      createDonation({
        id: '00000000-0000-4000-8000-0000000009a1',
        constituentId: jane,
        amount: '100.10',
        receivedOn: '2025-03-14',
        fundId: SEED_IDS.generalFund,
        allocations: [{ id: '00000000-0000-4000-8000-0000000009b1', fundId: SEED_IDS.generalFund, amount: '100.10' }],
      }),
      createDonation({
        id: '00000000-0000-4000-8000-0000000009a2',
        constituentId: jane,
        amount: '250.25',
        receivedOn: '2026-05-01',
        fundId: SEED_IDS.scholarshipFund,
        campaignId: SEED_IDS.annualCampaign,
        appealId: SEED_IDS.springAppeal,
        allocations: [{ id: '00000000-0000-4000-8000-0000000009b2', fundId: SEED_IDS.scholarshipFund, amount: '250.25' }],
      }),
    ],
    idempotencyKeys: new Map(),
  };
}

/**
 * One open pledge of Jane Doe (c1): 300.00 in three installments, the first paid, the second overdue (due in
 * 2020), the third due in 2099; its payment names the gift 9a3, which is not
 * seeded, so Jane's giving stays the 350.35 of her two gifts.
 */
function seedPledges(): TestPledge[] {
  return [
    createPledge({
      id: '00000000-0000-4000-8000-0000000009d1',
      constituentId: '00000000-0000-4000-8000-0000000000c1',
      donorName: 'Jane Doe',
      pledgedOn: '2019-12-15',
      paidAmount: '100.00',
      balance: '200.00',
      overdueAmount: '100.00',
      nextDueOn: '2020-02-01',
      fundId: SEED_IDS.generalFund,
      installments: [
        createPledgeInstallment({ id: '00000000-0000-4000-8000-0000000009e1', sequence: 1, dueOn: '2020-01-01', paidAmount: '100.00', open: '0.00' }),
        createPledgeInstallment({ id: '00000000-0000-4000-8000-0000000009e2', sequence: 2, dueOn: '2020-02-01', overdue: true }),
        createPledgeInstallment({ id: '00000000-0000-4000-8000-0000000009e3', sequence: 3, dueOn: '2099-01-01' }),
      ],
      payments: [
        {
          giftId: '00000000-0000-4000-8000-0000000009a3',
          receivedOn: '2020-01-02',
          amount: '100.00',
          refundedAmount: '0.00',
          applied: '100.00',
          status: 'COMPLETED',
        },
      ],
    }),
  ];
}

/**
 * One open batch expecting 2 gifts for 150.00 USD with one row of Jane Doe (c1), 100.00 to the general fund; and
 * one posted batch (its gift is not seeded, so Jane's giving stays 350.35).
 */
function seedGiftBatches(): TestGiftBatch[] {
  const jane = '00000000-0000-4000-8000-0000000000c1';
  return [
    createGiftBatch({
      id: SEED_IDS.openBatch,
      name: 'Checks of 1 December',
      expectedCount: 2,
      expectedTotal: '150.00',
      enteredCount: 1,
      enteredTotal: '100.00',
      createdAt: '2026-12-01T09:00:00Z',
      rows: [
        createGiftBatchRow({
          id: '00000000-0000-4000-8000-0000000009c1',
          constituentId: jane,
          donorName: 'Jane Doe',
          amount: '100.00',
          fundId: SEED_IDS.generalFund,
          reference: 'CHK-1001',
        }),
      ],
    }),
    createGiftBatch({
      id: '00000000-0000-4000-8000-0000000009f2',
      name: 'November gala checks',
      expectedCount: 1,
      expectedTotal: '500.00',
      enteredCount: 1,
      enteredTotal: '500.00',
      balanced: true,
      status: 'POSTED',
      postedAt: '2026-11-20T10:00:00Z',
      postedBy: 'admin',
      createdAt: '2026-11-19T09:00:00Z',
      rows: [
        createGiftBatchRow({
          constituentId: jane,
          donorName: 'Jane Doe',
          amount: '500.00',
          receivedOn: '2026-11-18',
          fundId: SEED_IDS.generalFund,
          giftId: '00000000-0000-4000-8000-0000000009a4',
        }),
      ],
    }),
  ];
}

export const db: MockDb = seed();

export function resetDb(): void {
  Object.assign(db, seed());
}
