import { Button, Grid, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';

import { ConstituentPicker } from '@/components/ui/constituent-picker';
import { FormProblemAlert } from '@/components/ui/form-problem-alert';
import { MoneyInput } from '@/components/ui/money-input';
import { isApiError, type ApiError, type Violation } from '@/lib/api-client';
import type { ConstituentSearchItem } from '@/types/constituents';
import { normalizeAmount, validateAmount } from '@/utils/money';
import { useCampaigns, useFunds } from '@/features/donations/api/campaigns';
import { DEFAULT_BASE_CURRENCY } from '@/features/donations/components/gift-form';
import type { GiftBatch, GiftBatchRowRequest } from '@/features/donations/types/gift-batches';
import { giftFieldOfCode, giftViolationsToErrors } from '@/features/donations/utils/gift-errors';
import { PAYMENT_METHODS, today } from '@/features/donations/utils/labels';

const RATE = /^\d{1,11}(\.\d{1,8})?$/;

/** The request's fields a server violation or problem may name (the donor is `constituentId` there). */
const SERVER_FIELDS = [
  'constituentId',
  'amount',
  'receivedOn',
  'exchangeRate',
  'exchangeRateDate',
  'fundId',
  'campaignId',
  'paymentMethod',
  'reference',
] as const;

/** Problems of a row that belong to one field (beside those of a gift, in `giftFieldOfCode`). */
const AMOUNT_CODES = ['donations.amount-not-positive', 'donations.amount-too-precise', 'donations.amount-too-large'];

function formField(field: string): string {
  return field === 'constituentId' ? 'donor' : field;
}

export type BatchRowValues = {
  donor: ConstituentSearchItem | null;
  amount: string;
  receivedOn: string;
  fundId: string | null;
  campaignId: string | null;
  paymentMethod: string | null;
  reference: string;
  exchangeRate: string;
  exchangeRateDate: string;
};

export function emptyBatchRow(): BatchRowValues {
  return {
    donor: null,
    amount: '',
    receivedOn: today(),
    fundId: null,
    campaignId: null,
    paymentMethod: null,
    reference: '',
    exchangeRate: '',
    exchangeRateDate: '',
  };
}

function blank(value: string): string | null {
  return value.trim() ? value.trim() : null;
}

export function toBatchRowRequest(values: BatchRowValues, foreign: boolean): GiftBatchRowRequest {
  return {
    constituentId: values.donor?.id ?? '',
    amount: normalizeAmount(values.amount) ?? values.amount,
    receivedOn: values.receivedOn,
    exchangeRate: foreign ? blank(values.exchangeRate) : null,
    exchangeRateDate: foreign ? blank(values.exchangeRateDate) : null,
    fundId: values.fundId,
    campaignId: values.campaignId,
    appealId: null,
    paymentMethod: values.paymentMethod,
    reference: blank(values.reference),
    anonymous: false,
    notes: null,
  };
}

type BatchRowFormProps = {
  batch: GiftBatch;
  initialValues: BatchRowValues;
  /** "Add row" (fast entry: the form empties itself and the donor field takes the focus again) or "Save row". */
  mode: 'add' | 'edit';
  pending: boolean;
  /** Sends the row; resolves when saved, rejects with the API's problem. */
  onSave: (request: GiftBatchRowRequest) => Promise<unknown>;
  onCancel?: () => void;
};

/**
 * One row of a batch, made for the keyboard: Tab from field to field, Enter anywhere adds the row (the selects are
 * searchable, so Enter on a closed one submits instead of opening it). After a row is added the donor, amount and
 * reference are cleared and the date, fund, campaign and payment method stay for the next row.
 */
export function BatchRowForm({ batch, initialValues, mode, pending, onSave, onCancel }: BatchRowFormProps) {
  const funds = useFunds();
  const campaigns = useCampaigns();
  const donorInput = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [unmatched, setUnmatched] = useState<Violation[]>([]);
  const foreign = batch.currency !== DEFAULT_BASE_CURRENCY;
  const formId = `batch-row-${mode}`;

  const form = useForm<BatchRowValues>({
    initialValues,
    validate: {
      donor: (value) => (value ? null : 'Choose the donor'),
      amount: (value) => validateAmount(value),
      receivedOn: (value) => (value ? null : 'Enter the date received'),
      fundId: (value) => (value ? null : 'Choose a fund'),
      exchangeRate: (value) =>
        !foreign || RATE.test(value.trim()) ? null : `Enter the rate to ${DEFAULT_BASE_CURRENCY}, e.g. 1.0825`,
      exchangeRateDate: (value) => (!foreign || value ? null : 'Enter the date of the rate'),
    },
  });

  const fundOptions = (funds.data ?? [])
    .filter((fund) => fund.active || fund.id === form.values.fundId)
    .map((fund) => ({ value: fund.id, label: `${fund.name} (${fund.code})` }));
  const campaignOptions = (campaigns.data ?? [])
    .filter((campaign) => campaign.active || campaign.id === form.values.campaignId)
    .map((campaign) => ({ value: campaign.id, label: campaign.name }));

  const save = (values: BatchRowValues) => {
    if (pending) return;
    setProblem(null);
    setUnmatched([]);
    onSave(toBatchRowRequest(values, foreign)).then(
      () => {
        if (mode !== 'add') return;
        form.setValues({ donor: null, amount: '', reference: '' });
        form.resetDirty();
        form.clearErrors();
        donorInput.current?.focus();
      },
      (error: unknown) => {
        if (!isApiError(error)) return;
        const field = giftFieldOfCode(error.code) ?? (AMOUNT_CODES.includes(error.code) ? 'amount' : null);
        if (field && (SERVER_FIELDS as readonly string[]).includes(field)) {
          form.setFieldError(formField(field), error.problem.detail ?? error.problem.title);
          return;
        }
        if (error.violations.length === 0) {
          setProblem(error);
          return;
        }
        const mapped = giftViolationsToErrors(error.violations, SERVER_FIELDS);
        form.setErrors(Object.fromEntries(Object.entries(mapped.errors).map(([path, message]) => [formField(path), message])));
        setUnmatched(mapped.unmatched);
      },
    );
  };

  // The first field in error takes the focus, so the keyboard stays where the fix is needed.
  const focusFirstError = (errors: Record<string, unknown>) => {
    const first = Object.keys(errors)[0];
    if (first === 'donor') donorInput.current?.focus();
    else if (first) document.getElementById(`${formId}-${first}`)?.focus();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => form.onSubmit(save, focusFirstError)(event);

  const amountLabel = `Amount (${batch.currency})`;
  const span = mode === 'add' ? { base: 12, sm: 6, lg: 3 } : { base: 12, sm: 6 };
  const smallSpan = mode === 'add' ? { base: 12, sm: 6, lg: 2 } : { base: 12, sm: 6 };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={mode === 'add' ? 'Add row' : 'Edit row'}>
      <Stack gap="sm">
        <FormProblemAlert problem={problem} unmatched={unmatched} fallback="The row could not be saved." />
        <Grid gutter="sm" align="flex-start">
          <Grid.Col span={mode === 'add' ? { base: 12, lg: 4 } : 12}>
            <ConstituentPicker
              label="Donor"
              required
              inputRef={donorInput}
              value={form.values.donor}
              onChange={(value) => form.setFieldValue('donor', value)}
              error={form.errors.donor as string | undefined}
              modalFocus={mode === 'edit'}
            />
          </Grid.Col>
          <Grid.Col span={smallSpan}>
            <MoneyInput id={`${formId}-amount`} label={amountLabel} required {...form.getInputProps('amount')} />
          </Grid.Col>
          <Grid.Col span={span}>
            <Select
              id={`${formId}-fundId`}
              label="Fund"
              required
              searchable
              allowDeselect={false}
              data={fundOptions}
              nothingFoundMessage="No fund of that name"
              {...form.getInputProps('fundId')}
            />
          </Grid.Col>
          {foreign ? (
            <>
              <Grid.Col span={smallSpan}>
                <TextInput
                  id={`${formId}-exchangeRate`}
                  label={`Rate to ${DEFAULT_BASE_CURRENCY}`}
                  required
                  inputMode="decimal"
                  {...form.getInputProps('exchangeRate')}
                />
              </Grid.Col>
              <Grid.Col span={smallSpan}>
                <TextInput id={`${formId}-exchangeRateDate`} label="Rate date" type="date" required {...form.getInputProps('exchangeRateDate')} />
              </Grid.Col>
            </>
          ) : null}
          <Grid.Col span={span}>
            <Select
              id={`${formId}-paymentMethod`}
              label="Payment method"
              clearable
              searchable
              data={PAYMENT_METHODS}
              {...form.getInputProps('paymentMethod')}
            />
          </Grid.Col>
          <Grid.Col span={span}>
            <TextInput id={`${formId}-reference`} label="Reference" {...form.getInputProps('reference')} />
          </Grid.Col>
          <Grid.Col span={span}>
            <Select
              id={`${formId}-campaignId`}
              label="Campaign"
              clearable
              searchable
              data={campaignOptions}
              nothingFoundMessage="No campaign of that name"
              {...form.getInputProps('campaignId')}
            />
          </Grid.Col>
          <Grid.Col span={smallSpan}>
            <TextInput id={`${formId}-receivedOn`} label="Received on" type="date" required {...form.getInputProps('receivedOn')} />
          </Grid.Col>
          <Grid.Col span={mode === 'add' ? { base: 12, lg: 'content' } : 12}>
            <Group justify="flex-end" mt={mode === 'add' ? { lg: 25 } : undefined}>
              {onCancel ? (
                <Button variant="default" onClick={onCancel}>
                  Cancel
                </Button>
              ) : null}
              <Button type="submit" loading={pending} leftSection={mode === 'add' ? <IconPlus size={18} aria-hidden /> : undefined}>
                {mode === 'add' ? 'Add row' : 'Save row'}
              </Button>
            </Group>
          </Grid.Col>
        </Grid>
      </Stack>
    </form>
  );
}
