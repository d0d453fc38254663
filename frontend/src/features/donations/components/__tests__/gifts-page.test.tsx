import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { createDonation } from '@/testing/data-generators';
import { db, SEED_IDS } from '@/testing/mocks/db';
import { renderWithProviders, signInAs } from '@/testing/test-utils';
import { GiftDetailPage } from '@/features/donations/components/gift-detail-page';
import { GiftsPage } from '@/features/donations/components/gifts-page';

const JANE = '00000000-0000-4000-8000-0000000000c1';
const JOHN = '00000000-0000-4000-8000-0000000000c2';

function renderGifts(url = '/gifts') {
  signInAs('dora', ['DEVELOPMENT_OFFICER']);
  return renderWithProviders(<GiftsPage />, {
    path: '/gifts',
    url,
    routes: [{ path: '/gifts/:id', element: <GiftDetailPage /> }],
  });
}

describe('GiftsPage', () => {
  it('lists gifts newest first with exact amounts, fund and campaign names', async () => {
    renderGifts();

    const table = await screen.findByRole('table', { name: 'Gifts' });
    await within(table).findByText('$250.25');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('$250.25');
    expect(rows[0]).toHaveTextContent('Scholarship fund');
    expect(rows[1]).toHaveTextContent('$100.10');
    expect(within(rows[0]!).getByRole('link', { name: 'Jane Doe' })).toHaveAttribute('href', `/constituents/${JANE}`);
    expect(screen.getByText('2 gifts')).toBeInTheDocument();
  });

  it('filters by the donor in the address bar, by campaign and by dates', async () => {
    db.gifts.push(createDonation({ constituentId: JOHN, donorName: 'John Smith', amount: '5.00', receivedOn: '2026-06-01', fundId: SEED_IDS.generalFund }));
    const { user, router } = renderGifts(`/gifts?donor=${JOHN}`);

    const table = await screen.findByRole('table', { name: 'Gifts' });
    await within(table).findByText('$5.00');
    expect(within(table).queryByText('$250.25')).not.toBeInTheDocument();
    // The donor picker shows who the filter is.
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Donor' })).toHaveValue('John Smith — john@example.org'));

    await user.click(screen.getByRole('button', { name: 'Clear' }));
    await within(table).findByText('$250.25');

    await user.click(screen.getByRole('textbox', { name: 'Campaign' }));
    await user.click(await screen.findByRole('option', { name: 'Annual fund 2026' }));
    await waitFor(() => expect(router.state.location.search).toBe(`?campaign=${SEED_IDS.annualCampaign}`));
    await waitFor(() => expect(within(table).queryByText('$5.00')).not.toBeInTheDocument());
    expect(within(table).getByText('$250.25')).toBeInTheDocument();
    expect(within(table).queryByText('$100.10')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear' }));
    await user.type(screen.getByLabelText('Received to'), '2025-12-31');
    await waitFor(() => expect(within(table).queryByText('$250.25')).not.toBeInTheDocument());
    expect(within(table).getByText('$100.10')).toBeInTheDocument();
  });

  it('opens a gift, refunds part of it and shows the history', async () => {
    const { user } = renderGifts();

    const table = await screen.findByRole('table', { name: 'Gifts' });
    await user.click(await within(table).findByRole('link', { name: /Gift of \$250\.25/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Gift of $250.25' })).toBeInTheDocument();
    const history = screen.getByRole('region', { name: 'History' });
    expect(within(history).getByText('Recorded')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Refund' }));
    const form = await screen.findByRole('form', { name: 'Refund gift' });
    const amount = within(form).getByRole('textbox', { name: /^Amount/ });
    expect(amount).toHaveValue('250.25');
    await user.clear(amount);
    await user.type(amount, '300');
    await user.type(within(form).getByRole('textbox', { name: /^Reason/ }), 'Card charged twice');
    await user.click(within(form).getByRole('button', { name: 'Refund' }));
    expect(await within(form).findByText('At most $250.25 is left to refund')).toBeInTheDocument();

    await user.clear(amount);
    await user.type(amount, '50.25');
    await user.click(within(form).getByRole('button', { name: 'Refund' }));

    expect(await within(history).findByText('Refunded $50.25')).toBeInTheDocument();
    expect(within(history).getByText('Reason: Card charged twice')).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByText('$200.00')).toBeInTheDocument();
  });

  it('adjusts a gift and keeps the earlier amount in the history', async () => {
    signInAs('dora', ['DEVELOPMENT_OFFICER']);
    const { user } = renderWithProviders(<GiftDetailPage />, {
      path: '/gifts/:id',
      url: '/gifts/00000000-0000-4000-8000-0000000009a1',
    });

    await screen.findByRole('heading', { level: 1, name: 'Gift of $100.10' });
    await user.click(screen.getByRole('button', { name: 'Adjust' }));
    const form = await screen.findByRole('form', { name: 'Adjust gift' });
    await waitFor(() => expect(within(form).getByRole('textbox', { name: /^Donor/ })).toHaveValue('Jane Doe — jane.doe@example.org, Springfield'));
    const amount = within(form).getByRole('textbox', { name: /^Amount/ });
    await user.clear(amount);
    await user.type(amount, '110');
    await user.type(within(form).getByRole('textbox', { name: /^Reason/ }), 'Typo');
    await user.click(within(form).getByRole('button', { name: 'Save adjustment' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Gift of $110.00' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'History' })).getByText('Amount $100.10 → $110.00')).toBeInTheDocument();
  });

  it('records a thank-you on a gift and shows who recorded it', async () => {
    signInAs('dora', ['DEVELOPMENT_OFFICER']);
    const { user } = renderWithProviders(<GiftDetailPage />, {
      path: '/gifts/:id',
      url: '/gifts/00000000-0000-4000-8000-0000000009a1',
    });

    await screen.findByRole('heading', { level: 1, name: 'Gift of $100.10' });
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByTestId('gift-acknowledgement')).toHaveTextContent('Not thanked yet');

    await user.click(screen.getByRole('button', { name: 'Record thank-you' }));
    const form = await screen.findByRole('form', { name: 'Record thank-you' });
    await user.click(within(form).getByRole('textbox', { name: /^How/ }));
    await user.click(await screen.findByRole('option', { name: 'Phone call' }));
    const when = within(form).getByLabelText(/^When/);
    await user.clear(when);
    await user.type(when, '2026-12-03');
    await user.type(within(form).getByRole('textbox', { name: /^Notes/ }), 'Left a voicemail, then spoke');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(within(details).getByTestId('gift-acknowledgement')).toHaveTextContent('Phone call on'));
    expect(within(details).getByTestId('gift-acknowledgement')).toHaveTextContent('Recorded by dora');
    expect(within(details).getByText('Left a voicemail, then spoke')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Correct thank-you' })).toBeInTheDocument();
    expect(db.gifts.find((gift) => gift.id === '00000000-0000-4000-8000-0000000009a1')?.acknowledgement).toMatchObject({
      method: 'PHONE',
      acknowledgedOn: '2026-12-03',
    });
  });

  it('lists only the gifts still to thank', async () => {
    const thanked = db.gifts.find((gift) => gift.id === '00000000-0000-4000-8000-0000000009a1')!;
    thanked.acknowledgement = {
      method: 'LETTER',
      acknowledgedOn: '2026-12-01',
      notes: null,
      recordedAt: '2026-12-01T10:00:00Z',
      recordedBy: 'dora',
    };
    renderGifts('/gifts?thanked=no');

    const table = await screen.findByRole('table', { name: 'Gifts' });
    await within(table).findByText('$250.25');
    expect(within(table).queryByText('$100.10')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Thank-you' })).toHaveValue('Still to thank');
  });
});
