import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { server } from '@/testing/mocks/server';
import { renderWithProviders, signInAs } from '@/testing/test-utils';
import type { ConstituentSearchItem } from '@/types/constituents';
import { GivingCard } from '@/features/donations/components/giving-card';

const JANE: ConstituentSearchItem = {
  id: '00000000-0000-4000-8000-0000000000c1',
  type: 'INDIVIDUAL',
  displayName: 'Jane Doe',
  primaryEmail: 'jane.doe@example.org',
  primaryPhone: null,
  city: 'Springfield',
  postalCode: '62701',
  deceased: false,
  doNotContact: false,
  deleted: false,
  updatedAt: '2026-11-01T10:00:00Z',
};

function renderCard() {
  signInAs('dora', ['DEVELOPMENT_OFFICER']);
  return renderWithProviders(<GivingCard constituent={JANE} />);
}

describe('GivingCard', () => {
  it('shows the rollups exactly as the API sends them', async () => {
    server.use(
      http.get('*/api/constituents/:id/giving', () =>
        HttpResponse.json({
          constituentId: JANE.id,
          currency: 'USD',
          // More digits than a double holds: shown to the cent anyway.
          lifetimeTotal: '90071992547409.93',
          giftCount: 7,
          firstGift: { date: '2019-02-03', amount: '0.10' },
          lastGift: { date: '2026-10-30', amount: '0.20' },
          largestGift: { date: '2024-12-31', amount: '1000000.01' },
          thisFiscalYear: { fiscalYear: 2027, total: '0.30' },
          lastFiscalYear: { fiscalYear: 2026, total: '12345.67' },
          softCreditTotal: '500.05',
          consecutiveYears: 4,
          bestYear: { fiscalYear: 2025, total: '1000000.01' },
          yearsGiven: 6,
          includesHouseholdMembers: false,
        }),
      ),
    );
    renderCard();

    const card = await screen.findByRole('region', { name: 'Giving' });
    expect(await within(card).findByTestId('giving-lifetime')).toHaveTextContent('$90,071,992,547,409.93');
    expect(within(card).getByText('7 gifts')).toBeInTheDocument();
    expect(within(card).getByText('This fiscal year (FY2027)').nextSibling).toHaveTextContent('$0.30');
    expect(within(card).getByText('Last fiscal year (FY2026)').nextSibling).toHaveTextContent('$12,345.67');
    expect(within(card).getByText('First gift').nextSibling).toHaveTextContent('$0.10');
    expect(within(card).getByText('Last gift').nextSibling).toHaveTextContent('$0.20');
    expect(within(card).getByText('Largest gift').nextSibling).toHaveTextContent('$1,000,000.01');
    expect(within(card).getByText('Best year').nextSibling).toHaveTextContent('$1,000,000.01 FY2025');
    expect(within(card).getByText('Streak').nextSibling).toHaveTextContent('4 years in a row');
    expect(within(card).getByText('Soft credits (apart)').nextSibling).toHaveTextContent('$500.05');
  });

  it('says when there are no gifts yet', async () => {
    signInAs('dora', ['DEVELOPMENT_OFFICER']);
    renderWithProviders(<GivingCard constituent={{ ...JANE, id: '00000000-0000-4000-8000-0000000000c2', displayName: 'John Smith' }} />);

    expect(await screen.findByText('No gifts yet.')).toBeInTheDocument();
  });

  it('records a gift for this donor and updates at once', async () => {
    const { user } = renderCard();

    const card = await screen.findByRole('region', { name: 'Giving' });
    // The seed: 100.10 and 250.25.
    expect(await within(card).findByTestId('giving-lifetime')).toHaveTextContent('$350.35');
    expect(within(card).getByText('2 gifts')).toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Record gift' }));
    const form = await screen.findByRole('form', { name: 'Record gift' });
    // The donor is filled in.
    expect(within(form).getByRole('textbox', { name: /^Donor/ })).toHaveValue('Jane Doe — jane.doe@example.org, Springfield');
    await user.type(within(form).getByRole('textbox', { name: /^Amount/ }), '0.65');
    await user.click(within(form).getByRole('textbox', { name: /^Fund/ }));
    await user.click(await screen.findByRole('option', { name: 'General fund (GEN)' }));
    await user.click(within(form).getByRole('button', { name: 'Record gift' }));

    await waitFor(() => expect(within(card).getByTestId('giving-lifetime')).toHaveTextContent('$351.00'));
    expect(within(card).getByText('3 gifts')).toBeInTheDocument();
    expect(await screen.findByText(/Gift of \$0\.65 recorded/)).toBeInTheDocument();
  });
});
