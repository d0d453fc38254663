import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { Logo } from '@/components/ui/logo';
import { usePageTitle } from '@/hooks/use-page-title';

/** The frame of the public pages (no sign-in, no staff navigation): a header, then the page in <main>. */
export function PublicLayout({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <Box bg="gray.0" mih="100dvh">
      <Box component="header" bg="white" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="sm">
          <Group gap="xs">
            <Logo size={28} />
            <Anchor component={Link} to="/public/events" fw={700} c="blue.9" underline="never">
              Events
            </Anchor>
          </Group>
        </Container>
      </Box>
      <Container component="main" size="sm" py="lg" px="md">
        {children}
      </Container>
      <Container component="footer" size="sm" pb="lg">
        <Text size="xs" c="dimmed">
          Sign-ups are handled with Steward.
        </Text>
      </Container>
    </Box>
  );
}
