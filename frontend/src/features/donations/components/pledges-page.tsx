import { Anchor, Badge, Button, Checkbox, Grid, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconHeartHandshake, IconSearch } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { ConstituentPicker } from '@/components/ui/constituent-picker';
import { pagingProps } from '@/components/ui/table-paging';
import { ContentLayout } from '@/components/ui/content-layout';
import type { ConstituentSearchItem } from '@/types/constituents';
import { formatMoney } from '@/utils/money';
import { useDonor } from '@/features/donations/api/donor';
import { usePledges } from '@/features/donations/api/pledges';
import { NewPledgeDrawer } from '@/features/donations/components/pledge-form';
import { PLEDGE_STATUSES, type PledgeFilters, type PledgeListItem, type PledgeStatus } from '@/features/donations/types/pledges';
import { formatDay } from '@/features/donations/utils/labels';
import { PLEDGE_STATUS_COLORS, PLEDGE_STATUS_LABELS } from '@/features/donations/utils/pledges';

const PAGE_SIZES = [25, 50, 100] as const;

/** The list's filters from the address bar, so back, reload and shared links show the same pledges. */
export function parsePledgeFilters(params: URLSearchParams): PledgeFilters {
  const page = Number(params.get('page') ?? '1');
  const size = Number(params.get('size') ?? '25');
  const status = params.get('status');
  return {
    constituentId: params.get('donor') || null,
    status: (PLEDGE_STATUSES as readonly string[]).includes(status ?? '') ? (status as PledgeStatus) : null,
    overdue: params.get('overdue') === 'true',
    page: Number.isInteger(page) && page > 0 ? page : 1,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : 25,
  };
}

function toParams(filters: PledgeFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.constituentId) params.set('donor', filters.constituentId);
  if (filters.status) params.set('status', filters.status);
  if (filters.overdue) params.set('overdue', 'true');
  if (filters.page > 1) params.set('page', String(filters.page));
  if (filters.size !== 25) params.set('size', String(filters.size));
  return params;
}

/** Pledges of every donor, latest first, filtered by donor, status and overdue installments. */
export function PledgesPage() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parsePledgeFilters(params), [params]);
  const pledges = usePledges(filters);
  const donorFromUrl = useDonor(filters.constituentId);
  const [picked, setPicked] = useState<ConstituentSearchItem | null>(null);
  const [creating, setCreating] = useState(false);
  const donor = picked && picked.id === filters.constituentId ? picked : (donorFromUrl.data ?? null);

  const update = (patch: Partial<PledgeFilters>) =>
    setParams(toParams({ ...filters, page: 1, ...patch }), { preventScrollReset: true });
  const filtered = !!(filters.constituentId || filters.status || filters.overdue);
  const data = pledges.data;

  return (
    <ContentLayout
      title="Pledges"
      description="Promises of gifts, their installments and what is left to pay."
      actions={
        <Button leftSection={<IconHeartHandshake size={18} aria-hidden />} onClick={() => setCreating(true)}>
          New pledge
        </Button>
      }
    >
      <Paper withBorder p="md" radius="md" component="section" aria-label="Filters">
        <Grid gutter="sm" align="flex-end">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <ConstituentPicker
              label="Donor"
              value={donor}
              onChange={(value) => {
                setPicked(value);
                update({ constituentId: value?.id ?? null });
              }}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
            <Select
              label="Status"
              clearable
              data={PLEDGE_STATUSES.map((status) => ({ value: status, label: PLEDGE_STATUS_LABELS[status] }))}
              value={filters.status}
              onChange={(value) => update({ status: (value as PledgeStatus | null) ?? null })}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 8, sm: 4, md: 3 }}>
            <Checkbox
              label="Only with overdue installments"
              checked={filters.overdue}
              onChange={(event) => update({ overdue: event.currentTarget.checked })}
              mb={8}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 4, sm: 2, md: 1 }}>
            {filtered ? (
              <Button
                variant="subtle"
                size="sm"
                onClick={() => {
                  setPicked(null);
                  setParams(new URLSearchParams());
                }}
              >
                Clear
              </Button>
            ) : null}
          </Grid.Col>
        </Grid>
      </Paper>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" role="status">
          {data ? `${data.total.toLocaleString()} ${data.total === 1 ? 'pledge' : 'pledges'}` : ' '}
        </Text>
      </Group>
      <DataTable<PledgeListItem>
        aria-label="Pledges"
        withTableBorder
        borderRadius="md"
        striped
        highlightOnHover
        minHeight={data && data.items.length > 0 ? undefined : 200}
        idAccessor="id"
        records={data?.items ?? []}
        fetching={pledges.isFetching && !data}
        noRecordsText={pledges.isError ? 'The pledges could not be loaded.' : 'No pledges match.'}
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
            accessor: 'pledgedOn',
            title: 'Pledged',
            noWrap: true,
            render: (pledge) => (
              <Anchor
                component={Link}
                to={`/pledges/${pledge.id}`}
                size="sm"
                aria-label={`Pledge of ${formatMoney(pledge.amount, pledge.currency)} made ${formatDay(pledge.pledgedOn)}`}
              >
                {formatDay(pledge.pledgedOn)}
              </Anchor>
            ),
          },
          {
            accessor: 'donorName',
            title: 'Donor',
            render: (pledge) => (
              <Stack gap={2}>
                <Anchor component={Link} to={`/constituents/${pledge.constituentId}`} size="sm">
                  {pledge.donorName ?? 'Unknown donor'}
                </Anchor>
                <Text size="xs" c="dimmed" hiddenFrom="sm">
                  {PLEDGE_STATUS_LABELS[pledge.status]}
                  {pledge.overdue ? ' · overdue' : ''}
                </Text>
              </Stack>
            ),
          },
          {
            accessor: 'amount',
            title: 'Pledged',
            textAlign: 'right',
            noWrap: true,
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
            render: (pledge) => formatMoney(pledge.amount, pledge.currency),
          },
          {
            accessor: 'balance',
            title: 'Balance',
            textAlign: 'right',
            noWrap: true,
            render: (pledge) => (
              <Text size="sm" fw={600}>
                {formatMoney(pledge.balance, pledge.currency)}
              </Text>
            ),
          },
          {
            accessor: 'status',
            title: 'Status',
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
            render: (pledge) => (
              <Group gap={4} wrap="nowrap">
                <Badge size="sm" variant="light" color={PLEDGE_STATUS_COLORS[pledge.status]}>
                  {PLEDGE_STATUS_LABELS[pledge.status]}
                </Badge>
                {pledge.overdue ? (
                  <Badge size="sm" variant="light" color="red" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
                    Overdue
                  </Badge>
                ) : null}
              </Group>
            ),
          },
          {
            accessor: 'nextDueOn',
            title: 'Next due',
            noWrap: true,
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.md})`,
            render: (pledge) => formatDay(pledge.nextDueOn),
          },
        ]}
      />
      <NewPledgeDrawer opened={creating} onClose={() => setCreating(false)} donor={donor} />
    </ContentLayout>
  );
}
