import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { UsersList } from '@/features/users/components/users-list';
import { createUser } from '@/testing/data-generators';
import { db } from '@/testing/mocks/db';
import { renderWithProviders, signInAs } from '@/testing/test-utils';

describe('UsersList', () => {
  it('narrows the grid to the users matching the search', async () => {
    db.users.push(
      createUser({ username: 'zelda', displayName: 'Zelda Zimmer', email: 'zelda@example.org' }),
      createUser({ username: 'yusuf', displayName: 'Yusuf Young', email: 'yusuf@example.org' }),
    );
    signInAs('admin', ['ADMIN']);
    renderWithProviders(<UsersList />);

    const table = await screen.findByRole('table', { name: 'Users' });
    await within(table).findByText('yusuf');

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search users' }), 'zimmer');

    await waitFor(() => expect(within(table).queryByText('yusuf')).not.toBeInTheDocument());
    expect(within(table).getByText('zelda')).toBeInTheDocument();
  });
});
