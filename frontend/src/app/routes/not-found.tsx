import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { usePageTitle } from '@/hooks/use-page-title';

export function NotFoundRoute() {
  usePageTitle('Page not found');
  return (
    <Stack align="flex-start" gap="md" maw={560} py="xl">
      <Text fw={800} c="blue.9" fz={48} lh={1}>
        404
      </Text>
      <Title order={1} size="h2">
        We could not find that page
      </Title>
      <Text>The link may be old, or the page may have moved. Everything you can open is in the menu.</Text>
      <Button component={Link} to="/">
        Go to the home page
      </Button>
    </Stack>
  );
}
