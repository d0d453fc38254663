import { Alert, Anchor, Badge, Button, Card, Grid, Group, Skeleton, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { IconArrowBackUp, IconCash, IconEdit, IconPlayerPause, IconPlayerPlay, IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { ContentLayout } from '@/components/ui/content-layout';
import { isApiError } from '@/lib/api-client';
import { formatDateTime } from '@/utils/format';
import { formatMoney } from '@/utils/money';
import { useFunds } from '@/features/donations/api/campaigns';
import { useRecurringGift, useResumeRecurringGift } from '@/features/donations/api/recurring-gifts';
import {
  ChangeRecurringModal,
  CloseModal,
  PauseModal,
  RecordPaymentModal,
} from '@/features/donations/components/recurring-gift-actions';
import type { RecurringGift } from '@/features/donations/types/recurring';
import { formatDay, today } from '@/features/donations/utils/labels';
import {
  CHANGE_FIELD_LABELS,
  CLOSURE_LABELS,
  describeSchedule,
  EXPECTED_COLORS,
  EXPECTED_LABELS,
  RECURRING_STATUS_COLORS,
  RECURRING_STATUS_LABELS,
} from '@/features/donations/utils/recurring-labels';

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

type Action = 'pay' | 'change' | 'pause' | 'close';

function RecurringView({ recurring }: { recurring: RecurringGift }) {
  const funds = useFunds();
  const resume = useResumeRecurringGift(recurring);
  const [action, setAction] = useState<Action | null>(null);
  const donorName = recurring.donorName ?? 'Unknown donor';
  const schedule = describeSchedule(recurring.frequency, recurring.intervalCount, recurring.dayOfMonth);
  const closed = recurring.status === 'CLOSED';
  // A pause going on, or planned: the one thing Resume undoes.
  const pausedOrPlanned = recurring.pauses.some((p) => p.resumedOn === null || p.resumedOn > today());
  const fundName = recurring.fundId ? (funds.data?.find((fund) => fund.id === recurring.fundId)?.name ?? '—') : '—';

  return (
    <ContentLayout
      title={`Recurring gift of ${formatMoney(recurring.amount, recurring.currency)}`}
      description={
        <>
          From{' '}
          <Anchor component={Link} to={`/constituents/${recurring.constituentId}`} underline="always">
            {donorName}
          </Anchor>
          , {schedule.toLowerCase()}
        </>
      }
      actions={
        <Group gap="xs">
          <Button component={Link} to="/gifts/recurring" variant="subtle" leftSection={<IconArrowBackUp size={18} aria-hidden />}>
            All recurring gifts
          </Button>
          {!closed ? (
            <>
              <Button leftSection={<IconCash size={18} aria-hidden />} onClick={() => setAction('pay')}>
                Record payment
              </Button>
              <Button variant="default" leftSection={<IconEdit size={18} aria-hidden />} onClick={() => setAction('change')}>
                Change
              </Button>
              {recurring.status === 'PAUSED' || pausedOrPlanned ? (
                <Button
                  variant="default"
                  leftSection={<IconPlayerPlay size={18} aria-hidden />}
                  loading={resume.isPending}
                  onClick={() => resume.mutate({ reason: null })}
                >
                  Resume
                </Button>
              ) : (
                <Button variant="default" leftSection={<IconPlayerPause size={18} aria-hidden />} onClick={() => setAction('pause')}>
                  Pause
                </Button>
              )}
              <Button color="red" variant="light" leftSection={<IconX size={18} aria-hidden />} onClick={() => setAction('close')}>
                Close
              </Button>
            </>
          ) : null}
        </Group>
      }
    >
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Card withBorder padding="md" component="section" aria-labelledby="recurring-details-title">
            <Title order={2} size="h4" id="recurring-details-title" mb="sm">
              Details
            </Title>
            <Table verticalSpacing={6} aria-labelledby="recurring-details-title">
              <Table.Tbody>
                <Row label="Status">
                  <Badge variant="light" color={RECURRING_STATUS_COLORS[recurring.status]}>
                    {RECURRING_STATUS_LABELS[recurring.status]}
                  </Badge>
                  {recurring.closedReason ? (
                    <Text span size="sm" c="dimmed">
                      {' '}
                      ({CLOSURE_LABELS[recurring.closedReason]}, {formatDay(recurring.closedOn)})
                    </Text>
                  ) : null}
                </Row>
                <Row label="Amount">{formatMoney(recurring.amount, recurring.currency)}</Row>
                <Row label="Schedule">{schedule}</Row>
                <Row label="Starts on">{formatDay(recurring.startOn)}</Row>
                <Row label="Ends">
                  {[recurring.endOn ? `on ${formatDay(recurring.endOn)}` : null, recurring.maxPayments ? `after ${recurring.maxPayments} payments` : null]
                    .filter(Boolean)
                    .join(' or ') || 'When closed'}
                </Row>
                <Row label="Next expected">{formatDay(recurring.nextExpectedOn)}</Row>
                <Row label="Expected so far">{recurring.expectedToDate}</Row>
                <Row label="Paid">{recurring.paidCount}</Row>
                <Row label="Missed">
                  {recurring.missedCount}
                  {recurring.writtenOffCount > 0 ? ` (${recurring.writtenOffCount} written off)` : ''}
                </Row>
                <Row label="Fund">{fundName}</Row>
                <Row label="Payment method">{recurring.paymentMethod ?? '—'}</Row>
                {recurring.notes ? <Row label="Notes">{recurring.notes}</Row> : null}
              </Table.Tbody>
            </Table>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Card withBorder padding="md" component="section" aria-labelledby="recurring-schedule-title">
            <Title order={2} size="h4" id="recurring-schedule-title" mb="sm">
              Expected payments
            </Title>
            {recurring.expected.length === 0 ? (
              <Text size="sm" c="dimmed">
                No payment is expected{recurring.status === 'PAUSED' ? ' while paused' : ''}.
              </Text>
            ) : (
              <Table verticalSpacing={4} aria-labelledby="recurring-schedule-title">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Date</Table.Th>
                    <Table.Th>State</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {recurring.expected.map((expected) => (
                    <Table.Tr key={expected.index}>
                      <Table.Td>
                        {expected.giftId ? (
                          <Anchor component={Link} to={`/gifts/${expected.giftId}`} size="sm">
                            {formatDay(expected.date)}
                          </Anchor>
                        ) : (
                          formatDay(expected.date)
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Badge size="sm" variant="light" color={EXPECTED_COLORS[expected.state]}>
                          {EXPECTED_LABELS[expected.state]}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Card withBorder padding="md" component="section" aria-labelledby="recurring-payments-title">
            <Title order={2} size="h4" id="recurring-payments-title" mb="sm">
              Payments
            </Title>
            {recurring.payments.length === 0 ? (
              <Text size="sm" c="dimmed">
                No payment yet.
              </Text>
            ) : (
              <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {recurring.payments.map((payment) => (
                  <li key={payment.giftId}>
                    <Anchor component={Link} to={`/gifts/${payment.giftId}`} size="sm">
                      {formatMoney(payment.amount, payment.currency)} received {formatDay(payment.receivedOn)}
                    </Anchor>
                    <Text span size="xs" c="dimmed">
                      {payment.expectedOn ? ` · for ${formatDay(payment.expectedOn)}` : ''}
                    </Text>
                  </li>
                ))}
              </Stack>
            )}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Card withBorder padding="md" component="section" aria-labelledby="recurring-changes-title">
            <Title order={2} size="h4" id="recurring-changes-title" mb="sm">
              Change log
            </Title>
            {recurring.changes.length === 0 ? (
              <Text size="sm" c="dimmed">
                No change since it was set up on {formatDateTime(recurring.createdAt)} by {recurring.createdBy}.
              </Text>
            ) : (
              <Timeline bulletSize={16} lineWidth={2}>
                {recurring.changes.map((change, index) => (
                  <Timeline.Item key={`${change.changedAt}:${change.field}:${index}`} title={CHANGE_FIELD_LABELS[change.field] ?? change.field}>
                    <Text size="sm">
                      {change.from ?? '—'} → {change.to ?? '—'}
                    </Text>
                    {change.reason ? <Text size="sm">Reason: {change.reason}</Text> : null}
                    <Text size="xs" c="dimmed">
                      {formatDateTime(change.changedAt)} · {change.changedBy}
                    </Text>
                  </Timeline.Item>
                ))}
              </Timeline>
            )}
          </Card>
        </Grid.Col>
      </Grid>
      {action === 'pay' ? <RecordPaymentModal recurring={recurring} opened onClose={() => setAction(null)} /> : null}
      {action === 'change' ? <ChangeRecurringModal recurring={recurring} opened onClose={() => setAction(null)} /> : null}
      {action === 'pause' ? <PauseModal recurring={recurring} opened onClose={() => setAction(null)} /> : null}
      {action === 'close' ? <CloseModal recurring={recurring} opened onClose={() => setAction(null)} /> : null}
    </ContentLayout>
  );
}

/** `/gifts/recurring/:id`: one recurring gift, its schedule, payments and change log, and its actions. */
export function RecurringGiftDetailPage() {
  const { id = '' } = useParams();
  const recurring = useRecurringGift(id);
  if (recurring.isPending) {
    return (
      <ContentLayout title="Recurring gift">
        <Skeleton height={320} aria-label="Loading the recurring gift" />
      </ContentLayout>
    );
  }
  if (recurring.isError) {
    const notFound = isApiError(recurring.error) && recurring.error.status === 404;
    return (
      <ContentLayout title={notFound ? 'Recurring gift not found' : 'Recurring gift'}>
        <Alert color={notFound ? 'yellow' : 'red'} variant="light" role="alert">
          <Stack gap="xs">
            <Text size="sm">
              {notFound ? 'There is no recurring gift at this address.' : 'The recurring gift could not be loaded.'}
            </Text>
            <Button component={Link} to="/gifts/recurring" size="xs" variant="light" style={{ alignSelf: 'flex-start' }}>
              All recurring gifts
            </Button>
          </Stack>
        </Alert>
      </ContentLayout>
    );
  }
  return <RecurringView recurring={recurring.data} />;
}
