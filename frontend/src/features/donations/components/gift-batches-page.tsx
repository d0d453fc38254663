import { Anchor, Badge, Box, Button, Group, Modal, NumberInput, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowBackUp, IconSearch, IconStack2 } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { ContentLayout } from '@/components/ui/content-layout';
import { pagingProps } from '@/components/ui/table-paging';
import { FormProblemAlert } from '@/components/ui/form-problem-alert';
import { MoneyInput } from '@/components/ui/money-input';
import { isApiError } from '@/lib/api-client';
import { violationsToFormErrors } from '@/lib/form-errors';
import { COMMON_CURRENCIES, formatMoney, normalizeAmount, validateAmount } from '@/utils/money';
import { useCreateGiftBatch, useGiftBatches } from '@/features/donations/api/gift-batches';
import { DEFAULT_BASE_CURRENCY } from '@/features/donations/components/gift-form';
import {
  GIFT_BATCH_STATUSES,
  type GiftBatch,
  type GiftBatchFilters,
  type GiftBatchStatus,
} from '@/features/donations/types/gift-batches';
import { formatDay } from '@/features/donations/utils/labels';
import { BATCH_STATUS_COLORS, BATCH_STATUS_LABELS, batchDifference } from '@/features/donations/utils/gift-batches';

const PAGE_SIZES = [25, 50, 100] as const;
/** As the API allows (`GiftBatchService.MAX_ROWS`). */
export const MAX_BATCH_ROWS = 500;

/** The list's filters from the address bar. */
export function parseBatchFilters(params: URLSearchParams): GiftBatchFilters {
  const page = Number(params.get('page') ?? '1');
  const size = Number(params.get('size') ?? '25');
  const status = params.get('status');
  return {
    status: (GIFT_BATCH_STATUSES as readonly string[]).includes(status ?? '') ? (status as GiftBatchStatus) : null,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : 25,
  };
}

function toParams(filters: GiftBatchFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.page > 1) params.set('page', String(filters.page));
  if (filters.size !== 25) params.set('size', String(filters.size));
  return params;
}

type NewBatchValues = { name: string; currency: string; expectedCount: number | string; expectedTotal: string };

const NEW_BATCH_FIELDS = ['name', 'currency', 'expectedCount', 'expectedTotal'];

/** Opens a batch: a name, and how many gifts for how much the paper slips or the bank say there are. */
function NewBatchModal({ onClose }: { onClose: () => void }) {
  const create = useCreateGiftBatch();
  const navigate = useNavigate();
  const form = useForm<NewBatchValues>({
    initialValues: { name: '', currency: DEFAULT_BASE_CURRENCY, expectedCount: '', expectedTotal: '' },
    validate: {
      name: (value) => (value.trim() ? null : 'Name the batch, e.g. "Checks of 2 December"'),
      expectedCount: (value) =>
        typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_BATCH_ROWS
          ? null
          : `Enter how many gifts, 1 to ${MAX_BATCH_ROWS}`,
      expectedTotal: (value) => validateAmount(value),
    },
  });
  const onSubmit = form.onSubmit((values) =>
    create.mutate(
      {
        name: values.name.trim(),
        currency: values.currency,
        expectedCount: Number(values.expectedCount),
        expectedTotal: normalizeAmount(values.expectedTotal) ?? values.expectedTotal,
      },
      {
        onSuccess: (batch) => void navigate(`/gift-batches/${batch.id}`),
        onError: (error) => {
          if (isApiError(error)) form.setErrors(violationsToFormErrors(error.violations, NEW_BATCH_FIELDS).errors);
        },
      },
    ),
  );
  const problem = isApiError(create.error) && create.error.violations.length === 0 ? create.error : null;
  const currencies = [DEFAULT_BASE_CURRENCY, ...COMMON_CURRENCIES.filter((code) => code !== DEFAULT_BASE_CURRENCY)];
  return (
    <Modal opened onClose={onClose} title={<Text fw={700}>New batch</Text>} size="md">
      <form onSubmit={onSubmit} noValidate aria-label="New batch">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            Count the gifts and add them up before entering them: the batch is posted only when its rows match both.
          </Text>
          <FormProblemAlert problem={problem} fallback="The batch could not be opened." />
          <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
          <Select label="Currency" required searchable allowDeselect={false} data={currencies} {...form.getInputProps('currency')} />
          <NumberInput
            label="Expected number of gifts"
            required
            min={1}
            max={MAX_BATCH_ROWS}
            allowDecimal={false}
            allowNegative={false}
            hideControls
            {...form.getInputProps('expectedCount')}
          />
          <MoneyInput label={`Expected total (${form.values.currency})`} required {...form.getInputProps('expectedTotal')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Open batch
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** "2 of 3" with the count in red while it differs. */
function CountCell({ batch }: { batch: GiftBatch }) {
  const difference = batchDifference(batch);
  return (
    <Text size="sm" c={difference.count === 0 ? undefined : 'red.9'} fw={difference.count === 0 ? undefined : 600}>
      {batch.enteredCount} of {batch.expectedCount}
    </Text>
  );
}

function TotalCell({ batch }: { batch: GiftBatch }) {
  const difference = batchDifference(batch);
  const even = difference.total === '0.00';
  return (
    <Text size="sm" c={even ? undefined : 'red.9'} fw={even ? undefined : 600}>
      {formatMoney(batch.enteredTotal, batch.currency)} of {formatMoney(batch.expectedTotal, batch.currency)}
    </Text>
  );
}

/** `/gift-batches`: open and posted batches with what was entered against what was expected; "New batch". */
export function GiftBatchesPage() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseBatchFilters(params), [params]);
  const batches = useGiftBatches(filters);
  const [creating, setCreating] = useState(false);
  const data = batches.data;
  const update = (patch: Partial<GiftBatchFilters>) =>
    setParams(toParams({ ...filters, page: 1, ...patch }), { preventScrollReset: true });

  return (
    <ContentLayout
      title="Gift batches"
      description="Many gifts entered in a row, checked against the expected count and total, posted all at once."
      actions={
        <Group gap="xs">
          <Button component={Link} to="/gifts" variant="subtle" leftSection={<IconArrowBackUp size={18} aria-hidden />}>
            All gifts
          </Button>
          <Button leftSection={<IconStack2 size={18} aria-hidden />} onClick={() => setCreating(true)}>
            New batch
          </Button>
        </Group>
      }
    >
      <Group justify="space-between" wrap="wrap">
        <SegmentedControl
          aria-label="Status"
          value={filters.status ?? 'ALL'}
          onChange={(value) => update({ status: value === 'ALL' ? null : (value as GiftBatchStatus) })}
          data={[
            { value: 'ALL', label: 'All' },
            { value: 'OPEN', label: 'Open' },
            { value: 'POSTED', label: 'Posted' },
          ]}
        />
        <Text size="sm" c="dimmed" role="status">
          {data ? `${data.total.toLocaleString()} ${data.total === 1 ? 'batch' : 'batches'}` : ' '}
        </Text>
      </Group>
      <DataTable<GiftBatch>
        aria-label="Gift batches"
        withTableBorder
        borderRadius="md"
        striped
        highlightOnHover
        minHeight={data && data.items.length > 0 ? undefined : 200}
        idAccessor="id"
        records={data?.items ?? []}
        fetching={batches.isFetching && !data}
        noRecordsText={batches.isError ? 'The batches could not be loaded.' : 'No batches yet.'}
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
            accessor: 'name',
            title: 'Batch',
            render: (batch) => (
              <Stack gap={2}>
                <Anchor component={Link} to={`/gift-batches/${batch.id}`} size="sm">
                  {batch.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {formatDay(batch.createdAt.slice(0, 10))} · {batch.createdBy}
                </Text>
                <Box hiddenFrom="sm">
                  <Badge size="sm" variant="light" color={BATCH_STATUS_COLORS[batch.status]}>
                    {BATCH_STATUS_LABELS[batch.status]}
                  </Badge>
                </Box>
              </Stack>
            ),
          },
          {
            accessor: 'status',
            title: 'Status',
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
            render: (batch) => (
              <Badge size="sm" variant="light" color={BATCH_STATUS_COLORS[batch.status]}>
                {BATCH_STATUS_LABELS[batch.status]}
              </Badge>
            ),
          },
          {
            accessor: 'enteredCount',
            title: 'Gifts',
            noWrap: true,
            render: (batch) => (
              <Stack gap={2}>
                <CountCell batch={batch} />
                <Box hiddenFrom="sm">
                  <TotalCell batch={batch} />
                </Box>
              </Stack>
            ),
          },
          {
            accessor: 'enteredTotal',
            title: 'Total',
            textAlign: 'right',
            noWrap: true,
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
            render: (batch) => <TotalCell batch={batch} />,
          },
        ]}
      />
      {creating ? <NewBatchModal onClose={() => setCreating(false)} /> : null}
    </ContentLayout>
  );
}
