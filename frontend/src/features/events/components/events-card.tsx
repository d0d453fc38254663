import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { Link } from 'react-router';

import { useEventsSummary } from '@/features/events/api/events';
import type { EventsSummaryItem } from '@/types/events';
import { formatLocalDateTime } from '@/features/events/utils/dates';
import { REGISTRATION_STATUS_COLORS, REGISTRATION_STATUS_LABELS } from '@/features/events/utils/labels';

function Item({ item }: { item: EventsSummaryItem }) {
  return (
    <Stack gap={2} component="li">
      <Anchor component={Link} to={`/events/${item.eventId}`} size="sm" fw={600}>
        {item.eventTitle}
      </Anchor>
      <Group gap={6} wrap="wrap">
        <Text size="xs" c="dimmed">
          {formatLocalDateTime(item.startsAt)} ({item.timeZone})
          {item.partySize > 1 ? ` · party of ${item.partySize}` : ''}
        </Text>
        <Badge size="xs" variant="light" color={REGISTRATION_STATUS_COLORS[item.status]}>
          {REGISTRATION_STATUS_LABELS[item.status]}
        </Badge>
      </Group>
    </Stack>
  );
}

function List({ title, items, empty }: { title: string; items: EventsSummaryItem[]; empty: string }) {
  return (
    <Stack gap={6}>
      <Title order={3} size="h6">
        {title}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((item) => (
            <Item key={item.registrationId} item={item} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/**
 * The `events` section of the 360° view: the constituent's registrations for events to come and past ones. The
 * server leaves the section out for roles that may not see registrations; the card then shows nothing.
 */
export function EventsCard({ constituentId }: { constituentId: string }) {
  const summary = useEventsSummary(constituentId);
  const events = summary.data;
  if (!events) return null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="events-card-title">
      <Stack gap="sm">
        <Group gap="xs">
          <IconCalendarEvent size={20} aria-hidden />
          <Title order={2} size="h4" id="events-card-title">
            Events
          </Title>
        </Group>
        <List title="Upcoming" items={events.upcoming} empty="No upcoming registrations." />
        <List title="Past" items={events.past} empty="No past events." />
      </Stack>
    </Card>
  );
}
