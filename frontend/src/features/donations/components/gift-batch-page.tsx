import { ActionIcon, Alert, Anchor, Badge, Button, Card, Group, Modal, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconCheck, IconPencil, IconSend, IconTrash } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { ConfirmModal } from '@/components/ui/confirm-modal';
import { ContentLayout } from '@/components/ui/content-layout';
import { isApiError } from '@/lib/api-client';
import { compareAmounts, formatMoney } from '@/utils/money';
import { useCampaigns, useFunds } from '@/features/donations/api/campaigns';
import { useDonor } from '@/features/donations/api/donor';
import {
  useAddBatchRow,
  useDeleteBatchRow,
  useGiftBatch,
  usePostGiftBatch,
  useUpdateBatchRow,
} from '@/features/donations/api/gift-batches';
import { BatchRowForm, emptyBatchRow, type BatchRowValues } from '@/features/donations/components/batch-row-form';
import type { GiftBatch, GiftBatchRow } from '@/features/donations/types/gift-batches';
import {
  BATCH_STATUS_COLORS,
  BATCH_STATUS_LABELS,
  batchDifference,
  mismatchReason,
} from '@/features/donations/utils/gift-batches';
import { formatDay } from '@/features/donations/utils/labels';

function gifts(count: number): string {
  return `${count} ${count === 1 ? 'gift' : 'gifts'}`;
}

/** What was entered against what was expected, with the difference in red until they match. */
function BatchSummary({ batch }: { batch: GiftBatch }) {
  const money = (value: string) => formatMoney(value, batch.currency);
  const difference = batchDifference(batch);
  const totalSign = compareAmounts(difference.total, '0') ?? 0;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="batch-summary-title">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Title order={2} size="h4" id="batch-summary-title">
          Summary
        </Title>
        {difference.balanced ? (
          <Badge color="green" variant="light" leftSection={<IconCheck size={12} aria-hidden />}>
            Balanced
          </Badge>
        ) : (
          <Badge color="red" variant="light">
            Does not match
          </Badge>
        )}
      </Group>
      <Text mt="xs" size="lg" fw={600} data-testid="batch-summary" aria-live="polite">
        Entered {batch.enteredCount} of {gifts(batch.expectedCount)}, total {money(batch.enteredTotal)} of{' '}
        {money(batch.expectedTotal)}
      </Text>
      {difference.balanced ? null : (
        <Text size="sm" c="red.9" fw={600} data-testid="batch-difference">
          Difference:{' '}
          {[
            difference.count ? `${difference.count > 0 ? '+' : ''}${difference.count} ${Math.abs(difference.count) === 1 ? 'gift' : 'gifts'}` : null,
            totalSign ? `${totalSign > 0 ? '+' : ''}${money(difference.total)}` : null,
          ]
            .filter(Boolean)
            .join(', ')}
        </Text>
      )}
    </Card>
  );
}

/**
 * "Post batch" with the reason it would be refused while the rows do not match. The server decides: the button
 * stays usable, and a refusal (someone else changed the batch, a row no longer valid) shows the server's words.
 */
function PostBatch({ batch }: { batch: GiftBatch }) {
  const post = usePostGiftBatch(batch.id);
  const [confirming, setConfirming] = useState(false);
  const money = (value: string) => formatMoney(value, batch.currency);
  const reason = mismatchReason(batchDifference(batch), money);
  const refusal = isApiError(post.error) ? post.error : null;

  // mutateAsync: once posted this part of the page is gone, and the notification must still be shown.
  const send = () =>
    post.mutateAsync().then(
      (posted) =>
        notifications.show({
          color: 'green',
          message: `Posted: ${gifts(posted.enteredCount)} totalling ${formatMoney(posted.enteredTotal, posted.currency)}.`,
        }),
      () => setConfirming(false),
    );

  return (
    <Stack gap="xs">
      <Group gap="sm" wrap="wrap">
        <Button
          leftSection={<IconSend size={18} aria-hidden />}
          color={reason ? 'gray' : undefined}
          variant={reason ? 'light' : 'filled'}
          loading={post.isPending}
          aria-describedby="batch-post-hint"
          onClick={() => (reason ? send() : setConfirming(true))}
        >
          Post batch
        </Button>
        <Text id="batch-post-hint" size="sm" c={reason ? 'red.9' : 'dimmed'}>
          {reason
            ? `Not ready to post: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}.`
            : 'The rows match: posting makes each row a completed gift, all at once.'}
        </Text>
      </Group>
      {refusal ? (
        <Alert color="red" variant="light" role="alert" title={refusal.problem.title}>
          {refusal.problem.detail ?? 'The batch could not be posted.'}
          {/* The row-invalid detail already says so; an already-posted batch was posted by someone else. */}
          {refusal.code === 'donations.batch-mismatch' ? ' Nothing was posted.' : null}
        </Alert>
      ) : null}
      <ConfirmModal
        opened={confirming}
        title="Post batch"
        confirmLabel="Post batch"
        color="blue"
        loading={post.isPending}
        onConfirm={send}
        onClose={() => setConfirming(false)}
      >
        Post {gifts(batch.enteredCount)} totalling {money(batch.enteredTotal)}? Each row becomes a completed gift and the
        batch can no longer change.
      </ConfirmModal>
    </Stack>
  );
}

function rowValues(row: GiftBatchRow, donor: BatchRowValues['donor']): BatchRowValues {
  return {
    donor,
    amount: row.amount,
    receivedOn: row.receivedOn,
    fundId: row.fundId,
    campaignId: row.campaignId,
    paymentMethod: row.paymentMethod,
    reference: row.reference ?? '',
    exchangeRate: row.exchangeRate ?? '',
    exchangeRateDate: row.exchangeRateDate ?? '',
  };
}

function EditRowModal({ batch, row, onClose }: { batch: GiftBatch; row: GiftBatchRow; onClose: () => void }) {
  const update = useUpdateBatchRow(batch.id);
  const donor = useDonor(row.constituentId);
  return (
    <Modal opened onClose={onClose} title={<Text fw={700}>Row {row.rowNumber}</Text>} size="lg">
      {donor.isPending ? (
        <Skeleton height={200} aria-label="Loading the row" />
      ) : (
        <BatchRowForm
          batch={batch}
          mode="edit"
          initialValues={rowValues(row, donor.data ?? null)}
          pending={update.isPending}
          onSave={(request) => update.mutateAsync({ rowId: row.id, request }).then(onClose)}
          onCancel={onClose}
        />
      )}
    </Modal>
  );
}

function RowsTable({ batch, onEdit, onDelete }: { batch: GiftBatch; onEdit: (row: GiftBatchRow) => void; onDelete: (row: GiftBatchRow) => void }) {
  const funds = useFunds();
  const campaigns = useCampaigns();
  const fundNames = new Map((funds.data ?? []).map((fund) => [fund.id, fund.name]));
  const campaignNames = new Map((campaigns.data ?? []).map((campaign) => [campaign.id, campaign.name]));
  const open = batch.status === 'OPEN';
  const rows = batch.rows ?? [];
  return (
    <DataTable<GiftBatchRow>
      aria-label="Batch rows"
      withTableBorder
      borderRadius="md"
      striped
      minHeight={rows.length > 0 ? undefined : 120}
      idAccessor="id"
      records={rows}
      noRecordsText="No rows yet: enter the first gift above."
      columns={[
        { accessor: 'rowNumber', title: '#', width: 48 },
        {
          accessor: 'donorName',
          title: 'Donor',
          render: (row) => (
            <Stack gap={2}>
              <Anchor component={Link} to={`/constituents/${row.constituentId}`} size="sm">
                {row.donorName ?? 'Unknown donor'}
              </Anchor>
              <Text size="xs" c="dimmed" hiddenFrom="md">
                {[formatDay(row.receivedOn), row.fundId ? fundNames.get(row.fundId) : null].filter(Boolean).join(' · ')}
              </Text>
            </Stack>
          ),
        },
        {
          accessor: 'amount',
          title: 'Amount',
          textAlign: 'right',
          noWrap: true,
          render: (row) => formatMoney(row.amount, row.currency),
        },
        {
          accessor: 'receivedOn',
          title: 'Received',
          noWrap: true,
          visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.md})`,
          render: (row) => formatDay(row.receivedOn),
        },
        {
          accessor: 'fundId',
          title: 'Fund',
          visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.md})`,
          render: (row) => (row.fundId ? (fundNames.get(row.fundId) ?? '—') : '—'),
        },
        {
          accessor: 'campaignId',
          title: 'Campaign',
          visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.lg})`,
          render: (row) => (row.campaignId ? (campaignNames.get(row.campaignId) ?? '—') : '—'),
        },
        {
          accessor: 'paymentMethod',
          title: 'Payment',
          visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.lg})`,
          render: (row) => [row.paymentMethod, row.reference].filter(Boolean).join(' · ') || '—',
        },
        {
          accessor: 'actions',
          title: open ? 'Actions' : 'Gift',
          textAlign: 'right',
          noWrap: true,
          render: (row) =>
            open ? (
              <Group gap={4} justify="flex-end" wrap="nowrap">
                <ActionIcon variant="subtle" aria-label={`Edit row ${row.rowNumber}`} onClick={() => onEdit(row)}>
                  <IconPencil size={18} aria-hidden />
                </ActionIcon>
                <ActionIcon variant="subtle" color="red" aria-label={`Delete row ${row.rowNumber}`} onClick={() => onDelete(row)}>
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            ) : row.giftId ? (
              <Anchor component={Link} to={`/gifts/${row.giftId}`} size="sm" aria-label={`View gift of row ${row.rowNumber}`}>
                View
              </Anchor>
            ) : (
              '—'
            ),
        },
      ]}
    />
  );
}

function BatchView({ batch }: { batch: GiftBatch }) {
  const add = useAddBatchRow(batch.id);
  const remove = useDeleteBatchRow(batch.id);
  const [editing, setEditing] = useState<GiftBatchRow | null>(null);
  const [deleting, setDeleting] = useState<GiftBatchRow | null>(null);
  const open = batch.status === 'OPEN';
  const money = (value: string) => formatMoney(value, batch.currency);

  return (
    <ContentLayout
      title={batch.name}
      description={
        <Group gap="xs" component="span" wrap="wrap">
          <Badge variant="light" color={BATCH_STATUS_COLORS[batch.status]} component="span">
            {BATCH_STATUS_LABELS[batch.status]}
          </Badge>
          <span>
            {open
              ? `Opened ${formatDay(batch.createdAt.slice(0, 10))} by ${batch.createdBy}, in ${batch.currency}`
              : `Posted ${formatDay(batch.postedAt?.slice(0, 10))} by ${batch.postedBy ?? '—'}: ${gifts(batch.enteredCount)}, ${money(batch.enteredTotal)}`}
          </span>
        </Group>
      }
      actions={
        <Button component={Link} to="/gift-batches" variant="subtle" leftSection={<IconArrowBackUp size={18} aria-hidden />}>
          All batches
        </Button>
      }
    >
      <BatchSummary batch={batch} />
      {open ? (
        <>
          <Card withBorder padding="md" component="section" aria-labelledby="batch-entry-title">
            <Title order={2} size="h4" id="batch-entry-title" mb={4}>
              Enter a gift
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              Type the donor&apos;s name, pick them with the arrow keys and Enter, Tab through the fields and press Enter
              to add the row. The date, fund, campaign and payment method stay for the next gift.
            </Text>
            <BatchRowForm
              batch={batch}
              mode="add"
              initialValues={emptyBatchRow()}
              pending={add.isPending}
              onSave={(request) => add.mutateAsync(request)}
            />
          </Card>
          {/* A new count or total starts over: an earlier refusal no longer applies. */}
          <PostBatch key={`${batch.enteredCount}:${batch.enteredTotal}`} batch={batch} />
        </>
      ) : null}
      <RowsTable batch={batch} onEdit={setEditing} onDelete={setDeleting} />
      {editing ? <EditRowModal batch={batch} row={editing} onClose={() => setEditing(null)} /> : null}
      <ConfirmModal
        opened={!!deleting}
        title="Delete row"
        confirmLabel="Delete row"
        loading={remove.isPending}
        onConfirm={() => {
          if (!deleting) return;
          remove.mutate(deleting.id, {
            onSuccess: () => setDeleting(null),
            onError: (error) => {
              setDeleting(null);
              notifications.show({
                color: 'red',
                title: 'The row was not deleted',
                message: isApiError(error) ? (error.problem.detail ?? error.problem.title) : 'Please try again.',
              });
            },
          });
        }}
        onClose={() => setDeleting(null)}
      >
        {deleting
          ? `Delete row ${deleting.rowNumber}: ${deleting.donorName ?? 'Unknown donor'}, ${money(deleting.amount)}?`
          : null}
      </ConfirmModal>
    </ContentLayout>
  );
}

/** `/gift-batches/:id`: fast keyboard entry of a batch's rows, the live summary, and Post batch. */
export function GiftBatchPage() {
  const { id = '' } = useParams();
  const batch = useGiftBatch(id);
  if (batch.isPending) {
    return (
      <ContentLayout title="Gift batch">
        <Skeleton height={320} aria-label="Loading the batch" />
      </ContentLayout>
    );
  }
  if (batch.isError) {
    const notFound = isApiError(batch.error) && batch.error.status === 404;
    return (
      <ContentLayout title={notFound ? 'Batch not found' : 'Gift batch'}>
        <Alert color={notFound ? 'yellow' : 'red'} variant="light" role="alert">
          <Stack gap="xs">
            <Text size="sm">{notFound ? 'There is no gift batch at this address.' : 'The batch could not be loaded.'}</Text>
            <Button component={Link} to="/gift-batches" size="xs" variant="light" style={{ alignSelf: 'flex-start' }}>
              All batches
            </Button>
          </Stack>
        </Alert>
      </ContentLayout>
    );
  }
  return <BatchView batch={batch.data} />;
}
