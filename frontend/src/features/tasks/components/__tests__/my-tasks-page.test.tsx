import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';

import { createTask, createUser } from '@/testing/data-generators';
import { db } from '@/testing/mocks/db';
import { server } from '@/testing/mocks/server';
import { renderWithProviders, signInAs } from '@/testing/test-utils';
import type { Role } from '@/config/roles';
import { MyTasksPage } from '@/features/tasks/components/my-tasks-page';

const JANE = { id: '00000000-0000-4000-8000-0000000000c1', type: 'INDIVIDUAL' as const, displayName: 'Jane Doe', deceased: false };

function renderPage(username = 'dora', roles: Role[] = ['DEVELOPMENT_OFFICER']) {
  db.tasks.push(
    createTask({ title: 'Plan the spring visit', assignee: 'dora', dueDate: '2027-03-01' }),
    createTask({ title: 'Someone else’s task', assignee: 'admin', dueDate: '2026-11-25' }),
    createTask({ title: 'Already done', assignee: 'dora', status: 'DONE', completedAt: '2026-11-20T10:00:00Z' }),
  );
  signInAs(username, roles);
  return renderWithProviders(<MyTasksPage />, { path: '/tasks' });
}

describe('MyTasksPage', () => {
  afterEach(() => server.events.removeAllListeners());

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

  it('keeps the Done button on a phone: two columns, the due date and constituent under the title', async () => {
    // The tests' media queries never match a minimum width, as on a 390 px phone.
    renderPage();

    const table = await screen.findByRole('table', { name: 'My tasks' });
    await within(table).findByText('Plan the spring visit');
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Task', 'Actions']);
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getAllByRole('cell')).toHaveLength(2);
    expect(within(row).getByRole('button', { name: 'Mark “Send the scholarship brochure” done' })).toBeInTheDocument();
    expect(within(row).getByText('Overdue')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'Jane Doe' })).toBeInTheDocument();
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

  it('creates a task on its own, about a constituent, sending only what was filled in', async () => {
    let sent: unknown;
    server.events.on('request:start', async ({ request }) => {
      if (request.method === 'POST' && new URL(request.url).pathname === '/api/tasks') sent = await request.clone().json();
    });
    const { user } = renderPage();

    await user.click(await screen.findByRole('button', { name: 'New task' }));
    const form = screen.getByRole('form', { name: 'New task' });
    await user.click(within(form).getByRole('button', { name: 'Create task' }));
    expect(await within(form).findByText('Enter what needs doing')).toBeInTheDocument();

    await user.type(within(form).getByRole('textbox', { name: /^Task/ }), 'Invite Jane to the gala');
    await user.type(within(form).getByRole('textbox', { name: /^About/ }), 'Jane');
    await user.click(await screen.findByRole('option', { name: /Jane Doe/ }));
    await user.type(within(form).getByLabelText(/^Due/), '2027-01-15');
    expect(within(form).getByRole('textbox', { name: /^Assigned to/ })).toHaveValue('Dora Development (dora)');
    await user.click(within(form).getByRole('button', { name: 'Create task' }));

    expect(await screen.findByText('Task “Invite Jane to the gala” created.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('form', { name: 'New task' })).not.toBeInTheDocument());
    const table = screen.getByRole('table', { name: 'My tasks' });
    expect(await within(table).findByText('Invite Jane to the gala')).toBeInTheDocument();
    expect(sent).toEqual({ title: 'Invite Jane to the gala', assignee: 'dora', dueDate: '2027-01-15', constituentId: JANE.id });
    expect(db.tasks.find((t) => t.title === 'Invite Jane to the gala')).toMatchObject({ constituent: JANE });
  });

  it('lets an event coordinator create tasks but change only the status of their own', async () => {
    db.users.push(createUser({ username: 'casey', displayName: 'Casey Coordinator', roles: ['EVENT_COORDINATOR'] }));
    db.tasks.push(createTask({ title: 'Print the badges', assignee: 'casey', assigneeDisplayName: 'Casey Coordinator' }));
    const { user } = renderPage('casey', ['EVENT_COORDINATOR']);

    expect(await screen.findByText('Print the badges')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mark “Print the badges” done' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Change “/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'New task' }));
    const form = screen.getByRole('form', { name: 'New task' });
    await user.type(within(form).getByRole('textbox', { name: /^Task/ }), 'Order the name tags');
    await user.click(within(form).getByRole('button', { name: 'Create task' }));

    expect(await screen.findByText('Order the name tags')).toBeInTheDocument();
    expect(db.tasks.find((t) => t.title === 'Order the name tags')).toMatchObject({ assignee: 'casey' });
    expect(db.tasks.find((t) => t.title === 'Order the name tags')).not.toHaveProperty('dueDate');
  });

  it('says why a new task was refused', async () => {
    server.use(
      http.post('*/api/tasks', () =>
        HttpResponse.json(
          {
            type: 'https://steward.example/problems/tasks/unknown-assignee',
            title: 'Unknown assignee',
            status: 422,
            detail: "No enabled staff account has the username 'dora'.",
            code: 'tasks.unknown-assignee',
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = renderPage();

    await user.click(await screen.findByRole('button', { name: 'New task' }));
    const form = screen.getByRole('form', { name: 'New task' });
    await user.type(within(form).getByRole('textbox', { name: /^Task/ }), 'Call the printer');
    await user.click(within(form).getByRole('button', { name: 'Create task' }));

    expect(await within(form).findByText("No enabled staff account has the username 'dora'.")).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /^Assigned to/ })).toHaveAttribute('aria-invalid', 'true');
  });
});
