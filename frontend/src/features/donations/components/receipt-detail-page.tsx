import { Alert, Anchor, Button, Card, Grid, Group, List, Skeleton, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconBan,
  IconFileDownload,
  IconReceipt,
  IconReplace,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { ContentLayout } from '@/components/ui/content-layout';
import { isApiError } from '@/lib/api-client';
import { formatDateTime } from '@/utils/format';
import { formatMoney } from '@/utils/money';
import { useDownloadReceiptPdf, useReceipt } from '@/features/donations/api/receipts';
import { ReplaceReceiptModal, VoidReceiptModal } from '@/features/donations/components/receipt-actions';
import { ReceiptStatusBadges } from '@/features/donations/components/receipts-page';
import type { Receipt } from '@/features/donations/types/receipts';
import { formatDay, STATUS_LABELS } from '@/features/donations/utils/labels';
import { nextPrint, PRINT_LABELS, RECEIPT_KIND_LABELS } from '@/features/donations/utils/receipts';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w="45%" fw={500} c="dimmed">
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

/** A link to another receipt, named by its serial once it is loaded. */
function ReceiptLink({ id, serial }: { id: string; serial?: string | null }) {
  const other = useReceipt(id, !serial);
  const name = serial ?? other.data?.serialNumber ?? 'receipt';
  return (
    <Anchor component={Link} to={`/receipts/${id}`} size="sm">
      {name}
    </Anchor>
  );
}

type HistoryEntry = { key: string; title: string; lines: ReactNode[]; at: string | null; by: string | null; icon: ReactNode };

function history(receipt: Receipt): HistoryEntry[] {
  const entries: HistoryEntry[] = [
    {
      key: 'issued',
      title: receipt.replacesReceiptId ? 'Issued as a replacement' : 'Issued',
      lines: receipt.replacesReceiptId
        ? [
            <>
              Cancels and replaces <ReceiptLink id={receipt.replacesReceiptId} serial={receipt.replacesSerial} />
            </>,
          ]
        : [],
      at: receipt.createdAt,
      by: receipt.createdBy,
      icon: <IconReceipt size={14} aria-hidden />,
    },
  ];
  if (receipt.status === 'VOID') {
    entries.push({
      key: 'void',
      title: 'Voided',
      lines: receipt.voidReason ? [`Reason: ${receipt.voidReason}`] : [],
      at: receipt.voidedAt,
      by: receipt.voidedBy,
      icon: <IconBan size={14} aria-hidden />,
    });
  }
  if (receipt.status === 'REPLACED') {
    entries.push({
      key: 'replaced',
      title: 'Replaced',
      lines: [
        ...(receipt.replacedByReceiptId
          ? [
              <>
                By <ReceiptLink id={receipt.replacedByReceiptId} />
              </>,
            ]
          : []),
        ...(receipt.voidReason ? [`Reason: ${receipt.voidReason}`] : []),
      ],
      at: receipt.voidedAt,
      by: receipt.voidedBy,
      icon: <IconReplace size={14} aria-hidden />,
    });
  }
  return entries;
}

function ReceiptView({ receipt }: { receipt: Receipt }) {
  const [action, setAction] = useState<'void' | 'replace' | null>(null);
  const download = useDownloadReceiptPdf(receipt);
  const print = nextPrint(receipt);
  const issued = receipt.status === 'ISSUED';
  const money = (value: string) => formatMoney(value, receipt.currency);

  return (
    <ContentLayout
      title={`Receipt ${receipt.serialNumber}`}
      description={
        <>
          For{' '}
          <Anchor component={Link} to={`/constituents/${receipt.constituentId}`} underline="always">
            {receipt.donorName}
          </Anchor>
          , issued {formatDay(receipt.issuedOn)}
        </>
      }
      actions={
        <Group gap="xs">
          <Button component={Link} to="/receipts" variant="subtle" leftSection={<IconArrowBackUp size={18} aria-hidden />}>
            All receipts
          </Button>
          <Button
            variant={print === 'original' ? 'filled' : 'default'}
            leftSection={<IconFileDownload size={18} aria-hidden />}
            loading={download.isPending}
            onClick={() => download.mutate()}
          >
            {PRINT_LABELS[print]}
          </Button>
          {issued ? (
            <>
              <Button variant="light" color="orange" leftSection={<IconReplace size={18} aria-hidden />} onClick={() => setAction('replace')}>
                Replace
              </Button>
              <Button variant="light" color="red" leftSection={<IconBan size={18} aria-hidden />} onClick={() => setAction('void')}>
                Void
              </Button>
            </>
          ) : null}
        </Group>
      }
    >
      {receipt.needsReplacement ? (
        <Alert
          color="orange"
          variant="light"
          role="alert"
          icon={<IconAlertTriangle size={18} aria-hidden />}
          title="Needs replacement: gifts changed after this receipt was issued"
        >
          <Stack gap="xs">
            <List size="sm" spacing={2}>
              {receipt.changedSinceIssue.map((change) => (
                <List.Item key={change.giftId}>
                  <Anchor component={Link} to={`/gifts/${change.giftId}`} size="sm">
                    Gift {change.giftId.slice(0, 8)}
                  </Anchor>
                  : now {STATUS_LABELS[change.status].toLowerCase()}, eligible {money(change.eligibleAmountNow)} (printed{' '}
                  {money(change.printedEligibleAmount)})
                </List.Item>
              ))}
            </List>
            <Text size="sm">Replace the receipt so it states what is left, or void it.</Text>
          </Stack>
        </Alert>
      ) : null}
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <Card withBorder padding="md" component="section" aria-labelledby="receipt-details-title">
              <Title order={2} size="h4" id="receipt-details-title" mb="sm">
                Details
              </Title>
              <Table verticalSpacing={6} aria-labelledby="receipt-details-title">
                <Table.Tbody>
                  <Row label="Status">
                    <ReceiptStatusBadges receipt={receipt} />
                  </Row>
                  <Row label="Serial number">{receipt.serialNumber}</Row>
                  <Row label="Kind">{RECEIPT_KIND_LABELS[receipt.kind]}</Row>
                  <Row label="Receipting year">{receipt.receiptYear}</Row>
                  <Row label="Issued on">{formatDay(receipt.issuedOn)}</Row>
                  <Row label="Amount">{money(receipt.totalAmount)}</Row>
                  <Row label="Benefits to the donor">{money(receipt.benefitsAmount)}</Row>
                  <Row label="Eligible amount">
                    <Text size="sm" fw={700} data-testid="receipt-eligible">
                      {money(receipt.eligibleAmount)}
                    </Text>
                  </Row>
                  <Row label="Downloads">
                    {print === 'void'
                      ? `${receipt.printCount}; a cancelled receipt prints marked VOID.`
                      : receipt.printCount === 0
                        ? 'Not downloaded yet; the first download is the original.'
                        : `${receipt.printCount}; later downloads print as DUPLICATE COPY.`}
                  </Row>
                </Table.Tbody>
              </Table>
            </Card>
            <Card withBorder padding="md" component="section" aria-labelledby="receipt-gifts-title">
              <Title order={2} size="h4" id="receipt-gifts-title" mb="sm">
                Gifts covered
              </Title>
              <Table.ScrollContainer minWidth={480}>
                <Table aria-labelledby="receipt-gifts-title" striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Received</Table.Th>
                      <Table.Th>Description</Table.Th>
                      <Table.Th ta="right">Amount</Table.Th>
                      <Table.Th ta="right">Benefits</Table.Th>
                      <Table.Th ta="right">Eligible</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {receipt.gifts.map((line) => (
                      <Table.Tr key={line.giftId}>
                        <Table.Td>
                          <Anchor component={Link} to={`/gifts/${line.giftId}`} size="sm" aria-label={`Gift received ${formatDay(line.receivedOn)}, ${money(line.amount)}`}>
                            {formatDay(line.receivedOn)}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{line.description ?? '—'}</Table.Td>
                        <Table.Td ta="right">{money(line.amount)}</Table.Td>
                        <Table.Td ta="right">{money(line.benefitsAmount)}</Table.Td>
                        <Table.Td ta="right">{money(line.eligibleAmount)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card withBorder padding="md" component="section" aria-labelledby="receipt-history-title">
            <Title order={2} size="h4" id="receipt-history-title" mb="sm">
              History
            </Title>
            <Timeline bulletSize={22} lineWidth={2}>
              {history(receipt).map((entry) => (
                <Timeline.Item key={entry.key} title={entry.title} bullet={entry.icon}>
                  {entry.lines.map((line, index) => (
                    <Text key={index} size="sm">
                      {line}
                    </Text>
                  ))}
                  <Text size="xs" c="dimmed">
                    {formatDateTime(entry.at)}
                    {entry.by ? ` · ${entry.by}` : ''}
                  </Text>
                </Timeline.Item>
              ))}
            </Timeline>
          </Card>
        </Grid.Col>
      </Grid>
      {action === 'void' ? <VoidReceiptModal receipt={receipt} opened onClose={() => setAction(null)} /> : null}
      {action === 'replace' ? <ReplaceReceiptModal receipt={receipt} opened onClose={() => setAction(null)} /> : null}
    </ContentLayout>
  );
}

/** `/receipts/:id`: one receipt, the gifts it covers, its history, and download / replace / void. */
export function ReceiptDetailPage() {
  const { id = '' } = useParams();
  const receipt = useReceipt(id);
  if (receipt.isPending) {
    return (
      <ContentLayout title="Receipt">
        <Skeleton height={320} aria-label="Loading the receipt" />
      </ContentLayout>
    );
  }
  if (receipt.isError) {
    const notFound = isApiError(receipt.error) && receipt.error.status === 404;
    return (
      <ContentLayout title={notFound ? 'Receipt not found' : 'Receipt'}>
        <Alert color={notFound ? 'yellow' : 'red'} variant="light" role="alert">
          <Stack gap="xs">
            <Text size="sm">{notFound ? 'There is no receipt at this address.' : 'The receipt could not be loaded.'}</Text>
            <Button component={Link} to="/receipts" size="xs" variant="light" style={{ alignSelf: 'flex-start' }}>
              All receipts
            </Button>
          </Stack>
        </Alert>
      </ContentLayout>
    );
  }
  return <ReceiptView receipt={receipt.data} />;
}
