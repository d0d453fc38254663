import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { createTask, createUser } from '@/testing/data-generators';
import { db } from '@/testing/mocks/db';
import { renderWithProviders, signInAs } from '@/testing/test-utils';
import { TeamTasksPage } from '@/features/tasks/components/team-tasks-page';

function seedTeam() {
  db.users.push(createUser({ username: 'casey', displayName: 'Casey Coordinator', roles: ['EVENT_COORDINATOR'] }));
  const casey = { assignee: 'casey', assigneeDisplayName: 'Casey Coordinator' };
  db.tasks.push(
    createTask({ ...casey, title: 'Print the badges', dueDate: '2026-11-20', overdue: true }),
    createTask({ ...casey, title: 'Book the caterer', dueDate: '2026-11-10', overdue: true }),
    createTask({ ...casey, title: 'Finished long ago', status: 'DONE' }),
    createTask({ title: 'Thank the sponsor', dueDate: '2027-01-10' }),
  );
}

function renderPage() {
  signInAs('dora', ['DEVELOPMENT_OFFICER']);
  return renderWithProviders(<TeamTasksPage />, { path: '/tasks/team' });
}

describe('TeamTasksPage', () => {
  it('shows everyone’s open tasks by assignee, the most overdue first', async () => {
    seedTeam();
    renderPage();

    expect(await screen.findByText('4 open tasks, 3 overdue')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Casey Coordinator',
      'Dora Development',
      'Ada Admin',
    ]);
    const casey = screen.getByRole('region', { name: 'Casey Coordinator' });
    expect(within(casey).getByText('2 open tasks')).toBeInTheDocument();
    expect(within(casey).getByText('2 overdue')).toBeInTheDocument();
    const rows = within(within(casey).getByRole('table', { name: 'Tasks of Casey Coordinator' })).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('Task'),
      expect.stringContaining('Book the caterer'),
      expect.stringContaining('Print the badges'),
    ]);
    expect(screen.queryByText('Finished long ago')).not.toBeInTheDocument();
    const admin = screen.getByRole('region', { name: 'Ada Admin' });
    expect(within(admin).queryByText(/overdue/)).not.toBeInTheDocument();
    expect(within(admin).getByText('Thank the sponsor')).toBeInTheDocument();
  });

  it('reassigns and re-dates a task', async () => {
    seedTeam();
    const { user } = renderPage();

    const casey = await screen.findByRole('region', { name: 'Casey Coordinator' });
    await user.click(within(casey).getByRole('button', { name: 'Change “Print the badges”' }));
    const form = screen.getByRole('form', { name: 'Change task' });
    expect(within(form).getByRole('textbox', { name: /^Task/ })).toHaveValue('Print the badges');
    await user.click(within(form).getByRole('textbox', { name: /^Assigned to/ }));
    await user.click(await screen.findByRole('option', { name: 'Dora Development (dora)' }));
    const due = within(form).getByLabelText(/^Due/);
    await user.clear(due);
    await user.type(due, '2099-02-01');
    await user.click(within(form).getByRole('button', { name: 'Save task' }));

    expect(await screen.findByText('“Print the badges” saved for Dora Development.')).toBeInTheDocument();
    await waitFor(() =>
      expect(within(screen.getByRole('region', { name: 'Casey Coordinator' })).queryByText('Print the badges')).not.toBeInTheDocument(),
    );
    expect(within(screen.getByRole('region', { name: 'Dora Development' })).getByText('Print the badges')).toBeInTheDocument();
    expect(db.tasks.find((t) => t.title === 'Print the badges')).toMatchObject({
      assignee: 'dora',
      dueDate: '2099-02-01',
      overdue: false,
      version: 1,
    });
    expect(screen.getByText('4 open tasks, 2 overdue')).toBeInTheDocument();
  });

  it('offers the latest version when someone else saved the task meanwhile', async () => {
    seedTeam();
    const { user } = renderPage();

    const admin = await screen.findByRole('region', { name: 'Ada Admin' });
    await user.click(within(admin).getByRole('button', { name: 'Change “Thank the sponsor”' }));
    const form = screen.getByRole('form', { name: 'Change task' });
    // A colleague saves the task while the form is open.
    Object.assign(db.tasks.find((t) => t.title === 'Thank the sponsor')!, { title: 'Thank the sponsor in person', version: 1 });
    await user.type(within(form).getByRole('textbox', { name: 'Notes' }), 'Bring the plaque');
    await user.click(within(form).getByRole('button', { name: 'Save task' }));

    const notice = await within(form).findByRole('alert');
    expect(notice).toHaveTextContent('Someone else changed this task');
    expect(within(form).getByRole('button', { name: 'Save task' })).toBeDisabled();
    await user.click(within(notice).getByRole('button', { name: 'Load latest' }));
    expect(within(form).getByRole('textbox', { name: /^Task/ })).toHaveValue('Thank the sponsor in person');
    await user.type(within(form).getByRole('textbox', { name: 'Notes' }), 'Bring the plaque');
    await user.click(within(form).getByRole('button', { name: 'Save task' }));

    await waitFor(() => expect(screen.queryByRole('form', { name: 'Change task' })).not.toBeInTheDocument());
    expect(db.tasks.find((t) => t.title === 'Thank the sponsor in person')).toMatchObject({ notes: 'Bring the plaque', version: 2 });
  });

  it('shows an assignee’s first tasks and all of them on request', async () => {
    for (let day = 10; day < 22; day += 1) {
      db.tasks.push(createTask({ title: `Call donor ${day}`, dueDate: `2027-02-${day}` }));
    }
    const { user } = renderPage();

    const admin = await screen.findByRole('region', { name: 'Ada Admin' });
    const table = within(admin).getByRole('table', { name: 'Tasks of Ada Admin' });
    expect(within(table).getAllByRole('row')).toHaveLength(11);
    await user.click(within(admin).getByRole('button', { name: 'Show all 12 open tasks of Ada Admin' }));

    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(13));
    expect(within(table).getByText('Call donor 21')).toBeInTheDocument();
  });

  it('says so when nobody has anything open', async () => {
    db.tasks.length = 0;
    renderPage();

    expect(await screen.findByText('Nobody has anything open. Well done, team!')).toBeInTheDocument();
    expect(screen.getByText('0 open tasks')).toBeInTheDocument();
  });
});
