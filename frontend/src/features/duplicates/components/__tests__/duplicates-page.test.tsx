import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';

import { createConstituent, createInteraction } from '@/testing/data-generators';
import { db } from '@/testing/mocks/db';
import { server } from '@/testing/mocks/server';
import { renderWithProviders, signInAs } from '@/testing/test-utils';
import type { Role } from '@/config/roles';
import { DuplicatesPage } from '@/features/duplicates/components/duplicates-page';

const JANE = '00000000-0000-4000-8000-0000000000c1';
const JANET = '00000000-0000-4000-8000-0000000000d1';

function addDuplicateOfJane() {
  db.constituents.push(
    createConstituent({
      id: JANET,
      firstName: 'Janet',
      lastName: 'Doe',
      emails: [
        { id: 'e9', address: 'JANE.DOE@example.org', type: 'HOME', primary: true },
        { id: 'e10', address: 'janet@work.example', type: 'WORK', primary: false },
      ],
      tags: ['volunteer'],
    }),
  );
  db.interactions.push(createInteraction({ constituentId: JANET, subject: 'Signed up at the fair' }));
}

function renderPage(url = '/constituents/duplicates', roles: Role[] = ['DEVELOPMENT_OFFICER']) {
  signInAs(roles.includes('ADMIN') ? 'admin' : 'dora', roles);
  return renderWithProviders(<DuplicatesPage />, {
    path: '/constituents/duplicates',
    url,
    routes: [{ path: '/constituents/:id', element: <h1>Profile stand-in</h1> }],
  });
}

describe('DuplicatesPage', () => {
  afterEach(() => server.events.removeAllListeners());

  it('lists the pairs with the rule that matched them', async () => {
    addDuplicateOfJane();
    renderPage();

    const table = await screen.findByRole('table', { name: 'Possible duplicates' });
    const row = await within(table).findByRole('row', { name: /Janet Doe/ });
    expect(within(row).getByRole('link', { name: 'Jane Doe' })).toHaveAttribute('href', `/constituents/${JANE}`);
    expect(within(row).getByText('Same email')).toBeInTheDocument();
    expect(screen.getByText('1 possible duplicate pair')).toBeInTheDocument();
  });

  it('takes a pair that is two different people off the list for good, with the reason given', async () => {
    addDuplicateOfJane();
    let sent: unknown;
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && request.url.includes('/not-duplicates')) {
        void request
          .clone()
          .json()
          .then((body: unknown) => {
            sent = body;
          });
      }
    });
    const { user } = renderPage();

    const table = await screen.findByRole('table', { name: 'Possible duplicates' });
    const row = await within(table).findByRole('row', { name: /Janet Doe/ });
    await user.click(within(row).getByRole('button', { name: 'Not a duplicate: Jane Doe and Janet Doe' }));
    const dialog = await screen.findByRole('dialog', { name: 'Not a duplicate?' });
    await user.type(within(dialog).getByRole('textbox', { name: /Why/ }), 'Sisters sharing an address');
    await user.click(within(dialog).getByRole('button', { name: 'Not a duplicate' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Not a duplicate?' })).not.toBeInTheDocument());
    expect(await screen.findByText(/no longer listed as possible duplicates/)).toBeInTheDocument();
    expect(sent).toEqual({ otherId: JANET, reason: 'Sisters sharing an address' });
    await waitFor(() => expect(within(table).queryByRole('row', { name: /Janet Doe/ })).not.toBeInTheDocument());
    expect(screen.getByText('No possible duplicates found')).toBeInTheDocument();
  });

  it('narrows the list to the pairs whose sort name starts with what is typed', async () => {
    addDuplicateOfJane();
    const { user } = renderPage();

    const table = await screen.findByRole('table', { name: 'Possible duplicates' });
    await within(table).findByRole('row', { name: /Janet Doe/ });

    await user.type(screen.getByRole('textbox', { name: /Name starts with/ }), 'Smi');
    expect(await screen.findByText('No possible duplicates with a name starting “Smi”')).toBeInTheDocument();

    await user.clear(screen.getByRole('textbox', { name: /Name starts with/ }));
    await user.type(screen.getByRole('textbox', { name: /Name starts with/ }), 'doe, jan');
    expect(await within(table).findByRole('row', { name: /Janet Doe/ })).toBeInTheDocument();
  });

  it('previews a merge and merges into the chosen survivor', async () => {
    addDuplicateOfJane();
    let mergeBody: unknown = null;
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && request.url.includes('/merge')) {
        void request
          .clone()
          .json()
          .then((body: unknown) => {
            mergeBody = body;
          });
      }
    });
    const { user, router } = renderPage();

    await user.click(await screen.findByRole('button', { name: 'Review Jane Doe and Janet Doe' }));
    const dialog = await screen.findByRole('dialog', { name: 'Review possible duplicate' });
    expect(await within(dialog).findByText(/Emails moving to Jane Doe: janet@work.example/)).toBeInTheDocument();
    expect(within(dialog).getByText(/Tags moving to Jane Doe: volunteer/)).toBeInTheDocument();
    expect(within(dialog).getByText(/Records moving: 1 interaction\b/)).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: 'Keep Jane Doe (first record)' })).toBeChecked();

    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Same person, new email');
    await user.click(within(dialog).getByRole('button', { name: 'Merge Janet Doe into Jane Doe' }));

    expect(await screen.findByRole('heading', { name: 'Profile stand-in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/constituents/${JANE}`);
    expect(screen.getByText('Janet Doe was merged into Jane Doe.')).toBeInTheDocument();
    expect(mergeBody).toEqual({ duplicateId: JANET, version: 3, reason: 'Same person, new email', fromDuplicate: [] });
    expect(db.constituents.find((c) => c.id === JANET)).toMatchObject({ deleted: true, mergedInto: JANE });
    expect(db.interactions.find((i) => i.subject === 'Signed up at the fair')?.constituentId).toBe(JANE);
  });

  it('keeps, field by field, the value chosen where the records differ', async () => {
    addDuplicateOfJane();
    const { user } = renderPage(`/constituents/duplicates?survivor=${JANE}&duplicate=${JANET}`);

    const dialog = await screen.findByRole('dialog', { name: 'Review possible duplicate' });
    const firstName = await within(dialog).findByRole('radiogroup', { name: 'First name' });
    expect(within(firstName).getByRole('radio', { name: 'First name: Jane (from Jane Doe)' })).toBeChecked();
    await user.click(within(firstName).getByRole('radio', { name: 'First name: Janet (from Janet Doe)' }));
    await user.click(within(dialog).getByRole('button', { name: 'Merge Janet Doe into Jane Doe' }));

    await screen.findByRole('heading', { name: 'Profile stand-in' });
    expect(db.constituents.find((c) => c.id === JANE)).toMatchObject({ firstName: 'Janet' });
  });

  it('keeps the other record when chosen', async () => {
    addDuplicateOfJane();
    const { user, router } = renderPage(`/constituents/duplicates?survivor=${JANE}&duplicate=${JANET}`);

    const dialog = await screen.findByRole('dialog', { name: 'Review possible duplicate' });
    await user.click(await within(dialog).findByRole('radio', { name: 'Keep Janet Doe (second record)' }));
    const merge = await within(dialog).findByRole('button', { name: 'Merge Jane Doe into Janet Doe' });
    await waitFor(() => expect(merge).toBeEnabled());
    await user.click(merge);

    await waitFor(() => expect(router.state.location.pathname).toBe(`/constituents/${JANET}`));
    expect(db.constituents.find((c) => c.id === JANE)).toMatchObject({ deleted: true, mergedInto: JANET });
  });

  it('shows why a merge was refused', async () => {
    addDuplicateOfJane();
    server.use(
      http.post('*/api/constituents/:id/merge', () =>
        HttpResponse.json(
          {
            title: 'Already merged',
            status: 409,
            code: 'constituents.already-merged',
            detail: 'Constituent was already merged.',
          },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = renderPage(`/constituents/duplicates?survivor=${JANE}&duplicate=${JANET}`);

    const dialog = await screen.findByRole('dialog', { name: 'Review possible duplicate' });
    const merge = await within(dialog).findByRole('button', { name: 'Merge Janet Doe into Jane Doe' });
    await waitFor(() => expect(merge).toBeEnabled());
    await user.click(merge);

    expect(await within(dialog).findByText('Constituent was already merged.')).toBeInTheDocument();
  });

  it('tells event coordinators who reviews duplicates', async () => {
    renderPage('/constituents/duplicates', ['EVENT_COORDINATOR']);

    expect(await screen.findByText(/Only administrators and development officers/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
