import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { db } from '@/testing/mocks/db';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderWithProviders, signInAs } from '@/testing/test-utils';
import { CreateUserForm } from '@/features/users/components/create-user-form';

function renderForm() {
  signInAs('admin', ['ADMIN']);
  const onCreated = vi.fn();
  const result = renderWithProviders(<CreateUserForm onCreated={onCreated} onCancel={() => {}} />);
  return { ...result, onCreated };
}

async function fillValidForm(user: ReturnType<typeof renderForm>['user'], username = 'casey') {
  await user.type(screen.getByLabelText(/^username/i), username);
  await user.type(screen.getByLabelText(/^name/i), 'Casey Coordinator');
  await user.type(screen.getByLabelText(/^email/i), 'casey@example.org');
  await user.type(screen.getByLabelText(/initial password/i), 'correct horse battery');
  await user.click(screen.getByRole('textbox', { name: /roles/i }));
  await user.click(await screen.findByRole('option', { name: 'Event coordinator' }));
}

describe('CreateUserForm', () => {
  it('creates the user', async () => {
    const { user, onCreated } = renderForm();

    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: 'Create user' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(onCreated.mock.calls[0]?.[0]).toMatchObject({
      username: 'casey',
      displayName: 'Casey Coordinator',
      roles: ['EVENT_COORDINATOR'],
    });
    expect(db.users.map((u) => u.username)).toContain('casey');
  });

  it('trims pasted spaces around the username, name and email, keeping inner spaces', async () => {
    const { user, onCreated } = renderForm();

    await user.type(screen.getByLabelText(/^username/i), ' jo ');
    await user.type(screen.getByLabelText(/^name/i), '  Jo  Ann ');
    await user.type(screen.getByLabelText(/^email/i), ' jo@example.org ');
    await user.type(screen.getByLabelText(/initial password/i), ' correct horse battery ');
    await user.click(screen.getByRole('textbox', { name: /roles/i }));
    await user.click(await screen.findByRole('option', { name: 'Board member' }));
    await user.click(screen.getByRole('button', { name: 'Create user' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(onCreated.mock.calls[0]?.[0]).toMatchObject({
      username: 'jo',
      displayName: 'Jo  Ann',
      email: 'jo@example.org',
    });
  });

  it('checks the fields before calling the server', async () => {
    const { user, onCreated } = renderForm();

    await user.type(screen.getByLabelText(/initial password/i), 'too short');
    await user.click(screen.getByRole('button', { name: 'Create user' }));

    expect(await screen.findByText('Use at least 12 characters')).toBeInTheDocument();
    expect(screen.getByText('Enter a username')).toBeInTheDocument();
    expect(screen.getByText('Choose at least one role')).toBeInTheDocument();
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('puts the server violations on their fields', async () => {
    server.use(
      http.post('*/api/users', () =>
        problem(400, 'validation.failed', 'Validation failed', {
          violations: [
            { field: 'username', message: 'must match "[a-z0-9._-]+"' },
            { field: 'create.request.email', message: 'must be a well-formed email address' },
            { field: 'roles[0]', message: 'unknown role' },
            { field: 'somethingElse', message: 'is not right' },
          ],
        }),
      ),
    );
    const { user, onCreated } = renderForm();

    await fillValidForm(user, 'Casey!');
    await user.click(screen.getByRole('button', { name: 'Create user' }));

    const username = screen.getByLabelText(/^username/i);
    await waitFor(() =>
      expect(username).toHaveAccessibleDescription(expect.stringContaining('must match "[a-z0-9._-]+"')),
    );
    expect(username).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^email/i)).toHaveAccessibleDescription(
      'must be a well-formed email address',
    );
    expect(screen.getByText('unknown role')).toBeInTheDocument();
    // A violation for a field the form does not have is still shown.
    const formAlert = screen.getByRole('alert', { name: 'Please check the form' });
    expect(within(formAlert).getByText('is not right')).toBeInTheDocument();
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('marks the username when it is taken', async () => {
    const { user } = renderForm();

    await fillValidForm(user, 'admin');
    await user.click(screen.getByRole('button', { name: 'Create user' }));

    await waitFor(() =>
      expect(screen.getByLabelText(/^username/i)).toHaveAccessibleDescription(
        expect.stringContaining('This username is already taken'),
      ),
    );
  });
});
