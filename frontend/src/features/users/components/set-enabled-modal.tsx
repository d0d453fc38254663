import { notifications } from '@mantine/notifications';

import { ConfirmModal } from '@/components/ui/confirm-modal';
import { useSetUserEnabled } from '@/features/users/api/set-user-enabled';
import type { User } from '@/features/users/types/user';

type SetEnabledModalProps = {
  /** The user to disable (if enabled) or enable (if disabled). */
  user: User | null;
  onClose: () => void;
};

/** Asks before disabling or enabling an account. */
export function SetEnabledModal({ user, onClose }: SetEnabledModalProps) {
  const setEnabled = useSetUserEnabled();
  const disabling = user?.enabled ?? true;

  const confirm = () => {
    if (!user) return;
    setEnabled.mutate(
      { id: user.id, enabled: !user.enabled },
      {
        onSuccess: (updated) => {
          notifications.show({
            color: 'green',
            message: `${updated.username} is now ${updated.enabled ? 'enabled' : 'disabled'}.`,
          });
          onClose();
        },
      },
    );
  };

  return (
    <ConfirmModal
      opened={user !== null}
      title={disabling ? 'Disable user?' : 'Enable user?'}
      confirmLabel={disabling ? 'Disable' : 'Enable'}
      color={disabling ? 'red' : 'blue'}
      focus="cancel"
      loading={setEnabled.isPending}
      onConfirm={confirm}
      onClose={onClose}
    >
      {user && disabling ? (
        <>
          <strong>{user.displayName}</strong> ({user.username}) will no longer be able to sign in. Their history
          stays in the audit log, and you can enable them again later.
        </>
      ) : null}
      {user && !disabling ? (
        <>
          <strong>{user.displayName}</strong> ({user.username}) will be able to sign in again with their current
          roles.
        </>
      ) : null}
    </ConfirmModal>
  );
}
