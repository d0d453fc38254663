import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';

import { ConstituentPicker } from '@/components/ui/constituent-picker';
import { FormProblemAlert } from '@/components/ui/form-problem-alert';
import { isApiError, type ApiError } from '@/lib/api-client';
import type { ConstituentSearchItem } from '@/types/constituents';
import { pluralize } from '@/utils/format';
import { formatMoney } from '@/utils/money';
import {
  useDonorReceipts,
  useIssueAnnualReceipt,
  useReplaceReceipt,
  useVoidReceipt,
} from '@/features/donations/api/receipts';
import type { Receipt } from '@/features/donations/types/receipts';
import { receiptProblemMessage, receiptYears } from '@/features/donations/utils/receipts';

/** The failed request as a form-level problem (a receipt request has no field a problem belongs to but the reason). */
export function receiptProblem(error: unknown): ApiError | null {
  return isApiError(error) && error.violations.length === 0 ? error : null;
}

/** What to say when the problem has no detail: our wording for the receipt codes, else `fallback`. */
export function receiptFallback(error: unknown, fallback: string): string {
  return (isApiError(error) ? receiptProblemMessage(error.code) : null) ?? fallback;
}

type ReceiptModalProps = { receipt: Receipt; opened: boolean; onClose: () => void };

/** Voids an issued receipt: it keeps its serial and prints VOID; its gifts can be receipted again. */
export function VoidReceiptModal({ receipt, opened, onClose }: ReceiptModalProps) {
  const voiding = useVoidReceipt(receipt);
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim() ? null : 'Say why') },
  });
  const close = () => {
    form.reset();
    voiding.reset();
    onClose();
  };
  const onSubmit = form.onSubmit((values) =>
    voiding.mutate(values.reason.trim(), {
      onSuccess: (updated) => {
        notifications.show({ color: 'green', message: `Receipt ${updated.serialNumber} is void.` });
        close();
      },
      onError: (error) => {
        const reason = isApiError(error) ? error.violations.find((violation) => violation.field.endsWith('reason')) : undefined;
        if (reason) form.setFieldError('reason', reason.message);
      },
    }),
  );
  return (
    <Modal opened={opened} onClose={close} title={<Text fw={700}>Void receipt {receipt.serialNumber}</Text>} size="md">
      <form onSubmit={onSubmit} noValidate aria-label="Void receipt">
        <Stack gap="md">
          <Text size="sm">
            The receipt keeps its number {receipt.serialNumber} in the ledger and prints VOID from now on. Its gifts can be
            receipted again. This cannot be undone.
          </Text>
          <FormProblemAlert problem={receiptProblem(voiding.error)} fallback={receiptFallback(voiding.error, 'The receipt could not be voided.')} />
          <Textarea label="Reason" required autosize minRows={2} maxLength={1000} data-autofocus {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={voiding.isPending}>
              Void receipt
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Cancels an issued receipt and issues a new one, with the next serial of its year, for what is left of its gifts. */
export function ReplaceReceiptModal({ receipt, opened, onClose }: ReceiptModalProps) {
  const replace = useReplaceReceipt(receipt);
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  const close = () => {
    setReason('');
    replace.reset();
    onClose();
  };
  const submit = () =>
    replace.mutate(reason.trim() || null, {
      onSuccess: (replacement) => {
        notifications.show({
          color: 'green',
          message: `Receipt ${replacement.serialNumber} replaces ${receipt.serialNumber}.`,
        });
        close();
        void navigate(`/receipts/${replacement.id}`);
      },
    });
  return (
    <Modal opened={opened} onClose={close} title={<Text fw={700}>Replace receipt {receipt.serialNumber}</Text>} size="md">
      <form
        aria-label="Replace receipt"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">
            Receipt {receipt.serialNumber} is cancelled (marked replaced) and a new receipt with the next number of{' '}
            {receipt.receiptYear} is issued for what is left of the same gifts. The new one says which receipt it
            replaces.
          </Text>
          <FormProblemAlert problem={receiptProblem(replace.error)} fallback={receiptFallback(replace.error, 'The receipt could not be replaced.')} />
          <Textarea
            label="Reason"
            description="Optional; kept with the cancelled receipt."
            autosize
            minRows={2}
            maxLength={1000}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" color="orange" loading={replace.isPending}>
              Replace receipt
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

type AnnualReceiptModalProps = {
  opened: boolean;
  onClose: () => void;
  /** Pre-filled donor and year (e.g. the list's filters). */
  donor: ConstituentSearchItem | null;
  year: number | null;
};

type AnnualResult = { receipt: Receipt; skipped: number };

/** Gifts of the donor's year already on a live receipt: the annual receipt leaves them out. */
function liveGifts(receipts: readonly Receipt[] | undefined): number {
  return (receipts ?? []).filter((receipt) => receipt.status === 'ISSUED').reduce((sum, receipt) => sum + receipt.gifts.length, 0);
}

/**
 * Issues one consolidated receipt for a donor's completed gifts of a year that are on no live receipt yet, and says
 * how many gifts it covers and how many it skipped because they were already receipted.
 */
export function AnnualReceiptModal({ opened, onClose, donor, year }: AnnualReceiptModalProps) {
  const issue = useIssueAnnualReceipt();
  const [picked, setPicked] = useState<ConstituentSearchItem | null>(donor);
  const [chosenYear, setChosenYear] = useState<string | null>(String(year ?? new Date().getFullYear() - 1));
  const [result, setResult] = useState<AnnualResult | null>(null);
  const [donorError, setDonorError] = useState<string | undefined>();
  const yearNumber = chosenYear ? Number(chosenYear) : null;
  const existing = useDonorReceipts(picked?.id ?? null, yearNumber, !result);
  const already = liveGifts(existing.data?.items);

  const close = () => {
    issue.reset();
    setResult(null);
    onClose();
  };
  const submit = () => {
    if (!picked) {
      setDonorError('Choose the donor');
      return;
    }
    if (!yearNumber) return;
    const skipped = already;
    issue.mutate(
      { constituentId: picked.id, year: yearNumber },
      {
        onSuccess: (receipt) => {
          setResult({ receipt, skipped });
          notifications.show({ color: 'green', message: `Annual receipt ${receipt.serialNumber} issued.` });
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title={<Text fw={700}>Annual receipt</Text>} size="md">
      {result ? (
        <Stack gap="md">
          <Alert color="green" variant="light" title={`Receipt ${result.receipt.serialNumber} issued`} role="status">
            <Stack gap={4}>
              <Text size="sm">
                Issued: 1 receipt covering {pluralize(result.receipt.gifts.length, 'gift')} of {result.receipt.receiptYear},{' '}
                eligible amount {formatMoney(result.receipt.eligibleAmount, result.receipt.currency)}.
              </Text>
              <Text size="sm">
                Skipped: {pluralize(result.skipped, 'gift')} already on a live receipt.
              </Text>
            </Stack>
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Close
            </Button>
            <Button component={Link} to={`/receipts/${result.receipt.id}`} onClick={close}>
              Open receipt
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          aria-label="Annual receipt"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              One receipt for all of a donor&apos;s completed gifts of the year that are not on a receipt yet. Gifts
              already receipted are skipped.
            </Text>
            <FormProblemAlert problem={receiptProblem(issue.error)}
              fallback={receiptFallback(issue.error, 'The annual receipt could not be issued.')} />
            <ConstituentPicker
              label="Donor"
              required
              value={picked}
              onChange={(value) => {
                setPicked(value);
                setDonorError(undefined);
                issue.reset();
              }}
              error={donorError}
            />
            <Select
              label="Year"
              required
              allowDeselect={false}
              data={receiptYears().map((value) => String(value))}
              value={chosenYear}
              onChange={(value) => {
                setChosenYear(value);
                issue.reset();
              }}
            />
            {picked && existing.data ? (
              <Text size="sm" data-testid="annual-already">
                {already > 0
                  ? `${pluralize(already, 'gift')} of ${chosenYear} already on a live receipt will be skipped.`
                  : `No gift of ${chosenYear} is on a receipt yet.`}
              </Text>
            ) : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={issue.isPending}>
                Issue annual receipt
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
