import {
  Alert,
  Button,
  Checkbox,
  Divider,
  Grid,
  Group,
  Radio,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';

import { ConstituentPicker } from '@/components/ui/constituent-picker';
import { FormProblemAlert } from '@/components/ui/form-problem-alert';
import { MoneyInput } from '@/components/ui/money-input';
import { isApiError, NETWORK_ERROR_CODE, type ApiError, type Violation } from '@/lib/api-client';
import type { ConstituentSearchItem } from '@/types/constituents';
import { COMMON_CURRENCIES, normalizeAmount, toCents, validateAmount } from '@/utils/money';
import { randomId } from '@/utils/random-id';
import { useAppeals, useCampaigns, useFunds } from '@/features/donations/api/campaigns';
import { useGiving, useRecordGift } from '@/features/donations/api/gifts';
import { AllocationRows, SoftCreditRows, allocationsError } from '@/features/donations/components/gift-form-rows';
import {
  GIFT_KINDS,
  GIFT_STATUSES,
  type Gift,
  type RecordGiftRequest,
} from '@/features/donations/types/donations';
import type { GiftFormValues } from '@/features/donations/types/gift-form';
import { giftFieldOfCode, giftViolationsToErrors } from '@/features/donations/utils/gift-errors';
import { KIND_LABELS, PAYMENT_METHODS, STATUS_LABELS, TRIBUTE_LABELS, today } from '@/features/donations/utils/labels';

/** The base currency when nothing says otherwise (the backend's default, `app.donations.base-currency`). */
export const DEFAULT_BASE_CURRENCY = 'USD';

const RATE = /^\d{1,11}(\.\d{1,8})?$/;

/** The request's field names a server violation or problem may name; some are called otherwise in the form. */
const SERVER_FIELDS = [
  'constituentId',
  'amount',
  'currency',
  'receivedOn',
  'status',
  'kind',
  'exchangeRate',
  'exchangeRateDate',
  'fundId',
  'campaignId',
  'appealId',
  'paymentMethod',
  'reference',
  'anonymous',
  'allocations',
  'softCredits',
  'honoreeName',
  'notifyConstituentId',
  'description',
  'fairMarketValue',
  'notes',
] as const;

const FORM_NAME: Record<string, string> = { constituentId: 'donor', notifyConstituentId: 'notifyConstituent' };

function toFormPath(path: string): string {
  const row = /^softCredits\.(\d+)\.constituentId$/.exec(path);
  if (row) return `softCredits.${row[1]}.constituent`;
  return FORM_NAME[path] ?? path;
}

const RECORDABLE_STATUSES = GIFT_STATUSES.filter((status) => status !== 'REFUNDED').map((status) => ({
  value: status,
  label: STATUS_LABELS[status],
}));
// event fees are recorded by event registrations, not entered here (the API refuses them)
const KIND_OPTIONS = GIFT_KINDS.filter((kind) => kind !== 'EVENT_FEE').map((kind) => ({
  value: kind,
  label: KIND_LABELS[kind],
}));

function blank(value: string): string | null {
  return value.trim() ? value.trim() : null;
}

export function toRecordGiftRequest(values: GiftFormValues, baseCurrency: string): RecordGiftRequest {
  const foreign = values.currency !== baseCurrency;
  const inKind = values.kind === 'IN_KIND';
  return {
    constituentId: values.donor?.id ?? '',
    amount: normalizeAmount(values.amount) ?? values.amount,
    currency: values.currency,
    receivedOn: values.receivedOn,
    status: values.status,
    kind: values.kind,
    exchangeRate: foreign ? blank(values.exchangeRate) : null,
    exchangeRateDate: foreign ? blank(values.exchangeRateDate) : null,
    fundId: values.split ? null : values.fundId,
    campaignId: values.campaignId,
    appealId: values.appealId,
    paymentMethod: values.paymentMethod,
    reference: blank(values.reference),
    anonymous: values.anonymous,
    allocations: values.split
      ? values.allocations.map((row) => ({ fundId: row.fundId ?? '', amount: normalizeAmount(row.amount) ?? row.amount }))
      : [],
    softCredits: values.softCredits.map((row) => ({
      constituentId: row.constituent?.id ?? '',
      amount: normalizeAmount(row.amount) ?? row.amount,
      role: row.role,
    })),
    tribute: values.tribute
      ? {
          type: values.tributeType,
          honoreeName: values.honoreeName.trim(),
          notifyConstituentId: values.notifyConstituent?.id ?? null,
        }
      : null,
    description: inKind ? blank(values.description) : null,
    fairMarketValue: inKind && values.fairMarketValue.trim() ? normalizeAmount(values.fairMarketValue) : null,
    notes: blank(values.notes),
  };
}

type GiftFormProps = {
  /** The donor to start with (from a constituent's page). */
  donor?: ConstituentSearchItem | null;
  onSaved: (gift: Gift) => void;
  onCancel: () => void;
};

/**
 * Records a gift. One Idempotency-Key is made when the form opens and sent with every attempt, so saving
 * again after a lost answer (or a double click) returns the gift already recorded instead of a second one.
 */
export function GiftForm({ donor = null, onSaved, onCancel }: GiftFormProps) {
  const record = useRecordGift();
  const funds = useFunds();
  const campaigns = useCampaigns();
  const appeals = useAppeals();
  const [idempotencyKey, setIdempotencyKey] = useState(randomId);
  const [unmatched, setUnmatched] = useState<Violation[]>([]);

  const form = useForm<GiftFormValues>({
    initialValues: {
      donor,
      amount: '',
      currency: DEFAULT_BASE_CURRENCY,
      exchangeRate: '',
      exchangeRateDate: '',
      receivedOn: today(),
      status: 'COMPLETED',
      kind: 'ONE_TIME',
      fundId: null,
      campaignId: null,
      appealId: null,
      paymentMethod: null,
      reference: '',
      anonymous: false,
      split: false,
      allocations: [],
      softCredits: [],
      tribute: false,
      tributeType: 'IN_HONOR',
      honoreeName: '',
      notifyConstituent: null,
      description: '',
      fairMarketValue: '',
      notes: '',
    },
    validate: {
      donor: (value) => (value ? null : 'Choose the donor'),
      amount: (value) => validateAmount(value),
      currency: (value) => (/^[A-Z]{3}$/.test(value) ? null : 'Choose a currency'),
      exchangeRate: (value, values) =>
        values.currency === baseCurrency || RATE.test(value.trim())
          ? null
          : 'Enter the rate to the base currency, e.g. 1.0825',
      exchangeRateDate: (value, values) =>
        values.currency === baseCurrency || value ? null : 'Enter the date of the rate',
      receivedOn: (value) => (value ? null : 'Enter the date received'),
      fundId: (value, values) => (values.split || value ? null : 'Choose a fund'),
      allocations: (rows, values) => (values.split ? allocationsError(rows, values.amount) : null),
      softCredits: {
        constituent: (value, values) =>
          !value
            ? 'Choose who gets the credit'
            : value.id === values.donor?.id
              ? 'The donor has the hard credit; soft credits go to others'
              : null,
        amount: (value, values) =>
          validateAmount(value, { max: toCents(values.amount) === null ? undefined : values.amount, maxMessage: 'Cannot be more than the gift' }),
      },
      honoreeName: (value, values) => (!values.tribute || value.trim() ? null : 'Enter who the gift honors'),
      description: (value, values) =>
        values.kind !== 'IN_KIND' || value.trim() ? null : 'Describe what was given',
      fairMarketValue: (value, values) =>
        values.kind !== 'IN_KIND' ? null : validateAmount(value, { optional: true, allowZero: true }),
    },
  });

  // The base currency is the one the donor's giving is counted in (the rules above read it when the form is
  // submitted); USD until the API says so.
  const giving = useGiving(form.values.donor?.id ?? null);
  const baseCurrency = giving.data?.currency ?? DEFAULT_BASE_CURRENCY;
  const foreign = form.values.currency !== baseCurrency;

  const activeFunds = (funds.data ?? []).filter((fund) => fund.active);
  const fundOptions = activeFunds.map((fund) => ({ value: fund.id, label: `${fund.name} (${fund.code})` }));
  const campaignOptions = (campaigns.data ?? [])
    .filter((campaign) => campaign.active)
    .map((campaign) => ({ value: campaign.id, label: campaign.name }));
  const appealOptions = (appeals.data ?? [])
    .filter((appeal) => appeal.active && (!form.values.campaignId || appeal.campaignId === form.values.campaignId))
    .map((appeal) => ({ value: appeal.id, label: appeal.name }));
  const currencyOptions = [baseCurrency, ...COMMON_CURRENCIES.filter((code) => code !== baseCurrency)];

  const problem: ApiError | null =
    record.error && isApiError(record.error) && record.error.violations.length === 0 && !giftFieldOfCode(record.error.code)
      ? record.error
      : null;

  const onSubmit = form.onSubmit((values) => {
    if (record.isPending) return;
    setUnmatched([]);
    record.mutate(
      { request: toRecordGiftRequest(values, baseCurrency), idempotencyKey },
      {
        onSuccess: (gift) => {
          // The next gift is another gift: a new key.
          setIdempotencyKey(randomId());
          onSaved(gift);
        },
        onError: (error) => {
          if (!isApiError(error)) return;
          const field = giftFieldOfCode(error.code);
          if (field) {
            form.setFieldError(toFormPath(field), error.problem.detail ?? error.problem.title);
            return;
          }
          const mapped = giftViolationsToErrors(error.violations, SERVER_FIELDS);
          form.setErrors(Object.fromEntries(Object.entries(mapped.errors).map(([path, message]) => [toFormPath(path), message])));
          setUnmatched(mapped.unmatched);
        },
      },
    );
  });

  const networkFailed = isApiError(record.error) && record.error.code === NETWORK_ERROR_CODE;
  const keyReused = isApiError(record.error) && record.error.code === 'donations.idempotency-key-reused';

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Record gift">
      <Stack gap="md">
        {networkFailed ? (
          <Alert color="orange" variant="light" role="alert" title="Not sure the gift was saved">
            The server did not answer. Press <strong>Record gift</strong> again: if the first attempt did arrive, the
            same gift is returned, never a second one.
          </Alert>
        ) : null}
        {keyReused ? (
          <Alert color="orange" variant="light" role="alert" title="Already recorded">
            An earlier attempt from this form was recorded with other details. Check the donor&apos;s gifts before
            recording again; to record another gift, close this form and open a new one.
          </Alert>
        ) : (
          <FormProblemAlert
            problem={networkFailed ? null : problem}
            unmatched={unmatched}
            fallback="The gift could not be recorded."
          />
        )}

        <Grid gutter="md">
          <Grid.Col span={12}>
            <ConstituentPicker
              label="Donor"
              required
              value={form.values.donor}
              onChange={(value) => form.setFieldValue('donor', value)}
              error={form.errors.donor as string | undefined}
              modalFocus={!donor}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <MoneyInput label="Amount" required data-autofocus={donor ? true : undefined} {...form.getInputProps('amount')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select
              label="Currency"
              required
              searchable
              allowDeselect={false}
              data={currencyOptions}
              {...form.getInputProps('currency')}
            />
          </Grid.Col>
          {foreign ? (
            <>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput
                  label={`Exchange rate to ${baseCurrency}`}
                  description={`1 ${form.values.currency} = ? ${baseCurrency}`}
                  required
                  inputMode="decimal"
                  {...form.getInputProps('exchangeRate')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput label="Rate date" type="date" required {...form.getInputProps('exchangeRateDate')} />
              </Grid.Col>
            </>
          ) : null}
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label="Received on" type="date" required {...form.getInputProps('receivedOn')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select label="Status" required allowDeselect={false} data={RECORDABLE_STATUSES} {...form.getInputProps('status')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select label="Kind" required allowDeselect={false} data={KIND_OPTIONS} {...form.getInputProps('kind')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select
              label="Payment method"
              data={PAYMENT_METHODS}
              clearable
              searchable
              {...form.getInputProps('paymentMethod')}
            />
          </Grid.Col>
          {form.values.kind === 'IN_KIND' ? (
            <>
              <Grid.Col span={12}>
                <Textarea
                  label="What was given"
                  required
                  autosize
                  minRows={2}
                  {...form.getInputProps('description')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <MoneyInput label="Fair market value" {...form.getInputProps('fairMarketValue')} />
              </Grid.Col>
            </>
          ) : null}
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label="Reference" description="Check number, transaction id…" {...form.getInputProps('reference')} />
          </Grid.Col>
        </Grid>

        <Divider />
        <Title order={3} size="h5">
          Designation
        </Title>
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select
              label="Campaign"
              data={campaignOptions}
              clearable
              searchable
              {...form.getInputProps('campaignId')}
              onChange={(value) => {
                form.setFieldValue('campaignId', value);
                const appeal = appeals.data?.find((candidate) => candidate.id === form.values.appealId);
                if (appeal && appeal.campaignId !== value) form.setFieldValue('appealId', null);
              }}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select
              label="Appeal"
              data={appealOptions}
              clearable
              searchable
              nothingFoundMessage="No appeal in this campaign"
              {...form.getInputProps('appealId')}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <Switch
              label="Split between funds"
              {...form.getInputProps('split', { type: 'checkbox' })}
              onChange={(event) => {
                const split = event.currentTarget.checked;
                form.setFieldValue('split', split);
                if (split && form.values.allocations.length === 0) {
                  form.setFieldValue('allocations', [
                    { key: randomId(), fundId: form.values.fundId, amount: form.values.amount },
                    { key: randomId(), fundId: null, amount: '' },
                  ]);
                }
              }}
            />
          </Grid.Col>
          {form.values.split ? (
            <Grid.Col span={12}>
              <AllocationRows form={form} fundOptions={fundOptions} currency={form.values.currency} />
            </Grid.Col>
          ) : (
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select label="Fund" required data={fundOptions} searchable {...form.getInputProps('fundId')} />
            </Grid.Col>
          )}
        </Grid>

        <Divider />
        <SoftCreditRows form={form} />

        <Divider />
        <Checkbox
          label="In honor or memory of someone"
          {...form.getInputProps('tribute', { type: 'checkbox' })}
        />
        {form.values.tribute ? (
          <Stack gap="sm" pl="md" style={{ borderLeft: '3px solid var(--mantine-color-blue-2)' }}>
            <Radio.Group label="Tribute" required {...form.getInputProps('tributeType')}>
              <Group gap="lg" mt={6}>
                <Radio value="IN_HONOR" label={TRIBUTE_LABELS.IN_HONOR} />
                <Radio value="IN_MEMORY" label={TRIBUTE_LABELS.IN_MEMORY} />
              </Group>
            </Radio.Group>
            <TextInput label="Honoree" required {...form.getInputProps('honoreeName')} />
            <ConstituentPicker
              label="Notify"
              description="Someone to tell about the gift (optional)"
              value={form.values.notifyConstituent}
              onChange={(value) => form.setFieldValue('notifyConstituent', value)}
              error={form.errors.notifyConstituent as string | undefined}
            />
          </Stack>
        ) : null}

        <Checkbox
          label="Anonymous (do not name the donor in public lists)"
          {...form.getInputProps('anonymous', { type: 'checkbox' })}
        />
        <Textarea label="Notes" autosize minRows={2} maxRows={8} {...form.getInputProps('notes')} />

        <Text size="xs" c="dimmed">
          Only completed gifts count in giving totals.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={record.isPending}>
            Record gift
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
