import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { createConstituent, createInteraction, createUser } from '@/testing/data-generators';
import { db } from '@/testing/mocks/db';
import { renderWithProviders, signInAs } from '@/testing/test-utils';
import type { Role } from '@/config/roles';
import { ConstituentProfilePage } from '@/features/constituent-profile/components/constituent-profile-page';

const JANE = '00000000-0000-4000-8000-0000000000c1';
const JOHN = '00000000-0000-4000-8000-0000000000c2';
const HOUSEHOLD = '00000000-0000-4000-8000-0000000000c9';
const SEEDED = 'Coffee after the spring concert';

function renderProfile(id = JANE, username = 'admin', roles: Role[] = ['ADMIN']) {
  signInAs(username, roles);
  return renderWithProviders(<ConstituentProfilePage />, { path: '/constituents/:id', url: `/constituents/${id}` });
}

/** Jane Doe and John Smith live in one household; Jane is its head. */
function seedHousehold() {
  db.constituents.push(
    createConstituent({
      id: HOUSEHOLD,
      type: 'HOUSEHOLD',
      firstName: null,
      lastName: null,
      name: 'Doe–Smith household',
      displayName: 'Doe–Smith household',
    }),
  );
  for (const id of [JANE, JOHN]) {
    db.constituents.find((c) => c.id === id)!.household = { id: HOUSEHOLD, displayName: 'Doe–Smith household' };
  }
  db.householdRoles.set(JANE, 'HEAD');
}

describe('Interactions on the timeline', () => {
  it('lets a development officer change anyone’s interaction', async () => {
    const { user } = renderProfile(JANE, 'dora', ['DEVELOPMENT_OFFICER']);

    await user.click(await screen.findByRole('button', { name: `Change “${SEEDED}”` }));
    const form = screen.getByRole('form', { name: 'Change interaction' });
    expect(within(form).getByRole('textbox', { name: /^Subject/ })).toHaveValue(SEEDED);
    const subject = within(form).getByRole('textbox', { name: /^Subject/ });
    await user.clear(subject);
    await user.type(subject, 'Coffee and a tour of the new hall');
    await user.click(within(form).getByRole('radio', { name: 'We reached out' }));
    await user.click(within(form).getByRole('button', { name: 'Save interaction' }));

    expect(await screen.findByText('Interaction saved.')).toBeInTheDocument();
    const timeline = screen.getByLabelText('Interaction timeline');
    expect(await within(timeline).findByText('Coffee and a tour of the new hall')).toBeInTheDocument();
    expect(db.interactions[0]).toMatchObject({
      subject: 'Coffee and a tour of the new hall',
      direction: 'OUTBOUND',
      notes: 'Interested in the scholarship fund.',
      version: 1,
    });
  });

  it('lets an event coordinator change and delete only their own interactions', async () => {
    db.users.push(createUser({ username: 'casey', displayName: 'Casey Coordinator', roles: ['EVENT_COORDINATOR'] }));
    db.interactions.push(
      createInteraction({
        constituentId: JANE,
        subject: 'Met at the door',
        staffUsername: 'casey',
        staffDisplayName: 'Casey Coordinator',
        createdBy: 'casey',
        occurredAt: '2026-11-25T18:00:00Z',
      }),
    );
    const { user } = renderProfile(JANE, 'casey', ['EVENT_COORDINATOR']);

    expect(await screen.findByRole('button', { name: 'Change “Met at the door”' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: `Change “${SEEDED}”` })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: `Delete “${SEEDED}”` })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete “Met at the door”' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete interaction' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText('Interaction “Met at the door” deleted.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Met at the door')).not.toBeInTheDocument());
    expect(db.interactions.map((i) => i.subject)).toEqual([SEEDED]);
  });

  it('offers the latest version when someone else changed the interaction meanwhile', async () => {
    const { user } = renderProfile();

    await user.click(await screen.findByRole('button', { name: `Change “${SEEDED}”` }));
    const form = screen.getByRole('form', { name: 'Change interaction' });
    Object.assign(db.interactions[0]!, { notes: 'Wants to fund two scholarships.', version: 1 });
    await user.type(within(form).getByRole('textbox', { name: /^Subject/ }), '!');
    await user.click(within(form).getByRole('button', { name: 'Save interaction' }));

    const notice = await within(form).findByRole('alert');
    expect(notice).toHaveTextContent('Someone else changed this interaction');
    await user.click(within(notice).getByRole('button', { name: 'Load latest' }));
    expect(within(form).getByRole('textbox', { name: 'Notes' })).toHaveValue('Wants to fund two scholarships.');
    await user.click(within(form).getByRole('button', { name: 'Save interaction' }));

    expect(await screen.findByText('Interaction saved.')).toBeInTheDocument();
    expect(db.interactions[0]).toMatchObject({ version: 2, notes: 'Wants to fund two scholarships.' });
  });
});

describe('Households', () => {
  it('shows the members’ interactions on the household’s timeline, each with its member', async () => {
    seedHousehold();
    db.interactions.push(
      createInteraction({ constituentId: JOHN, subject: 'John asked for a receipt', occurredAt: '2026-11-22T10:00:00Z' }),
      createInteraction({ constituentId: HOUSEHOLD, subject: 'Holiday card', occurredAt: '2026-11-01T10:00:00Z' }),
    );
    renderProfile(HOUSEHOLD);

    const timeline = await screen.findByLabelText('Interaction timeline');
    const text = timeline.textContent ?? '';
    expect(text.indexOf('John asked for a receipt')).toBeLessThan(text.indexOf(SEEDED));
    expect(text.indexOf(SEEDED)).toBeLessThan(text.indexOf('Holiday card'));
    // Each member's entry says whose it is, with a link; the household's own says nothing.
    expect(within(timeline).getByRole('link', { name: 'John Smith' })).toHaveAttribute('href', `/constituents/${JOHN}`);
    expect(within(timeline).getByRole('link', { name: 'Jane Doe' })).toHaveAttribute('href', `/constituents/${JANE}`);
    expect(within(timeline).getAllByText(/^with/)).toHaveLength(2);
    expect(screen.getByText('3 interactions, its members’ included')).toBeInTheDocument();
  });

  it('shows each member’s role and changes it; a second head is refused', async () => {
    seedHousehold();
    const { user } = renderProfile(HOUSEHOLD, 'dora', ['DEVELOPMENT_OFFICER']);

    const members = await screen.findByRole('list', { name: 'Household members' });
    const items = within(members).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Jane Doe');
    expect(within(items[0]!).getByRole('textbox', { name: 'Role of Jane Doe' })).toHaveValue('Head');
    expect(within(items[1]!).getByRole('textbox', { name: 'Role of John Smith' })).toHaveValue('No role');

    await user.click(within(items[1]!).getByRole('textbox', { name: 'Role of John Smith' }));
    await user.click(await screen.findByRole('option', { name: 'Head' }));
    expect(await screen.findByText('Household already has a head')).toBeInTheDocument();
    expect(db.householdRoles.get(JOHN)).toBeUndefined();

    await user.click(within(items[1]!).getByRole('textbox', { name: 'Role of John Smith' }));
    await user.click(await screen.findByRole('option', { name: 'Spouse/partner' }));
    expect(await screen.findByText('John Smith is now spouse/partner of the household.')).toBeInTheDocument();
    expect(db.householdRoles.get(JOHN)).toBe('SPOUSE_PARTNER');
  });

  it('adds a member with a role', async () => {
    seedHousehold();
    db.constituents.push(createConstituent({ id: '00000000-0000-4000-8000-0000000000c7', firstName: 'Kim', lastName: 'Doe' }));
    const { user } = renderProfile(HOUSEHOLD, 'dora', ['DEVELOPMENT_OFFICER']);

    await user.click(await screen.findByRole('button', { name: 'Add member' }));
    const card = screen.getByRole('region', { name: 'Members' });
    await user.type(within(card).getByRole('textbox', { name: 'New member' }), 'Kim');
    await user.click(await screen.findByRole('option', { name: /Kim Doe/ }));
    await user.click(within(card).getByRole('textbox', { name: 'Their role' }));
    await user.click(await screen.findByRole('option', { name: 'Child' }));
    await user.click(within(card).getByRole('button', { name: 'Add member' }));

    expect(await screen.findByText('Kim Doe joined Doe–Smith household.')).toBeInTheDocument();
    expect(await within(card).findByRole('textbox', { name: 'Role of Kim Doe' })).toHaveValue('Child');
  });

  it('shows roles without controls to those who may not change them', async () => {
    seedHousehold();
    db.users.push(createUser({ username: 'casey', displayName: 'Casey Coordinator', roles: ['EVENT_COORDINATOR'] }));
    renderProfile(JOHN, 'casey', ['EVENT_COORDINATOR']);

    const members = await screen.findByRole('list', { name: 'Household members' });
    expect(within(members).getByText('Head')).toBeInTheDocument();
    expect(within(members).queryByRole('textbox', { name: /^Role of/ })).not.toBeInTheDocument();
  });
});
