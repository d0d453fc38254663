import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders, signInAs } from '@/testing/test-utils';
import { ConstituentCreatePage } from '@/features/constituents/components/constituent-create-page';

function renderPage() {
  signInAs('dora', ['DEVELOPMENT_OFFICER']);
  return renderWithProviders(<ConstituentCreatePage />, {
    path: '/constituents/new',
    routes: [
      { path: '/constituents', element: <h1>Constituents list</h1> },
      { path: '/tasks', element: <h1>My tasks page</h1> },
    ],
  });
}

describe('unsaved changes on the constituent form', () => {
  it('asks before leaving with changes, and stays or leaves as told', async () => {
    const { user, router } = renderPage();
    const form = screen.getByRole('form', { name: 'New constituent' });
    await user.type(within(form).getByLabelText(/^Last name/), 'Lovelace');

    await act(() => router.navigate('/tasks'));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));

    expect(router.state.location.pathname).toBe('/constituents/new');
    expect(within(form).getByLabelText(/^Last name/)).toHaveValue('Lovelace');

    await act(() => router.navigate('/tasks'));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Leave without saving?' })).getByRole('button', {
        name: 'Leave without saving',
      }),
    );
    expect(await screen.findByRole('heading', { name: 'My tasks page' })).toBeInTheDocument();
  });

  it('leaves at once when nothing was changed', async () => {
    const { router } = renderPage();

    await act(() => router.navigate('/tasks'));

    expect(await screen.findByRole('heading', { name: 'My tasks page' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('takes Cancel as discarding the changes', async () => {
    const { user } = renderPage();
    const form = screen.getByRole('form', { name: 'New constituent' });
    await user.type(within(form).getByLabelText(/^Last name/), 'Lovelace');

    await user.click(within(form).getByRole('button', { name: 'Cancel' }));

    expect(await screen.findByRole('heading', { name: 'Constituents list' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
