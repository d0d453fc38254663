import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Role } from '@/config/roles';
import { HomeRoute } from '@/app/routes/home';
import { createUser } from '@/testing/data-generators';
import { db } from '@/testing/mocks/db';
import { reportsDb } from '@/testing/mocks/report-handlers';
import { renderWithProviders, signInAs } from '@/testing/test-utils';

function renderHome(username: string, roles: Role[], url = '/') {
  db.users.push(createUser({ username, displayName: `Test ${username}`, roles }));
  signInAs(username, roles);
  return renderWithProviders(<HomeRoute />, { url });
}

const requested = (name: string) => reportsDb.requests.filter((url) => url.pathname === `/api/reports/${name}`);

describe('home page', () => {
  it('is the board dashboard for a board member: each card from its report, fiscal years, linking to it', async () => {
    const { user } = renderHome('bo', ['BOARD_MEMBER']);
    const dashboard = await screen.findByRole('region', { name: 'Board dashboard' });

    const raised = within(dashboard).getByRole('region', { name: 'Raised this year against last year' });
    expect(await within(raised).findByText('$210.00')).toBeInTheDocument();
    expect(within(raised).getByText('$200.00')).toBeInTheDocument();
    expect(within(raised).getByRole('link', { name: 'Raised this year against last year' })).toHaveAttribute(
      'href',
      '/reports/year-over-year?yearBasis=FISCAL',
    );

    const retention = within(dashboard).getByRole('region', { name: 'Donor retention' });
    const figures = await within(retention).findByRole('group', { name: 'Donor retention' });
    expect(within(figures).getByText('50.0%')).toBeInTheDocument();
    expect(within(figures).getByText('Retained donors').nextSibling).toHaveTextContent('1');
    expect(within(figures).getByText('Donors last year').nextSibling).toHaveTextContent('2');

    const campaigns = within(dashboard).getByRole('region', { name: 'Campaign progress' });
    expect(await within(campaigns).findByRole('progressbar', { name: 'Roof appeal: 25% of the goal raised' })).toBeInTheDocument();
    expect(within(campaigns).getByRole('progressbar', { name: 'Library fund: 120% of the goal raised' })).toBeInTheDocument();

    const pyramid = within(dashboard).getByRole('region', { name: 'Gift pyramid' });
    expect(await within(pyramid).findByRole('figure', { name: 'Donors by gift range' })).toBeInTheDocument();
    expect(within(pyramid).getByRole('link', { name: 'Gift pyramid' })).toHaveAttribute('href', '/reports/gift-range?yearBasis=FISCAL');

    for (const name of ['year-over-year', 'retention', 'campaign-progress', 'gift-range']) {
      expect(requested(name).at(-1)!.searchParams.get('yearBasis')).toBe('FISCAL');
    }

    // Calendar years on request, kept in the address bar.
    await user.click(within(dashboard).getByText('Calendar year'));
    await waitFor(() => expect(requested('retention').at(-1)!.searchParams.get('yearBasis')).toBe('CALENDAR'));
    expect(within(pyramid).getByRole('link', { name: 'Gift pyramid' })).toHaveAttribute('href', '/reports/gift-range?yearBasis=CALENDAR');

    const works = screen.getByRole('region', { name: 'What you can do' });
    expect(within(works).getByRole('link', { name: /^Reports/ })).toHaveAttribute('href', '/reports');
    expect(within(works).getByRole('link', { name: /^Report schedules/ })).toHaveAttribute('href', '/reports/schedules');
  });

  it('gives development officers and administrators a way to the board dashboard', async () => {
    renderHome('dora', ['DEVELOPMENT_OFFICER']);
    const card = await screen.findByRole('region', { name: 'Board dashboard' });
    expect(within(card).getByRole('link', { name: 'Open the board dashboard' })).toHaveAttribute('href', '/reports/dashboard');
    expect(reportsDb.requests).toHaveLength(0);
  });

  it('shows event coordinators nothing of giving', async () => {
    renderHome('eve', ['EVENT_COORDINATOR']);
    expect(await screen.findByRole('region', { name: 'What you can do' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Board dashboard' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Campaign progress/ })).not.toBeInTheDocument();
  });
});
