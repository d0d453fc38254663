import { ActionIcon, Alert, Anchor, Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { isApiError } from '@/lib/api-client';
import { formatDay, formatDateTime, pluralize } from '@/utils/format';
import { useAuditEntries } from '@/features/audit/api/get-audit-entries';
import { useAuditActors, useAuditEntityTypes, useAuditPerson } from '@/features/audit/api/get-audit-options';
import { AuditChanges } from '@/features/audit/components/audit-changes';
import { AuditFiltersForm, CONSTITUENT } from '@/features/audit/components/audit-filters';
import type { AuditEntityType, AuditEntry, AuditFilters } from '@/features/audit/types/audit';
import { auditLogPath, auditSearchParams, describeAction, entityPath } from '@/features/audit/utils/audit-links';

const PAGE_SIZE = 25;

/** The query parameters the server may refuse, as the filters name them. */
const FIELD_LABELS: Record<string, string> = {
  entityType: 'Type of record',
  entityId: 'Record',
  actor: 'Changed by',
  from: 'From',
  to: 'To',
  zone: 'Time zone',
};

function pageFromParams(params: URLSearchParams): number {
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return Number.isFinite(page) && page > 0 ? page : 1;
}

function filtersFromParams(params: URLSearchParams): AuditFilters {
  return {
    entityType: params.get('entityType') ?? '',
    entityId: params.get('entityId') ?? '',
    actor: params.get('actor') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
}

function typeLabel(entry: AuditEntry): string {
  return entry.entityTypeLabel ?? entry.entityType;
}

function who(entry: AuditEntry): string {
  return entry.actorName ?? entry.actor;
}

/** The entity's name, as a link to the page that shows it when there is one; its id when it has no name any more. */
function EntityName({ entry }: { entry: AuditEntry }) {
  const path = entityPath(entry.entityPage);
  if (!entry.entityLabel) {
    return (
      <Text span size="sm" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
        {entry.entityId}
      </Text>
    );
  }
  return path ? (
    <Anchor component={Link} to={path} size="sm" style={{ wordBreak: 'break-word' }}>
      {entry.entityLabel}
    </Anchor>
  ) : (
    <Text span size="sm" style={{ wordBreak: 'break-word' }}>
      {entry.entityLabel}
    </Text>
  );
}

function EntityCell({ entry }: { entry: AuditEntry }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {typeLabel(entry)}
      </Text>
      <EntityName entry={entry} />
    </Stack>
  );
}

/** What the active filters say in words, above the list. */
function describeFilters(
  filters: AuditFilters,
  types: readonly AuditEntityType[],
  actorName: string | undefined,
): string {
  const parts: string[] = [];
  if (filters.entityType && !filters.entityId) {
    parts.push(types.find((type) => type.entityType === filters.entityType)?.label ?? filters.entityType);
  }
  if (filters.actor) parts.push(`by ${actorName ?? filters.actor}`);
  if (filters.from && filters.to) parts.push(`from ${formatDay(filters.from)} to ${formatDay(filters.to)}`);
  else if (filters.from) parts.push(`from ${formatDay(filters.from)}`);
  else if (filters.to) parts.push(`up to ${formatDay(filters.to)}`);
  return parts.join(', ');
}

/** The audit log: filters and the current page live in the URL, so a view can be shared and linked to. */
export function AuditLog() {
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const page = pageFromParams(params);

  const [expanded, setExpanded] = useState<string[]>([]);

  const auditQuery = useAuditEntries({ ...filters, page: page - 1, size: PAGE_SIZE });
  const entityTypes = useAuditEntityTypes();
  const actors = useAuditActors();
  const personId = filters.entityType === CONSTITUENT ? filters.entityId : '';
  const person = useAuditPerson(personId);

  const update = (next: Partial<AuditFilters> & { page?: number }) => {
    setExpanded([]);
    setParams(auditSearchParams({ ...filters, page, ...next }));
  };

  const toggle = (id: string) =>
    setExpanded((current) =>
      current.includes(id) ? current.filter((value) => value !== id) : [...current, id],
    );

  const types = entityTypes.data ?? [];
  const entries = auditQuery.data?.items ?? [];
  const filtered = Object.values(filters).some((value) => value !== '');
  const refused = auditQuery.isError && isApiError(auditQuery.error) ? auditQuery.error : null;
  const actorName = actors.data?.find((a) => a.username === filters.actor)?.displayName;
  const oneRecordName =
    (personId ? person.data?.displayName : undefined) ??
    entries.find((entry) => entry.entityId === filters.entityId && entry.entityLabel)?.entityLabel ??
    filters.entityId;
  const oneRecordType = types.find((type) => type.entityType === filters.entityType)?.label ?? filters.entityType;
  const inWords = describeFilters(filters, types, actorName);

  return (
    <Stack gap="md">
      <AuditFiltersForm
        key={Object.values(filters).join('\n')}
        filters={filters}
        onApply={(next) => update({ ...next, page: 1 })}
        entityTypes={types}
        actors={actors.data ?? []}
        person={person.data ?? null}
      />

      {filters.entityId ? (
        <Group gap="xs" wrap="wrap" role="status">
          <Text size="sm">
            History of {filters.entityType ? `${oneRecordType.toLowerCase()} ` : ''}
            <strong>{oneRecordName}</strong>
          </Text>
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() => update({ entityId: '', entityType: filters.entityType === CONSTITUENT ? '' : filters.entityType, page: 1 })}
          >
            Show all entries
          </Button>
        </Group>
      ) : null}

      {refused ? (
        <Alert color="red" variant="light" title="These filters cannot be used" role="alert">
          {refused.violations.length > 0 ? (
            <Stack gap={4}>
              {refused.violations.map((violation) => (
                <Text size="sm" key={violation.field}>
                  {FIELD_LABELS[violation.field] ?? violation.field}: {violation.message}
                </Text>
              ))}
            </Stack>
          ) : (
            <Text size="sm">{refused.problem.detail ?? refused.problem.title}</Text>
          )}
        </Alert>
      ) : null}

      <Text c="dimmed" size="sm" aria-live="polite">
        {auditQuery.data
          ? `${pluralize(auditQuery.data.total, 'entry', 'entries')}${filtered ? ' found' : ''}${inWords ? ` (${inWords})` : ''}`
          : '\u00a0'}
      </Text>

      <DataTable<AuditEntry>
        aria-label="Audit log"
        withTableBorder
        borderRadius="md"
        highlightOnHover
        minHeight={180}
        idAccessor="id"
        records={refused ? [] : entries}
        fetching={auditQuery.isFetching}
        noRecordsText={
          refused ? 'Change the filters to see entries' : auditQuery.isError ? 'The audit log could not be loaded' : 'No entries'
        }
        totalRecords={refused ? 0 : (auditQuery.data?.total ?? 0)}
        recordsPerPage={PAGE_SIZE}
        page={page}
        onPageChange={(next) => update({ page: next })}
        rowExpansion={{
          trigger: 'never',
          allowMultiple: true,
          expanded: { recordIds: expanded, onRecordIdsChange: setExpanded },
          content: ({ record }) => (
            <AuditChanges
              entry={record}
              historyPath={
                filters.entityId === record.entityId && filters.entityType === record.entityType
                  ? null
                  : auditLogPath({ entityType: record.entityType, entityId: record.entityId })
              }
            />
          ),
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
                  aria-label={`${open ? 'Hide' : 'Show'} changes: ${describeAction(entry.action)} ${typeLabel(entry)} ${entry.entityLabel ?? entry.entityId}`}
                  onClick={() => toggle(entry.id)}
                >
                  {open ? <IconChevronDown size={18} aria-hidden /> : <IconChevronRight size={18} aria-hidden />}
                </ActionIcon>
              );
            },
          },
          {
            // Phones: one column says it all; wider screens have a column each.
            accessor: 'summary',
            title: 'Entry',
            visibleMediaQuery: (theme) => `(max-width: calc(${theme.breakpoints.sm} - 0.0625rem))`,
            render: (entry) => (
              <Stack gap={2}>
                <EntityCell entry={entry} />
                <Text size="xs">
                  {describeAction(entry.action)} by {who(entry)}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(entry.occurredAt)}
                </Text>
              </Stack>
            ),
          },
          {
            accessor: 'occurredAt',
            title: 'When',
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
            render: (entry) => formatDateTime(entry.occurredAt),
          },
          {
            accessor: 'actor',
            title: 'Who',
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
            render: (entry) => who(entry),
          },
          {
            accessor: 'action',
            title: 'Action',
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
            render: (entry) => describeAction(entry.action),
          },
          {
            accessor: 'entity',
            title: 'Record',
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
            render: (entry) => <EntityCell entry={entry} />,
          },
          {
            accessor: 'changes',
            title: 'Changes',
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.md})`,
            render: (entry) => (entry.changes.length === 1 ? '1 field' : `${entry.changes.length} fields`),
          },
          {
            accessor: 'reason',
            title: 'Reason',
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.lg})`,
            render: (entry) => entry.reason ?? '—',
          },
        ]}
      />
    </Stack>
  );
}
