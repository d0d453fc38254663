import { Button, Group, Modal, MultiSelect, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';

import { ROLE_OPTIONS, isRole } from '@/config/roles';
import { isApiError } from '@/lib/api-client';
import { violationsToFormErrors } from '@/lib/form-errors';
import { useUpdateUserRoles } from '@/features/users/api/update-user-roles';
import type { User } from '@/features/users/types/user';

type EditRolesModalProps = {
  user: User | null;
  onClose: () => void;
};

export function EditRolesModal({ user, onClose }: EditRolesModalProps) {
  return (
    <Modal opened={user !== null} onClose={onClose} title="Edit roles" centered>
      {user ? <EditRolesForm key={user.id} user={user} onDone={onClose} /> : null}
    </Modal>
  );
}

function EditRolesForm({ user, onDone }: { user: User; onDone: () => void }) {
  const updateRoles = useUpdateUserRoles();
  const form = useForm<{ roles: string[] }>({
    initialValues: { roles: [...user.roles] },
    validate: { roles: (value) => (value.length > 0 ? null : 'Choose at least one role') },
  });

  const onSubmit = form.onSubmit(({ roles }) => {
    updateRoles.mutate(
      { id: user.id, roles: roles.filter(isRole) },
      {
        onSuccess: (updated) => {
          notifications.show({ color: 'green', message: `Roles of ${updated.username} saved.` });
          onDone();
        },
        onError: (error) => {
          if (isApiError(error)) {
            form.setErrors(violationsToFormErrors(error.violations, ['roles']).errors);
          }
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Text size="sm">
          Roles decide what <strong>{user.displayName}</strong> ({user.username}) can see and do.
        </Text>
        <MultiSelect
          label="Roles"
          data={ROLE_OPTIONS}
          required
          data-autofocus
          {...form.getInputProps('roles')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={updateRoles.isPending}>
            Save roles
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
