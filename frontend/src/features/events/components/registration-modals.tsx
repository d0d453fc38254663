import { Button, Group, Modal, Stack, Switch, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';

import { ConstituentPicker } from '@/components/ui/constituent-picker';
import { FormProblemAlert } from '@/components/ui/form-problem-alert';
import { isApiError, type ApiError } from '@/lib/api-client';
import type { ConstituentSearchItem } from '@/types/constituents';
import { useCancelEvent, useCancelRegistration, useTransferRegistration } from '@/features/events/api/events';
import type { Registration, StewardEvent } from '@/types/events';

function nameOf(registration: Registration) {
  return registration.constituentName ?? 'this registration';
}

/** Cancels a registration; its seats go to the waitlist. A paid one can have its fee refunded through the ledger. */
export function CancelRegistrationModal({
  eventId,
  registration,
  onClose,
}: {
  eventId: string;
  registration: Registration;
  onClose: () => void;
}) {
  const cancel = useCancelRegistration(eventId);
  const [reason, setReason] = useState('');
  const [refund, setRefund] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const title = `Cancel the registration of ${nameOf(registration)}`;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setFailure(null);
    cancel.mutate(
      { id: registration.id, request: { reason: reason.trim() || null, refund: !!registration.feeGiftId && refund } },
      {
        onSuccess: () => {
          notifications.show({
            color: 'green',
            message: `The registration of ${nameOf(registration)} was cancelled${refund && registration.feeGiftId ? ' and its fee refunded' : ''}.`,
          });
          onClose();
        },
        onError: (error) => setFailure(isApiError(error) ? error : null),
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={title} centered>
      <form onSubmit={submit} noValidate aria-label="Cancel registration">
        <Stack gap="sm">
          <FormProblemAlert problem={failure} fallback="The registration could not be cancelled." />
          <Text size="sm">Its seats are offered to the first party on the waitlist.</Text>
          <Textarea
            label="Reason"
            autosize
            minRows={2}
            maxLength={500}
            data-autofocus
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          {registration.feeGiftId ? (
            <Switch
              label="Refund the fee"
              description="Recorded as a refund of the event-fee gift"
              checked={refund}
              onChange={(e) => setRefund(e.currentTarget.checked)}
            />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Keep it
            </Button>
            <Button type="submit" color="red" loading={cancel.isPending}>
              Cancel registration
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Gives the registration to another constituent. */
export function TransferRegistrationModal({
  eventId,
  registration,
  onClose,
}: {
  eventId: string;
  registration: Registration;
  onClose: () => void;
}) {
  const transfer = useTransferRegistration(eventId);
  const [to, setTo] = useState<ConstituentSearchItem | null>(null);
  const [toError, setToError] = useState<string | undefined>();
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<ApiError | null>(null);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (!to) {
      setToError('Choose who takes the registration');
      return;
    }
    transfer.mutate(
      { id: registration.id, request: { constituentId: to.id, reason: reason.trim() || null } },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: `The registration now belongs to ${to.displayName}.` });
          onClose();
        },
        onError: (error) => setFailure(isApiError(error) ? error : null),
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={`Transfer the registration of ${nameOf(registration)}`} centered>
      <form onSubmit={submit} noValidate aria-label="Transfer registration">
        <Stack gap="sm">
          <FormProblemAlert problem={failure} fallback="The registration could not be transferred." />
          <ConstituentPicker
            label="Transfer to"
            required
            modalFocus
            value={to}
            exclude={[registration.constituentId]}
            onChange={(value) => {
              setTo(value);
              setToError(undefined);
            }}
            error={toError}
          />
          <Textarea label="Reason" autosize minRows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={transfer.isPending}>
              Transfer
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Cancels the event: a reason, whether to refund the fees paid and whether to email the registrants. */
export function CancelEventModal({ event, onClose }: { event: StewardEvent; onClose: () => void }) {
  const cancel = useCancelEvent(event.id);
  const [reason, setReason] = useState('');
  const [refundFees, setRefundFees] = useState(false);
  const [notify, setNotify] = useState(true);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setFailure(null);
    cancel.mutate(
      { reason: reason.trim() || null, refundFees, notify },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: `${event.title} was cancelled.` });
          onClose();
        },
        onError: (error) => setFailure(isApiError(error) ? error : null),
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={`Cancel ${event.title}`} centered>
      <form onSubmit={submit} noValidate aria-label="Cancel event">
        <Stack gap="sm">
          <FormProblemAlert problem={failure} fallback="The event could not be cancelled." />
          <Text size="sm">A cancelled event takes no registrations and can no longer be changed.</Text>
          <Textarea
            label="Reason"
            autosize
            minRows={2}
            maxLength={500}
            data-autofocus
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Switch
            label="Refund fees"
            description="Refund every paid registration's fee through the gift ledger"
            checked={refundFees}
            onChange={(e) => setRefundFees(e.currentTarget.checked)}
          />
          <Switch
            label="Email registrants"
            description="Tell everyone registered or waiting that the event is cancelled"
            checked={notify}
            onChange={(e) => setNotify(e.currentTarget.checked)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Keep the event
            </Button>
            <Button type="submit" color="red" loading={cancel.isPending}>
              Cancel event
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
