import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Skeleton,
  Stack,
  Table,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { IconAdjustments, IconArrowBackUp, IconHeartHandshake, IconReceiptRefund } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { ContentLayout } from '@/components/ui/content-layout';
import { isApiError } from '@/lib/api-client';
import { formatDateTime } from '@/utils/format';
import { formatMoney, toCents } from '@/utils/money';
import { useAppeals, useCampaigns, useFunds } from '@/features/donations/api/campaigns';
import { useDonor } from '@/features/donations/api/donor';
import { useGift } from '@/features/donations/api/gifts';
import { useDonorReceipts } from '@/features/donations/api/receipts';
import {
  AcknowledgeGiftModal,
  AdjustGiftModal,
  IssueReceiptButton,
  RefundGiftModal,
} from '@/features/donations/components/gift-actions';
import type { Gift } from '@/features/donations/types/donations';
import {
  ACKNOWLEDGEMENT_LABELS,
  formatDay,
  KIND_LABELS,
  STATUS_COLORS,
  STATUS_LABELS,
  TRIBUTE_LABELS,
} from '@/features/donations/utils/labels';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w="40%" fw={500} c="dimmed">
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

type HistoryEntry = { at: string; title: string; lines: string[]; by: string; icon: ReactNode };

/** Recorded, then each adjustment and refund, oldest first. */
function history(gift: Gift, names: (id: string) => string): HistoryEntry[] {
  const entries: HistoryEntry[] = [
    {
      at: gift.createdAt,
      title: 'Recorded',
      lines: [],
      by: gift.createdBy,
      icon: null,
    },
  ];
  for (const adjustment of gift.adjustments) {
    const lines: string[] = [];
    if (adjustment.previousAmount !== adjustment.newAmount) {
      lines.push(`Amount ${formatMoney(adjustment.previousAmount, gift.currency)} → ${formatMoney(adjustment.newAmount, gift.currency)}`);
    }
    if (adjustment.previousReceivedOn !== adjustment.newReceivedOn) {
      lines.push(`Received ${formatDay(adjustment.previousReceivedOn)} → ${formatDay(adjustment.newReceivedOn)}`);
    }
    if (adjustment.previousConstituentId !== adjustment.newConstituentId) {
      lines.push(`Donor ${names(adjustment.previousConstituentId)} → ${names(adjustment.newConstituentId)}`);
    }
    lines.push(`Reason: ${adjustment.reason}`);
    entries.push({ at: adjustment.createdAt, title: 'Adjusted', lines, by: adjustment.createdBy, icon: <IconAdjustments size={14} aria-hidden /> });
  }
  for (const refund of gift.refunds) {
    entries.push({
      at: refund.createdAt,
      title: `Refunded ${formatMoney(refund.amount, gift.currency)}`,
      lines: [`On ${formatDay(refund.refundedOn)}`, `Reason: ${refund.reason}`],
      by: refund.createdBy,
      icon: <IconReceiptRefund size={14} aria-hidden />,
    });
  }
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}

function GiftView({ gift }: { gift: Gift }) {
  const funds = useFunds();
  const campaigns = useCampaigns();
  const appeals = useAppeals();
  const donor = useDonor(gift.constituentId);
  const [action, setAction] = useState<'refund' | 'adjust' | 'thank' | null>(null);

  const fundName = (id: string | null) => (id ? (funds.data?.find((fund) => fund.id === id)?.name ?? '—') : '—');
  const campaignName = gift.campaignId ? (campaigns.data?.find((c) => c.id === gift.campaignId)?.name ?? '—') : '—';
  const appealName = gift.appealId ? (appeals.data?.find((a) => a.id === gift.appealId)?.name ?? '—') : '—';
  const donorName = gift.donorName ?? donor.data?.displayName ?? 'Unknown donor';
  const names = (id: string) => (id === gift.constituentId ? donorName : id.slice(0, 8));

  const refundable = gift.status === 'COMPLETED' && (toCents(gift.netAmount) ?? 0n) > 0n;
  const adjustable = gift.status === 'PENDING' || gift.status === 'COMPLETED';
  // A gift's receipt is of the gift's year; the donor's receipts of that year say whether one is live.
  const receipts = useDonorReceipts(gift.constituentId, Number(gift.receivedOn.slice(0, 4)));
  const liveReceipt = receipts.data?.items.find(
    (receipt) => receipt.status === 'ISSUED' && receipt.gifts.some((line) => line.giftId === gift.id),
  );
  const receiptable = refundable && receipts.isSuccess && !liveReceipt;
  const title = `Gift of ${formatMoney(gift.amount, gift.currency)}`;

  return (
    <ContentLayout
      title={title}
      description={
        <>
          From{' '}
          <Anchor component={Link} to={`/constituents/${gift.constituentId}`} underline="always">
            {donorName}
          </Anchor>
          , received {formatDay(gift.receivedOn)}
        </>
      }
      actions={
        <Group gap="xs">
          <Button component={Link} to="/gifts" variant="subtle" leftSection={<IconArrowBackUp size={18} aria-hidden />}>
            All gifts
          </Button>
          {adjustable ? (
            <Button variant="default" leftSection={<IconAdjustments size={18} aria-hidden />} onClick={() => setAction('adjust')}>
              Adjust
            </Button>
          ) : null}
          {gift.status === 'COMPLETED' ? (
            <Button variant="default" leftSection={<IconHeartHandshake size={18} aria-hidden />} onClick={() => setAction('thank')}>
              {gift.acknowledgement ? 'Correct thank-you' : 'Record thank-you'}
            </Button>
          ) : null}
          {receiptable ? <IssueReceiptButton gift={gift} /> : null}
          {refundable ? (
            <Button color="red" variant="light" leftSection={<IconReceiptRefund size={18} aria-hidden />} onClick={() => setAction('refund')}>
              Refund
            </Button>
          ) : null}
        </Group>
      }
    >
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder padding="md" component="section" aria-labelledby="gift-details-title">
            <Title order={2} size="h4" id="gift-details-title" mb="sm">
              Details
            </Title>
            <Table verticalSpacing={6} aria-labelledby="gift-details-title">
              <Table.Tbody>
                <Row label="Status">
                  <Badge variant="light" color={STATUS_COLORS[gift.status]}>
                    {STATUS_LABELS[gift.status]}
                  </Badge>
                </Row>
                <Row label="Amount">{formatMoney(gift.amount, gift.currency)}</Row>
                {toCents(gift.refundedAmount) ? (
                  <>
                    <Row label="Refunded">{formatMoney(gift.refundedAmount, gift.currency)}</Row>
                    <Row label="Net">{formatMoney(gift.netAmount, gift.currency)}</Row>
                  </>
                ) : null}
                {gift.currency !== gift.baseCurrency ? (
                  <Row label={`In ${gift.baseCurrency}`}>
                    {formatMoney(gift.baseAmount, gift.baseCurrency)} (rate {gift.exchangeRate}
                    {gift.exchangeRateDate ? ` on ${formatDay(gift.exchangeRateDate)}` : ''})
                  </Row>
                ) : null}
                <Row label="Tax receipt">
                  {liveReceipt ? (
                    <Group gap="xs">
                      <Anchor component={Link} to={`/receipts/${liveReceipt.id}`} size="sm" data-testid="gift-receipt">
                        {liveReceipt.serialNumber}
                      </Anchor>
                      {liveReceipt.needsReplacement ? (
                        <Badge size="sm" variant="light" color="orange">
                          Needs replacement
                        </Badge>
                      ) : null}
                    </Group>
                  ) : receipts.isSuccess ? (
                    refundable ? 'Not receipted yet' : 'None'
                  ) : (
                    '—'
                  )}
                </Row>
                <Row label="Thank-you">
                  {gift.acknowledgement ? (
                    <Stack gap={0} data-testid="gift-acknowledgement">
                      <Text size="sm">
                        {ACKNOWLEDGEMENT_LABELS[gift.acknowledgement.method]} on {formatDay(gift.acknowledgement.acknowledgedOn)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        Recorded by {gift.acknowledgement.recordedBy}, {formatDateTime(gift.acknowledgement.recordedAt)}
                      </Text>
                      {gift.acknowledgement.notes ? <Text size="sm">{gift.acknowledgement.notes}</Text> : null}
                    </Stack>
                  ) : gift.status === 'COMPLETED' ? (
                    <Badge variant="light" color="orange" data-testid="gift-acknowledgement">
                      Not thanked yet
                    </Badge>
                  ) : (
                    '—'
                  )}
                </Row>
                <Row label="Kind">{KIND_LABELS[gift.kind]}</Row>
                {gift.kind === 'IN_KIND' ? (
                  <>
                    <Row label="What was given">{gift.description ?? '—'}</Row>
                    <Row label="Fair market value">
                      {gift.fairMarketValue ? formatMoney(gift.fairMarketValue, gift.currency) : '—'}
                    </Row>
                  </>
                ) : null}
                <Row label="Fund">
                  {gift.allocations.length > 1 || (gift.allocations.length === 1 && !gift.fundId) ? (
                    <Stack gap={2} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                      {gift.allocations.map((allocation) => (
                        <li key={allocation.id}>
                          {fundName(allocation.fundId)}: {formatMoney(allocation.amount, gift.currency)}
                        </li>
                      ))}
                    </Stack>
                  ) : (
                    fundName(gift.fundId ?? gift.allocations[0]?.fundId ?? null)
                  )}
                </Row>
                <Row label="Campaign">{campaignName}</Row>
                <Row label="Appeal">{appealName}</Row>
                <Row label="Payment method">{gift.paymentMethod ?? '—'}</Row>
                <Row label="Reference">{gift.reference ?? '—'}</Row>
                <Row label="Anonymous">{gift.anonymous ? 'Yes' : 'No'}</Row>
                {gift.tribute ? (
                  <Row label="Tribute">
                    {TRIBUTE_LABELS[gift.tribute.type]} {gift.tribute.honoreeName}
                  </Row>
                ) : null}
                {gift.softCredits.length > 0 ? (
                  <Row label="Soft credits">
                    <Stack gap={2} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                      {gift.softCredits.map((credit) => (
                        <li key={credit.id}>
                          <Anchor component={Link} to={`/constituents/${credit.constituentId}`} size="sm">
                            {credit.role ?? 'Soft credit'}
                          </Anchor>
                          : {formatMoney(credit.amount, gift.currency)}
                        </li>
                      ))}
                    </Stack>
                  </Row>
                ) : null}
                {gift.notes ? <Row label="Notes">{gift.notes}</Row> : null}
              </Table.Tbody>
            </Table>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card withBorder padding="md" component="section" aria-labelledby="gift-history-title">
            <Title order={2} size="h4" id="gift-history-title" mb="sm">
              History
            </Title>
            <Timeline bulletSize={22} lineWidth={2}>
              {history(gift, names).map((entry) => (
                <Timeline.Item key={`${entry.title}:${entry.at}`} title={entry.title} bullet={entry.icon}>
                  {entry.lines.map((line) => (
                    <Text key={line} size="sm">
                      {line}
                    </Text>
                  ))}
                  <Text size="xs" c="dimmed">
                    {formatDateTime(entry.at)} · {entry.by}
                  </Text>
                </Timeline.Item>
              ))}
            </Timeline>
          </Card>
        </Grid.Col>
      </Grid>
      {action === 'refund' ? <RefundGiftModal gift={gift} opened onClose={() => setAction(null)} /> : null}
      {action === 'thank' ? <AcknowledgeGiftModal gift={gift} opened onClose={() => setAction(null)} /> : null}
      {action === 'adjust' ? (
        <AdjustGiftModal gift={gift} opened donor={donor.data ?? null} onClose={() => setAction(null)} />
      ) : null}
    </ContentLayout>
  );
}

/** `/gifts/:id`: one gift, its history and tax receipt, and Issue receipt / Refund / Adjust. */
export function GiftDetailPage() {
  const { id = '' } = useParams();
  const gift = useGift(id);
  if (gift.isPending) {
    return (
      <ContentLayout title="Gift">
        <Skeleton height={320} aria-label="Loading the gift" />
      </ContentLayout>
    );
  }
  if (gift.isError) {
    const notFound = isApiError(gift.error) && gift.error.status === 404;
    return (
      <ContentLayout title={notFound ? 'Gift not found' : 'Gift'}>
        <Alert color={notFound ? 'yellow' : 'red'} variant="light" role="alert">
          <Stack gap="xs">
            <Text size="sm">{notFound ? 'There is no gift at this address.' : 'The gift could not be loaded.'}</Text>
            <Button component={Link} to="/gifts" size="xs" variant="light" style={{ alignSelf: 'flex-start' }}>
              All gifts
            </Button>
          </Stack>
        </Alert>
      </ContentLayout>
    );
  }
  return <GiftView gift={gift.data} />;
}
