import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';

import { db } from '@/testing/mocks/db';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderWithProviders, signInAs } from '@/testing/test-utils';
import { ConstituentCreatePage } from '@/features/constituents/components/constituent-create-page';

function renderPage(url = '/constituents/new') {
  signInAs('dora', ['DEVELOPMENT_OFFICER']);
  return renderWithProviders(<ConstituentCreatePage />, {
    path: '/constituents/new',
    url,
    routes: [{ path: '/constituents/:id', element: <h1>Profile page</h1> }],
  });
}

describe('ConstituentCreatePage', () => {
  it('creates an individual with an email and opens the profile', async () => {
    const { user, router } = renderPage();
    const form = screen.getByRole('form', { name: 'New constituent' });

    await user.type(within(form).getByLabelText(/^First name/), 'Grace');
    await user.type(within(form).getByLabelText(/^Last name/), 'Hopper');
    await user.click(within(form).getByRole('button', { name: 'Add email' }));
    await user.type(within(form).getByLabelText('Email 1 address'), 'grace@example.org');
    expect(within(form).getByRole('radio', { name: 'Email 1 is primary' })).toBeChecked();
    await user.type(within(form).getByRole('textbox', { name: 'Tags' }), 'volunteer,');
    await user.click(within(form).getByRole('button', { name: 'Create constituent' }));

    expect(await screen.findByRole('heading', { name: 'Profile page' })).toBeInTheDocument();
    const created = db.constituents.find((c) => c.lastName === 'Hopper');
    expect(created).toMatchObject({
      type: 'INDIVIDUAL',
      firstName: 'Grace',
      emails: [{ address: 'grace@example.org', type: 'HOME', primary: true }],
      tags: ['volunteer'],
    });
    expect(router.state.location.pathname).toBe(`/constituents/${created!.id}`);
    expect(await screen.findByText('Grace Hopper was added.')).toBeInTheDocument();
  });

  it('shows a likely existing record before saving, and saves only when asked to anyway', async () => {
    const { user } = renderPage();
    const form = screen.getByRole('form', { name: 'New constituent' });
    const before = db.constituents.length;

    await user.type(within(form).getByLabelText(/^First name/), 'Janie');
    await user.type(within(form).getByLabelText(/^Last name/), 'Doe');
    await user.click(within(form).getByRole('button', { name: 'Add email' }));
    await user.type(within(form).getByLabelText('Email 1 address'), 'JANE.DOE@example.org');
    await user.click(within(form).getByRole('button', { name: 'Create constituent' }));

    const alert = await screen.findByRole('alert', { name: 'This may be someone already here' });
    expect(within(alert).getByRole('link', { name: 'Open Jane Doe' })).toHaveAttribute(
      'href',
      '/constituents/00000000-0000-4000-8000-0000000000c1',
    );
    expect(within(alert).getByText('same email')).toBeInTheDocument();
    expect(db.constituents).toHaveLength(before);

    await user.click(within(alert).getByRole('button', { name: 'Save anyway' }));
    expect(await screen.findByRole('heading', { name: 'Profile page' })).toBeInTheDocument();
    expect(db.constituents).toHaveLength(before + 1);
  });

  it('suggests the tags in use and still takes a new tag', async () => {
    const { user } = renderPage();
    const form = screen.getByRole('form', { name: 'New constituent' });

    await user.type(within(form).getByLabelText(/^Last name/), 'Lovelace');
    const tags = within(form).getByRole('textbox', { name: 'Tags' });
    await user.type(tags, 'GRA');
    const suggestion = await screen.findByRole('option', { name: 'grant-maker, 1 constituent' });
    expect(screen.queryByRole('option', { name: /major-donor/ })).not.toBeInTheDocument();
    await user.click(suggestion);
    await user.type(tags, 'brand-new-tag{Enter}');
    await user.click(within(form).getByRole('button', { name: 'Create constituent' }));

    expect(await screen.findByRole('heading', { name: 'Profile page' })).toBeInTheDocument();
    expect(db.constituents.find((c) => c.lastName === 'Lovelace')?.tags).toEqual(['grant-maker', 'brand-new-tag']);
  });

  it('checks the obvious rules before calling the server', async () => {
    const { user } = renderPage();
    const form = screen.getByRole('form', { name: 'New constituent' });

    await user.click(within(form).getByRole('button', { name: 'Add email' }));
    await user.type(within(form).getByLabelText('Email 1 address'), 'not-an-email');
    await user.click(within(form).getByRole('button', { name: 'Create constituent' }));

    expect(within(form).getByLabelText(/^Last name/)).toHaveAccessibleDescription(
      'Enter a last name (or at least a first name)',
    );
    expect(within(form).getByLabelText('Email 1 address')).toHaveAccessibleDescription(
      'Enter a valid email address',
    );
    expect(db.constituents).toHaveLength(3);
  });

  it('shows only the name of an organization', async () => {
    const { user } = renderPage();
    const form = screen.getByRole('form', { name: 'New constituent' });

    await user.click(within(form).getByRole('radio', { name: 'Organization' }));

    expect(within(form).queryByLabelText(/^First name/)).not.toBeInTheDocument();
    await user.type(within(form).getByLabelText(/^Organization name/), 'Hopper Trust');
    await user.click(within(form).getByRole('button', { name: 'Create constituent' }));

    expect(await screen.findByRole('heading', { name: 'Profile page' })).toBeInTheDocument();
    expect(db.constituents.find((c) => c.name === 'Hopper Trust')).toMatchObject({
      type: 'ORGANIZATION',
      firstName: null,
      lastName: null,
    });
  });

  it('puts the server’s violations on their fields, rows included', async () => {
    server.use(
      http.post('*/api/constituents', () =>
        problem(400, 'validation.failed', 'Some fields are not valid', {
          violations: [
            { field: 'emails[1].address', message: 'must be a well-formed email address' },
            { field: 'phones[0].number', message: 'needs at least 3 digits' },
            { field: 'birthDate', message: 'cannot be in the future' },
            { field: 'emails', message: 'only one can be primary' },
            { field: 'somethingNew', message: 'is not right' },
          ],
        }),
      ),
    );
    const { user } = renderPage();
    const form = screen.getByRole('form', { name: 'New constituent' });

    await user.type(within(form).getByLabelText(/^Last name/), 'Hopper');
    await user.click(within(form).getByRole('button', { name: 'Add email' }));
    await user.type(within(form).getByLabelText('Email 1 address'), 'grace@example.org');
    await user.click(within(form).getByRole('button', { name: 'Add email' }));
    await user.type(within(form).getByLabelText('Email 2 address'), 'grace@navy.example');
    await user.click(within(form).getByRole('button', { name: 'Add phone' }));
    await user.type(within(form).getByLabelText('Phone 1 number'), '555 1234');
    await user.click(within(form).getByRole('button', { name: 'Create constituent' }));

    const second = within(form).getByLabelText('Email 2 address');
    await waitFor(() => expect(second).toHaveAccessibleDescription('must be a well-formed email address'));
    expect(second).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByLabelText('Email 1 address')).not.toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByLabelText('Phone 1 number')).toHaveAccessibleDescription('needs at least 3 digits');
    expect(within(form).getByLabelText('Birth date')).toHaveAccessibleDescription('cannot be in the future');
    expect(within(form).getByText('only one can be primary')).toBeInTheDocument();
    // A violation the form has no field for is still shown.
    const general = screen.getByRole('alert', { name: 'Please check the form' });
    expect(general).toHaveTextContent('somethingNew: is not right');
    expect(screen.queryByRole('heading', { name: 'Profile page' })).not.toBeInTheDocument();
  });

  it('chooses the country of an address from the list by its name', async () => {
    const { user } = renderPage();
    const form = screen.getByRole('form', { name: 'New constituent' });

    await user.type(within(form).getByLabelText(/^Last name/), 'Kiwi');
    await user.click(within(form).getByRole('button', { name: 'Add address' }));
    await user.type(within(form).getByLabelText('Address 1 city'), 'Wellington');
    await user.type(within(form).getByRole('textbox', { name: 'Address 1 country' }), 'new z');
    await user.click(await screen.findByRole('option', { name: 'New Zealand' }));
    expect(within(form).getByRole('textbox', { name: 'Address 1 country' })).toHaveValue('New Zealand');
    await user.click(within(form).getByRole('button', { name: 'Create constituent' }));

    await screen.findByRole('heading', { name: 'Profile page' });
    const created = db.constituents.find((c) => c.lastName === 'Kiwi');
    expect(created?.addresses).toMatchObject([{ city: 'Wellington', country: 'NZ' }]);
  });
});
