import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { db } from '@/testing/mocks/db';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderWithProviders, signInAs } from '@/testing/test-utils';
import { CreateRelationshipTypeForm } from '@/features/relationship-types/components/create-relationship-type-form';

function renderForm() {
  signInAs('admin', ['ADMIN']);
  const onCreated = vi.fn();
  const result = renderWithProviders(<CreateRelationshipTypeForm onCreated={onCreated} onCancel={() => {}} />);
  return { ...result, onCreated };
}

const label = () => screen.getByRole('textbox', { name: /^Label/ });
const inverseLabel = () => screen.getByRole('textbox', { name: /^Inverse label/ });

describe('CreateRelationshipTypeForm', () => {
  it('creates a type and previews its code', async () => {
    const { user, onCreated } = renderForm();

    await user.type(label(), 'Godparent of');
    expect(label()).toHaveAccessibleDescription(expect.stringContaining('Code: godparent-of'));
    await user.type(inverseLabel(), 'Godchild of');
    await user.click(screen.getByRole('button', { name: 'Create type' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(onCreated.mock.calls[0]?.[0]).toMatchObject({
      code: 'godparent-of',
      label: 'Godparent of',
      inverseLabel: 'Godchild of',
      symmetric: false,
      builtIn: false,
      active: true,
    });
    expect(db.relationshipTypes.map((type) => type.code)).toContain('godparent-of');
  });

  it('sends a symmetric type without an inverse label', async () => {
    let sent: unknown = null;
    server.use(
      http.post('*/api/relationship-types', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(
          { code: 'neighbour-of', label: 'Neighbour of', inverseLabel: 'Neighbour of', symmetric: true, builtIn: false, active: true, version: 0 },
          { status: 201 },
        );
      }),
    );
    const { user, onCreated } = renderForm();

    await user.type(label(), 'Neighbour of');
    await user.click(screen.getByRole('checkbox', { name: /reads the same both ways/i }));
    expect(screen.queryByRole('textbox', { name: /^Inverse label/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create type' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(sent).toEqual({ label: 'Neighbour of', inverseLabel: null, symmetric: true });
  });

  it('checks the fields before calling the server', async () => {
    const { user, onCreated } = renderForm();

    await user.click(screen.getByRole('button', { name: 'Create type' }));

    expect(label()).toHaveAttribute('aria-invalid', 'true');
    expect(label()).toHaveAccessibleDescription(expect.stringContaining('Enter a label'));
    expect(inverseLabel()).toHaveAccessibleDescription(expect.stringContaining('Enter how the other side reads'));

    await user.type(label(), 'x'.repeat(101));
    await user.click(screen.getByRole('button', { name: 'Create type' }));
    expect(label()).toHaveAccessibleDescription(expect.stringContaining('Use at most 100 characters'));
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('puts the server violations on their fields', async () => {
    server.use(
      http.post('*/api/relationship-types', () =>
        problem(400, 'validation.failed', 'Validation failed', {
          violations: [
            { field: 'create.request.label', message: 'size must be between 0 and 100' },
            { field: 'create.request.inverseLabel', message: 'must not contain control characters' },
            { field: 'somethingElse', message: 'is not right' },
          ],
        }),
      ),
    );
    const { user, onCreated } = renderForm();

    await user.type(label(), 'Godparent of');
    await user.type(inverseLabel(), 'Godchild of');
    await user.click(screen.getByRole('button', { name: 'Create type' }));

    await waitFor(() =>
      expect(label()).toHaveAccessibleDescription(expect.stringContaining('size must be between 0 and 100')),
    );
    expect(label()).toHaveAttribute('aria-invalid', 'true');
    expect(inverseLabel()).toHaveAccessibleDescription(
      expect.stringContaining('must not contain control characters'),
    );
    const formAlert = screen.getByRole('alert', { name: 'Please check the form' });
    expect(within(formAlert).getByText('is not right')).toBeInTheDocument();
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('marks the label when a type with its code exists', async () => {
    const { user, onCreated } = renderForm();

    await user.type(label(), 'Spouse of');
    await user.type(inverseLabel(), 'Spouse of');
    await user.click(screen.getByRole('button', { name: 'Create type' }));

    await waitFor(() =>
      expect(label()).toHaveAccessibleDescription(
        expect.stringContaining('A type with the code “spouse-of” already exists'),
      ),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('shows other failures above the form', async () => {
    server.use(
      http.post('*/api/relationship-types', () =>
        problem(403, 'auth.forbidden', 'Not allowed', { detail: 'Only administrators manage relationship types.' }),
      ),
    );
    const { user } = renderForm();

    await user.type(label(), 'Godparent of');
    await user.type(inverseLabel(), 'Godchild of');
    await user.click(screen.getByRole('button', { name: 'Create type' }));

    const alert = await screen.findByRole('alert', { name: 'Not allowed' });
    expect(alert).toHaveTextContent('Only administrators manage relationship types.');
  });
});
