import { Button, Group, MultiSelect, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';

import { MIN_PASSWORD_LENGTH, validateNewPassword } from '@/config/password-policy';
import { ROLE_OPTIONS, isRole, type Role } from '@/config/roles';
import { isApiError, type Violation } from '@/lib/api-client';
import { violationsToFormErrors } from '@/lib/form-errors';
import { useCreateUser } from '@/features/users/api/create-user';
import type { User } from '@/features/users/types/user';
import { FormProblemAlert } from '@/components/ui/form-problem-alert';

const FIELDS = ['username', 'displayName', 'email', 'password', 'roles'] as const;

type FormValues = {
  username: string;
  displayName: string;
  email: string;
  password: string;
  roles: string[];
};

type CreateUserFormProps = {
  onCreated: (user: User) => void;
  onCancel: () => void;
};

export function CreateUserForm({ onCreated, onCancel }: CreateUserFormProps) {
  const createUser = useCreateUser();
  const form = useForm<FormValues>({
    initialValues: { username: '', displayName: '', email: '', password: '', roles: [] },
    validate: {
      username: (value) => (value.trim() ? null : 'Enter a username'),
      displayName: (value) => (value.trim() ? null : 'Enter the person’s name'),
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : 'Enter a valid email address'),
      password: validateNewPassword,
      roles: (value) => (value.length > 0 ? null : 'Choose at least one role'),
    },
  });

  const unmatched: Violation[] =
    createUser.error && isApiError(createUser.error)
      ? violationsToFormErrors(createUser.error.violations, FIELDS).unmatched
      : [];

  const onSubmit = form.onSubmit((values) => {
    createUser.mutate(
      {
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        email: values.email.trim(),
        password: values.password,
        roles: values.roles.filter(isRole) satisfies Role[],
      },
      {
        onSuccess: (user) => {
          form.reset();
          onCreated(user);
        },
        onError: (error) => {
          if (!isApiError(error)) return;
          if (error.code === 'users.username-taken') {
            form.setFieldError('username', 'This username is already taken');
          } else {
            form.setErrors(violationsToFormErrors(error.violations, FIELDS).errors);
          }
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="New user">
      <Stack gap="md">
        <FormProblemAlert unmatched={unmatched} />
        <TextInput
          label="Username"
          description="Used to sign in"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          data-autofocus
          {...form.getInputProps('username')}
        />
        <TextInput label="Name" autoComplete="off" required {...form.getInputProps('displayName')} />
        <TextInput
          label="Email"
          type="email"
          autoComplete="off"
          required
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label="Initial password"
          description={`At least ${MIN_PASSWORD_LENGTH} characters; share it with the person securely`}
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
        <MultiSelect
          label="Roles"
          placeholder="Choose roles"
          data={ROLE_OPTIONS}
          required
          clearable
          {...form.getInputProps('roles')}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={createUser.isPending}>
            Create user
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
