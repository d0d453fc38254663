import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';

import { useDeleteConstituent } from '@/features/constituents/api/delete-constituent';
import type { Constituent } from '@/features/constituents/types/constituent';

type DeleteConstituentModalProps = {
  constituent: Constituent;
  opened: boolean;
  onClose: () => void;
  onDeleted: () => void;
};

/** Asks before a (soft) delete and takes an optional reason for the audit log. */
export function DeleteConstituentModal({ constituent, opened, onClose, onDeleted }: DeleteConstituentModalProps) {
  const deleteConstituent = useDeleteConstituent();
  const [reason, setReason] = useState('');

  return (
    <Modal opened={opened} onClose={onClose} title="Delete constituent?" centered>
      <Stack gap="md">
        <Text size="sm">
          <strong>{constituent.displayName}</strong> will disappear from searches and lists. Their gifts and
          history are kept, and an administrator can restore them later.
        </Text>
        <Textarea
          label="Reason"
          description="Optional; kept in the audit log"
          maxLength={500}
          autosize
          minRows={2}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Keep
          </Button>
          <Button
            color="red"
            loading={deleteConstituent.isPending}
            onClick={() =>
              deleteConstituent.mutate({ id: constituent.id, reason }, { onSuccess: () => onDeleted() })
            }
          >
            Delete constituent
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
