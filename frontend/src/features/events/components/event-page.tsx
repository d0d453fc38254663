import { Alert, Anchor, Button, Grid, Group, List, Menu, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  IconBan,
  IconCalendarCheck,
  IconChevronDown,
  IconDownload,
  IconEdit,
  IconQrcode,
  IconSend,
} from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';

import { ContentLayout } from '@/components/ui/content-layout';
import { PageLoader } from '@/components/ui/page-loader';
import { isApiError } from '@/lib/api-client';
import {
  useDownloadEventDocument,
  useEvent,
  useEventAction,
  useTicketTypes,
  type EventDocument,
} from '@/features/events/api/events';
import { EventStatusBadge, whereText } from '@/features/events/components/events-page';
import { RegistrationsCard } from '@/features/events/components/registrations-card';
import { CancelEventModal } from '@/features/events/components/registration-modals';
import { TicketTypesCard } from '@/features/events/components/ticket-types-card';
import { useEventPermissions } from '@/features/events/hooks/use-event-permissions';
import type { StewardEvent } from '@/types/events';
import { formatEventWhen, formatLocalDateTime } from '@/features/events/utils/dates';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
  );
}

function SeatsCard({ event }: { event: StewardEvent }) {
  const { seats } = event;
  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="seats-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="seats-title">
          Seats
        </Title>
        <SimpleGrid cols={{ base: 2, xs: 4 }} spacing="sm">
          <Fact label="Taken">
            <span data-testid="seats-taken">
              {seats.taken}
              {event.capacity != null ? ` of ${event.capacity}` : ''}
            </span>
          </Fact>
          <Fact label="Free">{seats.free ?? 'No limit'}</Fact>
          <Fact label="Waitlisted">
            <span data-testid="seats-waitlisted">{seats.waitlisted}</span>
          </Fact>
          <Fact label="Offered">{seats.offered}</Fact>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

function DetailsCard({ event }: { event: StewardEvent }) {
  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="details-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="details-title">
          Details
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Fact label="When">
            {formatEventWhen(event.startsAt, event.endsAt)}
            <Text size="xs" c="dimmed">
              {event.timeZone}
            </Text>
          </Fact>
          <Fact label="Where">
            {whereText(event)}
            {event.address ? (
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
                {event.address}
              </Text>
            ) : null}
            {event.onlineUrl ? (
              <Anchor href={event.onlineUrl} target="_blank" rel="noreferrer" size="xs">
                {event.onlineUrl}
              </Anchor>
            ) : null}
          </Fact>
          <Fact label="Registration opens">{formatLocalDateTime(event.registrationOpensAt, 'When published')}</Fact>
          <Fact label="Registration closes">{formatLocalDateTime(event.registrationClosesAt, 'When the event ends')}</Fact>
        </SimpleGrid>
        {event.description ? (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {event.description}
          </Text>
        ) : null}
        {event.questions.length > 0 ? (
          <Fact label="Questions asked">
            <List size="sm" type="ordered">
              {event.questions.map((question) => (
                <List.Item key={question.id}>
                  {question.text}
                  {question.required ? ' (required)' : ''}
                </List.Item>
              ))}
            </List>
          </Fact>
        ) : null}
      </Stack>
    </Paper>
  );
}

const DOCUMENTS: { document: EventDocument; label: string; named: boolean }[] = [
  { document: 'attendees.xlsx', label: 'Attendee list (Excel)', named: true },
  { document: 'badges.pdf', label: 'Name badges (PDF)', named: true },
  { document: 'sign-in-sheet.pdf', label: 'Sign-in sheet (PDF)', named: true },
  { document: 'calendar.ics', label: 'Calendar file (.ics)', named: false },
];

function Downloads({ event, canSeeNames }: { event: StewardEvent; canSeeNames: boolean }) {
  const download = useDownloadEventDocument(event.id);
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={18} aria-hidden />}
          rightSection={<IconChevronDown size={16} aria-hidden />}
          loading={download.isPending}
        >
          Downloads
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {DOCUMENTS.filter((item) => canSeeNames || !item.named).map((item) => (
          <Menu.Item key={item.document} onClick={() => download.mutate(item.document)}>
            {item.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

/** `/events/:id`: an event's details, seats, ticket types, registrations and documents. */
export function EventPage() {
  const { id = '' } = useParams();
  const event = useEvent(id);
  const ticketTypes = useTicketTypes(id);
  const action = useEventAction(id);
  const { canWrite, canSeeRegistrations } = useEventPermissions();
  const [cancelling, setCancelling] = useState(false);

  if (!event.data) {
    if (event.isError) {
      const notFound = isApiError(event.error) && event.error.status === 404;
      return (
        <ContentLayout title={notFound ? 'Event not found' : 'Event'}>
          <Alert color={notFound ? 'orange' : 'red'} variant="light" role="alert">
            <Stack gap="xs">
              <Text size="sm">
                {notFound ? 'There is no event at this address.' : 'The event could not be loaded. Try again in a moment.'}
              </Text>
              <Anchor component={Link} to="/events">
                Back to the events
              </Anchor>
            </Stack>
          </Alert>
        </ContentLayout>
      );
    }
    return <PageLoader />;
  }

  const current = event.data;
  const closed = current.status === 'CANCELLED' || current.status === 'COMPLETED';
  return (
    <ContentLayout
      title={current.title}
      description={`${formatEventWhen(current.startsAt, current.endsAt)} (${current.timeZone})`}
      actions={
        <Group gap="xs" wrap="wrap">
          {canWrite && current.status === 'DRAFT' ? (
            <Button
              leftSection={<IconSend size={18} aria-hidden />}
              loading={action.isPending && action.variables === 'publish'}
              onClick={() => action.mutate('publish')}
            >
              Publish
            </Button>
          ) : null}
          {canWrite && current.status === 'PUBLISHED' ? (
            <Button
              variant="light"
              leftSection={<IconCalendarCheck size={18} aria-hidden />}
              loading={action.isPending && action.variables === 'complete'}
              onClick={() => action.mutate('complete')}
            >
              Complete
            </Button>
          ) : null}
          {canWrite && current.status === 'PUBLISHED' ? (
            <Button
              component={Link}
              to={`/events/${current.id}/check-in`}
              variant="light"
              leftSection={<IconQrcode size={18} aria-hidden />}
            >
              Check-in
            </Button>
          ) : null}
          {canWrite && !closed ? (
            <Button
              component={Link}
              to={`/events/${current.id}/edit`}
              variant="default"
              leftSection={<IconEdit size={18} aria-hidden />}
            >
              Edit
            </Button>
          ) : null}
          <Downloads event={current} canSeeNames={canSeeRegistrations} />
          {canWrite && !closed ? (
            <Button
              variant="outline"
              color="red"
              leftSection={<IconBan size={18} aria-hidden />}
              onClick={() => setCancelling(true)}
            >
              Cancel event
            </Button>
          ) : null}
        </Group>
      }
    >
      <Group gap="xs">
        <Text size="sm">Status:</Text>
        <EventStatusBadge status={current.status} />
      </Group>
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            <SeatsCard event={current} />
            <DetailsCard event={current} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <TicketTypesCard event={current} canWrite={canWrite} />
            {canSeeRegistrations ? (
              <RegistrationsCard event={current} ticketTypes={ticketTypes.data ?? []} canWrite={canWrite} />
            ) : null}
          </Stack>
        </Grid.Col>
      </Grid>
      {cancelling ? <CancelEventModal event={current} onClose={() => setCancelling(false)} /> : null}
    </ContentLayout>
  );
}
