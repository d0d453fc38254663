import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders, signInAs } from '@/testing/test-utils';
import { AuditLog } from '@/features/audit/components/audit-log';

describe('AuditLog', () => {
  it('expands an entry to show its field changes', async () => {
    signInAs('admin', ['ADMIN']);
    const { user } = renderWithProviders(<AuditLog />, { path: '/audit' });

    const toggle = await screen.findByRole('button', { name: /show changes: users\.roles-changed/i });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    await user.click(toggle);

    const changes = await screen.findByRole('table', { name: /changes to user/i });
    const row = within(changes).getByRole('row', { name: /roles/ });
    // The arrow cell between "from" and "to" is decorative (aria-hidden).
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'roles',
      'BOARD_MEMBER',
      'BOARD_MEMBER, EVENT_COORDINATOR',
    ]);
    expect(changes.parentElement).toHaveTextContent('Reason: Joined the events team');
    expect(screen.getByRole('button', { name: /hide changes/i })).toHaveAttribute('aria-expanded', 'true');
  });

  it('filters through the URL', async () => {
    signInAs('admin', ['ADMIN']);
    const { user, router } = renderWithProviders(<AuditLog />, { path: '/audit' });

    await user.type(screen.getByLabelText('Entity type'), 'constituent');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    expect(await screen.findByText('No entries')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?entityType=constituent');
  });
});
