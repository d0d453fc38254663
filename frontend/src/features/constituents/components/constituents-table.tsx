import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { Link } from 'react-router';

import { formatDateTime } from '@/utils/format';
import {
  CONSTITUENT_TYPE_LABELS,
  type ConstituentListItem,
  type ConstituentPage,
  type ConstituentSort,
} from '@/features/constituents/types/constituent';
import { PAGE_SIZES } from '@/features/constituents/utils/search-params';
import { PAGINATION_LABELS } from '@/components/ui/table-paging';

const SORT_COLUMNS: Record<string, 'name' | 'updatedAt'> = { displayName: 'name', updatedAt: 'updatedAt' };

function toSortStatus(sort: ConstituentSort): DataTableSortStatus<ConstituentListItem> {
  const descending = sort.startsWith('-');
  const column = descending ? sort.slice(1) : sort;
  return {
    columnAccessor: column === 'name' ? 'displayName' : 'updatedAt',
    direction: descending ? 'desc' : 'asc',
  };
}

function fromSortStatus(status: DataTableSortStatus<ConstituentListItem>): ConstituentSort {
  const column = SORT_COLUMNS[String(status.columnAccessor)] ?? 'name';
  return status.direction === 'desc' ? `-${column}` : column;
}

/** "1,234" in the reader's locale; "1,000+" when the server stopped counting. */
export function formatTotal(data: Pick<ConstituentPage, 'total' | 'totalCapped'>): string {
  const total = data.total.toLocaleString();
  return data.totalCapped ? `${total}+` : total;
}

function location(item: ConstituentListItem): string {
  return [item.city, item.postalCode].filter(Boolean).join(', ') || '—';
}

/** Where a row's name leads: the profile, or for a deleted constituent the page that restores it. */
function rowLink(item: ConstituentListItem): string {
  return item.deleted ? `/constituents/${item.id}/edit` : `/constituents/${item.id}`;
}

/** The name as the list is sorted: "Müller, Zoë" when sorted by name, "Zoë Müller" otherwise. */
function NameCell({ item, byName }: { item: ConstituentListItem; byName: boolean }) {
  const contact = [item.primaryEmail, item.primaryPhone].filter(Boolean).join(' · ');
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="wrap">
        <Anchor component={Link} to={rowLink(item)} fw={600} size="sm">
          {byName ? (item.sortName ?? item.displayName) : item.displayName}
        </Anchor>
        {item.deleted ? (
          <Badge size="xs" color="red" variant="light">
            Deleted
          </Badge>
        ) : null}
        {item.deceased ? (
          <Badge size="xs" color="gray" variant="light">
            Deceased
          </Badge>
        ) : null}
        {item.doNotContact ? (
          <Badge size="xs" color="orange" variant="light">
            Do not contact
          </Badge>
        ) : null}
      </Group>
      {/* On narrow screens the contact columns are hidden: show the essentials under the name. */}
      <Text size="xs" c="dimmed" hiddenFrom="md">
        {[CONSTITUENT_TYPE_LABELS[item.type], contact, item.city].filter(Boolean).join(' · ')}
      </Text>
    </Stack>
  );
}

const VISIBLE_TAGS = 3;

function TagsCell({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return <Text size="sm">—</Text>;
  const hidden = tags.slice(VISIBLE_TAGS);
  return (
    <Group gap={4} wrap="wrap">
      {tags.slice(0, VISIBLE_TAGS).map((tag) => (
        <Badge key={tag} size="sm" variant="light" color="gray" tt="none">
          {tag}
        </Badge>
      ))}
      {hidden.length > 0 ? (
        <Badge size="sm" variant="outline" color="gray.8" tt="none" title={hidden.join(', ')}>
          +{hidden.length}
        </Badge>
      ) : null}
    </Group>
  );
}

type ConstituentsTableProps = {
  data: ConstituentPage | undefined;
  fetching: boolean;
  failed: boolean;
  page: number;
  size: number;
  sort: ConstituentSort;
  filtered: boolean;
  canWrite: boolean;
  onPageChange: (page: number) => void;
  onSizeChange: (size: number) => void;
  onSortChange: (sort: ConstituentSort) => void;
  onClearFilters: () => void;
};

export function ConstituentsTable({
  data,
  fetching,
  failed,
  page,
  size,
  sort,
  filtered,
  canWrite,
  onPageChange,
  onSizeChange,
  onSortChange,
  onClearFilters,
}: ConstituentsTableProps) {
  const emptyState = (
    <Stack align="center" gap="xs" p="md" style={{ pointerEvents: 'auto' }}>
      <IconSearch size={28} aria-hidden color="var(--mantine-color-gray-6)" />
      <Text c="dimmed" ta="center">
        {failed
          ? 'The constituents could not be loaded.'
          : filtered
            ? 'No constituents match this search.'
            : 'No constituents yet.'}
      </Text>
      {!failed && filtered ? (
        <Button variant="light" size="xs" onClick={onClearFilters}>
          Clear search and filters
        </Button>
      ) : null}
      {!failed && !filtered && canWrite ? (
        <Button component={Link} to="/constituents/new" size="xs" leftSection={<IconPlus size={16} aria-hidden />}>
          Add the first constituent
        </Button>
      ) : null}
    </Stack>
  );

  return (
    <DataTable<ConstituentListItem>
      aria-label="Constituents"
      withTableBorder
      borderRadius="md"
      striped
      highlightOnHover
      minHeight={data && data.items.length > 0 ? undefined : 220}
      idAccessor="id"
      records={data?.items ?? []}
      fetching={fetching && !data}
      emptyState={emptyState}
      sortStatus={toSortStatus(sort)}
      onSortStatusChange={(status) => onSortChange(fromSortStatus(status))}
      totalRecords={data?.total ?? 0}
      recordsPerPage={size}
      recordsPerPageOptions={[...PAGE_SIZES]}
      onRecordsPerPageChange={onSizeChange}
      recordsPerPageLabel="Rows per page"
      page={page}
      onPageChange={onPageChange}
      paginationText={({ from, to }) =>
        data ? `${from.toLocaleString()}–${to.toLocaleString()} of ${formatTotal(data)}` : ''
      }
      getPaginationControlProps={(control) => ({ 'aria-label': PAGINATION_LABELS[control] })}
      getPaginationItemProps={(pageNumber) => ({ 'aria-label': `Page ${pageNumber}` })}
      columns={[
        {
          accessor: 'displayName',
          title: 'Name',
          sortable: true,
          render: (item) => <NameCell item={item} byName={sort === 'name' || sort === '-name'} />,
        },
        {
          accessor: 'type',
          title: 'Type',
          visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.md})`,
          render: (item) => CONSTITUENT_TYPE_LABELS[item.type],
        },
        {
          accessor: 'primaryEmail',
          title: 'Email',
          visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.md})`,
          render: (item) =>
            item.primaryEmail ? (
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {item.primaryEmail}
              </Text>
            ) : (
              '—'
            ),
        },
        {
          accessor: 'primaryPhone',
          title: 'Phone',
          noWrap: true,
          visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.md})`,
          render: (item) => item.primaryPhone ?? '—',
        },
        {
          accessor: 'city',
          title: 'City / postal code',
          visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.md})`,
          render: location,
        },
        {
          accessor: 'tags',
          title: 'Tags',
          visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.lg})`,
          render: (item) => <TagsCell tags={item.tags} />,
        },
        {
          accessor: 'updatedAt',
          title: 'Updated',
          sortable: true,
          noWrap: true,
          // Wide screens only: below that, email and tags need the room.
          visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.xl})`,
          render: (item) => formatDateTime(item.updatedAt),
        },
      ]}
    />
  );
}
