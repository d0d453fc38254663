import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { PublicEventPage } from '@/features/public-events/components/public-event-page';
import { PublicEventsPage } from '@/features/public-events/components/public-events-page';
import type { PublicEvent } from '@/features/public-events/types/public-events';
import { problem } from '@/testing/mocks/mock-session';
import { server } from '@/testing/mocks/server';
import { renderWithProviders } from '@/testing/test-utils';

const EVENT: PublicEvent = {
  id: '00000000-0000-4000-8000-00000000e002',
  title: 'Winter gala',
  description: 'An evening of readings.',
  venue: 'Main hall',
  address: '1 Library Square',
  onlineUrl: null,
  startsAt: '2026-12-24T18:00:00',
  endsAt: '2026-12-24T22:00:00',
  timeZone: 'Europe/Paris',
  registrationClosesAt: null,
  seatsLeft: 12,
  questions: [],
  ticketTypes: [{ id: '00000000-0000-4000-8000-00000000t001', name: 'General', price: '0.00', currency: 'USD', seatsLeft: 12 }],
};

/** The public API with one event; `answer` decides what the sign-up gets. Returns the bodies posted. */
function mockPublicApi(answer: (body: Record<string, unknown>) => Response | Promise<Response>) {
  const posted: Record<string, unknown>[] = [];
  server.use(
    http.get('*/api/public/events', () => HttpResponse.json([EVENT])),
    http.get('*/api/public/events/:id', ({ params }) =>
      params.id === EVENT.id ? HttpResponse.json(EVENT) : problem(404, 'events.not-found', 'Event not found'),
    ),
    http.post('*/api/public/events/:id/registrations', async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      posted.push(body);
      return answer(body);
    }),
  );
  return posted;
}

function renderEventPage() {
  return renderWithProviders(<PublicEventPage />, {
    path: '/public/events/:id',
    url: `/public/events/${EVENT.id}`,
  });
}

async function fillForm(user: ReturnType<typeof renderEventPage>['user'], email = 'ada@example.org') {
  const form = await screen.findByRole('form', { name: 'Sign up' });
  await user.type(within(form).getByRole('textbox', { name: /^First name/ }), 'Ada');
  await user.type(within(form).getByRole('textbox', { name: /^Last name/ }), 'Lovelace');
  await user.type(within(form).getByRole('textbox', { name: /^Email/ }), email);
  return form;
}

describe('public sign-up pages', () => {
  it('lists the open events with a link to each', async () => {
    mockPublicApi(() => HttpResponse.json({}));
    renderWithProviders(<PublicEventsPage />, { path: '/public/events' });
    expect(await screen.findByRole('link', { name: 'Winter gala' })).toHaveAttribute('href', `/public/events/${EVENT.id}`);
    expect(screen.getByText('12 places left')).toBeInTheDocument();
  });

  it('keeps the honeypot out of reach: hidden from assistive technology, never focused by Tab, empty when sent', async () => {
    const posted = mockPublicApi(() =>
      HttpResponse.json({ id: 'r1', eventId: EVENT.id, status: 'REGISTERED', partySize: 1 }, { status: 201 }),
    );
    const { user } = renderEventPage();
    const form = await fillForm(user);
    const honeypot = form.querySelector<HTMLInputElement>('input[name="website"]')!;
    expect(honeypot).toHaveAttribute('tabindex', '-1');
    expect(honeypot).toHaveAttribute('autocomplete', 'off');
    expect(honeypot.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(within(form).queryByRole('textbox', { name: 'Website' })).not.toBeInTheDocument();

    within(form).getByRole('textbox', { name: /^First name/ }).focus();
    for (let i = 0; i < 15; i++) {
      await user.tab();
      expect(document.activeElement).not.toBe(honeypot);
    }

    await user.click(within(form).getByRole('button', { name: 'Sign up' }));
    const done = await screen.findByRole('status');
    expect(done).toHaveTextContent('You are registered');
    expect(done).toHaveTextContent('Check your email: a confirmation is on its way to ada@example.org.');
    expect(posted).toEqual([
      {
        firstName: 'Ada',
        lastName: 'Lovelace',
        email: 'ada@example.org',
        ticketTypeId: EVENT.ticketTypes[0]!.id,
        guests: 0,
        answers: [],
        website: '',
      },
    ]);
  });

  it('puts the server’s field errors on the fields', async () => {
    mockPublicApi(() =>
      problem(400, 'validation.failed', 'Invalid input', {
        violations: [{ field: 'signUp.body.email', message: 'must be a well-formed email address' }],
      }),
    );
    const { user } = renderEventPage();
    const form = await fillForm(user, 'ada@example.c');
    await user.click(within(form).getByRole('button', { name: 'Sign up' }));
    const email = within(form).getByRole('textbox', { name: /^Email/ });
    await waitFor(() => expect(email).toHaveAccessibleDescription(/must be a well-formed email address/));
    expect(email).toHaveAttribute('aria-invalid', 'true');
  });

  it('checks the fields before sending', async () => {
    const posted = mockPublicApi(() => HttpResponse.json({}));
    const { user } = renderEventPage();
    const form = await screen.findByRole('form', { name: 'Sign up' });
    await user.click(within(form).getByRole('button', { name: 'Sign up' }));
    expect(await within(form).findByText('Enter your first name')).toBeInTheDocument();
    expect(within(form).getByText('Enter an email address such as name@example.org')).toBeInTheDocument();
    expect(posted).toHaveLength(0);
  });

  it('says in plain words that there were too many sign-ups (429)', async () => {
    mockPublicApi(() => problem(429, 'events.too-many-sign-ups', 'Too many sign-ups'));
    const { user } = renderEventPage();
    const form = await fillForm(user);
    await user.click(within(form).getByRole('button', { name: 'Sign up' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Too many sign-ups came from this connection in a short time. Please wait a while and try again.');
  });

  it('says when registration is closed, and when a full event puts the party on the waitlist', async () => {
    let closed = true;
    mockPublicApi(() =>
      closed
        ? problem(422, 'events.registration-closed', 'Registration closed')
        : HttpResponse.json({ id: 'r2', eventId: EVENT.id, status: 'WAITLISTED', partySize: 1 }, { status: 201 }),
    );
    const { user } = renderEventPage();
    const form = await fillForm(user);
    await user.click(within(form).getByRole('button', { name: 'Sign up' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Sign-up for this event is closed');

    closed = false;
    await user.click(within(form).getByRole('button', { name: 'Sign up' }));
    const done = await screen.findByRole('status');
    expect(done).toHaveTextContent('You are on the waitlist');
    expect(done).toHaveTextContent('Check your email');
  });
});
