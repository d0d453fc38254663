import { ActionIcon, Button, Group, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconFilter, IconX } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';

import { formatDateTime, pluralize } from '@/utils/format';
import { useAuditEntries } from '@/features/audit/api/get-audit-entries';
import { AuditChanges } from '@/features/audit/components/audit-changes';
import type { AuditEntry } from '@/features/audit/types/audit';

const PAGE_SIZE = 25;

function pageFromParams(params: URLSearchParams): number {
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return Number.isFinite(page) && page > 0 ? page : 1;
}

type Filters = { entityType: string; entityId: string };

type AuditFiltersFormProps = Filters & { onApply: (filters: Filters) => void };

/** Re-mounted (by key) whenever the URL's filters change, so the inputs always start from them. */
function AuditFiltersForm({ entityType, entityId, onApply }: AuditFiltersFormProps) {
  const [draftType, setDraftType] = useState(entityType);
  const [draftId, setDraftId] = useState(entityId);
  const filtered = entityType !== '' || entityId !== '';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({ entityType: draftType, entityId: draftId });
  };

  return (
    <form onSubmit={submit} aria-label="Filter the audit log">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label="Entity type"
          placeholder="e.g. user"
          value={draftType}
          onChange={(event) => setDraftType(event.currentTarget.value)}
          w={{ base: '100%', xs: 200 }}
        />
        <TextInput
          label="Entity id"
          placeholder="e.g. 3f2c…"
          value={draftId}
          onChange={(event) => setDraftId(event.currentTarget.value)}
          w={{ base: '100%', xs: 320 }}
        />
        <Group gap="sm">
          <Button type="submit" leftSection={<IconFilter size={16} aria-hidden />}>
            Apply filters
          </Button>
          {filtered ? (
            <Button
              variant="default"
              onClick={() => onApply({ entityType: '', entityId: '' })}
              leftSection={<IconX size={16} aria-hidden />}
            >
              Clear
            </Button>
          ) : null}
        </Group>
      </Group>
    </form>
  );
}

/** The audit log: filters and the current page live in the URL, so a view can be shared. */
export function AuditLog() {
  const [params, setParams] = useSearchParams();
  const entityType = params.get('entityType') ?? '';
  const entityId = params.get('entityId') ?? '';
  const page = pageFromParams(params);

  const [expanded, setExpanded] = useState<string[]>([]);

  const auditQuery = useAuditEntries({ entityType, entityId, page: page - 1, size: PAGE_SIZE });

  const update = (next: { entityType?: string; entityId?: string; page?: number }) => {
    const values = { entityType, entityId, page, ...next };
    const search = new URLSearchParams();
    if (values.entityType.trim()) search.set('entityType', values.entityType.trim());
    if (values.entityId.trim()) search.set('entityId', values.entityId.trim());
    if (values.page > 1) search.set('page', String(values.page));
    setExpanded([]);
    setParams(search);
  };

  const toggle = (id: string) =>
    setExpanded((current) =>
      current.includes(id) ? current.filter((value) => value !== id) : [...current, id],
    );

  const filtered = entityType !== '' || entityId !== '';

  return (
    <Stack gap="md">
      <AuditFiltersForm
        key={`${entityType}\n${entityId}`}
        entityType={entityType}
        entityId={entityId}
        onApply={(filters) => update({ ...filters, page: 1 })}
      />

      <Text c="dimmed" size="sm" aria-live="polite">
        {auditQuery.data
          ? `${pluralize(auditQuery.data.total, 'entry', 'entries')}${filtered ? ' found' : ''}`
          : '\u00a0'}
      </Text>

      <DataTable<AuditEntry>
        aria-label="Audit log"
        withTableBorder
        borderRadius="md"
        highlightOnHover
        minHeight={180}
        idAccessor="id"
        records={auditQuery.data?.items ?? []}
        fetching={auditQuery.isFetching}
        noRecordsText={auditQuery.isError ? 'The audit log could not be loaded' : 'No entries'}
        totalRecords={auditQuery.data?.total ?? 0}
        recordsPerPage={PAGE_SIZE}
        page={page}
        onPageChange={(next) => update({ page: next })}
        rowExpansion={{
          trigger: 'never',
          allowMultiple: true,
          expanded: { recordIds: expanded, onRecordIdsChange: setExpanded },
          content: ({ record }) => <AuditChanges entry={record} />,
        }}
        columns={[
          {
            accessor: 'expand',
            title: <VisuallyHidden>Changes</VisuallyHidden>,
            width: 48,
            render: (entry) => {
              const open = expanded.includes(entry.id);
              return (
                <ActionIcon
                  variant="subtle"
                  color="gray.8"
                  aria-expanded={open}
                  aria-label={`${open ? 'Hide' : 'Show'} changes: ${entry.action} ${entry.entityType} ${entry.entityId}`}
                  onClick={() => toggle(entry.id)}
                >
                  {open ? <IconChevronDown size={18} aria-hidden /> : <IconChevronRight size={18} aria-hidden />}
                </ActionIcon>
              );
            },
          },
          { accessor: 'occurredAt', title: 'When', render: (entry) => formatDateTime(entry.occurredAt) },
          { accessor: 'actor', title: 'Who' },
          { accessor: 'action', title: 'Action' },
          {
            accessor: 'entity',
            title: 'Entity',
            // On phones the expanded row names the entity.
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
            render: (entry) => (
              <Text size="sm" style={{ wordBreak: 'break-all' }}>
                {entry.entityType} <Text span c="dimmed" size="sm">{entry.entityId}</Text>
              </Text>
            ),
          },
          {
            accessor: 'changes',
            title: 'Changes',
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
            render: (entry) => (entry.changes.length === 1 ? '1 field' : `${entry.changes.length} fields`),
          },
          {
            accessor: 'reason',
            title: 'Reason',
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.md})`,
            render: (entry) => entry.reason ?? '—',
          },
        ]}
      />
    </Stack>
  );
}
