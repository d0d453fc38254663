import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { db, SEED_IDS } from '@/testing/mocks/db';
import { server } from '@/testing/mocks/server';
import { renderWithProviders, signInAs } from '@/testing/test-utils';
import type { ConstituentSearchItem } from '@/types/constituents';
import { PledgeForm } from '@/features/donations/components/pledge-form';

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
  const utils = renderWithProviders(<PledgeForm donor={JANE} onSaved={onSaved} onCancel={() => {}} />);
  return { ...utils, onSaved, form: () => screen.getByRole('form', { name: 'New pledge' }) };
}

function spyOnPledgePosts() {
  const bodies: Record<string, unknown>[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname === '/api/pledges') {
      void request
        .clone()
        .json()
        .then((body: Record<string, unknown>) => bodies.push(body));
    }
  });
  return bodies;
}

describe('PledgeForm', () => {
  it('previews the schedule split to the cent and sends amounts as strings', async () => {
    const bodies = spyOnPledgePosts();
    const { user, onSaved } = renderForm();

    await user.type(screen.getByRole('textbox', { name: /^Amount pledged/ }), '100');
    const count = screen.getByRole('textbox', { name: 'Number of installments' });
    await user.clear(count);
    await user.type(count, '3');
    const first = screen.getByLabelText('First due on');
    await user.clear(first);
    await user.type(first, '2027-01-31');
    await user.click(screen.getByRole('textbox', { name: 'Fund' }));
    await user.click(await screen.findByRole('option', { name: 'General fund (GEN)' }));

    const preview = screen.getByRole('table', { name: 'Schedule preview' });
    const amounts = within(preview)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell').at(-1)!.textContent);
    expect(amounts).toEqual(['$33.33', '$33.33', '$33.34']);

    await user.click(screen.getByRole('button', { name: 'Record pledge' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(bodies[0]).toMatchObject({
      constituentId: JANE.id,
      amount: '100.00',
      currency: 'USD',
      fundId: SEED_IDS.generalFund,
      schedule: { count: 3, frequency: 'MONTHLY', firstDueOn: '2027-01-31' },
      installments: null,
    });
    const created = db.pledges.at(-1)!;
    expect(created.installments.map((installment) => installment.amount)).toEqual(['33.33', '33.33', '33.34']);
  });

  it('checks the amount and the schedule before sending', async () => {
    const bodies = spyOnPledgePosts();
    const { user, form } = renderForm();

    await user.click(within(form()).getByRole('button', { name: 'Record pledge' }));
    expect(await screen.findByText('Enter an amount')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /^Amount pledged/ }), '0.05');
    const count = screen.getByRole('textbox', { name: 'Number of installments' });
    await user.clear(count);
    await user.type(count, '6');
    await user.click(within(form()).getByRole('button', { name: 'Record pledge' }));
    expect(await screen.findByText('Too many installments for this amount')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'One payment, due on the day of the pledge' }));
    await user.click(within(form()).getByRole('button', { name: 'Record pledge' }));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toMatchObject({ amount: '0.05', schedule: null });
  });
});
