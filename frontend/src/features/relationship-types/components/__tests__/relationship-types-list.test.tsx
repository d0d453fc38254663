import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { createRelationshipType } from '@/testing/data-generators';
import { db } from '@/testing/mocks/db';
import { renderWithProviders, signInAs } from '@/testing/test-utils';
import { RelationshipTypesList } from '@/features/relationship-types/components/relationship-types-list';

function renderList() {
  signInAs('admin', ['ADMIN']);
  return renderWithProviders(<RelationshipTypesList />);
}

function rowOf(table: HTMLElement, label: string): HTMLElement {
  const row = within(table)
    .getAllByRole('row')
    .find((candidate) => within(candidate).queryAllByText(label).length > 0);
  if (!row) throw new Error(`no row for ${label}`);
  return row;
}

describe('RelationshipTypesList', () => {
  it('lists built-in and custom types, active or not', async () => {
    db.relationshipTypes.push(
      createRelationshipType({ label: 'Mentor of', inverseLabel: 'Mentee of', active: false, version: 2 }),
    );
    renderList();

    const table = await screen.findByRole('table', { name: 'Relationship types' });
    await within(table).findByText('Mentor of');
    expect(screen.getByRole('status')).toHaveTextContent('4 types, 1 custom');

    const mentor = rowOf(table, 'Mentor of');
    expect(within(mentor).getByText('Mentee of')).toBeInTheDocument();
    // the code column shows on wide screens only (jsdom matches no width)
    expect(within(mentor).queryByText('mentor-of')).not.toBeInTheDocument();
    expect(within(mentor).getByText('Custom')).toBeInTheDocument();
    expect(within(mentor).getByText('Inactive')).toBeInTheDocument();
    expect(within(mentor).getByRole('button', { name: 'Actions for Mentor of' })).toBeInTheDocument();

    const spouse = rowOf(table, 'Spouse of');
    expect(within(spouse).getByText('(same both ways)')).toBeInTheDocument();
    expect(within(spouse).getByText('Built-in')).toBeInTheDocument();
    expect(within(spouse).getByText('Active')).toBeInTheDocument();
    // Built-in types cannot be changed: no actions.
    expect(within(spouse).queryByRole('button')).not.toBeInTheDocument();
  });

  it('creates a type from the drawer and shows it in the grid', async () => {
    const { user } = renderList();
    const table = await screen.findByRole('table', { name: 'Relationship types' });
    await within(table).findByText('Employee of');

    await user.click(screen.getByRole('button', { name: 'New relationship type' }));
    const form = screen.getByRole('form', { name: 'New relationship type' });
    await user.type(within(form).getByRole('textbox', { name: /^Label/ }), 'Godparent of');
    await user.type(within(form).getByRole('textbox', { name: /^Inverse label/ }), 'Godchild of');
    await user.click(within(form).getByRole('button', { name: 'Create type' }));

    expect(await screen.findByText('Relationship type “Godparent of” created.')).toBeInTheDocument();
    await waitFor(() => expect(form).not.toBeInTheDocument());
    const row = rowOf(table, 'Godparent of');
    expect(within(row).getByText('Godchild of')).toBeInTheDocument();
    expect(db.relationshipTypes.find((type) => type.label === 'Godparent of')?.code).toBe('godparent-of');
    expect(within(row).getByText('Custom')).toBeInTheDocument();
  });

  it('relabels a custom type', async () => {
    db.relationshipTypes.push(createRelationshipType({ label: 'Mentor of', inverseLabel: 'Mentee of' }));
    const { user } = renderList();
    const table = await screen.findByRole('table', { name: 'Relationship types' });
    await within(table).findByText('Mentor of');

    await user.click(within(rowOf(table, 'Mentor of')).getByRole('button', { name: 'Actions for Mentor of' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Edit labels' }));
    const form = screen.getByRole('form', { name: 'Edit relationship type' });
    const inverse = within(form).getByRole('textbox', { name: /^Inverse label/ });
    await user.clear(inverse);
    await user.type(inverse, 'Protégé of');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Relationship type “Mentor of” saved.')).toBeInTheDocument();
    await within(table).findByText('Protégé of');
    expect(db.relationshipTypes.find((type) => type.code === 'mentor-of')).toMatchObject({
      inverseLabel: 'Protégé of',
      active: true,
      version: 1,
    });
  });

  it('refuses a label another type already has, on the label field', async () => {
    db.relationshipTypes.push(createRelationshipType({ label: 'Mentor of', inverseLabel: 'Mentee of' }));
    const { user } = renderList();
    const table = await screen.findByRole('table', { name: 'Relationship types' });
    await within(table).findByText('Mentor of');

    await user.click(within(rowOf(table, 'Mentor of')).getByRole('button', { name: 'Actions for Mentor of' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Edit labels' }));
    const form = screen.getByRole('form', { name: 'Edit relationship type' });
    const label = within(form).getByRole('textbox', { name: /^Label/ });
    await user.clear(label);
    await user.type(label, 'spouse OF');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(label).toHaveAccessibleDescription(/already has this label|already reads/));
    expect(db.relationshipTypes.find((type) => type.code === 'mentor-of')).toMatchObject({ label: 'Mentor of' });
  });

  it('deactivates a custom type after asking', async () => {
    db.relationshipTypes.push(createRelationshipType({ label: 'Mentor of', inverseLabel: 'Mentee of' }));
    const { user } = renderList();
    const table = await screen.findByRole('table', { name: 'Relationship types' });
    await within(table).findByText('Mentor of');

    await user.click(within(rowOf(table, 'Mentor of')).getByRole('button', { name: 'Actions for Mentor of' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Deactivate' }));
    const dialog = screen.getByRole('dialog', { name: 'Deactivate relationship type?' });
    expect(within(dialog).getByText(/no longer be offered for new relationships/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate' }));

    expect(await screen.findByText('“Mentor of” is now inactive.')).toBeInTheDocument();
    await waitFor(() => expect(within(rowOf(table, 'Mentor of')).getByText('Inactive')).toBeInTheDocument());
  });
});
