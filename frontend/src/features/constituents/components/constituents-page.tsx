import { Loader, Stack, Text, Title } from '@mantine/core';

import { usePageTitle } from '@/hooks/use-page-title';

// Placeholder: the constituents module replaces this file with the real list.
export function ConstituentsPage() {
  usePageTitle('Constituents');
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        Constituents
      </Title>
      <Text role="status">
        <Loader size="xs" mr="xs" aria-hidden />
        The constituent list is loading from /api/constituents…
      </Text>
    </Stack>
  );
}
