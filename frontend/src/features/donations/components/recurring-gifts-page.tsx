import { Anchor, Badge, Button, Grid, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconRepeat, IconSearch } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { ConstituentPicker } from '@/components/ui/constituent-picker';
import { pagingProps } from '@/components/ui/table-paging';
import { ContentLayout } from '@/components/ui/content-layout';
import type { ConstituentSearchItem } from '@/types/constituents';
import { formatMoney } from '@/utils/money';
import { useDonor } from '@/features/donations/api/donor';
import { useRecurringGifts } from '@/features/donations/api/recurring-gifts';
import { RecurringGiftDrawer } from '@/features/donations/components/recurring-gift-drawer';
import {
  RECURRING_STATUSES,
  type RecurringGiftFilters,
  type RecurringGiftListItem,
  type RecurringStatus,
} from '@/features/donations/types/recurring';
import { formatDay } from '@/features/donations/utils/labels';
import {
  describeSchedule,
  RECURRING_STATUS_COLORS,
  RECURRING_STATUS_LABELS,
} from '@/features/donations/utils/recurring-labels';

const PAGE_SIZES = [25, 50, 100] as const;

/** The list's filters from the address bar, so back, reload and shared links show the same list. */
export function parseRecurringFilters(params: URLSearchParams): RecurringGiftFilters {
  const page = Number(params.get('page') ?? '1');
  const size = Number(params.get('size') ?? '25');
  const status = params.get('status');
  return {
    constituentId: params.get('donor') || null,
    status: (RECURRING_STATUSES as readonly string[]).includes(status ?? '') ? (status as RecurringStatus) : null,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : 25,
  };
}

function toParams(filters: RecurringGiftFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.constituentId) params.set('donor', filters.constituentId);
  if (filters.status) params.set('status', filters.status);
  if (filters.page > 1) params.set('page', String(filters.page));
  if (filters.size !== 25) params.set('size', String(filters.size));
  return params;
}

/** `/gifts/recurring`: every recurring gift, filtered by donor and status; "New recurring gift" sets one up. */
export function RecurringGiftsPage() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseRecurringFilters(params), [params]);
  const list = useRecurringGifts(filters);
  const donorFromUrl = useDonor(filters.constituentId);
  const [picked, setPicked] = useState<ConstituentSearchItem | null>(null);
  const [creating, setCreating] = useState(false);
  const donor = picked && picked.id === filters.constituentId ? picked : (donorFromUrl.data ?? null);

  const update = (patch: Partial<RecurringGiftFilters>) =>
    setParams(toParams({ ...filters, page: 1, ...patch }), { preventScrollReset: true });
  const data = list.data;

  return (
    <ContentLayout
      title="Recurring gifts"
      description="Monthly donors and other schedules: what is expected, paid and missed."
      actions={
        <Group gap="xs">
          <Button component={Link} to="/gifts" variant="subtle" leftSection={<IconArrowBackUp size={18} aria-hidden />}>
            All gifts
          </Button>
          <Button leftSection={<IconRepeat size={18} aria-hidden />} onClick={() => setCreating(true)}>
            New recurring gift
          </Button>
        </Group>
      }
    >
      <Paper withBorder p="md" radius="md" component="section" aria-label="Filters">
        <Grid gutter="sm" align="flex-end">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <ConstituentPicker
              label="Donor"
              value={donor}
              onChange={(value) => {
                setPicked(value);
                update({ constituentId: value?.id ?? null });
              }}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
            <Select
              label="Status"
              data={RECURRING_STATUSES.map((value) => ({ value, label: RECURRING_STATUS_LABELS[value] }))}
              clearable
              value={filters.status}
              onChange={(value) => update({ status: (value as RecurringStatus | null) ?? null })}
            />
          </Grid.Col>
        </Grid>
      </Paper>
      <Text size="sm" c="dimmed" role="status">
        {data ? `${data.total.toLocaleString()} ${data.total === 1 ? 'recurring gift' : 'recurring gifts'}` : ' '}
      </Text>
      <DataTable<RecurringGiftListItem>
        aria-label="Recurring gifts"
        withTableBorder
        borderRadius="md"
        striped
        highlightOnHover
        minHeight={data && data.items.length > 0 ? undefined : 200}
        idAccessor="id"
        records={data?.items ?? []}
        fetching={list.isFetching && !data}
        noRecordsText={list.isError ? 'The recurring gifts could not be loaded.' : 'No recurring gifts match.'}
        noRecordsIcon={<IconSearch size={28} aria-hidden color="var(--mantine-color-gray-6)" />}
        {...pagingProps({
          total: data?.total ?? 0,
          page: filters.page,
          size: filters.size,
          sizes: PAGE_SIZES,
          onPageChange: (page) => setParams(toParams({ ...filters, page }), { preventScrollReset: true }),
          onSizeChange: (size) => update({ size }),
        })}
        columns={[
          {
            accessor: 'donorName',
            title: 'Donor',
            render: (item) => (
              <Stack gap={2}>
                <Anchor
                  component={Link}
                  to={`/gifts/recurring/${item.id}`}
                  size="sm"
                  aria-label={`Recurring gift of ${formatMoney(item.amount, item.currency)} from ${item.donorName ?? 'unknown donor'}`}
                >
                  {item.donorName ?? 'Unknown donor'}
                </Anchor>
                <Text size="xs" c="dimmed" hiddenFrom="sm">
                  {RECURRING_STATUS_LABELS[item.status]} · next {formatDay(item.nextExpectedOn)}
                </Text>
              </Stack>
            ),
          },
          {
            accessor: 'amount',
            title: 'Amount',
            textAlign: 'right',
            noWrap: true,
            render: (item) => (
              <Stack gap={0} align="flex-end">
                <Text size="sm" fw={600}>
                  {formatMoney(item.amount, item.currency)}
                </Text>
                <Text size="xs" c="dimmed">
                  {describeSchedule(item.frequency, item.intervalCount, item.dayOfMonth)}
                </Text>
              </Stack>
            ),
          },
          {
            accessor: 'nextExpectedOn',
            title: 'Next expected',
            noWrap: true,
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
            render: (item) => formatDay(item.nextExpectedOn),
          },
          {
            accessor: 'status',
            title: 'Status',
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
            render: (item) => (
              <Badge size="sm" variant="light" color={RECURRING_STATUS_COLORS[item.status]}>
                {RECURRING_STATUS_LABELS[item.status]}
              </Badge>
            ),
          },
          {
            accessor: 'paidCount',
            title: 'Paid / missed',
            textAlign: 'right',
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.md})`,
            render: (item) => `${item.paidCount} / ${item.missedCount}`,
          },
        ]}
      />
      <RecurringGiftDrawer opened={creating} onClose={() => setCreating(false)} donor={donor} />
    </ContentLayout>
  );
}
