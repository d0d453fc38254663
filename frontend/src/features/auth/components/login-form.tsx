import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useNavigate } from 'react-router';

import { isApiError } from '@/lib/api-client';
import { setSession } from '@/lib/session';
import { toSession, useLogin } from '@/features/auth/api/login';

type LoginFormProps = {
  /** Where to go once signed in (already checked to be a path inside the app). */
  redirectTo: string;
};

function failureMessage(error: unknown): { title: string; detail?: string } {
  if (isApiError(error)) {
    return { title: error.problem.title, detail: error.problem.detail };
  }
  return { title: 'Sign-in failed', detail: 'Please try again.' };
}

export function LoginForm({ redirectTo }: LoginFormProps) {
  const navigate = useNavigate();
  const login = useLogin();
  const form = useForm({
    initialValues: { username: '', password: '' },
    validate: {
      username: (value) => (value.trim() ? null : 'Enter your username'),
      password: (value) => (value ? null : 'Enter your password'),
    },
  });

  const onSubmit = form.onSubmit((values) => {
    login.mutate(
      { username: values.username.trim(), password: values.password },
      {
        onSuccess: (response) => {
          setSession(toSession(response));
          void navigate(redirectTo, { replace: true });
        },
        onError: () => {
          // Ready to type again, without reaching for the mouse.
          form.setFieldValue('password', '');
          form.getInputNode('password')?.focus();
        },
      },
    );
  });

  const failure = login.isError ? failureMessage(login.error) : null;

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Sign in">
      <Stack gap="md">
        {failure ? (
          <Alert
            role="alert"
            color="red"
            variant="light"
            icon={<IconAlertCircle aria-hidden />}
            title={failure.title}
          >
            {failure.detail}
          </Alert>
        ) : null}
        <TextInput
          label="Username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          // eslint-disable-next-line jsx-a11y/no-autofocus -- signing in is the only thing to do on this page
          autoFocus
          required
          {...form.getInputProps('username')}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={login.isPending} fullWidth mt="xs">
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
