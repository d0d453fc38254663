import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Menu,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconDots, IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';

import { ConfirmModal } from '@/components/ui/confirm-modal';
import { FormProblemAlert } from '@/components/ui/form-problem-alert';
import { MoneyInput } from '@/components/ui/money-input';
import { isApiError, type ApiError, type Violation } from '@/lib/api-client';
import { violationsToFormErrors } from '@/lib/form-errors';
import { COMMON_CURRENCIES, formatMoney, validateAmount, compareAmounts } from '@/utils/money';
import {
  useDeleteTicketType,
  useRetireTicketType,
  useSaveTicketType,
  useTicketTypes,
} from '@/features/events/api/events';
import type { StewardEvent, TicketType } from '@/types/events';

type TicketValues = { name: string; price: string; currency: string; fairMarketValue: string; capacity: string };

const TICKET_FIELDS = ['name', 'price', 'currency', 'fairMarketValue', 'capacity'] as const;

/** Business rules the server answers with 422 that belong to one field. */
const PROBLEM_FIELDS: Record<string, keyof TicketValues> = {
  'events.invalid-price': 'price',
  'events.fmv-above-price': 'fairMarketValue',
};

function TicketTypeModal({
  eventId,
  ticketType,
  onClose,
}: {
  eventId: string;
  /** The one to change; without it the dialog adds one. */
  ticketType: TicketType | null;
  onClose: () => void;
}) {
  const save = useSaveTicketType(eventId);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [unmatched, setUnmatched] = useState<Violation[]>([]);
  const form = useForm<TicketValues>({
    initialValues: {
      name: ticketType?.name ?? '',
      price: ticketType?.price ?? '0.00',
      currency: ticketType?.currency ?? 'USD',
      fairMarketValue: ticketType?.fairMarketValue ?? '',
      capacity: ticketType?.capacity != null ? String(ticketType.capacity) : '',
    },
    validate: {
      name: (value) => (value.trim() ? null : 'Name the ticket, e.g. "General admission"'),
      price: (value) => validateAmount(value, { allowZero: true }),
      fairMarketValue: (value, values) => {
        if (!value) return null;
        const invalid = validateAmount(value, { allowZero: true });
        if (invalid) return invalid;
        return compareAmounts(value, values.price) === 1 ? 'The benefits cannot be worth more than the price' : null;
      },
      capacity: (value) => {
        if (!value.trim()) return null;
        const capacity = Number(value);
        return Number.isInteger(capacity) && capacity >= 1 ? null : 'A whole number of seats, at least 1';
      },
    },
  });

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    setUnmatched([]);
    try {
      const saved = await save.mutateAsync({
        ticketTypeId: ticketType?.id,
        request: {
          name: values.name.trim(),
          price: values.price || '0',
          currency: values.currency,
          fairMarketValue: values.fairMarketValue || null,
          capacity: values.capacity.trim() ? Number(values.capacity) : null,
          ...(ticketType ? { version: ticketType.version } : {}),
        },
      });
      notifications.show({ color: 'green', message: `Ticket type ${saved.name} saved.` });
      onClose();
    } catch (error) {
      if (!isApiError(error)) throw error;
      const field = PROBLEM_FIELDS[error.code];
      if (error.violations.length > 0) {
        const mapped = violationsToFormErrors(error.violations, TICKET_FIELDS);
        form.setErrors(mapped.errors);
        setUnmatched(mapped.unmatched);
      } else if (field) {
        form.setFieldError(field, error.problem.detail ?? error.problem.title);
      } else {
        setFailure(error);
      }
    }
  });

  const title = ticketType ? `Change ${ticketType.name}` : 'Add ticket type';
  return (
    <Modal opened onClose={onClose} title={title} centered>
      <form onSubmit={submit} noValidate aria-label={title}>
        <Stack gap="sm">
          <FormProblemAlert problem={failure} unmatched={unmatched} fallback="The ticket type could not be saved." />
          <TextInput label="Name" required maxLength={200} data-autofocus {...form.getInputProps('name')} />
          <SimpleGrid cols={2} spacing="sm">
            <MoneyInput label="Price" description="0 for a free ticket" required {...form.getInputProps('price')} />
            <Select
              label="Currency"
              required
              data={[...COMMON_CURRENCIES]}
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('currency')}
              onChange={(value) => form.setFieldValue('currency', value ?? 'USD')}
            />
          </SimpleGrid>
          <MoneyInput
            label="Fair-market value of benefits"
            description="A meal, a gift… The deductible part is the price less this."
            {...form.getInputProps('fairMarketValue')}
          />
          <TextInput
            label="Capacity"
            description="Seats of this type; empty for the event's limit only"
            inputMode="numeric"
            {...form.getInputProps('capacity')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              Save ticket type
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The event's ticket types (price levels) with their deductible part and seats; coordinators change them. */
export function TicketTypesCard({ event, canWrite }: { event: StewardEvent; canWrite: boolean }) {
  const ticketTypes = useTicketTypes(event.id);
  const retire = useRetireTicketType(event.id);
  const remove = useDeleteTicketType(event.id);
  const [editing, setEditing] = useState<TicketType | 'new' | null>(null);
  const [deleting, setDeleting] = useState<TicketType | null>(null);
  const closed = event.status === 'CANCELLED' || event.status === 'COMPLETED';
  const writable = canWrite && !closed;

  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="ticket-types-title">
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Title order={2} size="h4" id="ticket-types-title">
            Ticket types
          </Title>
          {writable ? (
            <Button size="xs" variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
              Add ticket type
            </Button>
          ) : null}
        </Group>
        <DataTable<TicketType>
          aria-label="Ticket types"
          withTableBorder
          borderRadius="sm"
          minHeight={ticketTypes.data && ticketTypes.data.length > 0 ? undefined : 120}
          idAccessor="id"
          records={ticketTypes.data ?? []}
          fetching={ticketTypes.isFetching && !ticketTypes.data}
          noRecordsText={ticketTypes.isError ? 'The ticket types could not be loaded.' : 'No ticket types yet.'}
          columns={[
            {
              accessor: 'name',
              title: 'Ticket',
              render: (ticket) => (
                <Stack gap={2}>
                  <Group gap={6}>
                    <Text size="sm" fw={600}>
                      {ticket.name}
                    </Text>
                    {ticket.status === 'RETIRED' ? (
                      <Badge size="xs" color="gray" variant="light">
                        Retired
                      </Badge>
                    ) : null}
                  </Group>
                  <Text size="xs" c="dimmed" hiddenFrom="sm">
                    {formatMoney(ticket.price, ticket.currency)} · deductible{' '}
                    {formatMoney(ticket.deductibleAmount, ticket.currency)} · {ticket.seatsTaken}
                    {ticket.capacity != null ? ` / ${ticket.capacity} seats` : ticket.seatsTaken === 1 ? ' seat' : ' seats'}
                  </Text>
                </Stack>
              ),
            },
            {
              accessor: 'price',
              title: 'Price',
              textAlign: 'right',
              noWrap: true,
              visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
              render: (ticket) => formatMoney(ticket.price, ticket.currency),
            },
            {
              accessor: 'fairMarketValue',
              title: 'Benefits',
              textAlign: 'right',
              noWrap: true,
              visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.md})`,
              render: (ticket) => formatMoney(ticket.fairMarketValue, ticket.currency),
            },
            {
              accessor: 'deductibleAmount',
              title: 'Deductible',
              textAlign: 'right',
              noWrap: true,
              visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
              render: (ticket) => formatMoney(ticket.deductibleAmount, ticket.currency),
            },
            {
              accessor: 'seatsTaken',
              title: 'Seats',
              textAlign: 'right',
              noWrap: true,
              visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
              render: (ticket) => (ticket.capacity != null ? `${ticket.seatsTaken} / ${ticket.capacity}` : ticket.seatsTaken),
            },
            ...(writable
              ? [
                  {
                    accessor: 'actions',
                    title: <VisuallyHidden>Actions</VisuallyHidden>,
                    textAlign: 'right' as const,
                    width: 56,
                    render: (ticket: TicketType) => (
                      <Menu position="bottom-end" withinPortal>
                        <Menu.Target>
                          <ActionIcon variant="subtle" aria-label={`Actions for ${ticket.name}`}>
                            <IconDots size={18} aria-hidden />
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item onClick={() => setEditing(ticket)}>Edit</Menu.Item>
                          {ticket.status === 'ACTIVE' ? (
                            <Menu.Item onClick={() => retire.mutate(ticket.id)}>Retire</Menu.Item>
                          ) : null}
                          <Menu.Item color="red" onClick={() => setDeleting(ticket)}>
                            Delete
                          </Menu.Item>
                        </Menu.Dropdown>
                      </Menu>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Stack>
      {editing ? (
        <TicketTypeModal
          eventId={event.id}
          ticketType={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmModal
        opened={deleting !== null}
        title={`Delete ${deleting?.name ?? 'ticket type'}?`}
        confirmLabel="Delete ticket type"
        focus="cancel"
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              notifications.show({ color: 'green', message: `${deleting.name} was deleted.` });
              setDeleting(null);
            },
            onError: () => setDeleting(null),
          })
        }
      >
        Only a ticket type nobody registered with can be deleted; retire it otherwise.
      </ConfirmModal>
    </Paper>
  );
}
