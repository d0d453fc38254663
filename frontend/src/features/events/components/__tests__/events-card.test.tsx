import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { server } from '@/testing/mocks/server';
import { renderWithProviders, signInAs } from '@/testing/test-utils';
import { EventsCard } from '@/features/events/components/events-card';

const JANE = '00000000-0000-4000-8000-0000000000c1';

describe('EventsCard', () => {
  it('lists upcoming and past registrations with links to the events', async () => {
    server.use(
      http.get('*/api/constituents/:id/summary', () =>
        HttpResponse.json({
          events: {
            upcoming: [
              {
                registrationId: 'r1',
                eventId: 'e1',
                eventTitle: 'Autumn gala',
                startsAt: '2026-12-12T18:00:00',
                timeZone: 'America/Toronto',
                status: 'WAITLISTED',
                partySize: 2,
              },
            ],
            past: [],
          },
        }),
      ),
    );
    signInAs('admin', ['ADMIN']);
    renderWithProviders(<EventsCard constituentId={JANE} />);

    const card = await screen.findByRole('region', { name: 'Events' });
    expect(within(card).getByRole('link', { name: 'Autumn gala' })).toHaveAttribute('href', '/events/e1');
    expect(within(card).getByText(/Sat, Dec 12, 2026, 6:00 PM \(America\/Toronto\) · party of 2/)).toBeInTheDocument();
    expect(within(card).getByText('Waitlist')).toBeInTheDocument();
    expect(within(card).getByText('No past events.')).toBeInTheDocument();
  });

  it('shows nothing when the summary has no events section (roles that may not see registrations)', async () => {
    let asked = false;
    server.use(
      http.get('*/api/constituents/:id/summary', () => {
        asked = true;
        return HttpResponse.json({ profile: {} });
      }),
    );
    signInAs('admin', ['ADMIN']);
    const { container } = renderWithProviders(<EventsCard constituentId={JANE} />);
    await waitFor(() => expect(asked).toBe(true));
    expect(container.querySelector('section')).toBeNull();
  });
});

