import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';

import { routes } from '@/app/router';
import { getSession } from '@/lib/session';
import { createUser } from '@/testing/data-generators';
import { ADMIN_PASSWORD, db } from '@/testing/mocks/db';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderRoutes, signInAs } from '@/testing/test-utils';

describe('app routing', () => {
  it('sends a visitor to the login page and back to the page they asked for', async () => {
    const { router, user } = renderRoutes(routes, { url: '/audit?entityType=user' });

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('?redirectTo=%2Faudit%3FentityType%3Duser');

    await user.type(screen.getByLabelText(/^username/i), 'admin');
    await user.type(screen.getByLabelText(/^password/i), `${ADMIN_PASSWORD}{Enter}`);

    expect(await screen.findByRole('heading', { name: 'Audit log' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/audit');
    expect(router.state.location.search).toBe('?entityType=user');
  });

  it('shows the signed-in layout with the entries the roles allow', async () => {
    signInAs('admin', ['ADMIN']);
    renderRoutes(routes, { url: '/' });

    expect(await screen.findByRole('heading', { name: 'Welcome, Ada Admin' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Home',
      'Constituents',
      'My tasks',
      'Team tasks',
      'Gifts',
      'Gift batches',
      'Pledges',
      'Receipts',
      'Campaign progress',
      'Events',
      'Reports',
      'Report schedules',
      'Users',
      'Funds & campaigns',
      'Receipt template',
      'Relationship types',
      'Audit log',
    ]);
    expect(within(nav).getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeInTheDocument();
    expect(document.title).toBe('Home · Steward');
  });

  it('hides admin pages from other roles', async () => {
    signInAs('dora', ['DEVELOPMENT_OFFICER']);
    renderRoutes(routes, { url: '/users' });

    expect(
      await screen.findByRole('heading', { name: 'This page is not available to you' }),
    ).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'Users' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Relationship types' })).not.toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Constituents' })).toBeInTheDocument();
  });

  it('opens campaign progress for a board member and keeps it from event coordinators', async () => {
    db.users.push(createUser({ username: 'bo', displayName: 'Bo Board', roles: ['BOARD_MEMBER'] }));
    signInAs('bo', ['BOARD_MEMBER']);
    const { unmount } = renderRoutes(routes, { url: '/campaign-progress' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Campaign progress' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Home',
      'Campaign progress',
      'Events',
      'Reports',
      'Report schedules',
    ]);
    unmount();

    db.users.push(createUser({ username: 'eve', displayName: 'Eve Events', roles: ['EVENT_COORDINATOR'] }));
    signInAs('eve', ['EVENT_COORDINATOR']);
    renderRoutes(routes, { url: '/campaign-progress' });
    expect(
      await screen.findByRole('heading', { name: 'This page is not available to you' }),
    ).toBeInTheDocument();
  });

  it('opens report schedules read-only for a development officer, marking only that entry', async () => {
    signInAs('dora', ['DEVELOPMENT_OFFICER']);
    const first = renderRoutes(routes, { url: '/reports/schedules' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Report schedules' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Report schedules' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Reports' })).not.toHaveAttribute('aria-current');
    first.unmount();

    renderRoutes(routes, { url: '/reports/schedules/new' });
    expect(await screen.findByRole('heading', { name: 'This page is not available to you' })).toBeInTheDocument();
  });

  it('gives an event coordinator the reports page but not the dashboard or schedules', async () => {
    db.users.push(createUser({ username: 'eve', displayName: 'Eve Events', roles: ['EVENT_COORDINATOR'] }));
    signInAs('eve', ['EVENT_COORDINATOR']);
    const first = renderRoutes(routes, { url: '/reports' });
    expect(await screen.findByRole('link', { name: 'Event attendance' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Main' })).queryByRole('link', { name: 'Report schedules' })).not.toBeInTheDocument();
    first.unmount();

    for (const url of ['/reports/dashboard', '/reports/schedules']) {
      const again = renderRoutes(routes, { url });
      expect(await screen.findByRole('heading', { name: 'This page is not available to you' })).toBeInTheDocument();
      again.unmount();
    }
  });

  it('lets a board member set up a schedule', async () => {
    db.users.push(createUser({ username: 'bo', displayName: 'Bo Board', roles: ['BOARD_MEMBER'] }));
    signInAs('bo', ['BOARD_MEMBER']);
    renderRoutes(routes, { url: '/reports/schedules/new' });
    expect(await screen.findByRole('form', { name: 'New schedule' })).toBeInTheDocument();
  });

  it('keeps the relationship types page for administrators', async () => {
    signInAs('dora', ['DEVELOPMENT_OFFICER']);
    renderRoutes(routes, { url: '/relationship-types' });

    expect(
      await screen.findByRole('heading', { name: 'This page is not available to you' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Relationship types' })).not.toBeInTheDocument();
  });

  it('lists the relationship types for an administrator', async () => {
    signInAs('admin', ['ADMIN']);
    const { user } = renderRoutes(routes, { url: '/' });

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Relationship types' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Relationship types' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Relationship types' });
    expect(await within(table).findByText('Board member of')).toBeInTheDocument();
    expect(document.title).toBe('Relationship types · Steward');
  });

  it('opens receipts for a development officer, and the receipt template only for administrators', async () => {
    signInAs('dora', ['DEVELOPMENT_OFFICER']);
    const first = renderRoutes(routes, { url: '/receipts' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Receipts' })).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Receipts' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Receipts' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).queryByRole('link', { name: 'Receipt template' })).not.toBeInTheDocument();
    first.unmount();

    renderRoutes(routes, { url: '/receipt-template' });
    expect(
      await screen.findByRole('heading', { name: 'This page is not available to you' }),
    ).toBeInTheDocument();
  });

  it('keeps receipts from event coordinators', async () => {
    db.users.push(createUser({ username: 'eve', displayName: 'Eve Events', roles: ['EVENT_COORDINATOR'] }));
    signInAs('eve', ['EVENT_COORDINATOR']);
    renderRoutes(routes, { url: '/receipts' });
    expect(
      await screen.findByRole('heading', { name: 'This page is not available to you' }),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Main' })).queryByRole('link', { name: 'Receipts' })).not.toBeInTheDocument();
  });

  it('shows a friendly page for unknown addresses', async () => {
    signInAs('admin', ['ADMIN']);
    renderRoutes(routes, { url: '/no/such/page' });

    expect(await screen.findByRole('heading', { name: 'We could not find that page' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
  });

  it('lists the users for an administrator', async () => {
    signInAs('admin', ['ADMIN']);
    renderRoutes(routes, { url: '/users' });

    expect(await screen.findByText('Dora Development')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Users' })).toBeInTheDocument();
  });

  it('returns to the login page when the API says the session has ended', async () => {
    signInAs('admin', ['ADMIN']);
    server.use(http.get('*/api/users', () => problem(401, 'auth.unauthenticated', 'Please sign in')));
    const { router } = renderRoutes(routes, { url: '/users' });

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?redirectTo=%2Fusers');
    expect(getSession()).toBeNull();
  });

  it('signs out from the user menu', async () => {
    signInAs('admin', ['ADMIN']);
    const { router, user } = renderRoutes(routes, { url: '/users' });

    await user.click(await screen.findByRole('button', { name: /^Ada Admin.*account menu$/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('');
    expect(getSession()).toBeNull();
  });
});
