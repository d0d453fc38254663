import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Role } from '@/config/roles';
import { createEvent } from '@/testing/event-generators';
import { eventsDb } from '@/testing/mocks/event-handlers';
import { createUser } from '@/testing/data-generators';
import { db } from '@/testing/mocks/db';
import { renderWithProviders, signInAs } from '@/testing/test-utils';
import { EventsPage } from '@/features/events/components/events-page';

function renderAs(username: string, roles: Role[], url = '/events') {
  if (!db.users.some((user) => user.username === username)) db.users.push(createUser({ username, roles }));
  signInAs(username, roles);
  return renderWithProviders(<EventsPage />, { path: '/events', url });
}

function seed() {
  eventsDb.events.push(
    createEvent({ title: 'Autumn gala', status: 'PUBLISHED', capacity: 100, startsAt: '2026-12-12T18:00:00', endsAt: '2026-12-12T22:00:00' }),
    createEvent({
      title: 'Donor breakfast',
      status: 'DRAFT',
      capacity: null,
      venue: null,
      onlineUrl: 'https://meet.example.org/breakfast',
      startsAt: '2026-12-20T08:00:00',
      endsAt: '2026-12-20T09:30:00',
      timeZone: 'Europe/Paris',
    }),
  );
}

describe('EventsPage', () => {
  it('lists events with when (in their zone), where, status, seats and waitlist, and filters by status', async () => {
    seed();
    const { user, router } = renderAs('admin', ['ADMIN']);

    const table = await screen.findByRole('table', { name: 'Events' });
    expect(await within(table).findByRole('link', { name: 'Autumn gala' })).toHaveAttribute('href', expect.stringMatching(/^\/events\//));
    expect(within(table).getByRole('link', { name: 'Donor breakfast' })).toBeInTheDocument();
    // jsdom matches no min-width media query: the table shows its phone layout, everything under the title.
    expect(within(table).getByText(/Sun, Dec 20, 2026, 8:00 AM – 9:30 AM \(Europe\/Paris\)/)).toBeInTheDocument();
    expect(within(table).getByText('Draft')).toBeInTheDocument();
    expect(within(table).getByText('Published')).toBeInTheDocument();
    expect(within(table).getByText('0 / 100 seats')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('2 events');
    expect(screen.getByRole('link', { name: 'New event' })).toHaveAttribute('href', '/events/new');

    await user.click(screen.getByRole('textbox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Draft' }));
    expect(await screen.findByText('1 event')).toBeInTheDocument();
    expect(within(table).queryByRole('link', { name: 'Autumn gala' })).not.toBeInTheDocument();
    expect(router.state.location.search).toBe('?status=DRAFT');
  });

  it('offers "New event" to event coordinators but not to development officers or board members', async () => {
    seed();
    const first = renderAs('eve', ['EVENT_COORDINATOR']);
    await screen.findByRole('link', { name: 'Autumn gala' });
    expect(screen.getByRole('link', { name: 'New event' })).toBeInTheDocument();
    first.unmount();

    const second = renderAs('dora', ['DEVELOPMENT_OFFICER']);
    await screen.findByRole('link', { name: 'Autumn gala' });
    expect(screen.queryByRole('link', { name: 'New event' })).not.toBeInTheDocument();
    second.unmount();

    renderAs('bo', ['BOARD_MEMBER']);
    await screen.findByRole('link', { name: 'Autumn gala' });
    expect(screen.queryByRole('link', { name: 'New event' })).not.toBeInTheDocument();
  });
});
