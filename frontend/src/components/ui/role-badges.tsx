import { Badge, Group, type MantineSize } from '@mantine/core';

import { isRole, roleLabel, type Role } from '@/config/roles';

// Shade 9 of each colour keeps white badge text above 4.5:1.
const ROLE_COLORS: Record<Role, string> = {
  ADMIN: 'indigo.9',
  DEVELOPMENT_OFFICER: 'teal.9',
  EVENT_COORDINATOR: 'grape.9',
  BOARD_MEMBER: 'cyan.9',
};

type RoleBadgesProps = {
  roles: readonly string[];
  size?: MantineSize;
};

export function RoleBadges({ roles, size = 'sm' }: RoleBadgesProps) {
  if (roles.length === 0) {
    return null;
  }
  return (
    <Group gap={4} wrap="wrap" preventGrowOverflow={false}>
      {roles.map((role) => (
        <Badge
          key={role}
          size={size}
          variant="filled"
          color={isRole(role) ? ROLE_COLORS[role] : 'gray.8'}
          tt="none"
        >
          {roleLabel(role)}
        </Badge>
      ))}
    </Group>
  );
}
