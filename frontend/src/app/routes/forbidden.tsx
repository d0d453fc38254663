import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { usePageTitle } from '@/hooks/use-page-title';

export function ForbiddenRoute() {
  usePageTitle('Not available');
  return (
    <Stack align="flex-start" gap="md" maw={560} py="xl">
      <Title order={1} size="h2">
        This page is not available to you
      </Title>
      <Text>Your roles do not include access to this page. An administrator can change your roles.</Text>
      <Button component={Link} to="/">
        Go to the home page
      </Button>
    </Stack>
  );
}
