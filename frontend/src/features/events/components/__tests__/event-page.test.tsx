import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Role } from '@/config/roles';
import { createUser } from '@/testing/data-generators';
import { createEvent, createRegistration, createTicketType } from '@/testing/event-generators';
import { db } from '@/testing/mocks/db';
import { eventsDb } from '@/testing/mocks/event-handlers';
import { renderWithProviders, signInAs } from '@/testing/test-utils';
import { EventPage } from '@/features/events/components/event-page';

const JANE = '00000000-0000-4000-8000-0000000000c1';

function seed({ capacity = 1, price = '0.00' }: { capacity?: number; price?: string } = {}) {
  const event = createEvent({
    title: 'Autumn gala',
    capacity,
    questions: [{ id: '00000000-0000-4000-9a00-000000000001', text: 'Meal choice?', required: true }],
  });
  const ticket = createTicketType({ eventId: event.id, name: 'Dinner', price, fairMarketValue: '0.00', deductibleAmount: price });
  eventsDb.events.push(event);
  eventsDb.ticketTypes.push(ticket);
  return { event, ticket };
}

function renderAs(eventId: string, username: string, roles: Role[]) {
  if (!db.users.some((user) => user.username === username)) db.users.push(createUser({ username, roles }));
  signInAs(username, roles);
  return renderWithProviders(<EventPage />, { path: '/events/:id', url: `/events/${eventId}` });
}

async function openRegister(user: ReturnType<typeof renderAs>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Register someone' }));
  return screen.findByRole('form', { name: 'Register someone' });
}

/** The files handed to the browser as downloads. */
const saved: { name: string; blob: Blob }[] = [];

beforeEach(() => {
  saved.length = 0;
  const blobs = new Map<string, Blob>();
  let count = 0;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    count += 1;
    blobs.set(`blob:event-${count}`, blob);
    return `blob:event-${count}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) saved.push({ name: this.download, blob });
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('EventPage', () => {
  it('registers an existing constituent, then a new person found to be a likely duplicate of one', async () => {
    const { event } = seed({ capacity: 1 });
    const { user } = renderAs(event.id, 'admin', ['ADMIN']);

    // An existing constituent: registered.
    let dialog = await openRegister(user);
    await user.type(within(dialog).getByRole('textbox', { name: /^Constituent/ }), 'Jane');
    await user.click(await screen.findByRole('option', { name: /Jane Doe/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Meal choice\?/ }), 'Vegetarian');
    await user.click(within(dialog).getByRole('button', { name: 'Register' }));
    expect(await screen.findByText('Jane Doe is registered.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(eventsDb.registerCalls[0]!.body).toMatchObject({
      constituentId: JANE,
      answers: [{ questionId: '00000000-0000-4000-9a00-000000000001', answer: 'Vegetarian' }],
      guestNames: [],
      unnamedGuests: 0,
    });

    // A new person with the email of someone on file (in other letters): the likely matches are offered.
    dialog = await openRegister(user);
    await user.click(within(dialog).getByRole('radio', { name: 'New person' }));
    await user.type(within(dialog).getByRole('textbox', { name: /^First name/ }), 'Johnny');
    await user.type(within(dialog).getByRole('textbox', { name: /^Last name/ }), 'Smith');
    await user.type(within(dialog).getByRole('textbox', { name: /^Email/ }), 'JOHN@example.org');
    await user.type(within(dialog).getByRole('textbox', { name: /^Meal choice\?/ }), 'Fish');
    await user.click(within(dialog).getByRole('button', { name: 'Register' }));
    const duplicates = await within(dialog).findByRole('alert', { name: /may already be in Steward/ });
    // the rule's name, not its code
    expect(within(duplicates).getByText('Same email')).toBeInTheDocument();
    expect(within(duplicates).queryByText(/same-email/)).not.toBeInTheDocument();
    expect(eventsDb.registerCalls[1]!.body).toMatchObject({ person: { firstName: 'Johnny', lastName: 'Smith' } });
    expect(eventsDb.registrations).toHaveLength(1);

    await user.click(within(duplicates).getByRole('button', { name: 'Register John Smith' }));
    // The event is full (capacity 1): John waits, and the dialog says so.
    expect(await screen.findByText(/John Smith is on the waitlist/)).toBeInTheDocument();
    const sent = eventsDb.registerCalls[2]!;
    expect(sent.body).toMatchObject({ constituentId: '00000000-0000-4000-8000-0000000000c2' });
    expect(sent.body.person).toBeUndefined();
    expect(sent.key).toBeTruthy();
    expect(sent.key).not.toBe(eventsDb.registerCalls[1]!.key);
    expect(eventsDb.registerCalls[0]!.key).not.toBe(eventsDb.registerCalls[1]!.key);
  });

  it('creates a new record anyway when the person is not one of the likely matches', async () => {
    const { event } = seed({ capacity: 10 });
    const { user } = renderAs(event.id, 'eve', ['EVENT_COORDINATOR']);
    const dialog = await openRegister(user);
    await user.click(within(dialog).getByRole('radio', { name: 'New person' }));
    await user.type(within(dialog).getByRole('textbox', { name: /^First name/ }), 'Joan');
    await user.type(within(dialog).getByRole('textbox', { name: /^Last name/ }), 'Doe');
    await user.type(within(dialog).getByRole('textbox', { name: /^Email/ }), 'joan@example.org');
    await user.type(within(dialog).getByRole('textbox', { name: /^Phone/ }), '+1 555 0100');
    await user.type(within(dialog).getByRole('textbox', { name: /^Meal choice\?/ }), 'Fish');
    await user.click(within(dialog).getByRole('button', { name: 'Add named guest' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Guest 1' }), 'Sam Doe');
    await user.click(within(dialog).getByRole('button', { name: 'Register' }));

    const duplicates = await within(dialog).findByRole('alert', { name: /may already be in Steward/ });
    expect(within(duplicates).getByRole('button', { name: 'Register Jane Doe' })).toBeInTheDocument();
    expect(within(duplicates).getByText('Same phone')).toBeInTheDocument();
    await user.click(within(duplicates).getByRole('button', { name: 'Create a new record anyway' }));

    expect(await screen.findByText('Joan Doe is registered with 1 guest(s).')).toBeInTheDocument();
    expect(eventsDb.registerCalls.at(-1)!.body).toMatchObject({
      person: { firstName: 'Joan', lastName: 'Doe', email: 'joan@example.org', phone: '+1 555 0100' },
      createAnyway: true,
      guestNames: ['Sam Doe'],
    });
  });

  it('cancels a paid registration with a refund; the first on the waitlist is offered the seat and accepts', async () => {
    const { event, ticket } = seed({ capacity: 1, price: '50.00' });
    eventsDb.registrations.push(
      createRegistration({
        eventId: event.id,
        ticketTypeId: ticket.id,
        constituentId: JANE,
        constituentName: 'Jane Doe',
        feeGiftId: '00000000-0000-4000-9f00-000000000001',
      }),
      createRegistration({
        eventId: event.id,
        ticketTypeId: ticket.id,
        constituentName: 'Walt Waiting',
        status: 'WAITLISTED',
        waitlistedAt: '2026-11-21T10:00:00Z',
      }),
    );
    const { user } = renderAs(event.id, 'admin', ['ADMIN']);

    const table = await screen.findByRole('table', { name: 'Registered registrations' });
    await user.click(await within(table).findByRole('button', { name: 'Actions for Jane Doe' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Cancel registration…' }));
    const dialog = await screen.findByRole('form', { name: 'Cancel registration' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Ill');
    await user.click(within(dialog).getByRole('switch', { name: /Refund the fee/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel registration' }));

    expect(await screen.findByText('The registration of Jane Doe was cancelled and its fee refunded.')).toBeInTheDocument();
    expect(eventsDb.refundedGifts).toEqual(['00000000-0000-4000-9f00-000000000001']);
    expect(eventsDb.registrations[0]).toMatchObject({ status: 'CANCELLED', cancelReason: 'Ill' });

    await user.click(screen.getByRole('tab', { name: 'Offered' }));
    const offered = await screen.findByRole('table', { name: 'Offered registrations' });
    expect(await within(offered).findByText(/Offer holds until/)).toBeInTheDocument();
    await user.click(within(offered).getByRole('button', { name: 'Actions for Walt Waiting' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Accept offer' }));
    expect(await screen.findByText('Walt Waiting took the seats: now registered.')).toBeInTheDocument();
    expect(eventsDb.registrations[1]!.status).toBe('REGISTERED');
  });

  it('shows the waitlist in order with each party’s place', async () => {
    const { event, ticket } = seed({ capacity: 1 });
    for (const name of ['First Waiting', 'Second Waiting']) {
      eventsDb.registrations.push(createRegistration({ eventId: event.id, ticketTypeId: ticket.id, constituentName: name, status: 'WAITLISTED' }));
    }
    const { user } = renderAs(event.id, 'admin', ['ADMIN']);
    await user.click(await screen.findByRole('tab', { name: 'Waitlist' }));
    const table = await screen.findByRole('table', { name: 'Waitlist registrations' });
    await within(table).findByText('First Waiting');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]!.textContent)).toEqual(['1', '2']);
    expect(within(rows[1]!).getByText('Second Waiting')).toBeInTheDocument();
  });

  it('shows each registration’s whole status on a wide screen, never a shortened badge', async () => {
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) =>
        ({
          matches: true,
          media: query,
          onchange: null,
          addListener: () => {},
          removeListener: () => {},
          addEventListener: () => {},
          removeEventListener: () => {},
          dispatchEvent: () => false,
        }) as MediaQueryList,
    );
    const { event, ticket } = seed({ capacity: 5 });
    eventsDb.registrations.push(
      createRegistration({ eventId: event.id, ticketTypeId: ticket.id, constituentName: 'Rosalind Longname-Whitfield' }),
    );
    renderAs(event.id, 'admin', ['ADMIN']);
    const table = await screen.findByRole('table', { name: 'Registered registrations' });
    await within(table).findByText('Rosalind Longname-Whitfield');
    const badge = within(table)
      .getAllByText('Registered')
      .map((element) => element.closest('.mantine-Badge-root'))
      .find((element) => element !== null);
    expect(badge).toHaveStyle({ minWidth: 'max-content' });
  });

  it('downloads the attendee list with the session', async () => {
    const { event } = seed();
    const { user } = renderAs(event.id, 'admin', ['ADMIN']);
    await user.click(await screen.findByRole('button', { name: 'Downloads' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Attendee list (Excel)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe(`event-${event.id}-attendees.xlsx`);
  });

  it('shows development officers the registrations but no write actions', async () => {
    const { event, ticket } = seed();
    eventsDb.registrations.push(createRegistration({ eventId: event.id, ticketTypeId: ticket.id, constituentId: JANE }));
    const { user } = renderAs(event.id, 'dora', ['DEVELOPMENT_OFFICER']);

    const table = await screen.findByRole('table', { name: 'Registered registrations' });
    await user.click(await within(table).findByRole('button', { name: 'Actions for Jane Doe' }));
    const menu = await screen.findByRole('menu');
    expect(within(menu).getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Open donor']);
    expect(screen.queryByRole('button', { name: 'Register someone' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add ticket type' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel event' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
  });

  it('shows board members the event and its counts but no registrations', async () => {
    const { event, ticket } = seed({ capacity: 10 });
    eventsDb.registrations.push(createRegistration({ eventId: event.id, ticketTypeId: ticket.id, constituentId: JANE }));
    const { user } = renderAs(event.id, 'bo', ['BOARD_MEMBER']);

    expect(await screen.findByRole('heading', { level: 1, name: 'Autumn gala' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('seats-taken')).toHaveTextContent('1 of 10'));
    expect(await screen.findByRole('table', { name: 'Ticket types' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Registrations' })).not.toBeInTheDocument();
    expect(screen.queryByText('Jane Doe')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publish' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel event' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Downloads' }));
    const menu = await screen.findByRole('menu');
    expect(within(menu).getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Calendar file (.ics)']);
  });

  it('publishes a draft and cancels it with a reason, refunds and notice', async () => {
    const event = createEvent({ title: 'Draft gala', status: 'DRAFT' });
    eventsDb.events.push(event);
    eventsDb.ticketTypes.push(createTicketType({ eventId: event.id }));
    const { user } = renderAs(event.id, 'admin', ['ADMIN']);

    await user.click(await screen.findByRole('button', { name: 'Publish' }));
    await waitFor(() => expect(eventsDb.events[0]!.status).toBe('PUBLISHED'));
    expect(await screen.findByRole('link', { name: 'Check-in' })).toHaveAttribute('href', `/events/${event.id}/check-in`);

    await user.click(screen.getByRole('button', { name: 'Cancel event' }));
    const dialog = await screen.findByRole('form', { name: 'Cancel event' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Storm');
    await user.click(within(dialog).getByRole('switch', { name: /Refund fees/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel event' }));
    await waitFor(() => expect(eventsDb.events[0]!.status).toBe('CANCELLED'));
    expect(eventsDb.cancelCalls[0]!.body).toEqual({ reason: 'Storm', refundFees: true, notify: true });
  });
});
