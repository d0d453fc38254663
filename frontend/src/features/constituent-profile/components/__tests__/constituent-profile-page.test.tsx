import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { createConstituent, createUser } from '@/testing/data-generators';
import { db } from '@/testing/mocks/db';
import { renderWithProviders, signInAs } from '@/testing/test-utils';
import type { Role } from '@/config/roles';
import { ConstituentProfilePage } from '@/features/constituent-profile/components/constituent-profile-page';

const JANE = '00000000-0000-4000-8000-0000000000c1';

function renderProfile(username = 'admin', roles: Role[] = ['ADMIN']) {
  signInAs(username, roles);
  return renderWithProviders(<ConstituentProfilePage />, {
    path: '/constituents/:id',
    url: `/constituents/${JANE}`,
  });
}

describe('ConstituentProfilePage', () => {
  it('shows the sections of the summary', async () => {
    renderProfile();

    expect(await screen.findByRole('heading', { level: 1, name: 'Jane Doe' })).toBeInTheDocument();
    const status = screen.getByRole('group', { name: 'Status and tags' });
    expect(within(status).getByText('Individual')).toBeInTheDocument();
    expect(within(status).getByText('major-donor')).toBeInTheDocument();

    const contact = screen.getByRole('region', { name: 'Contact details' });
    expect(within(contact).getByRole('link', { name: 'jane.doe@example.org' })).toHaveAttribute(
      'href',
      'mailto:jane.doe@example.org',
    );
    expect(within(contact).getByText('1 Main Street')).toBeInTheDocument();
    expect(within(contact).getAllByText('Primary').length).toBeGreaterThan(0);

    expect(within(screen.getByRole('region', { name: 'Household' })).getByText('Not in a household.')).toBeInTheDocument();

    const tasks = screen.getByRole('region', { name: 'Open tasks' });
    expect(within(tasks).getByText('Send the scholarship brochure')).toBeInTheDocument();
    expect(within(tasks).getByText('Overdue')).toBeInTheDocument();

    // The interactions tab is open first.
    expect(screen.getByText('Coffee after the spring concert')).toBeInTheDocument();
    expect(screen.getByText('Interested in the scholarship fund.')).toBeInTheDocument();

    // Jane opted out of newsletters by email: the page says so before anything else.
    expect(screen.getByText('Some outreach suppressed')).toBeInTheDocument();
    expect(screen.getByText(/No newsletters by email/)).toBeInTheDocument();

    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute('href', `/constituents/${JANE}/edit`);
  });

  it('lists relationships and the consent ledger on their tabs', async () => {
    const { user } = renderProfile();

    await user.click(await screen.findByRole('tab', { name: /Relationships \(1\)/ }));
    const list = screen.getByRole('list', { name: 'Relationships' });
    expect(within(list).getByText(/Employee of/)).toBeInTheDocument();
    expect(within(list).getByRole('link', { name: 'Acme Foundation' })).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Consent' }));
    const current = screen.getByRole('table', { name: 'Current consent' });
    expect(within(current).getByText('Opted out')).toBeInTheDocument();
    const history = await screen.findByRole('table', { name: 'Consent history' });
    expect(within(history).getByText('“No more newsletters, please”')).toBeInTheDocument();
  });

  it('logs an interaction and shows it on the timeline', async () => {
    const { user } = renderProfile();

    await user.click(await screen.findByRole('button', { name: 'Log interaction' }));
    const form = screen.getByRole('form', { name: 'Log interaction' });
    await user.click(within(form).getByRole('radio', { name: 'They reached us' }));
    await user.type(within(form).getByRole('textbox', { name: /^Subject/ }), 'Asked about planned giving');
    await user.type(within(form).getByRole('textbox', { name: 'Notes' }), 'Call back next week.');
    await user.click(within(form).getByRole('button', { name: 'Log interaction' }));

    expect(await screen.findByText('Asked about planned giving')).toBeInTheDocument();
    expect(screen.getByText('Call back next week.')).toBeInTheDocument();
    expect(screen.getByText('Interaction logged.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Log interaction' })).not.toBeInTheDocument());
    const logged = db.interactions.find((i) => i.subject === 'Asked about planned giving');
    expect(logged).toMatchObject({ constituentId: JANE, channel: 'PHONE', direction: 'INBOUND', staffUsername: 'admin' });
  });

  it('logs an interaction with a follow-up task', async () => {
    const { user } = renderProfile('dora', ['DEVELOPMENT_OFFICER']);

    await user.click(await screen.findByRole('button', { name: 'Log interaction' }));
    const form = screen.getByRole('form', { name: 'Log interaction' });
    await user.type(within(form).getByRole('textbox', { name: /^Subject/ }), 'Gala invitation');
    await user.click(within(form).getByRole('checkbox', { name: 'Create a follow-up task' }));
    // The assignee defaults to the signed-in user; colleagues come from GET /api/staff.
    expect(within(form).getByRole('textbox', { name: /^Assigned to/ })).toHaveValue('Dora Development (dora)');
    await user.click(within(form).getByRole('button', { name: 'Log interaction' }));
    expect(await within(form).findByText('Enter what needs doing')).toBeInTheDocument();

    await user.type(within(form).getByRole('textbox', { name: /^Follow-up/ }), 'Post the tickets');
    await user.type(within(form).getByLabelText(/^Due/), '2026-12-05');
    await user.click(within(form).getByRole('button', { name: 'Log interaction' }));

    const tasks = screen.getByRole('region', { name: 'Open tasks' });
    expect(await within(tasks).findByText('Post the tickets')).toBeInTheDocument();
    expect(db.tasks.find((t) => t.title === 'Post the tickets')).toMatchObject({ assignee: 'dora', dueDate: '2026-12-05' });
    // the timeline shows the follow-up under its interaction, with its status
    const followUps = await screen.findByRole('list', { name: 'Follow-ups' });
    expect(within(followUps).getByText('Post the tickets')).toBeInTheDocument();
    expect(within(followUps).getByText('Open')).toBeInTheDocument();

    await user.click(within(tasks).getByRole('button', { name: 'Mark “Post the tickets” done' }));
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Follow-ups' })).getByText('Done')).toBeInTheDocument());
  });

  it('completes an open task', async () => {
    const { user } = renderProfile();

    await user.click(await screen.findByRole('button', { name: 'Mark “Send the scholarship brochure” done' }));

    const tasks = screen.getByRole('region', { name: 'Open tasks' });
    expect(await within(tasks).findByText('Nothing to follow up.')).toBeInTheDocument();
    expect(db.tasks[0]?.status).toBe('DONE');
  });

  it('lets an event coordinator log interactions but not edit or merge', async () => {
    db.users.push(createUser({ username: 'casey', displayName: 'Casey Coordinator', roles: ['EVENT_COORDINATOR'] }));
    const { user } = renderProfile('casey', ['EVENT_COORDINATOR']);

    expect(await screen.findByRole('heading', { level: 1, name: 'Jane Doe' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Merge/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Merges' })).not.toBeInTheDocument();
    // Someone else's task: no "done" button.
    expect(screen.queryByRole('button', { name: /done$/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Log interaction' }));
    const form = screen.getByRole('form', { name: 'Log interaction' });
    await user.type(within(form).getByRole('textbox', { name: /^Subject/ }), 'Volunteered for the gala');
    await user.click(within(form).getByRole('button', { name: 'Log interaction' }));

    expect(await screen.findByText('Volunteered for the gala')).toBeInTheDocument();
    expect(screen.getByText(/by Casey Coordinator/)).toBeInTheDocument();
  });

  it('says when the constituent does not exist', async () => {
    signInAs('admin', ['ADMIN']);
    renderWithProviders(<ConstituentProfilePage />, {
      path: '/constituents/:id',
      url: '/constituents/00000000-0000-4000-8000-0000000000ff',
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Constituent not found' })).toBeInTheDocument();
  });

  it('opens the survivor when the constituent was merged into another', async () => {
    const merged = createConstituent({
      id: '00000000-0000-4000-8000-0000000000d9',
      displayName: 'Jane Doe (old record)',
      deleted: true,
      mergedInto: JANE,
    });
    db.constituents.push(merged);
    signInAs('dora', ['DEVELOPMENT_OFFICER']);
    renderWithProviders(<ConstituentProfilePage />, {
      path: '/constituents/:id',
      url: `/constituents/${merged.id}`,
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Jane Doe' })).toBeInTheDocument();
    expect(screen.getByText(/The record you opened was merged into this one/)).toBeInTheDocument();
  });
});
