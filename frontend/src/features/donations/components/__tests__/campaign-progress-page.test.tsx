import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import type { Role } from '@/config/roles';
import { createAppeal, createCampaign, createDonation, createFund, createUser } from '@/testing/data-generators';
import { db } from '@/testing/mocks/db';
import { renderWithProviders, signInAs } from '@/testing/test-utils';
import { CampaignProgressDetailPage } from '@/features/donations/components/campaign-progress-detail-page';
import { CampaignProgressPage } from '@/features/donations/components/campaign-progress-page';

/** A day relative to today, in UTC, as the API writes dates. */
function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

const IDS = {
  capital: 'c0000000-0000-4000-8000-000000000001',
  spring: 'c0000000-0000-4000-8000-000000000002',
  retired: 'c0000000-0000-4000-8000-000000000003',
  fundA: 'f0000000-0000-4000-8000-000000000001',
  fundB: 'f0000000-0000-4000-8000-000000000002',
  letter: 'a0000000-0000-4000-8000-000000000001',
};

// Capital (goal 1,000) with Spring inside it: 100.00 to fund A by letter, 50.00 split 30/20 in Spring, 110.00 with
// 11.00 refunded split 60/40, a pending 500.00 and a refunded 40.00 that count nowhere, 0.10 + 0.20 with no fund.
// Raised 249.30 = 24%; fund A 100 + 30 + 59.40, fund B 20 + 39.60.
function seed() {
  db.funds.push(createFund({ id: IDS.fundA, code: 'A', name: 'Building fund' }), createFund({ id: IDS.fundB, code: 'B', name: 'Scholarships' }));
  db.campaigns.push(
    createCampaign({ id: IDS.capital, name: 'Capital', goal: '1000.00', currency: 'USD', startDate: day(-30), endDate: day(12) }),
    createCampaign({ id: IDS.spring, name: 'Spring', goal: '200.00', currency: 'USD', startDate: null, endDate: day(-1), parentId: IDS.capital }),
    createCampaign({ id: IDS.retired, name: 'Old drive', goal: null, currency: null, startDate: null, endDate: null, active: false }),
  );
  db.appeals.push(createAppeal({ id: IDS.letter, campaignId: IDS.capital, name: 'Year-end letter' }));
  const gift = (amount: string, more: Parameters<typeof createDonation>[0]) =>
    createDonation({ amount, baseAmount: amount, donorName: 'Grace Hopper', constituentId: 'd1', fundId: null, allocations: [], ...more });
  db.gifts.push(
    gift('100.00', { campaignId: IDS.capital, appealId: IDS.letter, fundId: IDS.fundA, allocations: [{ id: 'x1', fundId: IDS.fundA, amount: '100.00' }] }),
    gift('50.00', {
      constituentId: 'd2',
      campaignId: IDS.spring,
      allocations: [
        { id: 'x2', fundId: IDS.fundA, amount: '30.00' },
        { id: 'x3', fundId: IDS.fundB, amount: '20.00' },
      ],
      softCredits: [{ id: 's1', constituentId: 'd1', amount: '50.00', role: null }],
    }),
    gift('110.00', {
      campaignId: IDS.capital,
      refundedAmount: '11.00',
      allocations: [
        { id: 'x4', fundId: IDS.fundA, amount: '60.00' },
        { id: 'x5', fundId: IDS.fundB, amount: '40.00' },
      ],
    }),
    gift('500.00', { campaignId: IDS.capital, status: 'PENDING' }),
    gift('40.00', { campaignId: IDS.capital, status: 'REFUNDED', refundedAmount: '40.00' }),
    gift('0.10', { campaignId: IDS.spring }),
    gift('0.20', { campaignId: IDS.spring }),
  );
}

/** Signs in a user of the mock backend who holds these roles. */
function signIn(roles: Role[]) {
  const username = roles.join('-').toLowerCase();
  db.users.push(createUser({ username, roles }));
  signInAs(username, roles);
}

function renderList(roles: Role[] = ['BOARD_MEMBER'], url = '/campaign-progress') {
  signIn(roles);
  return renderWithProviders(<CampaignProgressPage />, { path: '/campaign-progress', url });
}

function renderDetail(id: string, roles: Role[] = ['BOARD_MEMBER']) {
  signIn(roles);
  return renderWithProviders(<CampaignProgressDetailPage />, { path: '/campaign-progress/:id', url: `/campaign-progress/${id}` });
}

describe('CampaignProgressPage', () => {
  beforeEach(seed);

  it('lists running campaigns with labelled progress bars, sub-campaigns rolled up into their parent', async () => {
    renderList();
    const table = await screen.findByRole('table', { name: 'Campaign progress' });
    const bar = await within(table).findByRole('progressbar', { name: 'Capital: 24% of the goal raised' });
    expect(bar).toHaveAttribute('aria-valuenow', '24');
    const row = bar.closest('tr')!;
    expect(within(row).getByText('$249.30')).toBeInTheDocument();
    expect(within(row).getByText(/of \$1,000\.00/)).toBeInTheDocument();
    expect(within(row).getByText('Includes 1 sub-campaign')).toBeInTheDocument();
    expect(within(row).getAllByText('12 days left').length).toBeGreaterThan(0);
    // Spring has ended and Old drive is retired: not running today.
    expect(within(table).queryByText('Spring')).not.toBeInTheDocument();
    expect(within(table).queryByText('Old drive')).not.toBeInTheDocument();
    expect(screen.queryByText('Grace Hopper')).not.toBeInTheDocument();
  });

  it('shows ended and retired campaigns on request', async () => {
    const { user } = renderList();
    await screen.findByRole('progressbar', { name: /^Capital/ });
    await user.click(screen.getByRole('radio', { name: 'All, retired too' }));
    const table = screen.getByRole('table', { name: 'Campaign progress' });
    expect(await within(table).findByText('Old drive')).toBeInTheDocument();
    expect(within(table).getByText('$0.00')).toBeInTheDocument();
    expect(within(table).getByText(/raised, no goal set/)).toBeInTheDocument();
    const spring = within(table).getByRole('progressbar', { name: 'Spring: 25% of the goal raised' });
    expect(within(spring.closest('tr')!).getByText('Part of Capital')).toBeInTheDocument();
  });
});

describe('CampaignProgressDetailPage', () => {
  beforeEach(seed);

  it('breaks the raised amount down by appeal, fund and sub-campaign without naming a donor', async () => {
    renderDetail(IDS.capital);
    expect(await screen.findByRole('heading', { level: 1, name: 'Capital' })).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Capital: 24% of the goal raised' })).toBeInTheDocument();
    expect(screen.getByText('$750.70')).toBeInTheDocument(); // still to raise

    const appeals = screen.getByRole('table', { name: 'By appeal' });
    expect(within(appeals).getByText('Year-end letter')).toBeInTheDocument();
    expect(within(appeals).getByText('No appeal')).toBeInTheDocument();
    expect(within(appeals).getByText('$149.30')).toBeInTheDocument();

    const funds = screen.getByRole('table', { name: 'By fund' });
    const building = within(funds).getByText('Building fund').closest('tr')!;
    expect(within(building).getByText('$189.40')).toBeInTheDocument();
    expect(within(building).getByText('76.0%')).toBeInTheDocument();
    expect(within(within(funds).getByText('Scholarships').closest('tr')!).getByText('$59.60')).toBeInTheDocument();
    expect(within(within(funds).getByText('Not allocated to a fund').closest('tr')!).getByText('$0.30')).toBeInTheDocument();

    const subs = screen.getByRole('table', { name: 'Sub-campaigns' });
    expect(within(subs).getByRole('progressbar', { name: 'Spring: 25% of the goal raised' })).toBeInTheDocument();
    expect(screen.getByText(/Given to Capital itself: \$199\.00 in 2 gifts/)).toBeInTheDocument();

    expect(screen.queryByText('Grace Hopper')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Gifts to this campaign' })).not.toBeInTheDocument();
  });

  it('links development officers to the campaign’s gifts', async () => {
    renderDetail(IDS.capital, ['DEVELOPMENT_OFFICER']);
    expect(await screen.findByRole('link', { name: 'Gifts to this campaign' })).toHaveAttribute(
      'href',
      `/gifts?campaign=${IDS.capital}`,
    );
  });

  it('says so when there is no such campaign', async () => {
    renderDetail('c0000000-0000-4000-8000-00000000dead');
    expect(await screen.findByRole('heading', { level: 1, name: 'Campaign not found' })).toBeInTheDocument();
  });
});
