import { Avatar, Box, Group, Menu, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconKey, IconLogout } from '@tabler/icons-react';

import { RoleBadges } from '@/components/ui/role-badges';
import { ChangePasswordModal } from '@/features/auth/components/change-password-modal';

type UserMenuProps = {
  displayName: string;
  username: string;
  email?: string | null;
  roles: readonly string[];
  onSignOut: () => void;
};

export function UserMenu({ displayName, username, email, roles, onSignOut }: UserMenuProps) {
  const [passwordOpened, passwordModal] = useDisclosure(false);

  return (
    <>
      <Menu position="bottom-end" width={280} shadow="md" withinPortal>
        <Menu.Target>
          {/* Named by what it shows (WCAG 2.5.3, label in name), plus a hidden "account menu". */}
          <UnstyledButton px={6} py={4} style={{ borderRadius: 8 }}>
            <Group gap="xs" wrap="nowrap">
              <Avatar name={displayName} color="blue" variant="filled" radius="xl" size={34} aria-hidden />
              <Text fw={600} size="sm" visibleFrom="xs" truncate maw={200}>
                {displayName}
              </Text>
              {/* On a phone only the avatar shows: the name is still read out. */}
              <VisuallyHidden hiddenFrom="xs">{displayName}</VisuallyHidden>
              <VisuallyHidden> account menu</VisuallyHidden>
              <IconChevronDown size={16} aria-hidden />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Box px="sm" py="xs">
            <Stack gap={6}>
              <div>
                <Text fw={600} size="sm">
                  {displayName}
                </Text>
                <Text size="xs" c="dimmed">
                  {email ?? username}
                </Text>
              </div>
              <RoleBadges roles={roles} size="sm" />
            </Stack>
          </Box>
          <Menu.Divider />
          <Menu.Item leftSection={<IconKey size={16} aria-hidden />} onClick={passwordModal.open}>
            Change password
          </Menu.Item>
          <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={onSignOut}>
            Sign out
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ChangePasswordModal opened={passwordOpened} onClose={passwordModal.close} />
    </>
  );
}
