import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { db } from '@/testing/mocks/db';
import { renderWithProviders, signInAs } from '@/testing/test-utils';
import { CampaignsAdminPage } from '@/features/donations/components/campaigns-admin-page';

function renderPage(url = '/campaigns') {
  signInAs('admin', ['ADMIN']);
  return renderWithProviders(<CampaignsAdminPage />, { path: '/campaigns', url });
}

describe('CampaignsAdminPage', () => {
  it('creates a fund, shows a taken code on its field, and retires a fund', async () => {
    const { user } = renderPage();

    const table = await screen.findByRole('table', { name: 'Funds' });
    await within(table).findByText('General fund');

    await user.click(screen.getByRole('button', { name: 'New fund' }));
    let form = await screen.findByRole('form', { name: 'New fund' });
    await user.type(within(form).getByRole('textbox', { name: /^Code/ }), 'gen');
    await user.type(within(form).getByRole('textbox', { name: /^Name/ }), 'Another general fund');
    await user.click(within(form).getByRole('button', { name: 'Create fund' }));
    expect(await within(form).findByText("Another fund already has the code 'gen'.")).toBeInTheDocument();

    const code = within(form).getByRole('textbox', { name: /^Code/ });
    await user.clear(code);
    await user.type(code, 'BUILD');
    await user.click(within(form).getByRole('button', { name: 'Create fund' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'New fund' })).not.toBeInTheDocument());
    expect(await within(table).findByText('Another general fund')).toBeInTheDocument();
    expect(db.funds.at(-1)).toMatchObject({ code: 'BUILD', active: true });

    await user.click(within(table).getByRole('button', { name: 'Retire Scholarship fund' }));
    await waitFor(() => expect(within(table).queryByText('Scholarship fund')).not.toBeInTheDocument());
    expect(db.funds.find((fund) => fund.code === 'SCHOL')!.active).toBe(false);

    await user.click(screen.getByRole('switch', { name: 'Show retired' }));
    expect(within(table).getByText('Scholarship fund')).toBeInTheDocument();
    expect(within(table).getByText('Retired')).toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: 'Edit General fund' }));
    form = await screen.findByRole('form', { name: 'Edit fund' });
    const name = within(form).getByRole('textbox', { name: /^Name/ });
    await user.clear(name);
    await user.type(name, 'Unrestricted fund');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(table).findByText('Unrestricted fund')).toBeInTheDocument();
  });

  it('creates a campaign with a goal sent as a decimal string', async () => {
    const { user } = renderPage('/campaigns?tab=campaigns');

    const table = await screen.findByRole('table', { name: 'Campaigns' });
    expect(await within(table).findByText('$50,000.00')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New campaign' }));
    const form = await screen.findByRole('form', { name: 'New campaign' });
    await user.type(within(form).getByRole('textbox', { name: /^Name/ }), 'Capital campaign');
    await user.type(within(form).getByRole('textbox', { name: 'Goal' }), '1250000.5');
    await user.type(within(form).getByLabelText('Starts'), '2027-01-01');
    await user.type(within(form).getByLabelText('Ends'), '2026-01-01');
    await user.click(within(form).getByRole('button', { name: 'Create campaign' }));
    expect(await within(form).findByText('The end cannot be before the start')).toBeInTheDocument();

    await user.clear(within(form).getByLabelText('Ends'));
    await user.type(within(form).getByLabelText('Ends'), '2029-12-31');
    await user.click(within(form).getByRole('button', { name: 'Create campaign' }));
    expect(await within(table).findByText('$1,250,000.50')).toBeInTheDocument();
    expect(db.campaigns.at(-1)).toMatchObject({ name: 'Capital campaign', goal: '1250000.50', currency: 'USD' });
  });
});
