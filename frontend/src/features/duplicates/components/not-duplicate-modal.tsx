import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';

import { useNotDuplicate } from '@/features/duplicates/api/duplicates';
import type { DuplicatePair } from '@/features/duplicates/types/duplicates';

/** Asks to confirm that a pair is two different constituents, with an optional reason, and says so to the server. */
export function NotDuplicateModal({ pair, onClose }: { pair: DuplicatePair | null; onClose: () => void }) {
  const notDuplicate = useNotDuplicate();
  const [reason, setReason] = useState('');
  const close = () => {
    setReason('');
    notDuplicate.reset();
    onClose();
  };
  return (
    <Modal opened={pair !== null} onClose={close} title="Not a duplicate?" size="md">
      {pair ? (
        <form
          aria-label="Not a duplicate"
          onSubmit={(event) => {
            event.preventDefault();
            notDuplicate.mutate(
              { id: pair.a.id, otherId: pair.b.id, reason },
              {
                onSuccess: () => {
                  notifications.show({
                    color: 'green',
                    message: `${pair.a.displayName} and ${pair.b.displayName} are no longer listed as possible duplicates.`,
                  });
                  close();
                },
              },
            );
          }}
        >
          <Stack gap="md">
            <Text size="sm">
              {pair.a.displayName} and {pair.b.displayName} are two different constituents. The pair leaves this list
              for good; an administrator can bring it back.
            </Text>
            <Textarea
              label="Why (optional)"
              description="For example: colleagues sharing an office phone"
              maxLength={500}
              autosize
              minRows={2}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={notDuplicate.isPending}>
                Not a duplicate
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}
