import { ActionIcon, Badge, Button, Code, Drawer, Group, Menu, Stack, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconCircleCheckFilled,
  IconCircleMinus,
  IconDots,
  IconPencil,
  IconPlayerPlay,
  IconPlayerStop,
  IconPlus,
} from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';

import { useSortedRecords } from '@/hooks/use-sorted-records';
import { pluralize } from '@/utils/format';
import { useAllRelationshipTypes } from '@/features/relationship-types/api/get-relationship-types';
import { CreateRelationshipTypeForm } from '@/features/relationship-types/components/create-relationship-type-form';
import { EditRelationshipTypeModal } from '@/features/relationship-types/components/edit-relationship-type-modal';
import { SetTypeActiveModal } from '@/features/relationship-types/components/set-type-active-modal';
import type { RelationshipType } from '@/types/relationships';

/** Which dialog is open, for which type (by code, so it always shows the type as last read). */
type Dialog = { kind: 'edit' | 'active'; code: string } | null;

function compareTypes(a: RelationshipType, b: RelationshipType, column: string): number {
  switch (column) {
    case 'code':
      return a.code.localeCompare(b.code);
    case 'inverseLabel':
      return a.inverseLabel.localeCompare(b.inverseLabel);
    case 'builtIn':
      // Built-in first when ascending.
      return Number(b.builtIn) - Number(a.builtIn) || a.label.localeCompare(b.label);
    case 'active':
      return Number(b.active) - Number(a.active) || a.label.localeCompare(b.label);
    default:
      return a.label.localeCompare(b.label);
  }
}

function ActiveStatus({ active }: { active: boolean }) {
  return (
    <Group gap={6} wrap="nowrap">
      {active ? (
        <IconCircleCheckFilled size={18} color="var(--mantine-color-green-8)" aria-hidden />
      ) : (
        <IconCircleMinus size={18} color="var(--mantine-color-gray-7)" aria-hidden />
      )}
      <Text size="sm">{active ? 'Active' : 'Inactive'}</Text>
    </Group>
  );
}

/** Every relationship type; administrators add custom ones, relabel them and retire them. */
export function RelationshipTypesList() {
  const typesQuery = useAllRelationshipTypes();
  const types = typesQuery.data;
  const { records, sortStatus, setSortStatus } = useSortedRecords(types, compareTypes, 'label');
  const [creating, setCreating] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);

  const dialogType = (dialog && types?.find((type) => type.code === dialog.code)) || null;
  const closeDialog = () => setDialog(null);
  const customCount = types?.filter((type) => !type.builtIn).length ?? 0;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Text c="dimmed" size="sm" role="status">
          {types ? `${pluralize(types.length, 'type')}, ${customCount} custom` : '\u00a0'}
        </Text>
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
          New relationship type
        </Button>
      </Group>

      <DataTable<RelationshipType>
        aria-label="Relationship types"
        withTableBorder
        borderRadius="md"
        striped
        highlightOnHover
        minHeight={180}
        idAccessor="code"
        records={records}
        fetching={typesQuery.isFetching}
        noRecordsText={typesQuery.isError ? 'The relationship types could not be loaded' : 'No relationship types'}
        sortStatus={sortStatus}
        onSortStatusChange={setSortStatus}
        columns={[
          {
            accessor: 'label',
            title: 'Label',
            sortable: true,
            render: (type) => (
              <Text size="sm" fw={600}>
                {type.label}
              </Text>
            ),
          },
          {
            accessor: 'inverseLabel',
            title: 'Inverse label',
            sortable: true,
            render: (type) =>
              type.symmetric ? (
                <Text size="sm">
                  {type.inverseLabel}{' '}
                  <Text span size="xs" c="dimmed">
                    (same both ways)
                  </Text>
                </Text>
              ) : (
                type.inverseLabel
              ),
          },
          {
            accessor: 'code',
            title: 'Code',
            sortable: true,
            // for integrations and imports: not needed on a phone, where the labels need the room
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.md})`,
            render: (type) => <Code>{type.code}</Code>,
          },
          {
            accessor: 'builtIn',
            title: 'Kind',
            sortable: true,
            noWrap: true,
            render: (type) => (
              // Shade 9 keeps white badge text above 4.5:1.
              <Badge size="sm" variant="filled" color={type.builtIn ? 'gray.8' : 'indigo.9'} tt="none">
                {type.builtIn ? 'Built-in' : 'Custom'}
              </Badge>
            ),
          },
          {
            accessor: 'active',
            title: 'Status',
            sortable: true,
            noWrap: true,
            render: (type) => <ActiveStatus active={type.active} />,
          },
          {
            accessor: 'actions',
            title: <VisuallyHidden>Actions</VisuallyHidden>,
            textAlign: 'right',
            width: 60,
            render: (type) =>
              type.builtIn ? null : (
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon variant="subtle" color="gray.8" aria-label={`Actions for ${type.label}`}>
                      <IconDots size={18} aria-hidden />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item
                      leftSection={<IconPencil size={16} aria-hidden />}
                      onClick={() => setDialog({ kind: 'edit', code: type.code })}
                    >
                      Edit labels
                    </Menu.Item>
                    {type.active ? (
                      <Menu.Item
                        color="red"
                        leftSection={<IconPlayerStop size={16} aria-hidden />}
                        onClick={() => setDialog({ kind: 'active', code: type.code })}
                      >
                        Deactivate
                      </Menu.Item>
                    ) : (
                      <Menu.Item
                        leftSection={<IconPlayerPlay size={16} aria-hidden />}
                        onClick={() => setDialog({ kind: 'active', code: type.code })}
                      >
                        Reactivate
                      </Menu.Item>
                    )}
                  </Menu.Dropdown>
                </Menu>
              ),
          },
        ]}
      />

      <Drawer
        opened={creating}
        onClose={() => setCreating(false)}
        title={<Text fw={700} size="lg">New relationship type</Text>}
        position="right"
        size="md"
      >
        <CreateRelationshipTypeForm
          onCancel={() => setCreating(false)}
          onCreated={(type) => {
            notifications.show({ color: 'green', message: `Relationship type “${type.label}” created.` });
            setCreating(false);
          }}
        />
      </Drawer>

      <EditRelationshipTypeModal type={dialog?.kind === 'edit' ? dialogType : null} onClose={closeDialog} />
      <SetTypeActiveModal type={dialog?.kind === 'active' ? dialogType : null} onClose={closeDialog} />
    </Stack>
  );
}
