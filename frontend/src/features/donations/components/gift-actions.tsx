import { Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconReceipt } from '@tabler/icons-react';

import { ConstituentPicker } from '@/components/ui/constituent-picker';
import { FormProblemAlert } from '@/components/ui/form-problem-alert';
import { MoneyInput } from '@/components/ui/money-input';
import { isApiError, type ApiError } from '@/lib/api-client';
import { violationsToFormErrors } from '@/lib/form-errors';
import type { ConstituentSearchItem } from '@/types/constituents';
import { compareAmounts, formatMoney, normalizeAmount, validateAmount } from '@/utils/money';
import { useAcknowledgeGift, useAdjustGift, useRefundGift } from '@/features/donations/api/gifts';
import { useIssueGiftReceipt } from '@/features/donations/api/receipts';
import type { AcknowledgementMethod, Gift } from '@/features/donations/types/donations';
import { ACKNOWLEDGEMENT_LABELS, today } from '@/features/donations/utils/labels';
import { receiptProblemMessage } from '@/features/donations/utils/receipts';

type ActionModalProps = { gift: Gift; opened: boolean; onClose: () => void };

/** Problems of a refund or an adjustment that belong to one field. */
function fieldOfCode(code: string): string | null {
  switch (code) {
    case 'donations.refund-too-large':
    case 'donations.adjustment-below-refunded':
    case 'donations.amount-not-positive':
    case 'donations.amount-too-precise':
    case 'donations.amount-too-large':
      return 'amount';
    case 'donations.donor-not-found':
    case 'donations.donor-deleted':
    case 'donations.donor-merged':
      return 'constituent';
    default:
      return null;
  }
}

function generalProblem(error: unknown): ApiError | null {
  return isApiError(error) && error.violations.length === 0 && !fieldOfCode(error.code) ? error : null;
}

type FieldErrors = { setFieldError: (path: string, message: string) => void; setErrors: (errors: Record<string, string>) => void };

function showFieldErrors(form: FieldErrors, error: unknown, fields: readonly string[]) {
  if (!isApiError(error)) return;
  const field = fieldOfCode(error.code);
  if (field) form.setFieldError(field, error.problem.detail ?? error.problem.title);
  else
    form.setErrors(
      Object.fromEntries(
        Object.entries(violationsToFormErrors(error.violations, fields).errors).map(([key, message]) => [
          key === 'constituentId' ? 'constituent' : key,
          message,
        ]),
      ),
    );
}

/** Refunds part or all of what is left of a completed gift. */
export function RefundGiftModal({ gift, opened, onClose }: ActionModalProps) {
  const refund = useRefundGift(gift);
  const form = useForm({
    initialValues: { amount: gift.netAmount, refundedOn: today(), reason: '' },
    validate: {
      amount: (value) =>
        validateAmount(value, { max: gift.netAmount, maxMessage: `At most ${formatMoney(gift.netAmount, gift.currency)} is left to refund` }),
      reason: (value) => (value.trim() ? null : 'Say why'),
    },
  });
  const close = () => {
    form.reset();
    refund.reset();
    onClose();
  };
  const onSubmit = form.onSubmit((values) => {
    const amount = normalizeAmount(values.amount);
    refund.mutate(
      {
        // All that is left: let the server take the exact remainder.
        amount: compareAmounts(amount, gift.netAmount) === 0 ? null : amount,
        refundedOn: values.refundedOn || null,
        reason: values.reason.trim(),
      },
      {
        onSuccess: (updated) => {
          notifications.show({ color: 'green', message: `Refunded; ${formatMoney(updated.netAmount, updated.currency)} of the gift remains.` });
          close();
        },
        onError: (error) => showFieldErrors(form, error, ['amount', 'refundedOn', 'reason']),
      },
    );
  });

  return (
    <Modal opened={opened} onClose={close} title={<Text fw={700}>Refund gift</Text>} fullScreen={false} size="md">
      <form onSubmit={onSubmit} noValidate aria-label="Refund gift">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {formatMoney(gift.netAmount, gift.currency)} of {formatMoney(gift.amount, gift.currency)} can still be refunded.
            A full refund marks the gift refunded and takes it out of the giving totals.
          </Text>
          <FormProblemAlert problem={generalProblem(refund.error)} fallback="The refund could not be recorded." />
          <MoneyInput label={`Amount (${gift.currency})`} required data-autofocus {...form.getInputProps('amount')} />
          <TextInput label="Refunded on" type="date" {...form.getInputProps('refundedOn')} />
          <Textarea label="Reason" required autosize minRows={2} {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={refund.isPending}>
              Refund
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

type AdjustValues = { amount: string; receivedOn: string; constituent: ConstituentSearchItem | null; reason: string };

/** Corrects a gift's amount, date received or donor; the gift keeps the earlier values in its history. */
export function AdjustGiftModal({ gift, opened, onClose, donor }: ActionModalProps & { donor: ConstituentSearchItem | null }) {
  const adjust = useAdjustGift(gift);
  const split = gift.allocations.length > 1;
  const form = useForm<AdjustValues>({
    initialValues: { amount: gift.amount, receivedOn: gift.receivedOn, constituent: donor, reason: '' },
    validate: {
      amount: (value) => validateAmount(value),
      receivedOn: (value) => (value ? null : 'Enter the date received'),
      constituent: (value) => (value ? null : 'Choose the donor'),
      reason: (value) => (value.trim() ? null : 'Say why'),
    },
  });
  const close = () => {
    form.reset();
    adjust.reset();
    onClose();
  };
  const onSubmit = form.onSubmit((values) => {
    const amount = normalizeAmount(values.amount);
    const changedAmount = compareAmounts(amount, gift.amount) !== 0;
    const changedDate = values.receivedOn !== gift.receivedOn;
    const changedDonor = !!values.constituent && values.constituent.id !== gift.constituentId;
    if (!changedAmount && !changedDate && !changedDonor) {
      form.setFieldError('amount', 'Change the amount, the date or the donor');
      return;
    }
    adjust.mutate(
      {
        amount: changedAmount ? amount : null,
        receivedOn: changedDate ? values.receivedOn : null,
        constituentId: changedDonor ? (values.constituent?.id ?? null) : null,
        reason: values.reason.trim(),
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: 'Gift adjusted; the earlier values are kept in its history.' });
          close();
        },
        onError: (error) => showFieldErrors(form, error, ['amount', 'receivedOn', 'constituentId', 'reason']),
      },
    );
  });

  return (
    <Modal opened={opened} onClose={close} title={<Text fw={700}>Adjust gift</Text>} size="md">
      <form onSubmit={onSubmit} noValidate aria-label="Adjust gift">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            Correct a mistake. The gift keeps what it said before, with your reason.
          </Text>
          <FormProblemAlert problem={generalProblem(adjust.error)} fallback="The adjustment could not be saved." />
          <MoneyInput
            label={`Amount (${gift.currency})`}
            required
            // A split gift's new amount needs new allocations, which this form does not ask for yet.
            disabled={split}
            description={split ? 'A gift split between funds keeps its amount here; refund part of it instead.' : undefined}
            data-autofocus={split ? undefined : true}
            {...form.getInputProps('amount')}
          />
          <TextInput label="Received on" type="date" required {...form.getInputProps('receivedOn')} />
          <ConstituentPicker
            label="Donor"
            required
            value={form.values.constituent}
            onChange={(value) => form.setFieldValue('constituent', value)}
            error={form.errors.constituent as string | undefined}
          />
          <Textarea label="Reason" required autosize minRows={2} {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={adjust.isPending}>
              Save adjustment
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * Issues a tax receipt for the gift (only a completed gift with something left after refunds, and on no live
 * receipt: the caller decides when to show it); says which serial it got, or why it got none.
 */
export function IssueReceiptButton({ gift }: { gift: Gift }) {
  const issue = useIssueGiftReceipt();
  return (
    <Button
      variant="light"
      leftSection={<IconReceipt size={18} aria-hidden />}
      loading={issue.isPending}
      onClick={() =>
        issue.mutate(gift.id, {
          onSuccess: (receipt) =>
            notifications.show({ color: 'green', message: `Receipt ${receipt.serialNumber} issued for this gift.` }),
          onError: (error) => {
            if (!isApiError(error)) return;
            notifications.show({
              color: 'red',
              title: error.problem.title,
              message: receiptProblemMessage(error.code) ?? error.problem.detail ?? 'The receipt could not be issued.',
              autoClose: 8000,
            });
          },
        })
      }
    >
      Issue receipt
    </Button>
  );
}

const ACKNOWLEDGEMENT_OPTIONS = (Object.keys(ACKNOWLEDGEMENT_LABELS) as AcknowledgementMethod[]).map((method) => ({
  value: method,
  label: ACKNOWLEDGEMENT_LABELS[method],
}));

/** Records how and when the donor was thanked for a completed gift; a second time corrects the first. */
export function AcknowledgeGiftModal({ gift, opened, onClose }: ActionModalProps) {
  const acknowledge = useAcknowledgeGift(gift);
  const was = gift.acknowledgement;
  const form = useForm({
    initialValues: {
      method: (was?.method ?? 'LETTER'),
      acknowledgedOn: was?.acknowledgedOn ?? today(),
      notes: was?.notes ?? '',
    },
    validate: {
      method: (value) => (value ? null : 'Choose how the donor was thanked'),
      acknowledgedOn: (value) => (value ? null : 'Say when'),
    },
  });
  const close = () => {
    form.reset();
    acknowledge.reset();
    onClose();
  };
  const onSubmit = form.onSubmit((values) => {
    acknowledge.mutate(
      {
        method: values.method,
        acknowledgedOn: values.acknowledgedOn,
        notes: values.notes.trim() || null,
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: 'Thank-you recorded.' });
          close();
        },
        onError: (error) => showFieldErrors(form, error, ['method', 'acknowledgedOn', 'notes']),
      },
    );
  });

  return (
    <Modal opened={opened} onClose={close} title={<Text fw={700}>{was ? 'Correct the thank-you' : 'Record thank-you'}</Text>} size="md">
      <form onSubmit={onSubmit} noValidate aria-label="Record thank-you">
        <Stack gap="md">
          <FormProblemAlert problem={generalProblem(acknowledge.error)} fallback="The thank-you could not be recorded." />
          <Select
            label="How"
            required
            data={ACKNOWLEDGEMENT_OPTIONS}
            allowDeselect={false}
            data-autofocus
            {...form.getInputProps('method')}
          />
          <TextInput label="When" type="date" required {...form.getInputProps('acknowledgedOn')} />
          <Textarea label="Notes" autosize minRows={2} maxLength={2000} {...form.getInputProps('notes')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={acknowledge.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
