import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { db } from '@/testing/mocks/db';
import { renderWithProviders, signInAs } from '@/testing/test-utils';
import { PledgeDetailPage } from '@/features/donations/components/pledge-detail-page';
import { PledgesPage } from '@/features/donations/components/pledges-page';

const PLEDGE = '00000000-0000-4000-8000-0000000009d1';

function renderPledges(url = '/pledges') {
  signInAs('dora', ['DEVELOPMENT_OFFICER']);
  return renderWithProviders(<PledgesPage />, {
    path: '/pledges',
    url,
    routes: [{ path: '/pledges/:id', element: <PledgeDetailPage /> }],
  });
}

describe('PledgesPage', () => {
  it('lists pledges with their balance and flags the overdue ones', async () => {
    const { user, router } = renderPledges();

    const table = await screen.findByRole('table', { name: 'Pledges' });
    const link = await within(table).findByRole('link', { name: /Pledge of \$300\.00/ });
    const row = link.closest('tr')!;
    expect(row).toHaveTextContent('$200.00');
    // jsdom matches no media query: this is the phone layout, status and overdue under the donor
    expect(row).toHaveTextContent('Open · overdue');
    expect(screen.getByText('1 pledge')).toBeInTheDocument();

    await user.click(screen.getByRole('textbox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Fulfilled' }));
    await waitFor(() => expect(router.state.location.search).toBe('?status=FULFILLED'));
    expect(await screen.findByText('No pledges match.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear' }));
    await user.click(screen.getByRole('checkbox', { name: 'Only with overdue installments' }));
    await waitFor(() => expect(router.state.location.search).toBe('?overdue=true'));
    expect(await within(table).findByRole('link', { name: /Pledge of \$300\.00/ })).toBeInTheDocument();
  });

  it('opens a pledge, records a payment across installments and writes off the rest', async () => {
    const { user } = renderPledges();

    await user.click(await screen.findByRole('link', { name: /Pledge of \$300\.00/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Pledge of $300.00' })).toBeInTheDocument();
    expect(screen.getByTestId('pledge-balance')).toHaveTextContent('$200.00');
    const installments = screen.getByRole('table', { name: 'Installments' });
    const rows = within(installments).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').at(-1)!.textContent)).toEqual(['Paid', 'Overdue', 'Due']);
    // payments exist: the pledge can be written off, not cancelled
    expect(screen.queryByRole('button', { name: 'Cancel pledge' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Record payment' }));
    const form = await screen.findByRole('form', { name: 'Record payment' });
    const amount = within(form).getByRole('textbox', { name: /^Amount/ });
    expect(amount).toHaveValue('100.00');
    await user.clear(amount);
    await user.type(amount, '250');
    await user.click(within(form).getByRole('button', { name: 'Record payment' }));
    expect(await within(form).findByText('At most $200.00 is left to pay')).toBeInTheDocument();
    await user.clear(amount);
    await user.type(amount, '150');
    await user.click(within(form).getByRole('button', { name: 'Record payment' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Record payment' })).not.toBeInTheDocument());

    await waitFor(() => expect(screen.getByTestId('pledge-balance')).toHaveTextContent('$50.00'));
    const after = within(screen.getByRole('table', { name: 'Installments' })).getAllByRole('row').slice(1);
    expect(after.map((row) => within(row).getAllByRole('cell').at(-1)!.textContent)).toEqual(['Paid', 'Paid', 'Part paid']);
    const gift = db.gifts.at(-1)!;
    expect(gift).toMatchObject({ amount: '150.00', kind: 'PLEDGE_PAYMENT', pledgeId: PLEDGE });
    expect(within(screen.getByRole('region', { name: 'Payments' })).getAllByRole('link')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Write off' }));
    const writeOff = await screen.findByRole('form', { name: 'Write off' });
    expect(within(writeOff).getByRole('textbox', { name: /^Amount/ })).toHaveValue('50.00');
    await user.click(within(writeOff).getByRole('button', { name: 'Write off' }));
    expect(await within(writeOff).findByText('Say why')).toBeInTheDocument();
    await user.type(within(writeOff).getByRole('textbox', { name: /^Reason/ }), 'Donor moved abroad');
    await user.click(within(writeOff).getByRole('button', { name: 'Write off' }));

    await waitFor(() => expect(screen.getByTestId('pledge-balance')).toHaveTextContent('$0.00'));
    expect(within(screen.getByRole('region', { name: 'Balance' })).getByText('Written off', { selector: '.mantine-Badge-label' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record payment' })).not.toBeInTheDocument();
  });

  it('shows the server problem when a payment is more than the balance it just read', async () => {
    const { user } = renderPledges(`/pledges/${PLEDGE}`);
    await screen.findByRole('heading', { level: 1, name: 'Pledge of $300.00' });
    await user.click(screen.getByRole('button', { name: 'Record payment' }));
    const form = await screen.findByRole('form', { name: 'Record payment' });
    // someone else pays 150.00 meanwhile
    db.pledges[0]!.installments[1]!.paidAmount = '100.00';
    db.pledges[0]!.installments[2]!.paidAmount = '50.00';
    const amount = within(form).getByRole('textbox', { name: /^Amount/ });
    await user.clear(amount);
    await user.type(amount, '100');
    await user.click(within(form).getByRole('button', { name: 'Record payment' }));
    expect(await within(form).findByText(/Only 50\.00 USD is left to pay/)).toBeInTheDocument();
  });

  it('cancels a pledge nothing was paid on, and says when a pledge is not found', async () => {
    db.pledges[0]!.payments = [];
    db.pledges[0]!.installments[0]!.paidAmount = '0.00';
    const { user } = renderPledges(`/pledges/${PLEDGE}`);
    await screen.findByRole('heading', { level: 1, name: 'Pledge of $300.00' });
    await user.click(screen.getByRole('button', { name: 'Cancel pledge' }));
    const form = await screen.findByRole('form', { name: 'Cancel pledge' });
    await user.type(within(form).getByRole('textbox', { name: /^Reason/ }), 'Entered twice');
    await user.click(within(form).getByRole('button', { name: 'Cancel pledge' }));
    await waitFor(() => expect(screen.getByTestId('pledge-balance')).toHaveTextContent('$0.00'));
    expect(within(screen.getByRole('region', { name: 'Balance' })).getByText('Cancelled', { selector: '.mantine-Badge-label' })).toBeInTheDocument();

    renderPledges('/pledges/00000000-0000-4000-8000-000000000000');
    expect(await screen.findByRole('heading', { level: 1, name: 'Pledge not found' })).toBeInTheDocument();
  });
});
