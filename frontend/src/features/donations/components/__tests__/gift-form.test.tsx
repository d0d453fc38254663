import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { createDonation, createProblem } from '@/testing/data-generators';
import { db, SEED_IDS } from '@/testing/mocks/db';
import { server } from '@/testing/mocks/server';
import { renderWithProviders, signInAs } from '@/testing/test-utils';
import type { ConstituentSearchItem } from '@/types/constituents';
import { GiftForm } from '@/features/donations/components/gift-form';

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

function renderForm(onSaved = vi.fn()) {
  signInAs('dora', ['DEVELOPMENT_OFFICER']);
  const utils = renderWithProviders(<GiftForm donor={JANE} onSaved={onSaved} onCancel={() => {}} />);
  return { ...utils, onSaved, form: () => screen.getByRole('form', { name: 'Record gift' }) };
}

/** Picks an option of a Mantine Select by typing nothing: open it and click the option. */
async function choose(user: ReturnType<typeof renderForm>['user'], label: RegExp, option: string) {
  await user.click(screen.getByRole('textbox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

/** Records every POST /api/gifts the form sends, then lets the mock answer. */
function spyOnGiftPosts() {
  const calls: { key: string | null; body: Record<string, unknown> }[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname === '/api/gifts') {
      void request
        .clone()
        .json()
        .then((body: Record<string, unknown>) => calls.push({ key: request.headers.get('Idempotency-Key'), body }));
    }
  });
  return calls;
}

describe('GiftForm', () => {
  it('records a gift with the amount as a decimal string and an Idempotency-Key', async () => {
    const calls = spyOnGiftPosts();
    const { user, onSaved } = renderForm();

    await screen.findByRole('textbox', { name: /^Fund/ });
    await user.type(screen.getByRole('textbox', { name: /^Amount/ }), '1234.5');
    await choose(user, /^Fund/, 'General fund (GEN)');
    await user.click(screen.getByRole('button', { name: 'Record gift' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(calls).toHaveLength(1);
    expect(calls[0]!.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(calls[0]!.body).toMatchObject({
      constituentId: JANE.id,
      amount: '1234.50',
      currency: 'USD',
      status: 'COMPLETED',
      kind: 'ONE_TIME',
      fundId: SEED_IDS.generalFund,
      allocations: [],
    });
    expect(typeof calls[0]!.body.amount).toBe('string');
    expect(db.gifts.at(-1)!.amount).toBe('1234.50');
  });

  it('sends the same Idempotency-Key again when the user retries after a network error', async () => {
    const keys: (string | null)[] = [];
    let attempts = 0;
    server.use(
      http.post('*/api/gifts', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        attempts += 1;
        // The first answer is lost on the way back.
        if (attempts === 1) return HttpResponse.error();
        return undefined;
      }),
    );
    const { user, onSaved } = renderForm();

    await screen.findByRole('textbox', { name: /^Fund/ });
    await user.type(screen.getByRole('textbox', { name: /^Amount/ }), '50');
    await choose(user, /^Fund/, 'General fund (GEN)');
    await user.click(screen.getByRole('button', { name: 'Record gift' }));
    expect(await screen.findByText('Not sure the gift was saved')).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Record gift' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBe(keys[0]);
  });

  it('returns the gift already recorded, not a second one, when the same key comes again', async () => {
    const before = db.gifts.length;
    server.use(
      http.post(
        '*/api/gifts',
        async ({ request }) => {
          // The server records the gift under the key, but the answer never arrives.
          const body = await request.text();
          const gift = createDonation({ ...(JSON.parse(body) as object), id: 'lost-answer' });
          db.gifts.push(gift);
          db.idempotencyKeys.set(request.headers.get('Idempotency-Key')!, { giftId: gift.id, request: body });
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    const { user, onSaved } = renderForm();

    await screen.findByRole('textbox', { name: /^Fund/ });
    await user.type(screen.getByRole('textbox', { name: /^Amount/ }), '75');
    await choose(user, /^Fund/, 'General fund (GEN)');
    await user.click(screen.getByRole('button', { name: 'Record gift' }));
    await screen.findByText('Not sure the gift was saved');
    await user.click(screen.getByRole('button', { name: 'Record gift' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(onSaved.mock.calls[0]![0]).toMatchObject({ id: 'lost-answer', amount: '75.00' });
    expect(db.gifts.length).toBe(before + 1);
  });

  it('wants split allocations to add up to the amount, and shows what is left', async () => {
    const calls = spyOnGiftPosts();
    const { user, onSaved } = renderForm();

    await screen.findByRole('textbox', { name: /^Fund/ });
    await user.type(screen.getByRole('textbox', { name: /^Amount/ }), '100');
    await user.click(screen.getByRole('switch', { name: 'Split between funds' }));
    const allocations = screen.getByRole('group', { name: 'Allocations' });
    await choose(user, /^Allocation 1 fund/, 'General fund (GEN)');
    const first = within(allocations).getByRole('textbox', { name: /^Allocation 1 amount/ });
    await user.clear(first);
    await user.type(first, '33.33');
    await choose(user, /^Allocation 2 fund/, 'Scholarship fund (SCHOL)');
    await user.type(within(allocations).getByRole('textbox', { name: /^Allocation 2 amount/ }), '33.33');
    expect(screen.getByTestId('allocation-remaining')).toHaveTextContent('$33.34 left to allocate');

    await user.click(screen.getByRole('button', { name: 'Record gift' }));
    expect(await within(allocations).findByText('The allocations must add up to the amount of the gift')).toBeInTheDocument();
    expect(calls).toHaveLength(0);

    const second = within(allocations).getByRole('textbox', { name: /^Allocation 2 amount/ });
    await user.clear(second);
    await user.type(second, '66.67');
    expect(screen.getByTestId('allocation-remaining')).toHaveTextContent('Fully allocated: $100.00');
    await user.click(screen.getByRole('button', { name: 'Record gift' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(calls[0]!.body).toMatchObject({
      fundId: null,
      allocations: [
        { fundId: SEED_IDS.generalFund, amount: '33.33' },
        { fundId: SEED_IDS.scholarshipFund, amount: '66.67' },
      ],
    });
  });

  it('puts server violations and field problems on the fields', async () => {
    server.use(
      http.post('*/api/gifts', () =>
        HttpResponse.json(
          createProblem(400, 'common.invalid-input', 'Invalid input', {
            violations: [
              { field: 'record.request.reference', message: 'size must be between 0 and 200' },
              { field: 'record.request.receivedOn', message: 'must not be in the future' },
            ],
          }),
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = renderForm();

    await screen.findByRole('textbox', { name: /^Fund/ });
    await user.type(screen.getByRole('textbox', { name: /^Amount/ }), '10');
    await choose(user, /^Fund/, 'General fund (GEN)');
    await user.click(screen.getByRole('button', { name: 'Record gift' }));

    expect(await screen.findByText('size must be between 0 and 200')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Reference' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^Received on/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows a business-rule problem on its field (a retired fund)', async () => {
    db.funds[0]!.active = true;
    server.use(
      http.post('*/api/gifts', () =>
        HttpResponse.json(
          createProblem(422, 'donations.unknown-fund', 'Unknown fund', { detail: 'Fund x does not exist or is retired.' }),
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = renderForm();

    await screen.findByRole('textbox', { name: /^Fund/ });
    await user.type(screen.getByRole('textbox', { name: /^Amount/ }), '10');
    await choose(user, /^Fund/, 'General fund (GEN)');
    await user.click(screen.getByRole('button', { name: 'Record gift' }));

    expect(await screen.findByText('Fund x does not exist or is retired.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Fund/ })).toHaveAttribute('aria-invalid', 'true');
  });

  it('refuses an empty or zero amount before asking the server', async () => {
    const calls = spyOnGiftPosts();
    const { user } = renderForm();

    await screen.findByRole('textbox', { name: /^Fund/ });
    await user.click(screen.getByRole('button', { name: 'Record gift' }));
    expect(await screen.findByText('Enter an amount')).toBeInTheDocument();
    expect(screen.getByText('Choose a fund')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /^Amount/ }), '0');
    await user.click(screen.getByRole('button', { name: 'Record gift' }));
    expect(await screen.findByText('Must be more than 0')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it('asks what was given for an in-kind gift, and an exchange rate for another currency', async () => {
    const { user } = renderForm();

    await screen.findByRole('textbox', { name: /^Fund/ });
    await choose(user, /^Kind/, 'In kind');
    expect(screen.getByRole('textbox', { name: /^What was given/ })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Fair market value' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /^Exchange rate/ })).not.toBeInTheDocument();

    await choose(user, /^Currency/, 'EUR');
    expect(screen.getByRole('textbox', { name: /^Exchange rate to USD/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Record gift' }));
    expect(await screen.findByText('Describe what was given')).toBeInTheDocument();
    expect(screen.getByText('Enter the rate to the base currency, e.g. 1.0825')).toBeInTheDocument();
  });

  it('works from the keyboard: labelled fields in order, and Enter submits', async () => {
    const { user, onSaved } = renderForm();

    await screen.findByRole('textbox', { name: /^Fund/ });
    const amount = screen.getByRole('textbox', { name: /^Amount/ });
    amount.focus();
    await user.keyboard('42');
    // Tab moves on to the currency, then the date received.
    await user.tab();
    expect(screen.getByRole('textbox', { name: /^Currency/ })).toHaveFocus();
    await user.tab();
    expect(screen.getByLabelText(/^Received on/)).toHaveFocus();

    const fund = screen.getByRole('textbox', { name: /^Fund/ });
    fund.focus();
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(fund).toHaveValue('General fund (GEN)'));
    screen.getByRole('textbox', { name: 'Reference' }).focus();
    await user.keyboard('CHK-1001{Enter}');

    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(db.gifts.at(-1)).toMatchObject({ amount: '42.00', reference: 'CHK-1001' });
  });
});
