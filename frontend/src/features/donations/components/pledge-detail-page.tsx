import { Alert, Anchor, Badge, Button, Card, Grid, Group, Modal, Select, Skeleton, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconCash, IconCircleX, IconReceiptOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { FormProblemAlert } from '@/components/ui/form-problem-alert';
import { ContentLayout } from '@/components/ui/content-layout';
import { MoneyInput } from '@/components/ui/money-input';
import { isApiError, type ApiError } from '@/lib/api-client';
import { violationsToFormErrors } from '@/lib/form-errors';
import { compareAmounts, formatMoney, normalizeAmount, toCents, validateAmount } from '@/utils/money';
import { randomId } from '@/utils/random-id';
import { useCampaigns, useFunds } from '@/features/donations/api/campaigns';
import { useCancelPledge, usePayPledge, usePledge, useWriteOffPledge } from '@/features/donations/api/pledges';
import type { Pledge } from '@/features/donations/types/pledges';
import { formatDay, PAYMENT_METHODS, STATUS_LABELS, today } from '@/features/donations/utils/labels';
import { PLEDGE_STATUS_COLORS, PLEDGE_STATUS_LABELS } from '@/features/donations/utils/pledges';

type ActionProps = { pledge: Pledge; onClose: () => void };

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

/** Problems of a payment or a write-off that belong to the amount field. */
function amountProblem(code: string): boolean {
  return [
    'donations.pledge-overpayment',
    'donations.pledge-write-off-too-large',
    'donations.amount-not-positive',
    'donations.amount-too-precise',
    'donations.amount-too-large',
  ].includes(code);
}

function generalProblem(error: unknown): ApiError | null {
  return isApiError(error) && error.violations.length === 0 && !amountProblem(error.code) ? error : null;
}

type FieldErrors = { setFieldError: (path: string, message: string) => void; setErrors: (errors: Record<string, string>) => void };

function showFieldErrors(form: FieldErrors, error: unknown, fields: readonly string[]) {
  if (!isApiError(error)) return;
  if (amountProblem(error.code)) form.setFieldError('amount', error.problem.detail ?? error.problem.title);
  else form.setErrors(violationsToFormErrors(error.violations, fields).errors);
}

/** Records a payment on the pledge: a gift applied to the oldest open installments, never more than the balance. */
function RecordPaymentModal({ pledge, onClose }: ActionProps) {
  const pay = usePayPledge(pledge);
  const [idempotencyKey] = useState(randomId);
  const maxMessage = `At most ${formatMoney(pledge.balance, pledge.currency)} is left to pay`;
  const form = useForm({
    initialValues: {
      amount: pledge.installments.find((installment) => toCents(installment.open) !== 0n)?.open ?? pledge.balance,
      receivedOn: today(),
      paymentMethod: null as string | null,
      reference: '',
    },
    validate: {
      amount: (value) => validateAmount(value, { max: pledge.balance, maxMessage }),
      receivedOn: (value) => (value ? null : 'Enter the date received'),
    },
  });
  const onSubmit = form.onSubmit((values) => {
    pay.mutate(
      {
        request: {
          amount: normalizeAmount(values.amount) ?? values.amount,
          receivedOn: values.receivedOn,
          paymentMethod: values.paymentMethod,
          reference: values.reference.trim() || null,
          notes: null,
        },
        idempotencyKey,
      },
      {
        onSuccess: (gift) => {
          notifications.show({ color: 'green', message: `Payment of ${formatMoney(gift.amount, gift.currency)} recorded.` });
          onClose();
        },
        onError: (error) => showFieldErrors(form, error, ['amount', 'receivedOn', 'paymentMethod', 'reference']),
      },
    );
  });
  return (
    <Modal opened onClose={onClose} title={<Text fw={700}>Record payment</Text>} size="md">
      <form onSubmit={onSubmit} noValidate aria-label="Record payment">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {formatMoney(pledge.balance, pledge.currency)} is left to pay. The payment is recorded as a gift and fills the
            oldest open installments first.
          </Text>
          <FormProblemAlert problem={generalProblem(pay.error)} fallback="The payment could not be recorded." />
          <MoneyInput label={`Amount (${pledge.currency})`} required data-autofocus {...form.getInputProps('amount')} />
          <TextInput label="Received on" type="date" required {...form.getInputProps('receivedOn')} />
          <Grid gutter="sm">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label="Reference" {...form.getInputProps('reference')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select label="Payment method" data={PAYMENT_METHODS} clearable {...form.getInputProps('paymentMethod')} />
            </Grid.Col>
          </Grid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={pay.isPending}>
              Record payment
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Writes off part or all of the balance, with a reason; the latest installments are written off first. */
function WriteOffModal({ pledge, onClose }: ActionProps) {
  const writeOff = useWriteOffPledge(pledge);
  const form = useForm({
    initialValues: { amount: pledge.balance, reason: '' },
    validate: {
      amount: (value) =>
        validateAmount(value, { max: pledge.balance, maxMessage: `At most ${formatMoney(pledge.balance, pledge.currency)} is left to write off` }),
      reason: (value) => (value.trim() ? null : 'Say why'),
    },
  });
  const onSubmit = form.onSubmit((values) => {
    const amount = normalizeAmount(values.amount);
    writeOff.mutate(
      { amount: compareAmounts(amount, pledge.balance) === 0 ? null : amount, reason: values.reason.trim() },
      {
        onSuccess: (updated) => {
          notifications.show({
            color: 'green',
            message: `Written off; ${formatMoney(updated.balance, updated.currency)} is left to pay.`,
          });
          onClose();
        },
        onError: (error) => showFieldErrors(form, error, ['amount', 'reason']),
      },
    );
  });
  return (
    <Modal opened onClose={onClose} title={<Text fw={700}>Write off</Text>} size="md">
      <form onSubmit={onSubmit} noValidate aria-label="Write off">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            The donor will not pay this part. Writing off the whole balance closes the pledge.
          </Text>
          <FormProblemAlert problem={generalProblem(writeOff.error)} fallback="The write-off could not be recorded." />
          <MoneyInput label={`Amount (${pledge.currency})`} required data-autofocus {...form.getInputProps('amount')} />
          <Textarea label="Reason" required autosize minRows={2} {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="orange" loading={writeOff.isPending}>
              Write off
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Cancels a pledge nothing was paid on. */
function CancelPledgeModal({ pledge, onClose }: ActionProps) {
  const cancel = useCancelPledge(pledge);
  const form = useForm({ initialValues: { reason: '' }, validate: { reason: (value) => (value.trim() ? null : 'Say why') } });
  const onSubmit = form.onSubmit((values) =>
    cancel.mutate(
      { reason: values.reason.trim() },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: 'Pledge cancelled.' });
          onClose();
        },
        onError: (error) => showFieldErrors(form, error, ['reason']),
      },
    ),
  );
  return (
    <Modal opened onClose={onClose} title={<Text fw={700}>Cancel pledge</Text>} size="md">
      <form onSubmit={onSubmit} noValidate aria-label="Cancel pledge">
        <Stack gap="md">
          <FormProblemAlert problem={generalProblem(cancel.error)} fallback="The pledge could not be cancelled." />
          <Textarea label="Reason" required autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Keep it
            </Button>
            <Button type="submit" color="red" loading={cancel.isPending}>
              Cancel pledge
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function installmentState(installment: Pledge['installments'][number]): { label: string; color: string } {
  if (installment.overdue) return { label: 'Overdue', color: 'red' };
  if (toCents(installment.open) === 0n) {
    return toCents(installment.writtenOffAmount) ? { label: 'Written off', color: 'orange' } : { label: 'Paid', color: 'green' };
  }
  return toCents(installment.paidAmount) ? { label: 'Part paid', color: 'blue' } : { label: 'Due', color: 'gray' };
}

function PledgeView({ pledge }: { pledge: Pledge }) {
  const funds = useFunds();
  const campaigns = useCampaigns();
  const [action, setAction] = useState<'pay' | 'write-off' | 'cancel' | null>(null);
  const open = pledge.status === 'OPEN';
  const fundName = pledge.fundId ? (funds.data?.find((fund) => fund.id === pledge.fundId)?.name ?? '—') : '—';
  const campaignName = pledge.campaignId ? (campaigns.data?.find((c) => c.id === pledge.campaignId)?.name ?? '—') : '—';
  const money = (value: string) => formatMoney(value, pledge.currency);

  return (
    <ContentLayout
      title={`Pledge of ${money(pledge.amount)}`}
      description={
        <>
          By{' '}
          <Anchor component={Link} to={`/constituents/${pledge.constituentId}`} underline="always">
            {pledge.donorName ?? 'Unknown donor'}
          </Anchor>
          , pledged {formatDay(pledge.pledgedOn)}
        </>
      }
      actions={
        <Group gap="xs">
          <Button component={Link} to="/pledges" variant="subtle" leftSection={<IconArrowBackUp size={18} aria-hidden />}>
            All pledges
          </Button>
          {open ? (
            <>
              <Button leftSection={<IconCash size={18} aria-hidden />} onClick={() => setAction('pay')}>
                Record payment
              </Button>
              <Button variant="light" color="orange" leftSection={<IconReceiptOff size={18} aria-hidden />} onClick={() => setAction('write-off')}>
                Write off
              </Button>
              {pledge.payments.length === 0 ? (
                <Button variant="subtle" color="red" leftSection={<IconCircleX size={18} aria-hidden />} onClick={() => setAction('cancel')}>
                  Cancel pledge
                </Button>
              ) : null}
            </>
          ) : null}
        </Group>
      }
    >
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card withBorder padding="md" component="section" aria-labelledby="pledge-summary-title">
            <Title order={2} size="h4" id="pledge-summary-title" mb="sm">
              Balance
            </Title>
            <Text size="xl" fw={700} data-testid="pledge-balance">
              {money(pledge.balance)}
            </Text>
            <Table verticalSpacing={6} aria-labelledby="pledge-summary-title" mt="xs">
              <Table.Tbody>
                <Row label="Status">
                  <Badge variant="light" color={PLEDGE_STATUS_COLORS[pledge.status]}>
                    {PLEDGE_STATUS_LABELS[pledge.status]}
                  </Badge>
                </Row>
                <Row label="Pledged">{money(pledge.amount)}</Row>
                <Row label="Paid">{money(pledge.paidAmount)}</Row>
                <Row label="Written off">{money(pledge.writtenOffAmount)}</Row>
                {toCents(pledge.overdueAmount) ? (
                  <Row label="Overdue">
                    <Text c="red.9" fw={600} span>
                      {money(pledge.overdueAmount)}
                    </Text>
                  </Row>
                ) : null}
                <Row label="Next due">{formatDay(pledge.nextDueOn)}</Row>
                <Row label="Fund">{fundName}</Row>
                <Row label="Campaign">{campaignName}</Row>
                {pledge.notes ? <Row label="Notes">{pledge.notes}</Row> : null}
              </Table.Tbody>
            </Table>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <Card withBorder padding="md" component="section" aria-labelledby="pledge-installments-title">
              <Title order={2} size="h4" id="pledge-installments-title" mb="sm">
                Installments
              </Title>
              <Table.ScrollContainer minWidth={320}>
                <Table aria-labelledby="pledge-installments-title" verticalSpacing={4} fz="sm" striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Due</Table.Th>
                      <Table.Th ta="right">Amount</Table.Th>
                      <Table.Th ta="right">Paid</Table.Th>
                      <Table.Th ta="right">Open</Table.Th>
                      <Table.Th>State</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {pledge.installments.map((installment) => {
                      const state = installmentState(installment);
                      return (
                        <Table.Tr key={installment.id}>
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(installment.dueOn)}</Table.Td>
                          <Table.Td ta="right">{money(installment.amount)}</Table.Td>
                          <Table.Td ta="right">{money(installment.paidAmount)}</Table.Td>
                          <Table.Td ta="right">{money(installment.open)}</Table.Td>
                          <Table.Td>
                            <Badge size="sm" variant="light" color={state.color}>
                              {state.label}
                            </Badge>
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Card>
            <Card withBorder padding="md" component="section" aria-labelledby="pledge-payments-title">
              <Title order={2} size="h4" id="pledge-payments-title" mb="sm">
                Payments
              </Title>
              {pledge.payments.length === 0 ? (
                <Text size="sm" c="dimmed">
                  No payments yet.
                </Text>
              ) : (
                <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {pledge.payments.map((payment) => (
                    <li key={payment.giftId}>
                      <Anchor component={Link} to={`/gifts/${payment.giftId}`} size="sm">
                        {formatDay(payment.receivedOn)}: {money(payment.amount)}
                      </Anchor>
                      <Text span size="sm" c="dimmed">
                        {' '}
                        · {STATUS_LABELS[payment.status]}
                        {toCents(payment.refundedAmount) ? ` · ${money(payment.refundedAmount)} refunded` : ''}
                      </Text>
                    </li>
                  ))}
                </Stack>
              )}
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
      {action === 'pay' ? <RecordPaymentModal pledge={pledge} onClose={() => setAction(null)} /> : null}
      {action === 'write-off' ? <WriteOffModal pledge={pledge} onClose={() => setAction(null)} /> : null}
      {action === 'cancel' ? <CancelPledgeModal pledge={pledge} onClose={() => setAction(null)} /> : null}
    </ContentLayout>
  );
}

/** `/pledges/:id`: one pledge, its installments and payments, and Record payment / Write off / Cancel. */
export function PledgeDetailPage() {
  const { id = '' } = useParams();
  const pledge = usePledge(id);
  if (pledge.isPending) {
    return (
      <ContentLayout title="Pledge">
        <Skeleton height={320} aria-label="Loading the pledge" />
      </ContentLayout>
    );
  }
  if (pledge.isError) {
    const notFound = isApiError(pledge.error) && pledge.error.status === 404;
    return (
      <ContentLayout title={notFound ? 'Pledge not found' : 'Pledge'}>
        <Alert color={notFound ? 'yellow' : 'red'} variant="light" role="alert">
          <Stack gap="xs">
            <Text size="sm">{notFound ? 'There is no pledge at this address.' : 'The pledge could not be loaded.'}</Text>
            <Button component={Link} to="/pledges" size="xs" variant="light" style={{ alignSelf: 'flex-start' }}>
              All pledges
            </Button>
          </Stack>
        </Alert>
      </ContentLayout>
    );
  }
  return <PledgeView pledge={pledge.data} />;
}
