import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Role } from '@/config/roles';
import { createUser } from '@/testing/data-generators';
import { db } from '@/testing/mocks/db';
import { renderWithProviders, signInAs } from '@/testing/test-utils';
import { ReportsPage } from '@/features/reports/components/reports-page';

function renderCatalogue(username: string, roles: Role[]) {
  db.users.push(createUser({ username, roles }));
  signInAs(username, roles);
  return renderWithProviders(<ReportsPage />, { path: '/reports' });
}

describe('ReportsPage', () => {
  it('lists every report by category with its definition', async () => {
    renderCatalogue('dora', ['DEVELOPMENT_OFFICER']);
    const donors = await screen.findByRole('region', { name: 'Donors' });
    const lybunt = within(donors).getByRole('link', { name: 'LYBUNT' });
    expect(lybunt).toHaveAttribute('href', '/reports/lybunt');
    const card = lybunt.closest('li')!;
    expect(within(card).getByText('Donors who gave last year but nothing so far this year.')).toBeInTheDocument();
    expect(within(card).getByText('Names donors')).toBeInTheDocument();

    expect(
      screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent),
    ).toEqual(['Donors', 'Giving', 'Campaigns', 'Events']);
    const giving = screen.getByRole('region', { name: 'Giving' });
    expect(within(giving).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Gift range',
      'Year over year',
      'Giving summary',
    ]);
    expect(screen.getByRole('link', { name: 'Board dashboard' })).toHaveAttribute('href', '/reports/dashboard');
    expect(screen.getByRole('link', { name: 'Schedules' })).toHaveAttribute('href', '/reports/schedules');
  });

  it('shows an event coordinator event attendance only', async () => {
    renderCatalogue('eve', ['EVENT_COORDINATOR']);
    const events = await screen.findByRole('region', { name: 'Events' });
    expect(within(events).getByRole('link', { name: 'Event attendance' })).toHaveAttribute('href', '/reports/event-attendance');
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['Events']);
    expect(screen.queryByRole('link', { name: 'Board dashboard' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Schedules' })).not.toBeInTheDocument();
  });
});
