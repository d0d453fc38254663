import { Button, Grid, Group, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';

import { ConstituentPicker } from '@/components/ui/constituent-picker';
import { FormProblemAlert } from '@/components/ui/form-problem-alert';
import { MoneyInput } from '@/components/ui/money-input';
import { isApiError, type ApiError } from '@/lib/api-client';
import { violationsToFormErrors } from '@/lib/form-errors';
import type { ConstituentSearchItem } from '@/types/constituents';
import { COMMON_CURRENCIES, normalizeAmount, validateAmount } from '@/utils/money';
import { useFunds } from '@/features/donations/api/campaigns';
import { useCreateRecurringGift } from '@/features/donations/api/recurring-gifts';
import { FREQUENCIES, type Frequency, type RecurringGift } from '@/features/donations/types/recurring';
import { PAYMENT_METHODS, today } from '@/features/donations/utils/labels';
import { FREQUENCY_LABELS } from '@/features/donations/utils/recurring-labels';

type Values = {
  constituent: ConstituentSearchItem | null;
  amount: string;
  currency: string;
  fundId: string | null;
  frequency: Frequency;
  intervalCount: number | string;
  dayOfMonth: number | string;
  startOn: string;
  endOn: string;
  maxPayments: number | string;
  paymentMethod: string | null;
  notes: string;
};

const FIELDS = ['amount', 'currency', 'fundId', 'frequency', 'intervalCount', 'dayOfMonth', 'startOn', 'endOn', 'maxPayments', 'paymentMethod', 'notes'];

/** Problems that belong to one field of the form (docs/problems.md). */
export function recurringFieldOfCode(code: string): string | null {
  switch (code) {
    case 'donations.amount-not-positive':
    case 'donations.amount-too-precise':
    case 'donations.amount-too-large':
      return 'amount';
    case 'donations.unknown-currency':
      return 'currency';
    case 'donations.donor-not-found':
    case 'donations.donor-deleted':
    case 'donations.donor-merged':
      return 'constituent';
    case 'donations.unknown-fund':
      return 'fundId';
    case 'donations.recurring-gift-end-before-start':
      return 'endOn';
    default:
      return null;
  }
}

export function generalRecurringProblem(error: unknown): ApiError | null {
  return isApiError(error) && error.violations.length === 0 && !recurringFieldOfCode(error.code) ? error : null;
}

const optionalNumber = (value: number | string) => (value === '' || value === null ? null : Number(value));

type RecurringGiftFormProps = {
  donor?: ConstituentSearchItem | null;
  onCancel: () => void;
  onSaved: (recurring: RecurringGift) => void;
};

/** Sets up a recurring gift: donor, amount, fund, and a schedule with an optional end or number of payments. */
export function RecurringGiftForm({ donor = null, onCancel, onSaved }: RecurringGiftFormProps) {
  const funds = useFunds();
  const create = useCreateRecurringGift();
  const form = useForm<Values>({
    initialValues: {
      constituent: donor,
      amount: '',
      currency: 'USD',
      fundId: null,
      frequency: 'MONTHLY',
      intervalCount: 1,
      dayOfMonth: '',
      startOn: today(),
      endOn: '',
      maxPayments: '',
      paymentMethod: null,
      notes: '',
    },
    validate: {
      constituent: (value) => (value ? null : 'Choose the donor'),
      amount: (value) => validateAmount(value),
      intervalCount: (value) => {
        const n = Number(value);
        return Number.isInteger(n) && n >= 1 && n <= 99 ? null : 'Enter a whole number from 1 to 99';
      },
      dayOfMonth: (value, values) => {
        if (value === '' || values.frequency === 'WEEKLY') return null;
        const n = Number(value);
        return Number.isInteger(n) && n >= 1 && n <= 31 ? null : 'Enter a day from 1 to 31';
      },
      startOn: (value) => (value ? null : 'Enter the first date'),
      endOn: (value, values) => (value && value < values.startOn ? 'Ends before it starts' : null),
      maxPayments: (value) => {
        if (value === '') return null;
        const n = Number(value);
        return Number.isInteger(n) && n >= 1 ? null : 'Enter a whole number of at least 1';
      },
    },
  });

  const onSubmit = form.onSubmit((values) => {
    create.mutate(
      {
        constituentId: values.constituent?.id ?? '',
        amount: normalizeAmount(values.amount) ?? values.amount,
        currency: values.currency,
        fundId: values.fundId,
        paymentMethod: values.paymentMethod,
        frequency: values.frequency,
        intervalCount: Number(values.intervalCount),
        dayOfMonth: values.frequency === 'WEEKLY' ? null : optionalNumber(values.dayOfMonth),
        startOn: values.startOn,
        endOn: values.endOn || null,
        maxPayments: optionalNumber(values.maxPayments),
        notes: values.notes.trim() || null,
      },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (!isApiError(error)) return;
          const field = recurringFieldOfCode(error.code);
          if (field) form.setFieldError(field, error.problem.detail ?? error.problem.title);
          else form.setErrors(violationsToFormErrors(error.violations, FIELDS).errors);
        },
      },
    );
  });

  const fundOptions = (funds.data ?? []).filter((fund) => fund.active).map((fund) => ({ value: fund.id, label: fund.name }));
  const weekly = form.values.frequency === 'WEEKLY';

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Set up recurring gift">
      <Stack gap="md">
        <FormProblemAlert problem={generalRecurringProblem(create.error)} fallback="The recurring gift could not be saved." />
        <ConstituentPicker
          label="Donor"
          required
          value={form.values.constituent}
          onChange={(value) => form.setFieldValue('constituent', value)}
          error={form.errors.constituent as string | undefined}
        />
        <Grid gutter="sm">
          <Grid.Col span={{ base: 7, sm: 8 }}>
            <MoneyInput label="Amount of each payment" required {...form.getInputProps('amount')} />
          </Grid.Col>
          <Grid.Col span={{ base: 5, sm: 4 }}>
            <Select label="Currency" data={[...COMMON_CURRENCIES]} allowDeselect={false} {...form.getInputProps('currency')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select
              label="Frequency"
              data={FREQUENCIES.map((value) => ({ value, label: FREQUENCY_LABELS[value] }))}
              allowDeselect={false}
              {...form.getInputProps('frequency')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <NumberInput
              label="Every"
              description={`1 = every ${weekly ? 'week' : 'period'}`}
              min={1}
              max={99}
              allowDecimal={false}
              {...form.getInputProps('intervalCount')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <NumberInput
              label="Day of month"
              description={weekly ? 'Weekly: the start’s weekday' : '31 = last day'}
              disabled={weekly}
              min={1}
              max={31}
              allowDecimal={false}
              {...form.getInputProps('dayOfMonth')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput label="Starts on" type="date" required {...form.getInputProps('startOn')} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 4 }}>
            <TextInput label="Ends on" type="date" {...form.getInputProps('endOn')} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 4 }}>
            <NumberInput label="Number of payments" min={1} allowDecimal={false} {...form.getInputProps('maxPayments')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select label="Fund" data={fundOptions} clearable searchable {...form.getInputProps('fundId')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select label="Payment method" data={PAYMENT_METHODS} clearable {...form.getInputProps('paymentMethod')} />
          </Grid.Col>
        </Grid>
        <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Save recurring gift
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
