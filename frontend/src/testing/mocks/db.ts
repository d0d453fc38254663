import { createAuditEntry, createUser, type TestAuditEntry, type TestUser } from '@/testing/data-generators';

/** In-memory backend state behind the MSW handlers; reset before every test. */
export type MockDb = {
  users: TestUser[];
  passwords: Map<string, string>;
  audit: TestAuditEntry[];
};

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
    audit: [
      createAuditEntry({ id: 'a1', action: 'users.created', entityId: officer.id, changes: [] }),
      createAuditEntry({ id: 'a2', entityId: officer.id, reason: 'Joined the events team' }),
    ],
  };
}

export const db: MockDb = seed();

export function resetDb(): void {
  Object.assign(db, seed());
}
