export const ROLES = ['ADMIN', 'DEVELOPMENT_OFFICER', 'EVENT_COORDINATOR', 'BOARD_MEMBER'] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Administrator',
  DEVELOPMENT_OFFICER: 'Development officer',
  EVENT_COORDINATOR: 'Event coordinator',
  BOARD_MEMBER: 'Board member',
};

export const ROLE_OPTIONS: { value: Role; label: string }[] = ROLES.map((role) => ({
  value: role,
  label: ROLE_LABELS[role],
}));

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The label for a role; a role this app does not know yet is shown as sent. */
export function roleLabel(role: string): string {
  return isRole(role) ? ROLE_LABELS[role] : role;
}

export function hasAnyRole(userRoles: readonly string[], allowed: readonly Role[]): boolean {
  return allowed.some((role) => userRoles.includes(role));
}
