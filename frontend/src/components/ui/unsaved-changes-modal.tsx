import { Button, Group, Modal, Text } from '@mantine/core';
import type { Blocker } from 'react-router';

/** "Leave without saving?" for a page whose `useUnsavedChangesGuard` stopped a navigation. */
export function UnsavedChangesModal({ blocker }: { blocker: Blocker }) {
  const opened = blocker.state === 'blocked';
  const stay = () => blocker.reset?.();
  return (
    <Modal opened={opened} onClose={stay} title="Leave without saving?" centered>
      <Text size="sm">Your changes on this page have not been saved. If you leave now, they are lost.</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={stay} data-autofocus>
          Stay on this page
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()}>
          Leave without saving
        </Button>
      </Group>
    </Modal>
  );
}
