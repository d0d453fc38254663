import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Menu,
  Paper,
  Stack,
  Tabs,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconDots, IconSearch, IconUserPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { Link } from 'react-router';

import { pagingProps } from '@/components/ui/table-paging';
import { formatDateTime } from '@/utils/format';
import { useAnswerOffer, useRegistrations, type OfferAnswer } from '@/features/events/api/events';
import { RegisterModal } from '@/features/events/components/register-modal';
import {
  CancelRegistrationModal,
  TransferRegistrationModal,
} from '@/features/events/components/registration-modals';
import {
  REGISTRATION_STATUSES,
  type Registration,
  type RegistrationStatus,
  type StewardEvent,
  type TicketType,
} from '@/types/events';
import {
  ACTIVE_REGISTRATION_STATUSES,
  REGISTRATION_STATUS_COLORS,
  REGISTRATION_STATUS_LABELS,
} from '@/features/events/utils/labels';

const PAGE_SIZES = [25, 50, 100] as const;

function partyText(registration: Registration) {
  const guests = registration.partySize - 1;
  return guests > 0 ? `party of ${registration.partySize}` : 'alone';
}

/**
 * The event's registrations by status (the waitlist in order, with each party's place), a name search, and what
 * coordinators do with them: register someone, cancel, transfer, accept or decline an offer.
 */
export function RegistrationsCard({
  event,
  ticketTypes,
  canWrite,
}: {
  event: StewardEvent;
  ticketTypes: TicketType[];
  canWrite: boolean;
}) {
  const [status, setStatus] = useState<RegistrationStatus>('REGISTERED');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const [page, setPage] = useState(1);
  const [size, setSize] = useState<number>(25);
  const registrations = useRegistrations(event.id, { status, q, page, size });
  const answerOffer = useAnswerOffer(event.id);
  const [registering, setRegistering] = useState(false);
  const [cancelling, setCancelling] = useState<Registration | null>(null);
  const [transferring, setTransferring] = useState<Registration | null>(null);
  const data = registrations.data;
  const ticketName = (id: string) => ticketTypes.find((ticket) => ticket.id === id)?.name ?? '—';
  const open = event.status === 'PUBLISHED';
  const waitlist = status === 'WAITLISTED';
  const position = (registration: Registration) =>
    (page - 1) * size + (data?.items.findIndex((item) => item.id === registration.id) ?? 0) + 1;

  const answer = (registration: Registration, choice: OfferAnswer) =>
    answerOffer.mutate(
      { id: registration.id, answer: choice },
      {
        onSuccess: (updated) =>
          notifications.show({
            color: 'green',
            message:
              choice === 'accept-offer'
                ? `${updated.constituentName ?? 'The party'} took the seats: now registered.`
                : `${updated.constituentName ?? 'The party'} declined; the seats go to the next in line.`,
          }),
      },
    );

  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="registrations-title">
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Title order={2} size="h4" id="registrations-title">
            Registrations
          </Title>
          {canWrite && open ? (
            <Button size="xs" leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setRegistering(true)}>
              Register someone
            </Button>
          ) : null}
        </Group>
        <TextInput
          label="Search by name"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
          w={{ base: '100%', xs: 320 }}
        />
        <Tabs
          value={status}
          onChange={(value) => {
            if (value) {
              setStatus(value as RegistrationStatus);
              setPage(1);
            }
          }}
        >
          <Tabs.List aria-label="Registration status">
            {REGISTRATION_STATUSES.map((option) => (
              <Tabs.Tab key={option} value={option}>
                {REGISTRATION_STATUS_LABELS[option]}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {REGISTRATION_STATUSES.map((option) => (
            <Tabs.Panel key={option} value={option} pt="sm">
              {option === status ? (
                <Stack gap="sm">
                  <Text size="sm" c="dimmed" role="status">
                    {data
                      ? `${data.total.toLocaleString()} ${REGISTRATION_STATUS_LABELS[status].toLowerCase()} ${data.total === 1 ? 'party' : 'parties'}`
                      : ' '}
                  </Text>
                  <DataTable<Registration>
                    aria-label={`${REGISTRATION_STATUS_LABELS[status]} registrations`}
                    withTableBorder
                    borderRadius="sm"
                    striped
                    minHeight={data && data.items.length > 0 ? undefined : 160}
                    idAccessor="id"
                    records={data?.items ?? []}
                    fetching={registrations.isFetching && !data}
                    noRecordsText={registrations.isError ? 'The registrations could not be loaded.' : 'Nobody here.'}
                    {...pagingProps({
                      total: data?.total ?? 0,
                      page,
                      size,
                      sizes: PAGE_SIZES,
                      onPageChange: setPage,
                      onSizeChange: (next) => {
                        setSize(next);
                        setPage(1);
                      },
                    })}
                    columns={[
                      ...(waitlist
                        ? [
                            {
                              accessor: 'position',
                              title: '#',
                              width: 48,
                              render: (registration: Registration) => position(registration),
                            },
                          ]
                        : []),
                      {
                        accessor: 'constituentName',
                        title: 'Name',
                        render: (registration) => (
                          <Stack gap={2}>
                            <Anchor component={Link} to={`/constituents/${registration.constituentId}`} size="sm">
                              {registration.constituentName ?? 'Unnamed constituent'}
                            </Anchor>
                            <Text size="xs" c="dimmed">
                              {ticketName(registration.ticketTypeId)} · {partyText(registration)}
                              {registration.guestNames.length > 0 ? ` (${registration.guestNames.join(', ')})` : ''}
                            </Text>
                            {registration.status === 'OFFERED' && registration.offerExpiresAt ? (
                              <Text size="xs" c="grape.8">
                                Offer holds until {formatDateTime(registration.offerExpiresAt)}
                              </Text>
                            ) : null}
                          </Stack>
                        ),
                      },
                      {
                        accessor: 'status',
                        title: 'Status',
                        visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
                        // max-content: a badge may shrink its label to "REGISTER…" when the name column is wide
                        render: (registration) => (
                          <Badge
                            size="sm"
                            variant="light"
                            color={REGISTRATION_STATUS_COLORS[registration.status]}
                            miw="max-content"
                          >
                            {REGISTRATION_STATUS_LABELS[registration.status]}
                          </Badge>
                        ),
                      },
                      {
                        accessor: 'createdAt',
                        title: 'Registered',
                        visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.md})`,
                        render: (registration) => formatDateTime(registration.createdAt),
                      },
                      {
                        accessor: 'actions',
                        title: <VisuallyHidden>Actions</VisuallyHidden>,
                        textAlign: 'right',
                        width: 56,
                        render: (registration) => (
                          <Menu position="bottom-end" withinPortal>
                            <Menu.Target>
                              <ActionIcon variant="subtle" aria-label={`Actions for ${registration.constituentName ?? 'registration'}`}>
                                <IconDots size={18} aria-hidden />
                              </ActionIcon>
                            </Menu.Target>
                            <Menu.Dropdown>
                              <Menu.Item component={Link} to={`/constituents/${registration.constituentId}`}>
                                Open donor
                              </Menu.Item>
                              {canWrite && registration.status === 'OFFERED' ? (
                                <>
                                  <Menu.Item onClick={() => answer(registration, 'accept-offer')}>Accept offer</Menu.Item>
                                  <Menu.Item onClick={() => answer(registration, 'decline-offer')}>Decline offer</Menu.Item>
                                </>
                              ) : null}
                              {canWrite && ACTIVE_REGISTRATION_STATUSES.includes(registration.status) ? (
                                <>
                                  <Menu.Item onClick={() => setTransferring(registration)}>Transfer…</Menu.Item>
                                  <Menu.Item color="red" onClick={() => setCancelling(registration)}>
                                    Cancel registration…
                                  </Menu.Item>
                                </>
                              ) : null}
                            </Menu.Dropdown>
                          </Menu>
                        ),
                      },
                    ]}
                  />
                </Stack>
              ) : null}
            </Tabs.Panel>
          ))}
        </Tabs>
      </Stack>
      {registering ? (
        <RegisterModal event={event} ticketTypes={ticketTypes} onClose={() => setRegistering(false)} />
      ) : null}
      {cancelling ? (
        <CancelRegistrationModal eventId={event.id} registration={cancelling} onClose={() => setCancelling(null)} />
      ) : null}
      {transferring ? (
        <TransferRegistrationModal eventId={event.id} registration={transferring} onClose={() => setTransferring(null)} />
      ) : null}
    </Paper>
  );
}
