import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, onTestFinished } from 'vitest';

import type { Role } from '@/config/roles';
import { createConstituent, createSegment, createUser } from '@/testing/data-generators';
import { db } from '@/testing/mocks/db';
import { server } from '@/testing/mocks/server';
import { renderWithProviders, signInAs } from '@/testing/test-utils';
import { ConstituentsPage } from '@/features/constituents/components/constituents-page';

function renderPage(url = '/constituents', roles: Role[] = ['DEVELOPMENT_OFFICER']) {
  if (roles.includes('EVENT_COORDINATOR')) {
    db.users.push(createUser({ username: 'evan', roles }));
    signInAs('evan', roles);
  } else {
    signInAs('dora', roles);
  }
  return renderWithProviders(<ConstituentsPage />, {
    path: '/constituents',
    url,
    routes: [{ path: '/constituents/:id', element: <h1>Profile page</h1> }],
  });
}

/** The `q` of every tag suggestion request the page sent ("" for none). */
function recordTagRequests(): string[] {
  const prefixes: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/constituents/tags') prefixes.push(url.searchParams.get('q') ?? '');
  };
  server.events.on('request:start', listener);
  onTestFinished(() => server.events.removeListener('request:start', listener));
  return prefixes;
}

/** The `q` of every search the page sent. */
function recordSearches(): (string | null)[] {
  const queries: (string | null)[] = [];
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/constituents') queries.push(url.searchParams.get('q'));
  };
  server.events.on('request:start', listener);
  onTestFinished(() => server.events.removeListener('request:start', listener));
  return queries;
}

async function rowNames() {
  const table = await screen.findByRole('table', { name: 'Constituents' });
  return within(table)
    .queryAllByRole('link')
    .map((link) => link.textContent);
}

describe('ConstituentsPage', () => {
  it('lists the constituents with links to their profiles', async () => {
    renderPage();

    const table = await screen.findByRole('table', { name: 'Constituents' });
    const jane = await within(table).findByRole('link', { name: 'Doe, Jane' });
    expect(jane).toHaveAttribute('href', '/constituents/00000000-0000-4000-8000-0000000000c1');
    // jsdom matches no media query, so this is the narrow layout: contact details under the name.
    const row = jane.closest('tr')!;
    expect(row).toHaveTextContent('jane.doe@example.org');
    expect(row).toHaveTextContent('+1 555 0100');
    expect(row).toHaveTextContent('Springfield');
    expect(await rowNames()).toEqual(['Acme Foundation', 'Doe, Jane', 'Smith, John']);
    expect(screen.getByText('3 constituents')).toBeInTheDocument();
    // the search box has the focus: typing starts at once
    expect(screen.getByRole('searchbox', { name: /^Search/ })).toHaveFocus();
  });

  it('searches once the user stops typing and keeps the search in the address bar', async () => {
    const searches = recordSearches();
    const { user, router } = renderPage();
    await screen.findByRole('link', { name: 'Doe, Jane' });

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'smi');

    await waitFor(() => expect(router.state.location.search).toBe('?q=smi'));
    await waitFor(async () => expect(await rowNames()).toEqual(['Smith, John']));
    // One search for the whole word, none for "s" or "sm".
    expect(searches.filter((q) => q !== null)).toEqual(['smi']);
    expect(screen.getByText('1 constituent found')).toBeInTheDocument();
  });

  it('starts from the search in the address', async () => {
    renderPage('/constituents?q=acme&type=ORGANIZATION');

    expect(await screen.findByRole('link', { name: 'Acme Foundation' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('acme');
    expect(await rowNames()).toEqual(['Acme Foundation']);
  });

  it('says so when nothing matches and offers to clear the search', async () => {
    const { user, router } = renderPage('/constituents?q=zzz');

    expect(await screen.findByText('No constituents match this search.')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Clear search and filters' })[0]!);

    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByRole('link', { name: 'Doe, Jane' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
  });

  it('shows “1,000+” when the server stopped counting', async () => {
    server.use(
      http.get('*/api/constituents', () =>
        HttpResponse.json({ items: [], page: 0, size: 25, total: 1000, totalCapped: true }),
      ),
    );
    renderPage();

    expect(await screen.findByText(/^1,000\+ constituents/)).toBeInTheDocument();
  });

  it('runs a saved search', async () => {
    const { user, router } = renderPage();
    await screen.findByRole('link', { name: 'Smith, John' });

    await user.click(screen.getByRole('button', { name: 'Saved searches' }));
    await user.click(await screen.findByRole('menuitem', { name: /Major donors/ }));

    await waitFor(() => expect(router.state.location.search).toBe('?tag=major-donor'));
    await waitFor(async () => expect(await rowNames()).toEqual(['Doe, Jane']));
    expect(screen.getByRole('textbox', { name: 'Tag' })).toHaveValue('major-donor');
    expect(screen.getByText('1 constituent in saved search “Major donors”')).toBeInTheDocument();
  });

  it('saves the current search', async () => {
    const { user } = renderPage('/constituents?q=smi&type=INDIVIDUAL');
    await screen.findByRole('link', { name: 'Smith, John' });

    await user.click(screen.getByRole('button', { name: 'Save search' }));
    const form = await screen.findByRole('form', { name: 'Save search' });
    await user.type(within(form).getByLabelText(/^Name/), 'Smiths');
    await user.click(within(form).getByRole('button', { name: 'Save search' }));

    await waitFor(() => expect(db.segments.map((s) => s.name)).toContain('Smiths'));
    expect(db.segments.find((s) => s.name === 'Smiths')?.criteria).toMatchObject({ q: 'smi', type: 'INDIVIDUAL' });
  });

  it('marks a taken name when saving a search', async () => {
    const { user } = renderPage('/constituents?tag=x');
    await screen.findByRole('table', { name: 'Constituents' });

    await user.click(screen.getByRole('button', { name: 'Save search' }));
    const form = await screen.findByRole('form', { name: 'Save search' });
    await user.type(within(form).getByLabelText(/^Name/), 'major donors');
    await user.click(within(form).getByRole('button', { name: 'Save search' }));

    await waitFor(() =>
      expect(within(form).getByLabelText(/^Name/)).toHaveAccessibleDescription(
        'A saved search already has this name',
      ),
    );
  });

  it('suggests the tags in use for the tag filter and searches for the one picked', async () => {
    db.constituents.push(
      createConstituent({ firstName: 'Mary', lastName: 'Major', tags: ['major-donor', 'monthly-giver'] }),
      createConstituent({ firstName: 'Vic', lastName: 'Gone', tags: ['major-donor'], deleted: true }),
    );
    const tagRequests = recordTagRequests();
    const { user, router } = renderPage();
    await screen.findByRole('link', { name: 'Doe, Jane' });

    await user.click(screen.getByRole('button', { name: /More filters/ }));
    const tagInput = await screen.findByRole('textbox', { name: 'Tag' });
    await user.type(tagInput, 'm');

    // With the number of (not deleted) constituents carrying each tag, most used first.
    const major = await screen.findByRole('option', { name: 'major-donor, 2 constituents' });
    const monthly = await screen.findByRole('option', { name: 'monthly-giver, 1 constituent' });
    expect(screen.getAllByRole('option')).toEqual([major, monthly]);
    // A prefix, in any case: "grant-maker" contains "ma" but is not suggested.
    // Typed in one go: no pause between the keys, however slow the machine running the test is.
    await userEvent.setup({ delay: null }).type(tagInput, 'AJO', { skipClick: true });
    await waitFor(() => expect(screen.getAllByRole('option')).toEqual([major]));
    // Debounced: one request for what was typed in one go, none per keystroke.
    await waitFor(() => expect(tagRequests.at(-1)).toBe('mAJO'));
    expect(tagRequests).not.toContain('mA');
    expect(tagRequests).not.toContain('mAJ');

    await user.click(major);

    await waitFor(() => expect(router.state.location.search).toBe('?tag=major-donor'));
    expect(screen.getByRole('textbox', { name: 'Tag' })).toHaveValue('major-donor');
    await waitFor(async () => expect(await rowNames()).toEqual(['Doe, Jane', 'Major, Mary']));
  });

  it('does not search for a tag while it is being typed', async () => {
    const { user, router } = renderPage();
    await screen.findByRole('link', { name: 'Doe, Jane' });
    await user.click(screen.getByRole('button', { name: /More filters/ }));
    const tagInput = await screen.findByRole('textbox', { name: 'Tag' });

    await user.type(tagInput, 'maj');
    await new Promise((resolve) => setTimeout(resolve, 400)); // longer than any typing pause the page waits for

    expect(router.state.location.search).toBe('');
    expect(screen.getByRole('status')).toHaveTextContent('3 constituents');
    expect(tagInput).toHaveAccessibleDescription('Pick a tag, or press Enter to search for it');
  });

  it('shows a failed search with a way to try again, never the last search’s rows', async () => {
    const { user } = renderPage();
    await screen.findByRole('link', { name: 'Doe, Jane' });
    let fail = true;
    server.use(
      http.get('*/api/constituents', ({ request }) =>
        fail && new URL(request.url).searchParams.get('q') === 'smi'
          ? HttpResponse.json({ code: 'common.unavailable', title: 'Unavailable', status: 503 }, { status: 503 })
          : undefined,
      ),
    );

    await user.type(screen.getByRole('searchbox', { name: /^Search/ }), 'smi{Enter}');

    const alert = await screen.findByRole('alert', { name: 'The search failed' });
    expect(screen.queryByRole('link', { name: 'Doe, Jane' })).not.toBeInTheDocument();
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Smith, John' })).toBeInTheDocument();
    expect(screen.queryByRole('alert', { name: 'The search failed' })).not.toBeInTheDocument();
  });

  it('searches for a typed tag that has no suggestion', async () => {
    const { user, router } = renderPage('/constituents?tag=grant-maker');
    await screen.findByRole('link', { name: 'Acme Foundation' });

    await user.clear(screen.getByRole('textbox', { name: 'Tag' }));
    await user.type(screen.getByRole('textbox', { name: 'Tag' }), 'no-such-tag{Enter}');

    await waitFor(() => expect(router.state.location.search).toBe('?tag=no-such-tag'));
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
    expect(await screen.findByText('No constituents match this search.')).toBeInTheDocument();
  });

  it('renames a saved search', async () => {
    const { user } = renderPage();
    await screen.findByRole('link', { name: 'Doe, Jane' });

    await user.click(screen.getByRole('button', { name: 'Saved searches' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Rename or delete saved searches' }));
    await user.click(await screen.findByRole('button', { name: 'Rename saved search Major donors' }));
    const form = await screen.findByRole('form', { name: 'Rename saved search' });
    const name = within(form).getByLabelText(/^Name/);
    expect(name).toHaveValue('Major donors');
    await user.clear(name);
    await user.type(name, 'Big givers');
    await user.click(within(form).getByRole('button', { name: 'Rename' }));

    await waitFor(() => expect(db.segments.map((s) => s.name)).toEqual(['Big givers']));
    // The criteria and description stay; back to the list, which shows the new name.
    expect(db.segments[0]).toMatchObject({ description: 'Everyone tagged major-donor', criteria: { tag: 'major-donor' } });
    const list = await screen.findByRole('table', { name: 'Saved searches' });
    expect(await within(list).findByText('Big givers')).toBeInTheDocument();
    expect(screen.getByText('Saved search renamed to “Big givers”.')).toBeInTheDocument();
  });

  it('shows on the name field why a saved search could not be renamed', async () => {
    db.segments.push(createSegment({ name: 'Lapsed', criteria: { ...db.segments[0]!.criteria, tag: 'lapsed' } }));
    const { user } = renderPage();
    await screen.findByRole('link', { name: 'Doe, Jane' });

    await user.click(screen.getByRole('button', { name: 'Saved searches' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Rename or delete saved searches' }));
    await user.click(await screen.findByRole('button', { name: 'Rename saved search Major donors' }));
    const form = await screen.findByRole('form', { name: 'Rename saved search' });
    const name = within(form).getByLabelText(/^Name/);
    await user.clear(name);
    await user.type(name, 'lapsed');
    await user.click(within(form).getByRole('button', { name: 'Rename' }));

    await waitFor(() => expect(name).toHaveAccessibleDescription('A saved search already has this name'));
    expect(db.segments.map((s) => s.name)).toEqual(['Major donors', 'Lapsed']);

    await user.clear(name);
    await user.click(within(form).getByRole('button', { name: 'Rename' }));
    expect(name).toHaveAccessibleDescription('Give the search a name');
  });

  it('gives writers the buttons to add constituents and review duplicates', async () => {
    renderPage();

    expect(await screen.findByRole('link', { name: 'New constituent' })).toHaveAttribute('href', '/constituents/new');
    expect(screen.getByRole('link', { name: 'Possible duplicates' })).toHaveAttribute(
      'href',
      '/constituents/duplicates',
    );
  });

  it('shows an event coordinator the constituents but no way to change them', async () => {
    renderPage('/constituents', ['EVENT_COORDINATOR']);

    expect(await screen.findByRole('link', { name: 'Doe, Jane' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New constituent' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New constituent' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Possible duplicates' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save search' })).not.toBeInTheDocument();
    // Saved searches can still be run.
    expect(screen.getByRole('button', { name: 'Saved searches' })).toBeInTheDocument();
  });
});
