import { Anchor, Badge, Button, Grid, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconCoin, IconRepeat, IconSearch, IconStack2 } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { ConstituentPicker } from '@/components/ui/constituent-picker';
import { pagingProps } from '@/components/ui/table-paging';
import { ContentLayout } from '@/components/ui/content-layout';
import type { ConstituentSearchItem } from '@/types/constituents';
import { formatMoney, toCents } from '@/utils/money';
import { useCampaigns, useFunds } from '@/features/donations/api/campaigns';
import { useDonor } from '@/features/donations/api/donor';
import { useGifts } from '@/features/donations/api/gifts';
import { RecordGiftDrawer } from '@/features/donations/components/record-gift-drawer';
import type { GiftFilters, GiftListItem, GiftPage } from '@/features/donations/types/donations';
import { formatDay, KIND_LABELS, STATUS_COLORS, STATUS_LABELS } from '@/features/donations/utils/labels';

const PAGE_SIZES = [25, 50, 100] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const THANKED_OPTIONS = [
  { value: 'all', label: 'All gifts' },
  { value: 'no', label: 'Still to thank' },
  { value: 'yes', label: 'Thanked' },
];

/** The list's filters from the address bar, so back, reload and shared links show the same gifts. */
export function parseGiftFilters(params: URLSearchParams): GiftFilters {
  const page = Number(params.get('page') ?? '1');
  const size = Number(params.get('size') ?? '25');
  const date = (key: string) => {
    const value = params.get(key);
    return value && DATE.test(value) ? value : null;
  };
  return {
    constituentId: params.get('donor') || null,
    campaignId: params.get('campaign') || null,
    from: date('from'),
    to: date('to'),
    acknowledged: params.get('thanked') === 'yes' ? true : params.get('thanked') === 'no' ? false : null,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : 25,
  };
}

function toParams(filters: GiftFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.constituentId) params.set('donor', filters.constituentId);
  if (filters.campaignId) params.set('campaign', filters.campaignId);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.acknowledged != null) params.set('thanked', filters.acknowledged ? 'yes' : 'no');
  if (filters.page > 1) params.set('page', String(filters.page));
  if (filters.size !== 25) params.set('size', String(filters.size));
  return params;
}

type GiftsTableProps = {
  data: GiftPage | undefined;
  fetching: boolean;
  failed: boolean;
  filters: GiftFilters;
  fundNames: Map<string, string>;
  campaignNames: Map<string, string>;
  onPageChange: (page: number) => void;
  onSizeChange: (size: number) => void;
};

export function GiftsTable({ data, fetching, failed, filters, fundNames, campaignNames, onPageChange, onSizeChange }: GiftsTableProps) {
  return (
    <DataTable<GiftListItem>
      aria-label="Gifts"
      withTableBorder
      borderRadius="md"
      striped
      highlightOnHover
      minHeight={data && data.items.length > 0 ? undefined : 200}
      idAccessor="id"
      records={data?.items ?? []}
      fetching={fetching && !data}
      noRecordsText={failed ? 'The gifts could not be loaded.' : 'No gifts match.'}
      noRecordsIcon={<IconSearch size={28} aria-hidden color="var(--mantine-color-gray-6)" />}
      {...pagingProps({
        total: data?.total ?? 0,
        page: filters.page,
        size: filters.size,
        sizes: PAGE_SIZES,
        onPageChange,
        onSizeChange,
      })}
      columns={[
        {
          accessor: 'receivedOn',
          title: 'Received',
          noWrap: true,
          render: (gift) => (
            <Anchor component={Link} to={`/gifts/${gift.id}`} size="sm" aria-label={`Gift of ${formatMoney(gift.amount, gift.currency)} received ${formatDay(gift.receivedOn)}`}>
              {formatDay(gift.receivedOn)}
            </Anchor>
          ),
        },
        {
          accessor: 'donorName',
          title: 'Donor',
          render: (gift) => (
            <Stack gap={2}>
              <Anchor component={Link} to={`/constituents/${gift.constituentId}`} size="sm">
                {gift.donorName ?? 'Unknown donor'}
              </Anchor>
              <Text size="xs" c="dimmed" hiddenFrom="sm">
                {[STATUS_LABELS[gift.status], gift.fundId ? fundNames.get(gift.fundId) : null].filter(Boolean).join(' · ')}
              </Text>
            </Stack>
          ),
        },
        {
          accessor: 'amount',
          title: 'Amount',
          textAlign: 'right',
          noWrap: true,
          render: (gift) => (
            <Stack gap={0} align="flex-end">
              <Text size="sm" fw={600}>
                {formatMoney(gift.amount, gift.currency)}
              </Text>
              {toCents(gift.refundedAmount) ? (
                <Text size="xs" c="dimmed">
                  {formatMoney(gift.refundedAmount, gift.currency)} refunded
                </Text>
              ) : null}
            </Stack>
          ),
        },
        {
          accessor: 'status',
          title: 'Status',
          visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
          render: (gift) => (
            <Badge size="sm" variant="light" color={STATUS_COLORS[gift.status]}>
              {STATUS_LABELS[gift.status]}
            </Badge>
          ),
        },
        {
          accessor: 'kind',
          title: 'Kind',
          visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.md})`,
          render: (gift) => KIND_LABELS[gift.kind],
        },
        {
          accessor: 'fundId',
          title: 'Fund',
          visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.md})`,
          render: (gift) => (gift.fundId ? (fundNames.get(gift.fundId) ?? '—') : 'Split'),
        },
        {
          accessor: 'campaignId',
          title: 'Campaign',
          visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.lg})`,
          render: (gift) => (gift.campaignId ? (campaignNames.get(gift.campaignId) ?? '—') : '—'),
        },
      ]}
    />
  );
}

/** All gifts, newest first, filtered by donor, campaign and dates received; "New gift" records one. */
export function GiftsPage() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseGiftFilters(params), [params]);
  const gifts = useGifts(filters);
  const funds = useFunds();
  const campaigns = useCampaigns();
  const donorFromUrl = useDonor(filters.constituentId);
  const [picked, setPicked] = useState<ConstituentSearchItem | null>(null);
  const [recording, setRecording] = useState(false);

  const donor = picked && picked.id === filters.constituentId ? picked : (donorFromUrl.data ?? null);
  const fundNames = new Map((funds.data ?? []).map((fund) => [fund.id, fund.name]));
  const campaignNames = new Map((campaigns.data ?? []).map((campaign) => [campaign.id, campaign.name]));
  const campaignOptions = (campaigns.data ?? []).map((campaign) => ({
    value: campaign.id,
    label: campaign.active ? campaign.name : `${campaign.name} (retired)`,
  }));

  const update = (patch: Partial<GiftFilters>) =>
    setParams(toParams({ ...filters, page: 1, ...patch }), { preventScrollReset: true });
  const filtered = !!(filters.constituentId || filters.campaignId || filters.from || filters.to || filters.acknowledged != null);

  return (
    <ContentLayout
      title="Gifts"
      description="Every gift recorded, newest first."
      actions={
        <Group gap="xs">
          <Button component={Link} to="/gifts/recurring" variant="default" leftSection={<IconRepeat size={18} aria-hidden />}>
            Recurring gifts
          </Button>
          <Button component={Link} to="/gift-batches" variant="default" leftSection={<IconStack2 size={18} aria-hidden />}>
            Gift batches
          </Button>
          <Button leftSection={<IconCoin size={18} aria-hidden />} onClick={() => setRecording(true)}>
            New gift
          </Button>
        </Group>
      }
    >
      <Paper withBorder p="md" radius="md" component="section" aria-label="Filters">
        <Grid gutter="sm" align="flex-end">
          <Grid.Col span={{ base: 12, md: 3 }}>
            <ConstituentPicker
              label="Donor"
              value={donor}
              onChange={(value) => {
                setPicked(value);
                update({ constituentId: value?.id ?? null });
              }}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 2 }}>
            <Select
              label="Thank-you"
              data={THANKED_OPTIONS}
              value={filters.acknowledged == null ? 'all' : filters.acknowledged ? 'yes' : 'no'}
              allowDeselect={false}
              onChange={(value) => update({ acknowledged: value === 'yes' ? true : value === 'no' ? false : null })}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 2 }}>
            <Select
              label="Campaign"
              data={campaignOptions}
              clearable
              searchable
              value={filters.campaignId}
              onChange={(value) => update({ campaignId: value })}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3, md: 2 }}>
            <TextInput
              label="Received from"
              type="date"
              value={filters.from ?? ''}
              onChange={(event) => update({ from: event.currentTarget.value || null })}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3, md: 2 }}>
            <TextInput
              label="Received to"
              type="date"
              value={filters.to ?? ''}
              onChange={(event) => update({ to: event.currentTarget.value || null })}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 1 }}>
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
          {gifts.data ? `${gifts.data.total.toLocaleString()} ${gifts.data.total === 1 ? 'gift' : 'gifts'}` : ' '}
        </Text>
      </Group>
      <GiftsTable
        data={gifts.data}
        fetching={gifts.isFetching}
        failed={gifts.isError}
        filters={filters}
        fundNames={fundNames}
        campaignNames={campaignNames}
        onPageChange={(page) => setParams(toParams({ ...filters, page }), { preventScrollReset: true })}
        onSizeChange={(size) => update({ size })}
      />
      <RecordGiftDrawer opened={recording} onClose={() => setRecording(false)} donor={donor} />
    </ContentLayout>
  );
}
