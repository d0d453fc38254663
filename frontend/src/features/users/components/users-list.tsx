import {
  ActionIcon,
  Button,
  Drawer,
  Group,
  Menu,
  Stack,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconCircleCheckFilled,
  IconCircleX,
  IconDots,
  IconKey,
  IconPlus,
  IconSearch,
  IconShieldCog,
  IconUserCheck,
  IconUserOff,
} from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';

import { RoleBadges } from '@/components/ui/role-badges';
import { useSession } from '@/hooks/use-session';
import { useSortedRecords } from '@/hooks/use-sorted-records';
import { formatDateTime, pluralize } from '@/utils/format';
import { useUsers } from '@/features/users/api/get-users';
import { CreateUserForm } from '@/features/users/components/create-user-form';
import { EditRolesModal } from '@/features/users/components/edit-roles-modal';
import { ResetPasswordModal } from '@/features/users/components/reset-password-modal';
import { SetEnabledModal } from '@/features/users/components/set-enabled-modal';
import type { User } from '@/features/users/types/user';

const PAGE_SIZE = 50;

type Dialog = { kind: 'roles' | 'password' | 'enabled'; user: User } | null;

function compareUsers(a: User, b: User, column: string): number {
  switch (column) {
    case 'displayName':
      return a.displayName.localeCompare(b.displayName);
    case 'enabled':
      return Number(b.enabled) - Number(a.enabled);
    case 'lastLoginAt':
      // Never signed in sorts first when ascending.
      return (a.lastLoginAt ?? '').localeCompare(b.lastLoginAt ?? '');
    default:
      return a.username.localeCompare(b.username);
  }
}

function EnabledStatus({ enabled }: { enabled: boolean }) {
  return (
    <Group gap={6} wrap="nowrap">
      {enabled ? (
        <IconCircleCheckFilled size={18} color="var(--mantine-color-green-8)" aria-hidden />
      ) : (
        <IconCircleX size={18} color="var(--mantine-color-red-8)" aria-hidden />
      )}
      <Text size="sm">{enabled ? 'Enabled' : 'Disabled'}</Text>
    </Group>
  );
}

export function UsersList() {
  const session = useSession();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 250);
  const usersQuery = useUsers(page - 1, PAGE_SIZE, query);

  // The API pages but does not sort; sorting applies to the page on screen.
  const { records, sortStatus, setSortStatus } = useSortedRecords(usersQuery.data?.items, compareUsers, 'username');

  const closeDialog = () => setDialog(null);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end" gap="md">
          <TextInput
            label="Search users"
            placeholder="Username, name or email"
            type="search"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              setPage(1);
            }}
            w={{ base: '100%', xs: 280 }}
          />
          <Text c="dimmed" size="sm" pb={8} role="status">
            {usersQuery.data ? pluralize(usersQuery.data.total, 'user') : '\u00a0'}
          </Text>
        </Group>
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
          New user
        </Button>
      </Group>

      <DataTable<User>
        aria-label="Users"
        withTableBorder
        borderRadius="md"
        striped
        highlightOnHover
        minHeight={180}
        idAccessor="id"
        records={records}
        fetching={usersQuery.isFetching}
        noRecordsText={
          usersQuery.isError
            ? 'The users could not be loaded'
            : query.trim()
              ? 'No user matches the search'
              : 'No users yet'
        }
        sortStatus={sortStatus}
        onSortStatusChange={setSortStatus}
        totalRecords={usersQuery.data?.total ?? 0}
        recordsPerPage={PAGE_SIZE}
        page={page}
        onPageChange={setPage}
        columns={[
          {
            accessor: 'username',
            title: 'Username',
            sortable: true,
            render: (user) => (
              <Text size="sm" fw={600}>
                {user.username}
              </Text>
            ),
          },
          { accessor: 'displayName', title: 'Name', sortable: true },
          {
            accessor: 'email',
            title: 'Email',
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.md})`,
            render: (user) => user.email ?? '—',
          },
          {
            accessor: 'roles',
            title: 'Roles',
            // Wide enough for the longest badge; several roles wrap onto more lines.
            width: 170,
            render: (user) => <RoleBadges roles={user.roles} size="sm" />,
          },
          {
            accessor: 'enabled',
            title: 'Status',
            sortable: true,
            noWrap: true,
            render: (user) => <EnabledStatus enabled={user.enabled} />,
          },
          {
            accessor: 'lastLoginAt',
            title: 'Last sign-in',
            sortable: true,
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
            render: (user) => formatDateTime(user.lastLoginAt, 'Never'),
          },
          {
            accessor: 'actions',
            title: <VisuallyHidden>Actions</VisuallyHidden>,
            textAlign: 'right',
            width: 60,
            render: (user) => {
              const isSelf = session?.username === user.username;
              return (
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon variant="subtle" color="gray.8" aria-label={`Actions for ${user.username}`}>
                      <IconDots size={18} aria-hidden />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item
                      leftSection={<IconShieldCog size={16} aria-hidden />}
                      onClick={() => setDialog({ kind: 'roles', user })}
                    >
                      Edit roles
                    </Menu.Item>
                    <Menu.Item
                      leftSection={<IconKey size={16} aria-hidden />}
                      onClick={() => setDialog({ kind: 'password', user })}
                    >
                      Reset password
                    </Menu.Item>
                    <Menu.Divider />
                    {user.enabled ? (
                      <Menu.Item
                        color="red"
                        disabled={isSelf}
                        leftSection={<IconUserOff size={16} aria-hidden />}
                        onClick={() => setDialog({ kind: 'enabled', user })}
                      >
                        {isSelf ? 'Disable (not your own account)' : 'Disable'}
                      </Menu.Item>
                    ) : (
                      <Menu.Item
                        leftSection={<IconUserCheck size={16} aria-hidden />}
                        onClick={() => setDialog({ kind: 'enabled', user })}
                      >
                        Enable
                      </Menu.Item>
                    )}
                  </Menu.Dropdown>
                </Menu>
              );
            },
          },
        ]}
      />

      <Drawer
        opened={creating}
        onClose={() => setCreating(false)}
        title={<Text fw={700} size="lg">New user</Text>}
        position="right"
        size="md"
      >
        <CreateUserForm
          onCancel={() => setCreating(false)}
          onCreated={(user) => {
            notifications.show({ color: 'green', message: `User ${user.username} created.` });
            setCreating(false);
          }}
        />
      </Drawer>

      <EditRolesModal user={dialog?.kind === 'roles' ? dialog.user : null} onClose={closeDialog} />
      <ResetPasswordModal
        user={dialog?.kind === 'password' ? dialog.user : null}
        onClose={closeDialog}
      />
      <SetEnabledModal user={dialog?.kind === 'enabled' ? dialog.user : null} onClose={closeDialog} />
    </Stack>
  );
}
