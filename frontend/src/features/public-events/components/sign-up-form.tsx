import { Alert, Button, NumberInput, Radio, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';

import { isApiError, NETWORK_ERROR_CODE } from '@/lib/api-client';
import { violationsToFormErrors } from '@/lib/form-errors';
import { useSignUp } from '@/features/public-events/api/public-events';
import type { PublicEvent, PublicRegistration } from '@/features/public-events/types/public-events';
import { formatPrice, seatsText } from '@/features/public-events/utils/format';

const FIELDS = ['firstName', 'lastName', 'email', 'ticketTypeId', 'guests', 'website'] as const;
const MAX_GUESTS = 50;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Values = {
  firstName: string;
  lastName: string;
  email: string;
  ticketTypeId: string;
  guests: number | string;
  answers: Record<string, string>;
  /** The honeypot: hidden from people, filled by form-filling bots. */
  website: string;
};

/** Plain words for a refused sign-up, keyed on the problem's code. */
export function signUpProblemText(error: unknown): { title: string; text: string } {
  if (!isApiError(error)) return { title: 'Something went wrong', text: 'Please try again.' };
  switch (error.code) {
    case 'events.too-many-sign-ups':
      return {
        title: 'Too many sign-ups',
        text: 'Too many sign-ups came from this connection in a short time. Please wait a while and try again.',
      };
    case 'events.registration-closed':
      return { title: 'Registration is closed', text: 'Sign-up for this event is closed, so nothing was recorded.' };
    case 'events.already-signed-up':
      return {
        title: 'Already signed up',
        text: 'This email address is already signed up for this event. Look for the confirmation in your email.',
      };
    case 'events.not-found':
      return { title: 'Event not available', text: 'This event is no longer open for sign-up.' };
    case 'events.unknown-ticket-type':
    case 'events.ticket-type-retired':
      return { title: 'Ticket not available', text: 'That ticket is no longer on sale. Please choose another one.' };
    case 'events.invalid-answers':
      return { title: 'Please check your answers', text: 'Answer every required question.' };
    case NETWORK_ERROR_CODE:
      return { title: 'No connection', text: 'Your sign-up could not be sent. Check your connection and try again.' };
    default:
      return {
        title: 'The sign-up was not recorded',
        text: error.problem.detail ?? error.problem.title,
      };
  }
}

/** The public sign-up form of one event, with its honeypot; says "registered" or "waitlisted" when done. */
export function SignUpForm({ event }: { event: PublicEvent }) {
  const signUp = useSignUp(event.id);
  const [done, setDone] = useState<{ registration: PublicRegistration; email: string } | null>(null);
  const [problem, setProblem] = useState<{ title: string; text: string } | null>(null);
  const form = useForm<Values>({
    initialValues: {
      firstName: '',
      lastName: '',
      email: '',
      ticketTypeId: event.ticketTypes.length === 1 ? event.ticketTypes[0]!.id : '',
      guests: 0,
      answers: Object.fromEntries(event.questions.map((question) => [question.id, ''])),
      website: '',
    },
    validate: {
      firstName: (value) => (value.trim() ? null : 'Enter your first name'),
      lastName: (value) => (value.trim() ? null : 'Enter your last name'),
      email: (value) => (EMAIL.test(value.trim()) ? null : 'Enter an email address such as name@example.org'),
      ticketTypeId: (value) => (value ? null : 'Choose a ticket'),
      guests: (value) => {
        const n = Number(value);
        return Number.isInteger(n) && n >= 0 && n <= MAX_GUESTS ? null : `Between 0 and ${MAX_GUESTS} guests`;
      },
    },
  });

  const required = event.questions.filter((question) => question.required);

  function submit(values: Values) {
    setProblem(null);
    const missing = required.filter((question) => !values.answers[question.id]?.trim());
    if (missing.length > 0) {
      missing.forEach((question) => form.setFieldError(`answers.${question.id}`, 'Please answer this question'));
      return;
    }
    const email = values.email.trim();
    signUp.mutate(
      {
        firstName: values.firstName.trim(),
        lastName: values.lastName.trim(),
        email,
        ticketTypeId: values.ticketTypeId,
        guests: Number(values.guests) || 0,
        answers: event.questions
          .filter((question) => values.answers[question.id]?.trim())
          .map((question) => ({ questionId: question.id, answer: values.answers[question.id]!.trim() })),
        website: values.website,
      },
      {
        onSuccess: (registration) => setDone({ registration, email }),
        onError: (error) => {
          if (isApiError(error) && error.violations.length > 0) {
            const { errors, unmatched } = violationsToFormErrors(error.violations, FIELDS);
            form.setErrors(errors);
            if (unmatched.length > 0) {
              setProblem({ title: 'Please check the form', text: unmatched.map((v) => v.message).join(' ') });
            }
            return;
          }
          setProblem(signUpProblemText(error));
        },
      },
    );
  }

  if (done) {
    const waitlisted = done.registration.status === 'WAITLISTED';
    return (
      <Alert color={waitlisted ? 'yellow' : 'green'} variant="light" role="status" title={waitlisted ? 'You are on the waitlist' : 'You are registered'}>
        <Stack gap="xs">
          <Text>
            {waitlisted
              ? `The event is full, so your party of ${done.registration.partySize} is on the waitlist. We will email you if places free up.`
              : `Your party of ${done.registration.partySize} is registered for ${event.title}.`}
          </Text>
          <Text fw={600}>Check your email: a confirmation is on its way to {done.email}.</Text>
        </Stack>
      </Alert>
    );
  }

  return (
    <form onSubmit={form.onSubmit(submit)} aria-labelledby="sign-up-title" noValidate>
      <Stack gap="md">
        <Title order={2} size="h3" id="sign-up-title">
          Sign up
        </Title>
        {problem ? (
          <Alert color="red" variant="light" role="alert" title={problem.title}>
            {problem.text}
          </Alert>
        ) : null}
        <TextInput label="First name" required autoComplete="given-name" size="md" {...form.getInputProps('firstName')} />
        <TextInput label="Last name" required autoComplete="family-name" size="md" {...form.getInputProps('lastName')} />
        <TextInput
          label="Email"
          required
          type="email"
          autoComplete="email"
          inputMode="email"
          size="md"
          description="Your confirmation and QR code for the door are sent here."
          {...form.getInputProps('email')}
        />
        <Radio.Group label="Ticket" required size="md" {...form.getInputProps('ticketTypeId')}>
          <Stack gap="xs" mt="xs">
            {event.ticketTypes.map((ticket) => {
              const seats = seatsText(ticket.seatsLeft);
              return (
                <Radio
                  key={ticket.id}
                  value={ticket.id}
                  label={`${ticket.name} · ${formatPrice(ticket.price, ticket.currency)}${seats ? ` · ${seats}` : ''}`}
                />
              );
            })}
          </Stack>
        </Radio.Group>
        <NumberInput
          label="Guests coming with you"
          description="Not counting yourself."
          min={0}
          max={MAX_GUESTS}
          allowDecimal={false}
          allowNegative={false}
          size="md"
          {...form.getInputProps('guests')}
        />
        {event.questions.map((question) => (
          <Textarea
            key={question.id}
            label={question.text}
            required={question.required}
            autosize
            minRows={2}
            size="md"
            {...form.getInputProps(`answers.${question.id}`)}
          />
        ))}
        {/* The honeypot: off-screen, hidden from assistive technology and out of the tab order; bots fill it. */}
        <div
          aria-hidden="true"
          style={{ position: 'absolute', left: '-10000px', top: 'auto', width: 1, height: 1, overflow: 'hidden' }}
        >
          <label htmlFor="sign-up-website">Website</label>
          <input
            id="sign-up-website"
            type="text"
            name="website"
            tabIndex={-1}
            autoComplete="off"
            value={form.values.website}
            onChange={(e) => form.setFieldValue('website', e.currentTarget.value)}
          />
        </div>
        <Button type="submit" size="lg" loading={signUp.isPending}>
          Sign up
        </Button>
      </Stack>
    </form>
  );
}
