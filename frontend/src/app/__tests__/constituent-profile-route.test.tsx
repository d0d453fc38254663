import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { createUser } from '@/testing/data-generators';
import { db } from '@/testing/mocks/db';
import { renderWithProviders, signInAs } from '@/testing/test-utils';
import type { Role } from '@/config/roles';
import { ConstituentProfileRoute } from '@/app/routes/constituent-profile';

const JANE = '00000000-0000-4000-8000-0000000000c1';

function renderProfile(username: string, roles: Role[]) {
  signInAs(username, roles);
  return renderWithProviders(<ConstituentProfileRoute />, { path: '/constituents/:id', url: `/constituents/${JANE}` });
}

describe('the 360° view with the Giving card', () => {
  it('shows development officers the giving rollups, not as a generic tab', async () => {
    renderProfile('dora', ['DEVELOPMENT_OFFICER']);

    await screen.findByRole('heading', { level: 1, name: 'Jane Doe' });
    const card = await screen.findByRole('region', { name: 'Giving' });
    expect(await screen.findByTestId('giving-lifetime')).toHaveTextContent('$350.35');
    expect(card).toContainElement(screen.getByRole('button', { name: 'Record gift' }));
    expect(screen.queryByRole('tab', { name: 'Giving' })).not.toBeInTheDocument();
    const pledges = await screen.findByRole('region', { name: 'Open pledges' });
    expect(await within(pledges).findByText('$200.00 left')).toBeInTheDocument();
    expect(within(pledges).getByRole('button', { name: 'New pledge' })).toBeInTheDocument();
  });

  it('shows event coordinators no giving', async () => {
    db.users.push(createUser({ username: 'eve', roles: ['EVENT_COORDINATOR'] }));
    renderProfile('eve', ['EVENT_COORDINATOR']);

    await screen.findByRole('heading', { level: 1, name: 'Jane Doe' });
    expect(screen.queryByRole('region', { name: 'Giving' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record gift' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Open pledges' })).not.toBeInTheDocument();
  });
});

describe('History on the profile', () => {
  it('opens the audit log of this constituent for administrators', async () => {
    renderProfile('admin', ['ADMIN']);

    await screen.findByRole('heading', { level: 1, name: 'Jane Doe' });
    expect(screen.getByRole('link', { name: 'History' })).toHaveAttribute(
      'href',
      `/audit?entityType=constituent&entityId=${JANE}`,
    );
  });

  it('is not offered to those who may not read the audit log', async () => {
    renderProfile('dora', ['DEVELOPMENT_OFFICER']);

    await screen.findByRole('heading', { level: 1, name: 'Jane Doe' });
    expect(screen.queryByRole('link', { name: 'History' })).not.toBeInTheDocument();
  });
});
