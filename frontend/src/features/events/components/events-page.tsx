import { Anchor, Badge, Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconCalendarPlus, IconSearch } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';

import { ContentLayout } from '@/components/ui/content-layout';
import { pagingProps } from '@/components/ui/table-paging';
import { useEvents } from '@/features/events/api/events';
import { useEventPermissions } from '@/features/events/hooks/use-event-permissions';
import { EVENT_STATUSES, type EventFilters, type EventStatus, type StewardEvent } from '@/types/events';
import { formatEventWhen } from '@/features/events/utils/dates';
import { EVENT_STATUS_COLORS, EVENT_STATUS_LABELS } from '@/features/events/utils/labels';

const PAGE_SIZES = [25, 50, 100] as const;

function isEventStatus(value: string | null): value is EventStatus {
  return value !== null && (EVENT_STATUSES as readonly string[]).includes(value);
}

/** The list's filters from the address bar, so back, reload and shared links show the same events. */
export function parseEventFilters(params: URLSearchParams): EventFilters {
  const page = Number(params.get('page') ?? '1');
  const size = Number(params.get('size') ?? '25');
  const status = params.get('status');
  return {
    status: isEventStatus(status) ? status : null,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : 25,
  };
}

function toParams(filters: EventFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.page > 1) params.set('page', String(filters.page));
  if (filters.size !== 25) params.set('size', String(filters.size));
  return params;
}

export function EventStatusBadge({ status }: { status: EventStatus }) {
  return (
    <Badge size="sm" variant="light" color={EVENT_STATUS_COLORS[status]}>
      {EVENT_STATUS_LABELS[status]}
    </Badge>
  );
}

/** "12 / 40" seats, or "12" without a capacity. */
export function seatsText(event: StewardEvent): string {
  return event.capacity === null ? `${event.seats.taken}` : `${event.seats.taken} / ${event.capacity}`;
}

export function whereText(event: StewardEvent): string {
  if (event.venue && event.onlineUrl) return `${event.venue} and online`;
  return event.venue ?? (event.onlineUrl ? 'Online' : '—');
}

/** `/events`: events, soonest first, by status; coordinators and administrators start new ones here. */
export function EventsPage() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseEventFilters(params), [params]);
  const events = useEvents(filters);
  const { canWrite } = useEventPermissions();
  const data = events.data;
  const update = (patch: Partial<EventFilters>) =>
    setParams(toParams({ ...filters, page: 1, ...patch }), { preventScrollReset: true });

  return (
    <ContentLayout
      title="Events"
      description="Events with their seats, waitlists and status, soonest first."
      actions={
        canWrite ? (
          <Button component={Link} to="/events/new" leftSection={<IconCalendarPlus size={18} aria-hidden />}>
            New event
          </Button>
        ) : null
      }
    >
      <Paper withBorder p="md" radius="md" component="section" aria-label="Filters">
        <Group align="flex-end" gap="sm">
          <Select
            label="Status"
            placeholder="Any status"
            clearable
            w={{ base: '100%', xs: 240 }}
            data={EVENT_STATUSES.map((status) => ({ value: status, label: EVENT_STATUS_LABELS[status] }))}
            value={filters.status}
            onChange={(value) => update({ status: isEventStatus(value) ? value : null })}
          />
        </Group>
      </Paper>
      <Text size="sm" c="dimmed" role="status">
        {data ? `${data.total.toLocaleString()} ${data.total === 1 ? 'event' : 'events'}` : ' '}
      </Text>
      <DataTable<StewardEvent>
        aria-label="Events"
        withTableBorder
        borderRadius="md"
        striped
        highlightOnHover
        minHeight={data && data.items.length > 0 ? undefined : 200}
        idAccessor="id"
        records={data?.items ?? []}
        fetching={events.isFetching && !data}
        noRecordsText={events.isError ? 'The events could not be loaded.' : 'No events match.'}
        noRecordsIcon={<IconSearch size={28} aria-hidden color="var(--mantine-color-gray-6)" />}
        {...pagingProps({
          total: data?.total ?? 0,
          page: filters.page,
          size: filters.size,
          sizes: PAGE_SIZES,
          onPageChange: (page) => setParams(toParams({ ...filters, page }), { preventScrollReset: true }),
          onSizeChange: (size) => update({ size }),
        })}
        columns={[
          {
            accessor: 'title',
            title: 'Event',
            render: (event) => (
              <Stack gap={2}>
                <Anchor component={Link} to={`/events/${event.id}`} size="sm" fw={600}>
                  {event.title}
                </Anchor>
                <Text size="xs" c="dimmed" hiddenFrom="sm">
                  {formatEventWhen(event.startsAt, event.endsAt)} ({event.timeZone})
                </Text>
                <Group gap={6} hiddenFrom="sm">
                  <EventStatusBadge status={event.status} />
                  <Text size="xs">
                    {seatsText(event)} seats
                    {event.seats.waitlisted > 0 ? ` · ${event.seats.waitlisted} waiting` : ''}
                  </Text>
                </Group>
              </Stack>
            ),
          },
          {
            accessor: 'startsAt',
            title: 'When',
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
            render: (event) => (
              <Stack gap={0}>
                <Text size="sm">{formatEventWhen(event.startsAt, event.endsAt)}</Text>
                <Text size="xs" c="dimmed">
                  {event.timeZone}
                </Text>
              </Stack>
            ),
          },
          {
            accessor: 'venue',
            title: 'Where',
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.md})`,
            render: (event) => whereText(event),
          },
          {
            accessor: 'status',
            title: 'Status',
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
            render: (event) => <EventStatusBadge status={event.status} />,
          },
          {
            accessor: 'seats',
            title: 'Seats',
            textAlign: 'right',
            noWrap: true,
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
            render: (event) => seatsText(event),
          },
          {
            accessor: 'waitlisted',
            title: 'Waitlisted',
            textAlign: 'right',
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
            render: (event) => event.seats.waitlisted,
          },
        ]}
      />
    </ContentLayout>
  );
}
