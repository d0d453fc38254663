import { notifications } from '@mantine/notifications';

import { ConfirmModal } from '@/components/ui/confirm-modal';
import { useUpdateRelationshipType } from '@/features/relationship-types/api/update-relationship-type';
import type { RelationshipType } from '@/types/relationships';

type SetTypeActiveModalProps = {
  /** The custom type to deactivate (if active) or reactivate (if not), as last read. */
  type: RelationshipType | null;
  onClose: () => void;
};

/** Asks before retiring a custom type, or bringing it back. */
export function SetTypeActiveModal({ type, onClose }: SetTypeActiveModalProps) {
  const update = useUpdateRelationshipType();
  const deactivating = type?.active ?? true;

  const close = () => {
    update.reset();
    onClose();
  };

  const confirm = () => {
    if (!type) return;
    update.mutate(
      {
        code: type.code,
        request: {
          label: type.label,
          inverseLabel: type.symmetric ? null : type.inverseLabel,
          active: !type.active,
          version: type.version,
        },
      },
      {
        onSuccess: (updated) => {
          notifications.show({
            color: 'green',
            message: `“${updated.label}” is now ${updated.active ? 'active' : 'inactive'}.`,
          });
          close();
        },
      },
    );
  };

  return (
    <ConfirmModal
      opened={type !== null}
      title={deactivating ? 'Deactivate relationship type?' : 'Reactivate relationship type?'}
      confirmLabel={deactivating ? 'Deactivate' : 'Reactivate'}
      color={deactivating ? 'red' : 'blue'}
      focus="cancel"
      loading={update.isPending}
      onConfirm={confirm}
      onClose={close}
    >
      {type && deactivating ? (
        <>
          <strong>{type.label}</strong> will no longer be offered for new relationships. Relationships that already
          have it keep it, and you can reactivate it later.
        </>
      ) : null}
      {type && !deactivating ? (
        <>
          <strong>{type.label}</strong> will be offered again when staff add a relationship.
        </>
      ) : null}
    </ConfirmModal>
  );
}
