import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { Link } from 'react-router';

import { formatValue } from '@/utils/format';
import type { AuditEntry } from '@/features/audit/types/audit';

type AuditChangesProps = {
  entry: AuditEntry;
  /** The log filtered to this entry's record, unless that is what is shown already. */
  historyPath: string | null;
};

/** The field-by-field changes of one audit entry (the expanded row). */
export function AuditChanges({ entry, historyPath }: AuditChangesProps) {
  const typeName = (entry.entityTypeLabel ?? entry.entityType).toLowerCase();
  const name = entry.entityLabel ?? entry.entityId;
  return (
    <Stack gap="xs" style={{ padding: 'var(--mantine-spacing-sm) var(--mantine-spacing-md)' }}>
      {entry.reason ? (
        <Text size="sm">
          <strong>Reason:</strong> {entry.reason}
        </Text>
      ) : null}
      {entry.changes.length === 0 ? (
        <Text size="sm" c="dimmed">
          No field changes were recorded for this entry.
        </Text>
      ) : (
        <Table
          withTableBorder
          withColumnBorders
          verticalSpacing={4}
          fz="sm"
          bg="var(--mantine-color-body)"
          captionSide="top"
          style={{ tableLayout: 'fixed' }}
        >
          <Table.Caption style={{ wordBreak: 'break-word' }}>
            Changes to {typeName} {name}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Field</Table.Th>
              <Table.Th>From</Table.Th>
              <Table.Th aria-hidden w={28} />
              <Table.Th>To</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entry.changes.map((change) => (
              <Table.Tr key={change.field}>
                <Table.Td fw={600} style={{ wordBreak: 'break-word' }}>
                  {change.field}
                </Table.Td>
                <Table.Td style={{ wordBreak: 'break-word' }}>{formatValue(change.from)}</Table.Td>
                <Table.Td aria-hidden>
                  <IconArrowRight size={14} />
                </Table.Td>
                <Table.Td style={{ wordBreak: 'break-word' }}>{formatValue(change.to)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group gap="xs" wrap="wrap">
        <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
          {entry.entityType} {entry.entityId}
        </Text>
        {historyPath ? (
          <Anchor component={Link} to={historyPath} size="xs">
            Every entry for this {typeName}
          </Anchor>
        ) : null}
      </Group>
    </Stack>
  );
}
