import { Button, Center, Stack, Text, Title } from '@mantine/core';

import { usePageTitle } from '@/hooks/use-page-title';

/** Shown when a page fails to load or render (for example after a new version was deployed). */
export function RouteError() {
  usePageTitle('Something went wrong');
  return (
    <Center mih="60vh" p="md">
      <Stack align="center" gap="md" maw={480} ta="center">
        <Title order={1} size="h2">
          Something went wrong
        </Title>
        <Text>Reloading the page usually helps. If it keeps happening, tell your administrator.</Text>
        <Button onClick={() => window.location.reload()}>Reload</Button>
      </Stack>
    </Center>
  );
}
