import {
  ActionIcon,
  Alert,
  Button,
  Group,
  List,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';

import { ConstituentPicker } from '@/components/ui/constituent-picker';
import { FormProblemAlert } from '@/components/ui/form-problem-alert';
import { isApiError, type ApiError, type Problem, type Violation } from '@/lib/api-client';
import { violationsToFormErrors } from '@/lib/form-errors';
import type { ConstituentSearchItem } from '@/types/constituents';
import { ruleShortName } from '@/utils/duplicate-rules';
import { formatMoney, toCents } from '@/utils/money';
import { randomId } from '@/utils/random-id';
import { useRegister } from '@/features/events/api/events';
import type {
  DuplicateCandidate,
  Registration,
  RegistrationRequest,
  StewardEvent,
  TicketType,
} from '@/types/events';
import { POSSIBLE_DUPLICATE_CODE } from '@/features/events/utils/labels';

/** How a paid ticket was paid; none means the fee is recorded as pending. */
export const EVENT_PAYMENT_METHODS = ['Cash', 'Check', 'Credit card', 'Bank transfer', 'Online', 'Other'];

type Who = 'existing' | 'new';

type RegisterValues = {
  ticketTypeId: string;
  who: Who;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  guestNames: { key: string; name: string }[];
  unnamedGuests: number;
  answers: Record<string, string>;
  dietaryNotes: string;
  accessibilityNotes: string;
  paymentMethod: string | null;
};

const REGISTER_FIELDS = [
  'ticketTypeId',
  'constituentId',
  'firstName',
  'lastName',
  'email',
  'phone',
  'guestNames',
  'unnamedGuests',
  'dietaryNotes',
  'accessibilityNotes',
  'paymentMethod',
] as const;

/** The likely matches of a 409 `events.possible-duplicate`, as far as they have the expected shape. */
export function candidatesOf(problem: Problem): DuplicateCandidate[] {
  const raw = problem.structured?.candidates;
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { id, displayName, reasons } = item as Record<string, unknown>;
    if (typeof id !== 'string' || typeof displayName !== 'string') return [];
    return [{ id, displayName, reasons: Array.isArray(reasons) ? reasons.filter((r): r is string => typeof r === 'string') : [] }];
  });
}

/** FNV-1a (32 bits, hex) of a text: tells two requests of one dialog apart. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

const isPaid = (ticket: TicketType | undefined) => !!ticket && (toCents(ticket.price) ?? 0n) > 0n;

/**
 * Registers someone for the event: an existing constituent or a new person (checked against the duplicate rules:
 * likely matches are offered instead of a blind duplicate), guests, answers, notes and, for a paid ticket, how it
 * was paid. One Idempotency-Key per request made in this dialog: a retry of the same request sends it again.
 */
export function RegisterModal({
  event,
  ticketTypes,
  onClose,
}: {
  event: StewardEvent;
  ticketTypes: TicketType[];
  onClose: () => void;
}) {
  const register = useRegister(event.id);
  const active = ticketTypes.filter((ticket) => ticket.status === 'ACTIVE');
  const [constituent, setConstituent] = useState<ConstituentSearchItem | null>(null);
  const [constituentError, setConstituentError] = useState<string | undefined>();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [unmatched, setUnmatched] = useState<Violation[]>([]);
  const [candidates, setCandidates] = useState<DuplicateCandidate[] | null>(null);
  const [result, setResult] = useState<Registration | null>(null);
  // One key per dialog opening and request: a retry of the same request is recognised, a changed one is new.
  const [dialogKey] = useState(randomId);

  const form = useForm<RegisterValues>({
    initialValues: {
      ticketTypeId: active.length === 1 ? active[0]!.id : '',
      who: 'existing',
      firstName: '',
      lastName: '',
      email: '',
      phone: '',
      guestNames: [],
      unnamedGuests: 0,
      answers: Object.fromEntries(event.questions.map((question) => [question.id, ''])),
      dietaryNotes: '',
      accessibilityNotes: '',
      paymentMethod: null,
    },
    validate: (values) => {
      const errors: Record<string, string> = {};
      if (!values.ticketTypeId) errors.ticketTypeId = 'Choose a ticket type';
      if (values.who === 'new') {
        if (!values.firstName.trim()) errors.firstName = 'Enter the first name';
        if (!values.lastName.trim()) errors.lastName = 'Enter the last name';
        if (values.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) {
          errors.email = 'An email address such as name@example.org';
        }
      }
      values.guestNames.forEach((guest, index) => {
        if (!guest.name.trim()) errors[`guestNames.${index}.name`] = 'Name the guest or remove the line';
      });
      for (const question of event.questions) {
        if (question.required && !values.answers[question.id]?.trim()) errors[`answers.${question.id}`] = 'Required';
      }
      return errors;
    },
  });
  const ticket = active.find((candidate) => candidate.id === form.values.ticketTypeId);
  const paid = isPaid(ticket);

  const buildRequest = (values: RegisterValues, who: Partial<RegistrationRequest>): RegistrationRequest => ({
    ...who,
    ticketTypeId: values.ticketTypeId,
    guestNames: values.guestNames.map((guest) => guest.name.trim()),
    unnamedGuests: values.unnamedGuests || 0,
    answers: event.questions
      .filter((question) => values.answers[question.id]?.trim())
      .map((question) => ({ questionId: question.id, answer: values.answers[question.id]!.trim() })),
    dietaryNotes: values.dietaryNotes.trim() || null,
    accessibilityNotes: values.accessibilityNotes.trim() || null,
    paymentMethod: paid ? values.paymentMethod : null,
  });

  /** The same key for the same request (a retry), another one when the request changed. */
  const keyFor = (request: RegistrationRequest) => `${dialogKey}-${fingerprint(JSON.stringify(request))}`;

  const send = async (request: RegistrationRequest) => {
    setFailure(null);
    setUnmatched([]);
    try {
      const registration = await register.mutateAsync({ request, idempotencyKey: keyFor(request) });
      setCandidates(null);
      setResult(registration);
    } catch (error) {
      if (!isApiError(error)) throw error;
      if (error.code === POSSIBLE_DUPLICATE_CODE) {
        setCandidates(candidatesOf(error.problem));
        return;
      }
      if (error.violations.length > 0) {
        const mapped = violationsToFormErrors(error.violations, REGISTER_FIELDS);
        if (mapped.errors.constituentId) setConstituentError(mapped.errors.constituentId);
        form.setErrors(mapped.errors);
        setUnmatched(mapped.unmatched);
      } else {
        setFailure(error);
      }
    }
  };

  const submit = form.onSubmit((values) => {
    setConstituentError(undefined);
    if (values.who === 'existing') {
      if (!constituent) {
        setConstituentError('Choose who registers');
        return;
      }
      void send(buildRequest(values, { constituentId: constituent.id }));
    } else {
      void send(
        buildRequest(values, {
          person: {
            firstName: values.firstName.trim(),
            lastName: values.lastName.trim(),
            email: values.email.trim() || null,
            phone: values.phone.trim() || null,
          },
        }),
      );
    }
  });

  const personName = () =>
    form.values.who === 'existing'
      ? (constituent?.displayName ?? 'They')
      : `${form.values.firstName.trim()} ${form.values.lastName.trim()}`.trim();

  if (result) {
    const name = result.constituentName ?? personName();
    const waitlisted = result.status === 'WAITLISTED';
    return (
      <Modal opened onClose={onClose} title="Register someone" centered>
        <Stack gap="md">
          <Alert color={waitlisted ? 'yellow' : 'green'} variant="light" role="status" title={waitlisted ? 'Waitlisted' : 'Registered'}>
            {waitlisted
              ? `${name} is on the waitlist: the event is full. They are offered seats when some free up.`
              : `${name} is registered${result.partySize > 1 ? ` with ${result.partySize - 1} guest(s)` : ''}.`}
          </Alert>
          <Group justify="flex-end">
            <Button data-autofocus onClick={onClose}>
              Done
            </Button>
          </Group>
        </Stack>
      </Modal>
    );
  }

  return (
    <Modal opened onClose={onClose} title="Register someone" centered size="lg">
      <form onSubmit={submit} noValidate aria-label="Register someone">
        <Stack gap="sm">
          <FormProblemAlert problem={failure} unmatched={unmatched} fallback="The registration could not be saved." />
          {candidates ? (
            <Alert color="orange" variant="light" role="alert" title="This person may already be in Steward">
              <Stack gap="sm">
                <Text size="sm">Register the existing record rather than creating a duplicate.</Text>
                <List spacing="xs" listStyleType="none" p={0}>
                  {candidates.map((candidate) => (
                    <List.Item key={candidate.id}>
                      <Group justify="space-between" gap="xs" wrap="wrap">
                        <Stack gap={0}>
                          <Text size="sm" fw={600}>
                            {candidate.displayName}
                          </Text>
                          {candidate.reasons.length > 0 ? (
                            <Text size="xs" c="dimmed">
                              {candidate.reasons.map(ruleShortName).join(' · ')}
                            </Text>
                          ) : null}
                        </Stack>
                        <Button
                          size="xs"
                          loading={register.isPending}
                          onClick={() => void send(buildRequest(form.values, { constituentId: candidate.id }))}
                        >
                          Register {candidate.displayName}
                        </Button>
                      </Group>
                    </List.Item>
                  ))}
                </List>
                <Group>
                  <Button
                    size="xs"
                    variant="default"
                    loading={register.isPending}
                    onClick={() =>
                      void send(
                        buildRequest(form.values, {
                          person: {
                            firstName: form.values.firstName.trim(),
                            lastName: form.values.lastName.trim(),
                            email: form.values.email.trim() || null,
                            phone: form.values.phone.trim() || null,
                          },
                          createAnyway: true,
                        }),
                      )
                    }
                  >
                    Create a new record anyway
                  </Button>
                </Group>
              </Stack>
            </Alert>
          ) : null}

          <Select
            label="Ticket type"
            required
            data={active.map((option) => ({
              value: option.id,
              label: isPaid(option) ? `${option.name} — ${formatMoney(option.price, option.currency)}` : `${option.name} — free`,
            }))}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('ticketTypeId')}
            onChange={(value) => form.setFieldValue('ticketTypeId', value ?? '')}
          />
          <SegmentedControl
            aria-label="Who registers"
            fullWidth
            data={[
              { value: 'existing', label: 'Existing constituent' },
              { value: 'new', label: 'New person' },
            ]}
            value={form.values.who}
            onChange={(value) => {
              form.setFieldValue('who', value as Who);
              setCandidates(null);
            }}
          />
          {form.values.who === 'existing' ? (
            <ConstituentPicker
              label="Constituent"
              required
              value={constituent}
              onChange={(value) => {
                setConstituent(value);
                setConstituentError(undefined);
              }}
              error={constituentError}
            />
          ) : (
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <TextInput label="First name" required maxLength={100} {...form.getInputProps('firstName')} />
              <TextInput label="Last name" required maxLength={100} {...form.getInputProps('lastName')} />
              <TextInput label="Email" type="email" maxLength={320} {...form.getInputProps('email')} />
              <TextInput label="Phone" type="tel" maxLength={50} {...form.getInputProps('phone')} />
            </SimpleGrid>
          )}

          <Stack gap={6}>
            <Text size="sm" fw={500}>
              Guests
            </Text>
            {form.values.guestNames.map((guest, index) => (
              <Group key={guest.key} gap="xs" wrap="nowrap" align="flex-start">
                <TextInput
                  style={{ flex: 1 }}
                  label={`Guest ${index + 1}`}
                  maxLength={200}
                  {...form.getInputProps(`guestNames.${index}.name`)}
                />
                <ActionIcon
                  mt={26}
                  variant="subtle"
                  color="red"
                  aria-label={`Remove guest ${index + 1}`}
                  onClick={() => form.removeListItem('guestNames', index)}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <Group gap="sm" align="flex-end" wrap="wrap">
              <Button
                size="xs"
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => form.insertListItem('guestNames', { key: randomId(), name: '' })}
              >
                Add named guest
              </Button>
              <NumberInput
                label="Unnamed guests"
                min={0}
                max={50}
                allowDecimal={false}
                allowNegative={false}
                w={160}
                {...form.getInputProps('unnamedGuests')}
              />
            </Group>
          </Stack>

          {event.questions.map((question) => (
            <TextInput
              key={question.id}
              label={question.text}
              required={question.required}
              maxLength={2000}
              {...form.getInputProps(`answers.${question.id}`)}
            />
          ))}
          <Textarea label="Dietary notes" autosize minRows={1} maxLength={1000} {...form.getInputProps('dietaryNotes')} />
          <Textarea
            label="Accessibility notes"
            autosize
            minRows={1}
            maxLength={1000}
            {...form.getInputProps('accessibilityNotes')}
          />
          {paid ? (
            <Select
              label="Payment method"
              description="Leave empty if not paid yet: the fee is recorded as pending"
              clearable
              data={EVENT_PAYMENT_METHODS}
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('paymentMethod')}
            />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={register.isPending}>
              Register
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
