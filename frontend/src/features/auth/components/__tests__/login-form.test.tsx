import { screen } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';

import { getSession } from '@/lib/session';
import { ADMIN_PASSWORD } from '@/testing/mocks/db';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderWithProviders } from '@/testing/test-utils';
import { LoginForm } from '@/features/auth/components/login-form';

function renderLogin(redirectTo = '/') {
  return renderWithProviders(<LoginForm redirectTo={redirectTo} />, {
    path: '/login',
    routes: [
      { path: '/', element: <p>Home page</p> },
      { path: '/users', element: <p>Users page</p> },
    ],
  });
}

describe('LoginForm', () => {
  it('focuses the username field first', () => {
    renderLogin();
    expect(screen.getByLabelText(/^username/i)).toHaveFocus();
  });

  it('asks for a cookie session, keeps no token in storage and goes to the requested page', async () => {
    let mode: string | null = null;
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/api/login')) mode = request.headers.get('X-Steward-Session');
    });
    const { user } = renderLogin('/users');

    await user.type(screen.getByLabelText(/^username/i), 'admin');
    await user.type(screen.getByLabelText(/^password/i), `${ADMIN_PASSWORD}{Enter}`);

    expect(await screen.findByText('Users page')).toBeInTheDocument();
    server.events.removeAllListeners();
    expect(mode).toBe('cookie');
    expect(getSession()).toEqual({ username: 'admin', roles: ['ADMIN'] });
    expect(sessionStorage.length).toBe(0);
    expect(localStorage.length).toBe(0);
  });

  it('shows the problem title and stays on the page when the credentials are wrong', async () => {
    const { user } = renderLogin();

    await user.type(screen.getByLabelText(/^username/i), 'admin');
    await user.type(screen.getByLabelText(/^password/i), 'wrong password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid username or password');
    expect(screen.queryByText('Home page')).not.toBeInTheDocument();
    expect(getSession()).toBeNull();
    expect(screen.getByLabelText(/^password/i)).toHaveValue('');
    expect(screen.getByLabelText(/^password/i)).toHaveFocus();
  });

  it('shows the detail of a rate-limit problem', async () => {
    server.use(
      http.post('*/api/login', () =>
        problem(429, 'auth.too-many-attempts', 'Too many attempts', {
          detail: 'Try again in 5 minutes.',
        }),
      ),
    );
    const { user } = renderLogin();

    await user.type(screen.getByLabelText(/^username/i), 'admin');
    await user.type(screen.getByLabelText(/^password/i), 'whatever{Enter}');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Too many attempts');
    expect(alert).toHaveTextContent('Try again in 5 minutes.');
  });

  it('asks for both fields before calling the server', async () => {
    const { user } = renderLogin();

    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Enter your username')).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
  });
});
