import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Role } from '@/config/roles';
import { HomeRoute } from '@/app/routes/home';
import { createCampaign, createDonation, createUser } from '@/testing/data-generators';
import { db } from '@/testing/mocks/db';
import { renderWithProviders, signInAs } from '@/testing/test-utils';

function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

function renderHome(username: string, roles: Role[]) {
  db.users.push(createUser({ username, displayName: `Test ${username}`, roles }));
  signInAs(username, roles);
  db.gifts = [];
  db.campaigns = [createCampaign({ id: 'c1', name: 'Roof appeal', goal: '400.00', startDate: day(-10), endDate: day(5) })];
  db.gifts.push(
    createDonation({ amount: '100.00', receivedOn: day(0), campaignId: 'c1', donorName: 'Grace Hopper', constituentId: 'd1' }),
    createDonation({ amount: '50.05', receivedOn: day(0), donorName: 'Alan Turing', constituentId: 'd2' }),
    createDonation({ amount: '999.00', receivedOn: day(0), status: 'PENDING', constituentId: 'd3' }),
  );
  return renderWithProviders(<HomeRoute />);
}

describe('home page', () => {
  it('shows a board member fundraising totals and running campaigns, naming no donor', async () => {
    renderHome('bo', ['BOARD_MEMBER']);
    const card = await screen.findByRole('region', { name: 'Fundraising at a glance' });
    expect(await within(card).findByText('$150.05')).toBeInTheDocument();
    expect(within(card).getByText('$75.02')).toBeInTheDocument(); // average 75.025, half-even
    expect(within(card).getByRole('progressbar', { name: 'Roof appeal: 25% of the goal raised' })).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Roof appeal' })).toHaveAttribute('href', '/campaign-progress/c1');
    expect(screen.queryByText(/Grace Hopper|Alan Turing/)).not.toBeInTheDocument();
    const works = screen.getByRole('region', { name: 'What you can do' });
    expect(within(works).getByRole('link', { name: /Campaign progress/ })).toHaveAttribute('href', '/campaign-progress');
  });

  it('shows event coordinators nothing of giving', async () => {
    renderHome('eve', ['EVENT_COORDINATOR']);
    expect(await screen.findByRole('region', { name: 'What you can do' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Fundraising at a glance' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Campaign progress/ })).not.toBeInTheDocument();
  });
});
