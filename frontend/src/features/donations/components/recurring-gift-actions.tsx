import { Button, Grid, Group, Modal, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';

import { FormProblemAlert } from '@/components/ui/form-problem-alert';
import { MoneyInput } from '@/components/ui/money-input';
import { isApiError } from '@/lib/api-client';
import { violationsToFormErrors } from '@/lib/form-errors';
import { formatMoney, normalizeAmount, validateAmount } from '@/utils/money';
import { randomId } from '@/utils/random-id';
import {
  useChangeRecurringGift,
  useCloseRecurringGift,
  usePauseRecurringGift,
  useRecordRecurringPayment,
} from '@/features/donations/api/recurring-gifts';
import { generalRecurringProblem, recurringFieldOfCode } from '@/features/donations/components/recurring-gift-form';
import { FREQUENCIES, type Frequency, type RecurringGift } from '@/features/donations/types/recurring';
import { formatDay, PAYMENT_METHODS, today } from '@/features/donations/utils/labels';
import { FREQUENCY_LABELS } from '@/features/donations/utils/recurring-labels';

type ActionProps = { recurring: RecurringGift; opened: boolean; onClose: () => void };

type FieldErrors = { setFieldError: (path: string, message: string) => void; setErrors: (errors: Record<string, string>) => void };

function showErrors(form: FieldErrors, error: unknown, fields: readonly string[]) {
  if (!isApiError(error)) return;
  const field = recurringFieldOfCode(error.code);
  if (field && fields.includes(field)) form.setFieldError(field, error.problem.detail ?? error.problem.title);
  else form.setErrors(violationsToFormErrors(error.violations, fields).errors);
}

/** Records a payment that arrived; it covers the earliest expected date not yet paid. */
export function RecordPaymentModal({ recurring, opened, onClose }: ActionProps) {
  const pay = useRecordRecurringPayment(recurring);
  // One key per payment being entered: a retry after a lost answer sends the same one.
  const [key] = useState(randomId);
  const form = useForm({
    initialValues: { amount: recurring.amount, receivedOn: today(), paymentMethod: recurring.paymentMethod, reference: '' },
    validate: {
      amount: (value) => validateAmount(value),
      receivedOn: (value) => (value ? null : 'Enter the date received'),
    },
  });
  const onSubmit = form.onSubmit((values) =>
    pay.mutate(
      {
        idempotencyKey: key,
        request: {
          amount: normalizeAmount(values.amount),
          receivedOn: values.receivedOn,
          paymentMethod: values.paymentMethod,
          reference: values.reference.trim() || null,
        },
      },
      {
        onSuccess: (gift) => {
          notifications.show({ color: 'green', message: `Payment of ${formatMoney(gift.amount, gift.currency)} recorded.` });
          onClose();
        },
        onError: (error) => showErrors(form, error, ['amount', 'receivedOn', 'paymentMethod', 'reference']),
      },
    ),
  );
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={700}>Record payment</Text>} size="md">
      <form onSubmit={onSubmit} noValidate aria-label="Record payment">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {recurring.nextExpectedOn
              ? `It covers the payment expected on ${formatDay(recurring.nextExpectedOn)}.`
              : 'It covers the next payment expected.'}{' '}
            {recurring.status === 'LAPSED' ? 'The missed payments are written off and the gift becomes active again.' : ''}
          </Text>
          <FormProblemAlert problem={generalRecurringProblem(pay.error)} fallback="The payment could not be recorded." />
          <MoneyInput label={`Amount (${recurring.currency})`} required data-autofocus {...form.getInputProps('amount')} />
          <TextInput label="Received on" type="date" required {...form.getInputProps('receivedOn')} />
          <Select label="Payment method" data={PAYMENT_METHODS} clearable {...form.getInputProps('paymentMethod')} />
          <TextInput label="Reference" {...form.getInputProps('reference')} />
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

type ChangeValues = {
  amount: string;
  frequency: Frequency;
  intervalCount: number | string;
  dayOfMonth: number | string;
  endOn: string;
  maxPayments: number | string;
  reason: string;
};

const toNumber = (value: number | string) => (value === '' ? null : Number(value));

/** Changes amount or schedule; each change is kept in the change log with the reason. */
export function ChangeRecurringModal({ recurring, opened, onClose }: ActionProps) {
  const change = useChangeRecurringGift(recurring);
  const form = useForm<ChangeValues>({
    initialValues: {
      amount: recurring.amount,
      frequency: recurring.frequency,
      intervalCount: recurring.intervalCount,
      dayOfMonth: recurring.dayOfMonth ?? '',
      endOn: recurring.endOn ?? '',
      maxPayments: recurring.maxPayments ?? '',
      reason: '',
    },
    validate: {
      amount: (value) => validateAmount(value),
      intervalCount: (value) => (Number.isInteger(Number(value)) && Number(value) >= 1 && Number(value) <= 99 ? null : 'Enter a whole number from 1 to 99'),
      dayOfMonth: (value, values) =>
        value === '' || values.frequency === 'WEEKLY' || (Number(value) >= 1 && Number(value) <= 31) ? null : 'Enter a day from 1 to 31',
      endOn: (value) => (value && value < recurring.startOn ? `Ends before it started (${formatDay(recurring.startOn)})` : null),
    },
  });
  const weekly = form.values.frequency === 'WEEKLY';
  const onSubmit = form.onSubmit((values) =>
    change.mutate(
      {
        amount: normalizeAmount(values.amount) ?? values.amount,
        fundId: recurring.fundId,
        campaignId: recurring.campaignId,
        appealId: recurring.appealId,
        paymentMethod: recurring.paymentMethod,
        frequency: values.frequency,
        intervalCount: Number(values.intervalCount),
        dayOfMonth: weekly ? null : toNumber(values.dayOfMonth),
        endOn: values.endOn || null,
        maxPayments: toNumber(values.maxPayments),
        notes: recurring.notes,
        reason: values.reason.trim() || null,
        version: recurring.version,
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: 'Recurring gift changed; the change log keeps the earlier values.' });
          onClose();
        },
        onError: (error) => showErrors(form, error, ['amount', 'frequency', 'intervalCount', 'dayOfMonth', 'endOn', 'maxPayments', 'reason']),
      },
    ),
  );
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={700}>Change amount or schedule</Text>} size="lg">
      <form onSubmit={onSubmit} noValidate aria-label="Change recurring gift">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            A new frequency, interval or day applies from today; payments already expected stay as they were.
          </Text>
          <FormProblemAlert problem={generalRecurringProblem(change.error)} fallback="The change could not be saved." />
          <Grid gutter="sm">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <MoneyInput label={`Amount (${recurring.currency})`} required data-autofocus {...form.getInputProps('amount')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select
                label="Frequency"
                data={FREQUENCIES.map((value) => ({ value, label: FREQUENCY_LABELS[value] }))}
                allowDeselect={false}
                {...form.getInputProps('frequency')}
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <NumberInput label="Every" min={1} max={99} allowDecimal={false} {...form.getInputProps('intervalCount')} />
            </Grid.Col>
            <Grid.Col span={6}>
              <NumberInput label="Day of month" disabled={weekly} min={1} max={31} allowDecimal={false} {...form.getInputProps('dayOfMonth')} />
            </Grid.Col>
            <Grid.Col span={6}>
              <TextInput label="Ends on" type="date" {...form.getInputProps('endOn')} />
            </Grid.Col>
            <Grid.Col span={6}>
              <NumberInput label="Number of payments" min={1} allowDecimal={false} {...form.getInputProps('maxPayments')} />
            </Grid.Col>
          </Grid>
          <Textarea label="Reason" autosize minRows={2} {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={change.isPending}>
              Save change
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Pauses from a date (today by default) until a date or until resumed. */
export function PauseModal({ recurring, opened, onClose }: ActionProps) {
  const pause = usePauseRecurringGift(recurring);
  const form = useForm({
    initialValues: { from: today(), until: '', reason: '' },
    validate: { until: (value, values) => (value && value <= values.from ? 'Ends after it starts' : null) },
  });
  const onSubmit = form.onSubmit((values) =>
    pause.mutate(
      { from: values.from || null, until: values.until || null, reason: values.reason.trim() || null },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: 'Recurring gift paused.' });
          onClose();
        },
        onError: (error) => showErrors(form, error, ['from', 'until', 'reason']),
      },
    ),
  );
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={700}>Pause recurring gift</Text>} size="md">
      <form onSubmit={onSubmit} noValidate aria-label="Pause recurring gift">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            No payment is expected during the pause, so none is missed. Leave the end empty to pause until resumed.
          </Text>
          <FormProblemAlert problem={generalRecurringProblem(pause.error)} fallback="The pause could not be saved." />
          <TextInput label="From" type="date" {...form.getInputProps('from')} />
          <TextInput label="Until (not included)" type="date" {...form.getInputProps('until')} />
          <Textarea label="Reason" autosize minRows={2} {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={pause.isPending}>
              Pause
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Closes the recurring gift for good. */
export function CloseModal({ recurring, opened, onClose }: ActionProps) {
  const close = useCloseRecurringGift(recurring);
  const form = useForm({ initialValues: { reason: '' } });
  const onSubmit = form.onSubmit((values) =>
    close.mutate(
      { reason: values.reason.trim() || null },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: 'Recurring gift closed.' });
          onClose();
        },
      },
    ),
  );
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={700}>Close recurring gift</Text>} size="md">
      <form onSubmit={onSubmit} noValidate aria-label="Close recurring gift">
        <Stack gap="md">
          <Text size="sm">No more payments will be expected or accepted. Its payments stay recorded as gifts.</Text>
          <FormProblemAlert problem={generalRecurringProblem(close.error)} fallback="The recurring gift could not be closed." />
          <Textarea label="Reason" autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={close.isPending}>
              Close recurring gift
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
