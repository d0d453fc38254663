import { Button, Drawer, Grid, Group, NumberInput, Radio, Select, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';

import { ConstituentPicker } from '@/components/ui/constituent-picker';
import { FormProblemAlert } from '@/components/ui/form-problem-alert';
import { MoneyInput } from '@/components/ui/money-input';
import { isApiError, type ApiError } from '@/lib/api-client';
import { violationsToFormErrors } from '@/lib/form-errors';
import type { ConstituentSearchItem } from '@/types/constituents';
import { COMMON_CURRENCIES, formatMoney, normalizeAmount, validateAmount } from '@/utils/money';
import { useCampaigns, useFunds } from '@/features/donations/api/campaigns';
import { useCreatePledge } from '@/features/donations/api/pledges';
import { DEFAULT_BASE_CURRENCY } from '@/features/donations/components/gift-form';
import {
  PLEDGE_FREQUENCIES,
  type CreatePledgeRequest,
  type Pledge,
  type PledgeFrequency,
} from '@/features/donations/types/pledges';
import { formatDay, today } from '@/features/donations/utils/labels';
import { FREQUENCY_LABELS, planSchedule } from '@/features/donations/utils/pledges';

type PledgeFormValues = {
  donor: ConstituentSearchItem | null;
  amount: string;
  currency: string;
  pledgedOn: string;
  fundId: string | null;
  campaignId: string | null;
  mode: 'single' | 'schedule';
  count: number | string;
  frequency: PledgeFrequency;
  firstDueOn: string;
  notes: string;
};

/** Problems of a new pledge that belong to one field of the form. */
function fieldOfCode(code: string): keyof PledgeFormValues | null {
  switch (code) {
    case 'donations.amount-not-positive':
    case 'donations.amount-too-precise':
    case 'donations.amount-too-large':
      return 'amount';
    case 'donations.pledge-schedule-mismatch':
      return 'count';
    case 'donations.donor-not-found':
    case 'donations.donor-deleted':
    case 'donations.donor-merged':
      return 'donor';
    case 'donations.unknown-fund':
      return 'fundId';
    case 'donations.unknown-campaign':
      return 'campaignId';
    default:
      return null;
  }
}

/** The request's fields a violation may name (the last segment of its path: `schedule.count` is `count`). */
const SERVER_FIELDS = ['constituentId', 'amount', 'currency', 'pledgedOn', 'fundId', 'campaignId', 'count', 'frequency', 'firstDueOn', 'notes'];
const FORM_NAME: Record<string, string> = { constituentId: 'donor' };

export function toCreatePledgeRequest(values: PledgeFormValues): CreatePledgeRequest {
  return {
    constituentId: values.donor?.id ?? '',
    amount: normalizeAmount(values.amount) ?? values.amount,
    currency: values.currency,
    pledgedOn: values.pledgedOn,
    fundId: values.fundId,
    campaignId: values.campaignId,
    appealId: null,
    installments: null,
    schedule:
      values.mode === 'schedule'
        ? { count: Number(values.count), frequency: values.frequency, firstDueOn: values.firstDueOn }
        : null,
    notes: values.notes.trim() || null,
  };
}

type PledgeFormProps = { donor?: ConstituentSearchItem | null; onSaved: (pledge: Pledge) => void; onCancel: () => void };

/**
 * Records a pledge: the amount promised and either one installment due on the day of the pledge, or a schedule
 * of installments (count, frequency, first due date). The preview splits the amount as the server will: whole
 * cents, the last installment taking the remainder.
 */
export function PledgeForm({ donor = null, onSaved, onCancel }: PledgeFormProps) {
  const create = useCreatePledge();
  const funds = useFunds();
  const campaigns = useCampaigns();
  const form = useForm<PledgeFormValues>({
    initialValues: {
      donor,
      amount: '',
      currency: DEFAULT_BASE_CURRENCY,
      pledgedOn: today(),
      fundId: null,
      campaignId: null,
      mode: 'schedule',
      count: 12,
      frequency: 'MONTHLY',
      firstDueOn: today(),
      notes: '',
    },
    validate: {
      donor: (value) => (value ? null : 'Choose the donor'),
      amount: (value) => validateAmount(value),
      pledgedOn: (value) => (value ? null : 'Enter the date of the pledge'),
      count: (value, values) => {
        if (values.mode !== 'schedule') return null;
        const count = Number(value);
        if (!Number.isInteger(count) || count < 1 || count > 240) return 'Between 1 and 240 installments';
        return planSchedule(values.amount, count, values.frequency, values.firstDueOn).length === count || validateAmount(values.amount)
          ? null
          : 'Too many installments for this amount';
      },
      firstDueOn: (value, values) =>
        values.mode !== 'schedule' ? null : !value ? 'Enter the first due date' : value < values.pledgedOn ? 'Not before the date of the pledge' : null,
    },
  });

  const values = form.values;
  const preview = values.mode === 'schedule' ? planSchedule(values.amount, Number(values.count), values.frequency, values.firstDueOn) : [];
  const fundOptions = (funds.data ?? []).filter((fund) => fund.active).map((fund) => ({ value: fund.id, label: `${fund.name} (${fund.code})` }));
  const campaignOptions = (campaigns.data ?? []).filter((c) => c.active).map((c) => ({ value: c.id, label: c.name }));
  const problem: ApiError | null =
    create.error && isApiError(create.error) && create.error.violations.length === 0 && !fieldOfCode(create.error.code) ? create.error : null;

  const onSubmit = form.onSubmit((submitted) => {
    if (create.isPending) return;
    create.mutate(toCreatePledgeRequest(submitted), {
      onSuccess: onSaved,
      onError: (error) => {
        if (!isApiError(error)) return;
        const field = fieldOfCode(error.code);
        if (field) {
          form.setFieldError(field, error.problem.detail ?? error.problem.title);
          return;
        }
        const mapped = violationsToFormErrors(error.violations, SERVER_FIELDS);
        form.setErrors(Object.fromEntries(Object.entries(mapped.errors).map(([path, message]) => [FORM_NAME[path] ?? path, message])));
      },
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="New pledge">
      <Stack gap="md">
        <FormProblemAlert problem={problem} fallback="The pledge could not be recorded." />
        <ConstituentPicker
          label="Donor"
          required
          value={form.values.donor}
          onChange={(value) => form.setFieldValue('donor', value)}
          error={form.errors.donor as string | undefined}
        />
        <Grid gutter="sm">
          <Grid.Col span={{ base: 7, sm: 8 }}>
            <MoneyInput label="Amount pledged" required {...form.getInputProps('amount')} />
          </Grid.Col>
          <Grid.Col span={{ base: 5, sm: 4 }}>
            <Select label="Currency" data={[...COMMON_CURRENCIES]} allowDeselect={false} {...form.getInputProps('currency')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label="Pledged on" type="date" required {...form.getInputProps('pledgedOn')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select label="Fund" data={fundOptions} clearable searchable {...form.getInputProps('fundId')} />
          </Grid.Col>
          <Grid.Col span={12}>
            <Select label="Campaign" data={campaignOptions} clearable searchable {...form.getInputProps('campaignId')} />
          </Grid.Col>
        </Grid>
        <Radio.Group label="Installments" {...form.getInputProps('mode')}>
          <Group mt={4}>
            <Radio value="schedule" label="A schedule" />
            <Radio value="single" label="One payment, due on the day of the pledge" />
          </Group>
        </Radio.Group>
        {values.mode === 'schedule' ? (
          <>
            <Grid gutter="sm">
              <Grid.Col span={{ base: 6, sm: 3 }}>
                <NumberInput label="Number of installments" min={1} max={240} allowDecimal={false} allowNegative={false} {...form.getInputProps('count')} />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 4 }}>
                <Select
                  label="Frequency"
                  allowDeselect={false}
                  data={PLEDGE_FREQUENCIES.map((frequency) => ({ value: frequency, label: FREQUENCY_LABELS[frequency] }))}
                  {...form.getInputProps('frequency')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 5 }}>
                <TextInput label="First due on" type="date" {...form.getInputProps('firstDueOn')} />
              </Grid.Col>
            </Grid>
            {preview.length > 0 ? (
              <Table.ScrollContainer minWidth={240} mah={220}>
                <Table aria-label="Schedule preview" verticalSpacing={2} fz="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>#</Table.Th>
                      <Table.Th>Due</Table.Th>
                      <Table.Th ta="right">Amount</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {preview.map((installment, index) => (
                      <Table.Tr key={installment.dueOn + index}>
                        <Table.Td>{index + 1}</Table.Td>
                        <Table.Td>{formatDay(installment.dueOn)}</Table.Td>
                        <Table.Td ta="right">{formatMoney(installment.amount, values.currency)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            ) : null}
          </>
        ) : null}
        <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Record pledge
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type NewPledgeDrawerProps = { opened: boolean; onClose: () => void; donor?: ConstituentSearchItem | null };

/** The pledge form in a drawer (full width on a phone); opens the new pledge once recorded. */
export function NewPledgeDrawer({ opened, onClose, donor = null }: NewPledgeDrawerProps) {
  const navigate = useNavigate();
  return (
    <Drawer opened={opened} onClose={onClose} title={<Text fw={700} size="lg">New pledge</Text>} position="right" size="lg">
      {opened ? (
        <PledgeForm
          donor={donor}
          onCancel={onClose}
          onSaved={(pledge) => {
            notifications.show({ color: 'green', message: `Pledge of ${formatMoney(pledge.amount, pledge.currency)} recorded.` });
            onClose();
            void navigate(`/pledges/${pledge.id}`);
          }}
        />
      ) : null}
    </Drawer>
  );
}
