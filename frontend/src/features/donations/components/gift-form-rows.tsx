import { ActionIcon, Button, Grid, Group, Select, Stack, Text, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';

import { ConstituentPicker } from '@/components/ui/constituent-picker';
import { MoneyInput } from '@/components/ui/money-input';
import { compareAmounts, formatMoney, subtractAmounts, sumAmounts, toCents } from '@/utils/money';
import { randomId } from '@/utils/random-id';
import type { AllocationRow, GiftFormValues } from '@/features/donations/types/gift-form';
import { SOFT_CREDIT_ROLES } from '@/features/donations/utils/labels';

type RowsForm = UseFormReturnType<GiftFormValues>;

/** Why split allocations are not acceptable (each row a fund and an amount; together exactly the gift), or null. */
export function allocationsError(rows: readonly AllocationRow[], amount: string): string | null {
  if (rows.length === 0) return 'Add at least one fund';
  if (rows.some((row) => !row.fundId)) return 'Choose a fund on every row';
  if (new Set(rows.map((row) => row.fundId)).size !== rows.length) return 'Each fund once';
  if (rows.some((row) => toCents(row.amount) === null || (toCents(row.amount) ?? 0n) <= 0n)) {
    return 'Enter an amount above 0 with at most 2 decimals on every row';
  }
  const total = sumAmounts(rows.map((row) => row.amount));
  if (toCents(amount) !== null && compareAmounts(total, amount) !== 0) {
    return 'The allocations must add up to the amount of the gift';
  }
  return null;
}

/** "Allocated $X of $Y, $Z left" computed exactly; announced politely as it changes. */
function RemainingIndicator({ rows, amount, currency, error }: { rows: AllocationRow[]; amount: string; currency: string; error?: string }) {
  const allocated = sumAmounts(rows.map((row) => row.amount));
  const gift = toCents(amount) === null ? null : amount;
  const left = gift && allocated ? subtractAmounts(gift, allocated) : null;
  const leftCents = left === null ? null : toCents(left);
  let message: string;
  if (allocated === null) message = 'An allocation is not a valid amount.';
  else if (gift === null) message = `Allocated ${formatMoney(allocated, currency)}; enter the gift's amount.`;
  else if (leftCents === 0n) message = `Fully allocated: ${formatMoney(allocated, currency)}.`;
  else if (leftCents !== null && leftCents > 0n)
    message = `${formatMoney(left, currency)} left to allocate (${formatMoney(allocated, currency)} of ${formatMoney(gift, currency)}).`;
  else message = `Over-allocated by ${formatMoney(subtractAmounts(allocated, gift), currency)}.`;
  const ok = leftCents === 0n && !error;
  return (
    <Stack gap={2}>
      <Text size="sm" c={ok ? 'teal.9' : error ? 'red.9' : 'dimmed'} role="status" aria-live="polite" data-testid="allocation-remaining">
        {message}
      </Text>
      {error ? (
        <Text size="sm" c="red.8" role="alert">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}

export function AllocationRows({
  form,
  fundOptions,
  currency,
}: {
  form: RowsForm;
  fundOptions: { value: string; label: string }[];
  currency: string;
}) {
  const rows = form.values.allocations;
  return (
    <Stack gap="sm" role="group" aria-label="Allocations">
      {rows.map((row, index) => (
        <Grid key={row.key} gutter="sm" align="flex-end">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select
              label={`Allocation ${index + 1} fund`}
              data={fundOptions}
              searchable
              required
              {...form.getInputProps(`allocations.${index}.fundId`)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 10, sm: 5 }}>
            <MoneyInput
              label={`Allocation ${index + 1} amount`}
              required
              {...form.getInputProps(`allocations.${index}.amount`)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 2, sm: 1 }}>
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={`Remove allocation ${index + 1}`}
              onClick={() => form.removeListItem('allocations', index)}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Grid.Col>
        </Grid>
      ))}
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <RemainingIndicator
          rows={rows}
          amount={form.values.amount}
          currency={currency}
          error={form.errors.allocations as string | undefined}
        />
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => {
            // Start the new row with what is left, when something is.
            const left = subtractAmounts(form.values.amount, sumAmounts(rows.map((r) => r.amount)));
            const amount = left && (toCents(left) ?? 0n) > 0n ? left : '';
            form.insertListItem('allocations', { key: randomId(), fundId: null, amount });
          }}
        >
          Add fund
        </Button>
      </Group>
    </Stack>
  );
}

export function SoftCreditRows({ form }: { form: RowsForm }) {
  const rows = form.values.softCredits;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h5">
          Soft credits
        </Title>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() =>
            form.insertListItem('softCredits', { key: randomId(), constituent: null, amount: form.values.amount, role: null })
          }
        >
          Add soft credit
        </Button>
      </Group>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          Credit a solicitor, a spouse or a matching employer without counting the gift twice.
        </Text>
      ) : null}
      {form.errors.softCredits ? (
        <Text size="sm" c="red.8" role="alert">
          {form.errors.softCredits as string}
        </Text>
      ) : null}
      {rows.map((row, index) => (
        <Grid key={row.key} gutter="sm" align="flex-end" role="group" aria-label={`Soft credit ${index + 1}`}>
          <Grid.Col span={{ base: 12, sm: 5 }}>
            <ConstituentPicker
              label={`Soft credit ${index + 1} constituent`}
              required
              value={row.constituent}
              onChange={(value) => form.setFieldValue(`softCredits.${index}.constituent`, value)}
              error={form.errors[`softCredits.${index}.constituent`] as string | undefined}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <MoneyInput
              label={`Soft credit ${index + 1} amount`}
              required
              {...form.getInputProps(`softCredits.${index}.amount`)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 4, sm: 3 }}>
            <Select
              label={`Soft credit ${index + 1} role`}
              data={SOFT_CREDIT_ROLES}
              clearable
              {...form.getInputProps(`softCredits.${index}.role`)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 2, sm: 1 }}>
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={`Remove soft credit ${index + 1}`}
              onClick={() => form.removeListItem('softCredits', index)}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Grid.Col>
        </Grid>
      ))}
    </Stack>
  );
}
