import { Alert, Anchor, Badge, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';

import { isApiError } from '@/lib/api-client';
import { usePublicEvent } from '@/features/public-events/api/public-events';
import { PublicLayout } from '@/features/public-events/components/public-layout';
import { SignUpForm } from '@/features/public-events/components/sign-up-form';
import { formatWhen, seatsText } from '@/features/public-events/utils/format';

/** `/public/events/:id`: one event's details and its sign-up form, for anyone (no sign-in). */
export function PublicEventPage() {
  const { id = '' } = useParams();
  const query = usePublicEvent(id);
  const event = query.data;
  const seats = event ? seatsText(event.seatsLeft) : null;

  return (
    <PublicLayout title={event?.title ?? 'Event'}>
      <Stack gap="lg">
        <Anchor component={Link} to="/public/events" size="sm">
          ← All events
        </Anchor>
        {query.isPending ? (
          <Group gap="sm">
            <Loader size="sm" aria-label="Loading the event" />
            <Text>Loading the event…</Text>
          </Group>
        ) : null}
        {query.isError ? (
          <>
            <Title order={1}>Event not available</Title>
            <Alert color="red" variant="light" role="alert">
              {isApiError(query.error) && query.error.status === 404
                ? 'This event is not open for sign-up: it may have ended, been cancelled, or the link is wrong.'
                : 'The event could not be loaded. Please check your connection and reload the page.'}
            </Alert>
          </>
        ) : null}
        {event ? (
          <>
            <Stack gap="xs">
              <Title order={1} style={{ overflowWrap: 'anywhere' }}>
                {event.title}
              </Title>
              <Text fw={600}>{formatWhen(event.startsAt, event.endsAt, event.timeZone)}</Text>
              {event.venue ? <Text>{event.venue}</Text> : null}
              {event.address ? (
                <Text c="dimmed" style={{ whiteSpace: 'pre-line' }}>
                  {event.address}
                </Text>
              ) : null}
              {event.onlineUrl ? (
                <Text style={{ overflowWrap: 'anywhere' }}>
                  Online: <Anchor href={event.onlineUrl}>{event.onlineUrl}</Anchor>
                </Text>
              ) : null}
              {seats ? (
                <Badge color={event.seatsLeft === 0 ? 'orange' : 'green'} variant="light" size="lg">
                  {seats}
                </Badge>
              ) : null}
            </Stack>
            {event.description ? (
              <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{event.description}</Text>
            ) : null}
            <Paper withBorder p="md" radius="md">
              {event.ticketTypes.length > 0 ? (
                <SignUpForm event={event} />
              ) : (
                <Text>No tickets are on sale for this event right now.</Text>
              )}
            </Paper>
          </>
        ) : null}
      </Stack>
    </PublicLayout>
  );
}
