import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { db } from '@/testing/mocks/db';
import { createRecurringGift, recurringDb, resetRecurringGifts } from '@/testing/mocks/recurring-gift-handlers';
import { renderWithProviders, signInAs } from '@/testing/test-utils';
import type { ConstituentSearchItem } from '@/types/constituents';
import { RecurringGiftDetailPage } from '@/features/donations/components/recurring-gift-detail-page';
import { RecurringGiftsCard } from '@/features/donations/components/recurring-gifts-card';
import { RecurringGiftsPage } from '@/features/donations/components/recurring-gifts-page';

const JANE_ID = '00000000-0000-4000-8000-0000000000c1';

const JANE: ConstituentSearchItem = {
  id: JANE_ID,
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

function renderPages(url = '/gifts/recurring') {
  signInAs('dora', ['DEVELOPMENT_OFFICER']);
  return renderWithProviders(<RecurringGiftsPage />, {
    path: '/gifts/recurring',
    url,
    routes: [{ path: '/gifts/recurring/:id', element: <RecurringGiftDetailPage /> }],
  });
}

beforeEach(() => {
  resetRecurringGifts();
  recurringDb.gifts.push(
    createRecurringGift({ id: '00000000-0000-4000-8000-000000000e01', amount: '25.00', dayOfMonth: 15 }),
    createRecurringGift({
      id: '00000000-0000-4000-8000-000000000e02',
      amount: '0.30',
      frequency: 'WEEKLY',
      intervalCount: 2,
      status: 'LAPSED',
      paidCount: 1,
      missedCount: 3,
      nextExpectedOn: '2026-11-01',
      startOn: '2026-09-01',
    }),
  );
});

describe('RecurringGiftsPage', () => {
  it('lists recurring gifts with exact amounts and schedules, and filters by status from the address bar', async () => {
    renderPages();
    const table = await screen.findByRole('table', { name: 'Recurring gifts' });
    await within(table).findByText('$25.00');
    expect(within(table).getByText('Monthly on day 15')).toBeInTheDocument();
    expect(within(table).getByText('$0.30')).toBeInTheDocument();
    expect(within(table).getByText('Every 2 weeks')).toBeInTheDocument();
    expect(screen.getByText('2 recurring gifts')).toBeInTheDocument();
  });

  it('shows only lapsed ones when the status filter says so', async () => {
    renderPages('/gifts/recurring?status=LAPSED');
    const table = await screen.findByRole('table', { name: 'Recurring gifts' });
    await within(table).findByText('$0.30');
    expect(within(table).queryByText('$25.00')).not.toBeInTheDocument();
    expect(screen.getByText('1 recurring gift')).toBeInTheDocument();
  });

  it('sets up a recurring gift for the donor of the filter and opens it', async () => {
    const { user, router } = renderPages(`/gifts/recurring?donor=${JANE_ID}`);
    await user.click(await screen.findByRole('button', { name: 'New recurring gift' }));
    const form = await screen.findByRole('form', { name: 'Set up recurring gift' });
    await waitFor(() => expect(within(form).getByRole<HTMLInputElement>('textbox', { name: /^Donor/ }).value).toContain('Jane Doe'));

    await user.type(within(form).getByRole('textbox', { name: /^Amount of each payment/ }), '19.99');
    const starts = within(form).getByLabelText(/^Starts on/);
    await user.clear(starts);
    await user.type(starts, '2027-01-31');
    await user.type(within(form).getByLabelText(/^Ends on/), '2026-12-31');
    await user.click(within(form).getByRole('button', { name: 'Save recurring gift' }));
    expect(await within(form).findByText('Ends before it starts')).toBeInTheDocument();

    await user.clear(within(form).getByLabelText(/^Ends on/));
    await user.type(within(form).getByRole('textbox', { name: /^Day of month/ }), '31');
    await user.click(within(form).getByRole('button', { name: 'Save recurring gift' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Recurring gift of $19.99' })).toBeInTheDocument();
    const created = recurringDb.gifts.find((gift) => gift.amount === '19.99');
    expect(created).toMatchObject({ constituentId: JANE_ID, frequency: 'MONTHLY', dayOfMonth: 31, startOn: '2027-01-31', endOn: null });
    expect(router.state.location.pathname).toBe(`/gifts/recurring/${created?.id}`);
  });
});

describe('RecurringGiftDetailPage', () => {
  it('records a payment on a lapsed gift: it is active again and the payment is listed', async () => {
    const { user } = renderPages('/gifts/recurring/00000000-0000-4000-8000-000000000e02');
    expect(await screen.findByRole('heading', { level: 1, name: 'Recurring gift of $0.30' })).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByText('Lapsed')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Record payment' }));
    const form = await screen.findByRole('form', { name: 'Record payment' });
    expect(within(form).getByText(/missed payments are written off/)).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /^Amount/ })).toHaveValue('0.30');
    await user.click(within(form).getByRole('button', { name: 'Record payment' }));

    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Details' })).getByText('Active')).toBeInTheDocument());
    const payments = screen.getByRole('region', { name: 'Payments' });
    expect(within(payments).getByRole('link', { name: /\$0\.30 received/ })).toBeInTheDocument();
    expect(db.gifts.filter((gift) => gift.kind === 'RECURRING_PAYMENT')).toHaveLength(1);
    expect(within(screen.getByRole('region', { name: 'Change log' })).getByText('Missed payments written off')).toBeInTheDocument();
  });

  it('changes the amount with a reason kept in the change log, then closes the gift', async () => {
    const { user } = renderPages('/gifts/recurring/00000000-0000-4000-8000-000000000e01');
    await screen.findByRole('heading', { level: 1, name: 'Recurring gift of $25.00' });

    await user.click(screen.getByRole('button', { name: 'Change' }));
    const form = await screen.findByRole('form', { name: 'Change recurring gift' });
    const amount = within(form).getByRole('textbox', { name: /^Amount/ });
    await user.clear(amount);
    await user.type(amount, '30');
    await user.type(within(form).getByRole('textbox', { name: /^Reason/ }), 'Raised by phone');
    await user.click(within(form).getByRole('button', { name: 'Save change' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Recurring gift of $30.00' })).toBeInTheDocument();
    const log = screen.getByRole('region', { name: 'Change log' });
    expect(within(log).getByText('25.00 → 30.00')).toBeInTheDocument();
    expect(within(log).getByText('Reason: Raised by phone')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Close' }));
    const close = await screen.findByRole('form', { name: 'Close recurring gift' });
    await user.click(within(close).getByRole('button', { name: 'Close recurring gift' }));
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Details' })).getByText('Closed')).toBeInTheDocument());
    expect(screen.queryByRole('button', { name: 'Record payment' })).not.toBeInTheDocument();
  });

  it('says when there is no such recurring gift', async () => {
    renderPages('/gifts/recurring/00000000-0000-4000-8000-000000000eff');
    expect(await screen.findByRole('heading', { level: 1, name: 'Recurring gift not found' })).toBeInTheDocument();
  });
});

describe('RecurringGiftsCard', () => {
  it('lists the donor’s recurring gifts, open ones first', async () => {
    recurringDb.gifts.push(createRecurringGift({ amount: '5.00', status: 'CLOSED', startOn: '2027-01-01' }));
    signInAs('dora', ['DEVELOPMENT_OFFICER']);
    renderWithProviders(<RecurringGiftsCard constituent={JANE} />);
    const card = await screen.findByRole('region', { name: 'Recurring gifts' });
    const links = await within(card).findAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['$25.00 monthly on day 15', '$0.30 every 2 weeks', '$5.00 monthly']);
    expect(within(card).getByRole('button', { name: 'Set up' })).toBeInTheDocument();
  });
});
