import { Center, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { Navigate, useSearchParams } from 'react-router';

import { Logo } from '@/components/ui/logo';
import { usePageTitle } from '@/hooks/use-page-title';
import { useSession, useSessionKnown } from '@/hooks/use-session';
import { safeRedirect } from '@/utils/safe-redirect';
import { LoginForm } from '@/features/auth/components/login-form';

export function LoginRoute() {
  usePageTitle('Sign in');
  const known = useSessionKnown();
  const session = useSession();
  const [params] = useSearchParams();
  const redirectTo = safeRedirect(params.get('redirectTo'));

  if (!known) {
    return (
      <Center mih="100dvh">
        <Loader aria-label="Checking your session" />
      </Center>
    );
  }

  if (session) {
    return <Navigate to={redirectTo} replace />;
  }

  return (
    <Center component="main" mih="100dvh" p="md" bg="gray.0">
      <Stack w="100%" maw={400} gap="lg">
        <Stack gap={4} align="center">
          <Logo size={48} />
          <Text fw={800} size="xl" c="blue.9">
            Steward
          </Text>
        </Stack>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <Title order={1} size="h3" mb="lg">
            Sign in
          </Title>
          <LoginForm redirectTo={redirectTo} />
        </Paper>
        <Text size="sm" c="dimmed" ta="center">
          Donor and event management for nonprofits
        </Text>
      </Stack>
    </Center>
  );
}
