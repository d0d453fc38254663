import { Badge, Card, Group, List, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { RoleBadges } from '@/components/ui/role-badges';
import { hasAnyRole } from '@/config/roles';
import type { HomeDestination, UpcomingModule } from '@/features/home/types/home';

// Planned, not built: shown as plain text marked "Coming", never as a link. Remove a line when its module
// ships (it then brings its own navigation entry and card under "What you can do").
const UPCOMING: readonly UpcomingModule[] = [
  {
    label: 'Events',
    description: 'Events, registrations, waitlists and check-in.',
    roles: ['ADMIN', 'EVENT_COORDINATOR'],
  },
  {
    label: 'Import and export',
    description: 'Bring constituents and gifts in from spreadsheets, and take them out again.',
    roles: ['ADMIN'],
  },
];

type HomeDashboardProps = {
  displayName: string;
  roles: readonly string[];
  /** What this user can open now (from the app's navigation), without the home page itself. */
  destinations: readonly HomeDestination[];
  /** Figures other modules put at the top for this user (e.g. the board's fundraising card), composed by `app/`. */
  highlights?: ReactNode;
};

export function HomeDashboard({ displayName, roles, destinations, highlights }: HomeDashboardProps) {
  const upcoming = UPCOMING.filter((module) => hasAnyRole(roles, module.roles));

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1} size="h2">
          Welcome, {displayName}
        </Title>
        <Group gap="xs">
          <Text c="dimmed" size="sm">
            Signed in as
          </Text>
          <RoleBadges roles={roles} />
        </Group>
      </Stack>

      {highlights}

      {destinations.length === 0 ? (
        <Text>There is nothing for your role to open yet; what is coming for you is listed below.</Text>
      ) : null}

      {destinations.length > 0 ? (
        <section aria-labelledby="home-destinations">
          <Title order={2} size="h4" mb="sm" id="home-destinations">
            What you can do
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {destinations.map((destination) => (
              <Card
                key={destination.path}
                component={Link}
                to={destination.path}
                withBorder
                padding="lg"
                radius="md"
              >
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <ThemeIcon size={40} radius="md" variant="filled">
                    <destination.icon size={22} stroke={1.8} aria-hidden />
                  </ThemeIcon>
                  <div>
                    <Text fw={700}>{destination.label}</Text>
                    <Text size="sm" c="dimmed">
                      {destination.description}
                    </Text>
                  </div>
                </Group>
              </Card>
            ))}
          </SimpleGrid>
        </section>
      ) : null}

      {upcoming.length > 0 ? (
        <section aria-labelledby="home-upcoming">
          <Title order={2} size="h4" mb={4} id="home-upcoming">
            Coming soon
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            Planned, not available yet.
          </Text>
          <List spacing="xs" size="sm">
            {upcoming.map((module) => (
              <List.Item key={module.label}>
                <Badge size="xs" variant="light" color="gray" mr="xs">
                  Coming
                </Badge>
                <Text span fw={600} size="sm">
                  {module.label}
                </Text>
                <Text span size="sm">
                  {' '}
                  — {module.description}
                </Text>
              </List.Item>
            ))}
          </List>
        </section>
      ) : null}
    </Stack>
  );
}
