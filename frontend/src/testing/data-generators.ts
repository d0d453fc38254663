import type { Role } from '@/config/roles';

// Builders for test data: start from a valid object, tests override only what matters to them.
// Types are spelled out here (not imported from features) so any test may use them.

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

export type TestAuditEntry = {
  id: string;
  occurredAt: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  changes: { field: string; from: unknown; to: unknown }[];
  reason: string | null;
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
    action: 'users.roles-changed',
    entityType: 'user',
    entityId: '00000000-0000-4000-8000-000000000001',
    changes: [{ field: 'roles', from: ['BOARD_MEMBER'], to: ['BOARD_MEMBER', 'EVENT_COORDINATOR'] }],
    reason: null,
    ...overrides,
  };
}

export function createProblem(
  status: number,
  code: string,
  title: string,
  extra: Record<string, unknown> = {},
) {
  return { type: `https://steward.example/problems/${code.replace('.', '/')}`, title, status, code, ...extra };
}
