import { Table, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';

import { formatValue } from '@/utils/format';
import type { AuditEntry } from '@/features/audit/types/audit';

/** The field-by-field changes of one audit entry (the expanded row). */
export function AuditChanges({ entry }: { entry: AuditEntry }) {
  return (
    <div style={{ padding: 'var(--mantine-spacing-sm) var(--mantine-spacing-md)' }}>
      {entry.reason ? (
        <Text size="sm" mb="xs">
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
        >
          <Table.Caption>
            Changes to {entry.entityType} {entry.entityId}
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
                <Table.Td fw={600}>{change.field}</Table.Td>
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
    </div>
  );
}
