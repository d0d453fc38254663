import { Anchor, Badge, Button, Grid, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCalendarStats, IconSearch } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { ConstituentPicker } from '@/components/ui/constituent-picker';
import { pagingProps } from '@/components/ui/table-paging';
import { ContentLayout } from '@/components/ui/content-layout';
import type { ConstituentSearchItem } from '@/types/constituents';
import { formatMoney } from '@/utils/money';
import { useDonor } from '@/features/donations/api/donor';
import { useReceipts } from '@/features/donations/api/receipts';
import { AnnualReceiptModal } from '@/features/donations/components/receipt-actions';
import type { Receipt, ReceiptFilters } from '@/features/donations/types/receipts';
import { formatDay } from '@/features/donations/utils/labels';
import { RECEIPT_STATUS_COLORS, RECEIPT_STATUS_LABELS, receiptYears } from '@/features/donations/utils/receipts';

const PAGE_SIZES = [25, 50, 100] as const;

/** The list's filters from the address bar, so back, reload and shared links show the same receipts. */
export function parseReceiptFilters(params: URLSearchParams): ReceiptFilters {
  const page = Number(params.get('page') ?? '1');
  const size = Number(params.get('size') ?? '25');
  const year = Number(params.get('year') ?? '');
  return {
    constituentId: params.get('donor') || null,
    year: Number.isInteger(year) && year >= 1900 && year <= 9999 ? year : null,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : 25,
  };
}

function toParams(filters: ReceiptFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.constituentId) params.set('donor', filters.constituentId);
  if (filters.year) params.set('year', String(filters.year));
  if (filters.page > 1) params.set('page', String(filters.page));
  if (filters.size !== 25) params.set('size', String(filters.size));
  return params;
}

/** The receipt's status, and a warning when a covered gift changed after it was issued. */
export function ReceiptStatusBadges({ receipt }: { receipt: Receipt }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Badge size="sm" variant="light" color={RECEIPT_STATUS_COLORS[receipt.status]}>
        {RECEIPT_STATUS_LABELS[receipt.status]}
      </Badge>
      {receipt.needsReplacement ? (
        <Badge size="sm" variant="light" color="orange" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
          Needs replacement
        </Badge>
      ) : null}
    </Group>
  );
}

/** `/receipts`: the receipt ledger, newest serial first, by donor and year; annual receipts start here. */
export function ReceiptsPage() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseReceiptFilters(params), [params]);
  const receipts = useReceipts(filters);
  const donorFromUrl = useDonor(filters.constituentId);
  const [picked, setPicked] = useState<ConstituentSearchItem | null>(null);
  const [annual, setAnnual] = useState(false);
  const donor = picked && picked.id === filters.constituentId ? picked : (donorFromUrl.data ?? null);
  const years = useMemo(() => {
    const list = receiptYears();
    return filters.year && !list.includes(filters.year) ? [filters.year, ...list] : list;
  }, [filters.year]);

  const update = (patch: Partial<ReceiptFilters>) =>
    setParams(toParams({ ...filters, page: 1, ...patch }), { preventScrollReset: true });
  const filtered = !!(filters.constituentId || filters.year);
  const data = receipts.data;

  return (
    <ContentLayout
      title="Receipts"
      description="Tax receipts issued, voided and replaced, with serial numbers without gaps in each year."
      actions={
        <Button leftSection={<IconCalendarStats size={18} aria-hidden />} onClick={() => setAnnual(true)}>
          Annual receipt
        </Button>
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
          <Grid.Col span={{ base: 8, sm: 6, md: 3 }}>
            <Select
              label="Year"
              clearable
              data={years.map((year) => String(year))}
              value={filters.year ? String(filters.year) : null}
              onChange={(value) => update({ year: value ? Number(value) : null })}
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
      <Text size="sm" c="dimmed" role="status">
        {data ? `${data.total.toLocaleString()} ${data.total === 1 ? 'receipt' : 'receipts'}` : ' '}
      </Text>
      <DataTable<Receipt>
        aria-label="Receipts"
        withTableBorder
        borderRadius="md"
        striped
        highlightOnHover
        minHeight={data && data.items.length > 0 ? undefined : 200}
        idAccessor="id"
        records={data?.items ?? []}
        fetching={receipts.isFetching && !data}
        noRecordsText={receipts.isError ? 'The receipts could not be loaded.' : 'No receipts match.'}
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
            accessor: 'serialNumber',
            title: 'Serial',
            noWrap: true,
            render: (receipt) => (
              <Stack gap={2}>
                <Anchor component={Link} to={`/receipts/${receipt.id}`} size="sm" aria-label={`Receipt ${receipt.serialNumber}`}>
                  {receipt.serialNumber}
                </Anchor>
                <Text size="xs" fw={600} hiddenFrom="sm">
                  {formatMoney(receipt.eligibleAmount, receipt.currency)}
                </Text>
              </Stack>
            ),
          },
          {
            accessor: 'donorName',
            title: 'Donor',
            render: (receipt) => (
              <Stack gap={2}>
                <Anchor component={Link} to={`/constituents/${receipt.constituentId}`} size="sm">
                  {receipt.donorName}
                </Anchor>
                <Text size="xs" c="dimmed" hiddenFrom="sm">
                  {formatDay(receipt.issuedOn)} · {RECEIPT_STATUS_LABELS[receipt.status]}
                  {receipt.needsReplacement ? ' · needs replacement' : ''}
                </Text>
              </Stack>
            ),
          },
          {
            accessor: 'issuedOn',
            title: 'Issued',
            noWrap: true,
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
            render: (receipt) => formatDay(receipt.issuedOn),
          },
          {
            accessor: 'totalAmount',
            title: 'Amount',
            textAlign: 'right',
            noWrap: true,
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.md})`,
            render: (receipt) => formatMoney(receipt.totalAmount, receipt.currency),
          },
          {
            accessor: 'eligibleAmount',
            title: 'Eligible',
            textAlign: 'right',
            noWrap: true,
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
            render: (receipt) => (
              <Text size="sm" fw={600}>
                {formatMoney(receipt.eligibleAmount, receipt.currency)}
              </Text>
            ),
          },
          {
            accessor: 'status',
            title: 'Status',
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
            render: (receipt) => <ReceiptStatusBadges receipt={receipt} />,
          },
        ]}
      />
      {annual ? (
        <AnnualReceiptModal
          opened
          donor={donor}
          year={filters.year}
          onClose={() => setAnnual(false)}
        />
      ) : null}
    </ContentLayout>
  );
}
