import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Role } from '@/config/roles';
import { db } from '@/testing/mocks/db';
import { renderWithProviders, signInAs } from '@/testing/test-utils';
import { ConstituentEditPage } from '@/features/constituents/components/constituent-edit-page';

const JANE = '00000000-0000-4000-8000-0000000000c1';

function renderPage(id = JANE, roles: Role[] = ['DEVELOPMENT_OFFICER']) {
  signInAs(roles.includes('ADMIN') ? 'admin' : 'dora', roles);
  return renderWithProviders(<ConstituentEditPage />, {
    path: '/constituents/:id/edit',
    url: `/constituents/${id}/edit`,
    routes: [
      { path: '/constituents/:id', element: <h1>Profile page</h1> },
      { path: '/constituents', element: <h1>Search page</h1> },
    ],
  });
}

function jane() {
  return db.constituents.find((c) => c.id === JANE)!;
}

describe('ConstituentEditPage', () => {
  it('shows the constituent and saves a change with the version it read', async () => {
    const { user, router } = renderPage();

    const form = await screen.findByRole('form', { name: 'Edit constituent' });
    expect(screen.getByRole('heading', { name: 'Edit Jane Doe' })).toBeInTheDocument();
    expect(within(form).getByLabelText('Email 1 address')).toHaveValue('jane.doe@example.org');
    expect(within(form).getByLabelText('Address 1 city')).toHaveValue('Springfield');
    const lastName = within(form).getByLabelText(/^Last name/);
    await user.clear(lastName);
    await user.type(lastName, 'Roe');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('heading', { name: 'Profile page' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/constituents/${JANE}`);
    expect(jane()).toMatchObject({ lastName: 'Roe', displayName: 'Jane Roe', version: 4 });
    // Rows keep their ids, so the server updates them instead of replacing them.
    expect(jane().emails[0]).toMatchObject({ id: 'e1', address: 'jane.doe@example.org' });
  });

  it('tells the user when someone else saved first, and loads the latest version on request', async () => {
    const { user } = renderPage();
    const form = await screen.findByRole('form', { name: 'Edit constituent' });

    // Someone else saves while the form is open.
    Object.assign(jane(), { firstName: 'Janet', displayName: 'Janet Doe', version: 4 });
    const lastName = within(form).getByLabelText(/^Last name/);
    await user.clear(lastName);
    await user.type(lastName, 'Roe');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));

    const alert = await screen.findByRole('alert', { name: 'Someone else changed this constituent' });
    expect(alert).toHaveTextContent('Your changes have not been saved');
    expect(jane()).toMatchObject({ firstName: 'Janet', lastName: 'Doe', version: 4 });
    expect(within(form).getByRole('button', { name: 'Save changes' })).toBeDisabled();

    await user.click(within(alert).getByRole('button', { name: 'Load latest' }));

    const reloaded = await screen.findByRole('form', { name: 'Edit constituent' });
    await waitFor(() => expect(within(reloaded).getByLabelText(/^First name/)).toHaveValue('Janet'));
    expect(within(reloaded).getByLabelText(/^Last name/)).toHaveValue('Doe');
    expect(screen.queryByRole('alert', { name: 'Someone else changed this constituent' })).not.toBeInTheDocument();
    expect(within(reloaded).getByRole('button', { name: 'Save changes' })).toBeEnabled();
  });

  it('deletes the constituent after asking', async () => {
    const { user } = renderPage();
    await screen.findByRole('form', { name: 'Edit constituent' });

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete constituent?' });
    await user.type(within(dialog).getByLabelText(/^Reason/), 'Asked to be removed');
    await user.click(within(dialog).getByRole('button', { name: 'Delete constituent' }));

    expect(await screen.findByRole('heading', { name: 'Search page' })).toBeInTheDocument();
    expect(jane().deleted).toBe(true);
  });

  it('lets an administrator restore a deleted constituent', async () => {
    Object.assign(jane(), { deleted: true, deletedAt: '2026-11-21T10:00:00Z' });
    const { user } = renderPage(JANE, ['ADMIN']);

    expect(await screen.findByText('This constituent is deleted')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Restore' }));

    expect(await screen.findByRole('form', { name: 'Edit constituent' })).toBeInTheDocument();
    expect(jane().deleted).toBe(false);
  });

  it('says so when the constituent does not exist', async () => {
    renderPage('00000000-0000-4000-8000-00000000dead');

    expect(await screen.findByRole('heading', { name: 'Constituent not found' })).toBeInTheDocument();
  });
});
