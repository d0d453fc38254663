import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';

import { MIN_PASSWORD_LENGTH, validateNewPassword } from '@/config/password-policy';
import { isApiError } from '@/lib/api-client';
import { violationsToFormErrors } from '@/lib/form-errors';
import { useResetUserPassword } from '@/features/users/api/reset-user-password';
import type { User } from '@/features/users/types/user';

type ResetPasswordModalProps = {
  user: User | null;
  onClose: () => void;
};

export function ResetPasswordModal({ user, onClose }: ResetPasswordModalProps) {
  return (
    <Modal opened={user !== null} onClose={onClose} title="Reset password" centered>
      {user ? <ResetPasswordForm key={user.id} user={user} onDone={onClose} /> : null}
    </Modal>
  );
}

function ResetPasswordForm({ user, onDone }: { user: User; onDone: () => void }) {
  const resetPassword = useResetUserPassword();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { password: '', confirmPassword: '' },
    validate: {
      password: validateNewPassword,
      confirmPassword: (value, values) =>
        value === values.password ? null : 'The passwords do not match',
    },
  });

  const onSubmit = form.onSubmit(({ password }) => {
    resetPassword.mutate(
      { id: user.id, password },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: `Password of ${user.username} reset.` });
          onDone();
        },
        onError: (error) => {
          if (isApiError(error)) {
            form.setErrors(violationsToFormErrors(error.violations, ['password']).errors);
          }
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Text size="sm">
          Set a new password for <strong>{user.displayName}</strong> ({user.username}) and share it
          with them securely.
        </Text>
        <PasswordInput
          label="New password"
          description={`At least ${MIN_PASSWORD_LENGTH} characters`}
          autoComplete="new-password"
          required
          data-autofocus
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <PasswordInput
          label="Repeat new password"
          autoComplete="new-password"
          required
          key={form.key('confirmPassword')}
          {...form.getInputProps('confirmPassword')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={resetPassword.isPending}>
            Reset password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
