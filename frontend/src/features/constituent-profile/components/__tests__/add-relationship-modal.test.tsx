import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { createRelationshipType } from '@/testing/data-generators';
import { db } from '@/testing/mocks/db';
import { renderWithProviders, signInAs } from '@/testing/test-utils';
import { ConstituentProfilePage } from '@/features/constituent-profile/components/constituent-profile-page';

const JANE = '00000000-0000-4000-8000-0000000000c1';

function renderProfile() {
  signInAs('admin', ['ADMIN']);
  return renderWithProviders(<ConstituentProfilePage />, {
    path: '/constituents/:id',
    url: `/constituents/${JANE}`,
  });
}

describe('AddRelationshipModal', () => {
  it('offers the active types both ways, custom ones included, and no inactive type', async () => {
    db.relationshipTypes.push(
      createRelationshipType({ label: 'Godparent of', inverseLabel: 'Godchild of' }),
      createRelationshipType({ label: 'Neighbour of', inverseLabel: 'Neighbour of', symmetric: true }),
      createRelationshipType({ label: 'Mentor of', inverseLabel: 'Mentee of', active: false }),
    );
    const { user } = renderProfile();

    await user.click(await screen.findByRole('tab', { name: /Relationships/ }));
    await user.click(screen.getByRole('button', { name: 'Add relationship' }));
    const form = screen.getByRole('form', { name: 'Add relationship' });
    await user.click(within(form).getByRole('textbox', { name: /^Jane Doe is…/ }));

    await waitFor(() => expect(screen.getByRole('option', { name: 'Godparent of' })).toBeInTheDocument());
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Board member of',
      'Employee of',
      'Employer of',
      'Godchild of',
      'Godparent of',
      'Has board member',
      'Neighbour of',
      'Spouse of',
    ]);
  });
});
