import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { db, SEED_IDS } from '@/testing/mocks/db';
import { renderWithProviders, signInAs } from '@/testing/test-utils';
import { GiftBatchPage } from '@/features/donations/components/gift-batch-page';
import { GiftBatchesPage } from '@/features/donations/components/gift-batches-page';

const JOHN = '00000000-0000-4000-8000-0000000000c2';

function renderBatches(url = '/gift-batches') {
  signInAs('dora', ['DEVELOPMENT_OFFICER']);
  return renderWithProviders(<GiftBatchesPage />, {
    path: '/gift-batches',
    url,
    routes: [{ path: '/gift-batches/:id', element: <GiftBatchPage /> }],
  });
}

const summary = () => screen.getByTestId('batch-summary');
const addRow = () => screen.getByRole('form', { name: 'Add row' });

describe('GiftBatchesPage', () => {
  it('lists batches with entered against expected, filters by status and opens a new batch', async () => {
    const { user, router } = renderBatches();

    const table = await screen.findByRole('table', { name: 'Gift batches' });
    const open = (await within(table).findByRole('link', { name: 'Checks of 1 December' })).closest('tr')!;
    // jsdom matches no media query: the phone layout, the total under the count
    expect(open).toHaveTextContent('1 of 2');
    expect(open).toHaveTextContent('$100.00 of $150.00');
    const posted = within(table).getByRole('link', { name: 'November gala checks' }).closest('tr')!;
    expect(posted).toHaveTextContent('Posted');
    expect(screen.getByText('2 batches')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Open' }));
    await waitFor(() => expect(router.state.location.search).toBe('?status=OPEN'));
    await waitFor(() => expect(within(table).queryByRole('link', { name: 'November gala checks' })).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'New batch' }));
    const form = await screen.findByRole('form', { name: 'New batch' });
    await user.click(within(form).getByRole('button', { name: 'Open batch' }));
    expect(await within(form).findByText(/Name the batch/)).toBeInTheDocument();
    expect(within(form).getByText('Enter how many gifts, 1 to 500')).toBeInTheDocument();
    await user.type(within(form).getByRole('textbox', { name: /^Name/ }), 'Checks of 3 December');
    await user.type(within(form).getByRole('textbox', { name: /^Expected number of gifts/ }), '3');
    await user.type(within(form).getByRole('textbox', { name: /^Expected total/ }), '0.30');
    await user.click(within(form).getByRole('button', { name: 'Open batch' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Checks of 3 December' })).toBeInTheDocument();
    const created = db.giftBatches.at(-1)!;
    expect(created).toMatchObject({ name: 'Checks of 3 December', expectedCount: 3, expectedTotal: '0.30', currency: 'USD' });
    expect(router.state.location.pathname).toBe(`/gift-batches/${created.id}`);
    expect(summary()).toHaveTextContent('Entered 0 of 3 gifts, total $0.00 of $0.30');
  });
});

describe('GiftBatchPage', () => {
  it('enters a row with the keyboard, is refused while the total is wrong, and posts once fixed', async () => {
    const giftsBefore = db.gifts.length;
    const { user } = renderBatches(`/gift-batches/${SEED_IDS.openBatch}`);

    await screen.findByRole('heading', { level: 1, name: 'Checks of 1 December' });
    expect(summary()).toHaveTextContent('Entered 1 of 2 gifts, total $100.00 of $150.00');
    expect(screen.getByText('Not ready to post: 1 gift missing; the total is $50.00 short.')).toBeInTheDocument();

    // Keyboard only: type the name, arrow down to the match, Enter; Tab to the amount; Tab to the fund; Enter.
    const donor = within(addRow()).getByRole('textbox', { name: /^Donor/ });
    await user.click(donor);
    await user.keyboard('John');
    await screen.findByRole('option', { name: /John Smith/ });
    await user.keyboard('{ArrowDown}{Enter}');
    await user.tab();
    expect(within(addRow()).getByRole('textbox', { name: /^Amount/ })).toHaveFocus();
    await user.keyboard('40');
    await user.tab();
    expect(within(addRow()).getByRole('textbox', { name: /^Fund/ })).toHaveFocus();
    await user.keyboard('Gen');
    await screen.findByRole('option', { name: 'General fund (GEN)' });
    await user.keyboard('{ArrowDown}{Enter}');
    await user.keyboard('{Enter}');

    await waitFor(() => expect(summary()).toHaveTextContent('Entered 2 of 2 gifts, total $140.00 of $150.00'));
    expect(screen.getByTestId('batch-difference')).toHaveTextContent('Difference: -$10.00');
    // ready for the next gift: donor and amount empty, the fund kept, the focus back on the donor
    await waitFor(() => expect(within(addRow()).getByRole('textbox', { name: /^Donor/ })).toHaveFocus());
    expect(within(addRow()).getByRole('textbox', { name: /^Donor/ })).toHaveValue('');
    expect(within(addRow()).getByRole('textbox', { name: /^Amount/ })).toHaveValue('');
    expect(within(addRow()).getByRole('textbox', { name: /^Fund/ })).toHaveValue('General fund (GEN)');
    const row = db.giftBatches[0]!.rows[1]!;
    expect(row).toMatchObject({ constituentId: JOHN, amount: '40.00', fundId: SEED_IDS.generalFund });

    // The server refuses and says why; nothing became a gift.
    await user.click(screen.getByRole('button', { name: 'Post batch' }));
    const refusal = await screen.findByRole('alert');
    expect(refusal).toHaveTextContent('Batch does not match its expected count and total');
    expect(refusal).toHaveTextContent('Expected 2 gifts totalling 150.00 USD, entered 2 totalling 140.00 USD.');
    expect(db.gifts).toHaveLength(giftsBefore);
    expect(db.giftBatches[0]!.status).toBe('OPEN');

    // Fix row 2 (it was 50.00): the refusal goes, the summary balances.
    const rows = screen.getByRole('table', { name: 'Batch rows' });
    await user.click(within(rows).getByRole('button', { name: 'Edit row 2' }));
    const edit = await screen.findByRole('form', { name: 'Edit row' });
    const amount = within(edit).getByRole('textbox', { name: /^Amount/ });
    expect(amount).toHaveValue('40.00');
    await user.clear(amount);
    await user.type(amount, '50{Enter}');
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit row' })).not.toBeInTheDocument());
    await waitFor(() => expect(summary()).toHaveTextContent('Entered 2 of 2 gifts, total $150.00 of $150.00'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('Balanced')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Post batch' }));
    const confirm = await screen.findByRole('dialog', { name: 'Post batch' });
    expect(confirm).toHaveTextContent('Post 2 gifts totalling $150.00?');
    await user.click(within(confirm).getByRole('button', { name: 'Post batch' }));

    expect(await within(rows).findByRole('link', { name: 'View gift of row 2' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add row' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Post batch' })).not.toBeInTheDocument();
    expect(db.giftBatches[0]!.status).toBe('POSTED');
    expect(db.gifts.slice(giftsBefore).map((gift) => [gift.constituentId, gift.amount])).toEqual([
      ['00000000-0000-4000-8000-0000000000c1', '100.00'],
      [JOHN, '50.00'],
    ]);
  });

  it('keeps the focus where a row needs fixing and shows the field the server rejects', async () => {
    const { user } = renderBatches(`/gift-batches/${SEED_IDS.openBatch}`);
    await screen.findByRole('heading', { level: 1, name: 'Checks of 1 December' });

    const donor = within(addRow()).getByRole('textbox', { name: /^Donor/ });
    await user.click(donor);
    await user.keyboard('{Escape}');
    await user.tab();
    await user.keyboard('25{Enter}');
    expect(await within(addRow()).findByText('Choose the donor')).toBeInTheDocument();
    expect(within(addRow()).getByText('Choose a fund')).toBeInTheDocument();
    expect(donor).toHaveFocus();

    // The donor is deleted between picking and saving: the server says so on the donor field.
    await user.keyboard('John');
    await screen.findByRole('option', { name: /John Smith/ });
    await user.keyboard('{ArrowDown}{Enter}');
    db.constituents.find((constituent) => constituent.id === JOHN)!.deleted = true;
    await user.click(within(addRow()).getByRole('textbox', { name: /^Fund/ }));
    await user.click(await screen.findByRole('option', { name: 'General fund (GEN)' }));
    await user.click(within(addRow()).getByRole('button', { name: 'Add row' }));
    expect(await within(addRow()).findByText(/is deleted/)).toBeInTheDocument();
    expect(summary()).toHaveTextContent('Entered 1 of 2 gifts');
  });

  it('deletes a row and says when a batch is posted or not found', async () => {
    const { user, unmount } = renderBatches(`/gift-batches/${SEED_IDS.openBatch}`);
    await screen.findByRole('heading', { level: 1, name: 'Checks of 1 December' });
    await user.click(screen.getByRole('button', { name: 'Delete row 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete row' });
    expect(dialog).toHaveTextContent('Delete row 1: Jane Doe, $100.00?');
    await user.click(within(dialog).getByRole('button', { name: 'Delete row' }));
    await waitFor(() => expect(summary()).toHaveTextContent('Entered 0 of 2 gifts, total $0.00 of $150.00'));
    expect(db.giftBatches[0]!.rows).toHaveLength(0);
    expect(screen.getByText('No rows yet: enter the first gift above.')).toBeInTheDocument();
    unmount();

    renderBatches('/gift-batches/00000000-0000-4000-8000-0000000009f2');
    expect(await screen.findByRole('heading', { level: 1, name: 'November gala checks' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add row' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit row 1' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'View gift of row 1' })).toHaveAttribute('href', '/gifts/00000000-0000-4000-8000-0000000009a4');
  });

  it('shows the row the server names when a row no longer passes at posting, and posts nothing', async () => {
    const batch = db.giftBatches[0]!;
    batch.expectedCount = 1;
    batch.expectedTotal = '100.00';
    db.constituents.find((constituent) => constituent.id === batch.rows[0]!.constituentId)!.deleted = true;
    const giftsBefore = db.gifts.length;
    const { user } = renderBatches(`/gift-batches/${SEED_IDS.openBatch}`);
    await screen.findByRole('heading', { level: 1, name: 'Checks of 1 December' });
    expect(screen.getByText('The rows match: posting makes each row a completed gift, all at once.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Post batch' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Post batch' })).getByRole('button', { name: 'Post batch' }));
    const refusal = await screen.findByRole('alert');
    expect(refusal).toHaveTextContent('A batch row is no longer valid');
    // the server's words once: its detail already says nothing was posted
    expect(refusal).toHaveTextContent(/Row 1 \(.+\): Constituent .+ is deleted\. Nothing was posted\.$/);
    expect(db.gifts).toHaveLength(giftsBefore);
    expect(batch.status).toBe('OPEN');
  });

  it('says when there is no such batch', async () => {
    renderBatches('/gift-batches/00000000-0000-4000-8000-000000000000');
    expect(await screen.findByRole('heading', { level: 1, name: 'Batch not found' })).toBeInTheDocument();
  });
});
