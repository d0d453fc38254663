import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { createTask } from '@/testing/data-generators';
import { db } from '@/testing/mocks/db';
import { renderWithProviders, signInAs } from '@/testing/test-utils';
import { MyTasksPage } from '@/features/tasks/components/my-tasks-page';

const JANE = { id: '00000000-0000-4000-8000-0000000000c1', type: 'INDIVIDUAL' as const, displayName: 'Jane Doe', deceased: false };

function renderPage() {
  db.tasks.push(
    createTask({ title: 'Plan the spring visit', assignee: 'dora', dueDate: '2027-03-01' }),
    createTask({ title: 'Someone else’s task', assignee: 'admin', dueDate: '2026-11-25' }),
    createTask({ title: 'Already done', assignee: 'dora', status: 'DONE', completedAt: '2026-11-20T10:00:00Z' }),
  );
  signInAs('dora', ['DEVELOPMENT_OFFICER']);
  return renderWithProviders(<MyTasksPage />, { path: '/tasks' });
}

describe('MyTasksPage', () => {
  it('lists my open tasks, overdue first, with their constituent', async () => {
    renderPage();

    const table = await screen.findByRole('table', { name: 'My tasks' });
    await within(table).findByText('Plan the spring visit');
    const rows = within(table).getAllByRole('row');
    // Header, then the overdue seeded task, then the later one; nobody else's, nothing finished.
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('Send the scholarship brochure');
    expect(within(rows[1]!).getByText('Overdue')).toBeInTheDocument();
    expect(within(rows[1]!).getByRole('link', { name: 'Jane Doe' })).toHaveAttribute('href', `/constituents/${JANE.id}`);
    expect(rows[2]).toHaveTextContent('Plan the spring visit');
    expect(screen.queryByText('Someone else’s task')).not.toBeInTheDocument();
    expect(screen.queryByText('Already done')).not.toBeInTheDocument();
    expect(screen.getByText('2 open tasks, 1 overdue')).toBeInTheDocument();
  });

  it('marks a task done', async () => {
    const { user } = renderPage();

    await user.click(await screen.findByRole('button', { name: 'Mark “Send the scholarship brochure” done' }));

    await waitFor(() => expect(screen.queryByText('Send the scholarship brochure')).not.toBeInTheDocument());
    expect(screen.getByText('“Send the scholarship brochure” marked done.')).toBeInTheDocument();
    expect(db.tasks.find((t) => t.title === 'Send the scholarship brochure')).toMatchObject({ status: 'DONE', version: 1 });
  });

  it('shows finished tasks on request and reopens one', async () => {
    const { user } = renderPage();

    await user.click(await screen.findByRole('radio', { name: 'All, with finished' }));
    await user.click(await screen.findByRole('button', { name: 'Reopen “Already done”' }));

    await waitFor(() =>
      expect(db.tasks.find((t) => t.title === 'Already done')).toMatchObject({ status: 'OPEN' }),
    );
  });
});
