import { Alert, Anchor, Badge, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { usePublicEvents } from '@/features/public-events/api/public-events';
import { PublicLayout } from '@/features/public-events/components/public-layout';
import { formatWhen, seatsText } from '@/features/public-events/utils/format';

/** `/public/events`: the published events open for registration, for anyone (no sign-in). */
export function PublicEventsPage() {
  const events = usePublicEvents();
  return (
    <PublicLayout title="Upcoming events">
      <Stack gap="lg">
        <Title order={1}>Upcoming events</Title>
        {events.isPending ? (
          <Group gap="sm">
            <Loader size="sm" aria-label="Loading the events" />
            <Text>Loading the events…</Text>
          </Group>
        ) : null}
        {events.isError ? (
          <Alert color="red" variant="light" role="alert" title="The events could not be loaded">
            Please check your connection and reload the page.
          </Alert>
        ) : null}
        {events.data?.length === 0 ? <Text>No events are open for sign-up right now. Please come back later.</Text> : null}
        {events.data && events.data.length > 0 ? (
          <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {events.data.map((event) => {
              const seats = seatsText(event.seatsLeft);
              return (
                <Paper component="li" key={event.id} withBorder p="md" radius="md">
                  <Stack gap={6}>
                    <Title order={2} size="h3" style={{ overflowWrap: 'anywhere' }}>
                      <Anchor component={Link} to={`/public/events/${event.id}`}>
                        {event.title}
                      </Anchor>
                    </Title>
                    <Text>{formatWhen(event.startsAt, event.endsAt, event.timeZone)}</Text>
                    {event.venue ? <Text c="dimmed">{event.venue}</Text> : null}
                    {event.onlineUrl && !event.venue ? <Text c="dimmed">Online</Text> : null}
                    {seats ? (
                      <Badge color={event.seatsLeft === 0 ? 'orange' : 'green'} variant="light" size="lg">
                        {seats}
                      </Badge>
                    ) : null}
                  </Stack>
                </Paper>
              );
            })}
          </Stack>
        ) : null}
      </Stack>
    </PublicLayout>
  );
}
