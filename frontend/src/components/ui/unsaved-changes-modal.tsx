import type { Blocker } from 'react-router';

import { ConfirmModal } from '@/components/ui/confirm-modal';

/** "Leave without saving?" for a page whose `useUnsavedChangesGuard` stopped a navigation. */
export function UnsavedChangesModal({ blocker }: { blocker: Blocker }) {
  return (
    <ConfirmModal
      opened={blocker.state === 'blocked'}
      title="Leave without saving?"
      confirmLabel="Leave without saving"
      cancelLabel="Stay on this page"
      focus="cancel"
      onConfirm={() => blocker.proceed?.()}
      onClose={() => blocker.reset?.()}
    >
      Your changes on this page have not been saved. If you leave now, they are lost.
    </ConfirmModal>
  );
}
