import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { renderWithProviders, signInAs } from '@/testing/test-utils';
import { server } from '@/testing/mocks/server';
import { formatDateTime } from '@/utils/format';
import { AuditLog } from '@/features/audit/components/audit-log';

const JANE = '00000000-0000-4000-8000-0000000000c1';
const GALA = '00000000-0000-4000-8000-0000000007e1';

function renderLog(url = '/audit') {
  signInAs('admin', ['ADMIN']);
  return renderWithProviders(<AuditLog />, { path: '/audit', url });
}

/** The query strings of the page's calls to GET /api/audit. */
function recordAuditCalls(): URLSearchParams[] {
  const calls: URLSearchParams[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/audit') calls.push(url.searchParams);
  });
  return calls;
}

function rowOf(table: HTMLElement, text: string): HTMLElement {
  const row = within(table)
    .getAllByRole('row')
    .find((candidate) => candidate.textContent?.includes(text));
  if (!row) throw new Error(`No row with ${text}`);
  return row;
}

const jsdomMatchMedia = window.matchMedia;

/** Pretends the window is as wide as a desktop's (`min-width` queries match) or a phone's (`max-width` ones do). */
function screenWidth(kind: 'desktop' | 'phone') {
  window.matchMedia = (query: string) =>
    ({
      matches: query.trim() === '' || query.includes(kind === 'desktop' ? 'min-width' : 'max-width'),
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

beforeEach(() => screenWidth('desktop'));

afterEach(() => {
  window.matchMedia = jsdomMatchMedia;
  server.events.removeAllListeners();
});

describe('AuditLog', () => {
  it('names each record and who changed it, linking to the page that shows the record', async () => {
    renderLog();

    const table = await screen.findByRole('table', { name: 'Audit log' });
    const registration = await within(table).findByRole('link', { name: 'Jane Doe at Spring gala' });
    // A registration is shown on its event's page.
    expect(registration).toHaveAttribute('href', `/events/${GALA}`);
    expect(within(table).getByRole('link', { name: 'Jane Doe' })).toHaveAttribute('href', `/constituents/${JANE}`);
    for (const user of within(table).getAllByRole('link', { name: 'Dora Development (dora)' })) {
      expect(user).toHaveAttribute('href', '/users');
    }

    const janeRow = within(table).getByRole('link', { name: 'Jane Doe' }).closest('tr')!;
    expect(janeRow).toHaveTextContent('Dora Development');
    expect(janeRow).toHaveTextContent('Constituent');
    expect(janeRow).toHaveTextContent('Updated');
    // The app's one date-time format.
    expect(janeRow).toHaveTextContent(formatDateTime('2026-11-24T09:30:00Z'));
    expect(rowOf(table, 'Spring gala')).toHaveTextContent('System');

    // A gift deleted since keeps its id; an actor without an account shows as their username.
    const giftRow = rowOf(table, '00000000-0000-4000-8000-0000000009ff');
    expect(giftRow).toHaveTextContent('Gift');
    expect(giftRow).toHaveTextContent('former');
    expect(within(giftRow).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText('5 entries')).toBeInTheDocument();
  });

  it('shows each entry in one column on a phone', async () => {
    screenWidth('phone');
    renderLog();

    const table = await screen.findByRole('table', { name: 'Audit log' });
    const registration = await within(table).findByRole('link', { name: 'Jane Doe at Spring gala' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Changes',
      'Entry',
    ]);
    const row = rowOf(table, 'Jane Doe at Spring gala');
    expect(row).toContainElement(registration);
    expect(row).toHaveTextContent('Updated by System');
    expect(row).toHaveTextContent(formatDateTime('2026-11-25T16:00:00Z'));
  });

  it('expands an entry to show its field changes and links to that record’s whole history', async () => {
    const { user, router } = renderLog();

    const toggle = await screen.findByRole('button', {
      name: 'Show changes: Updated User Dora Development (dora)',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);

    const changes = await screen.findByRole('table', { name: 'Changes to user Dora Development (dora)' });
    const row = within(changes).getByRole('row', { name: /roles/ });
    // The arrow cell between "from" and "to" is decorative (aria-hidden).
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'roles',
      'BOARD_MEMBER',
      'BOARD_MEMBER, EVENT_COORDINATOR',
    ]);
    expect(changes.parentElement).toHaveTextContent('Reason: Joined the events team');
    expect(screen.getByRole('button', { name: /hide changes/i })).toHaveAttribute('aria-expanded', 'true');

    await user.click(screen.getByRole('link', { name: 'Every entry for this user' }));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?entityType=user&entityId=00000000-0000-4000-8000-000000000002'),
    );
    expect(await screen.findByText('2 entries found')).toBeInTheDocument();
  });

  it('shows a value that was empty as "(none)", as the API leaves it out', async () => {
    const { user } = renderLog();

    await user.click(await screen.findByRole('button', { name: 'Show changes: Updated Constituent Jane Doe' }));

    const changes = await screen.findByRole('table', { name: 'Changes to constituent Jane Doe' });
    expect(within(within(changes).getByRole('row', { name: /notes/ })).getAllByRole('cell')[1]).toHaveTextContent(
      '(none)',
    );
  });

  it('offers the entity types in words and keeps the choice in the URL', async () => {
    const calls = recordAuditCalls();
    const { user, router } = renderLog();
    await screen.findByRole('link', { name: 'Jane Doe' });

    await user.click(screen.getByRole('textbox', { name: 'Type of record' }));
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Constituent',
      'Event',
      'Event registration',
      'Gift',
      'User',
    ]);
    await user.click(screen.getByRole('option', { name: 'Constituent' }));
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(router.state.location.search).toBe('?entityType=constituent'));
    expect(await screen.findByText('1 entry found (Constituent)')).toBeInTheDocument();
    expect(calls.at(-1)?.get('entityType')).toBe('constituent');
    expect(screen.queryByRole('link', { name: 'Jane Doe at Spring gala' })).not.toBeInTheDocument();
  });

  it('opens one constituent’s history from a link, naming them in the person filter', async () => {
    const calls = recordAuditCalls();
    const { user, router } = renderLog(`/audit?entityType=constituent&entityId=${JANE}`);

    expect(await screen.findByText('1 entry found')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('History of constituent Jane Doe');
    expect(calls.at(-1)?.get('entityId')).toBe(JANE);
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Person' })).toHaveValue('Jane Doe — jane.doe@example.org, Springfield'),
    );
    expect(screen.getByRole('textbox', { name: 'Type of record' })).toHaveValue('Constituent');

    await user.click(screen.getByRole('button', { name: 'Show all entries' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByText('5 entries')).toBeInTheDocument();
  });

  it('finds a person with the picker', async () => {
    const { user, router } = renderLog();
    await screen.findByRole('link', { name: 'Jane Doe' });

    await user.type(screen.getByRole('textbox', { name: 'Person' }), 'Jane');
    await user.click(await screen.findByRole('option', { name: /Jane Doe/ }));
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(router.state.location.search).toBe(`?entityType=constituent&entityId=${JANE}`));
    expect(await screen.findByText('1 entry found')).toBeInTheDocument();
  });

  it('filters by the user who made the change and by days, both included', async () => {
    const calls = recordAuditCalls();
    const { user, router } = renderLog();
    await screen.findByRole('link', { name: 'Jane Doe' });

    await user.click(screen.getByRole('textbox', { name: 'Changed by' }));
    await user.click(await screen.findByRole('option', { name: 'Dora Development (dora)' }));
    await user.type(screen.getByLabelText('From'), '2026-11-24');
    await user.type(screen.getByLabelText('To'), '2026-11-24');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(router.state.location.search).toBe('?actor=dora&from=2026-11-24&to=2026-11-24'));
    const table = screen.getByRole('table', { name: 'Audit log' });
    await waitFor(() => expect(within(table).queryByText('Spring gala', { exact: false })).not.toBeInTheDocument());
    expect(within(table).getByRole('link', { name: 'Jane Doe' })).toBeInTheDocument();
    const last = calls.at(-1);
    expect(last?.get('actor')).toBe('dora');
    expect(last?.get('from')).toBe('2026-11-24');
    expect(last?.get('to')).toBe('2026-11-24');
    // Days are the reader's: the page says which time zone it reads them in.
    expect(last?.get('zone')).toBeTruthy();
    expect(screen.getByText(/^1 entry found \(by Dora Development, from .+ to .+\)$/)).toBeInTheDocument();
  });

  it('refuses an end before the start without asking the server', async () => {
    const calls = recordAuditCalls();
    const { user, router } = renderLog();
    await screen.findByRole('link', { name: 'Jane Doe' });
    const before = calls.length;

    await user.type(screen.getByLabelText('From'), '2026-11-24');
    await user.type(screen.getByLabelText('To'), '2026-11-23');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    expect(await screen.findByText('Must not be before the start')).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
    expect(calls).toHaveLength(before);
  });

  it('says why the server refuses a filter (an old link with a misspelt type) rather than showing no entries', async () => {
    renderLog('/audit?entityType=constituents');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('These filters cannot be used');
    expect(alert).toHaveTextContent('Type of record: is not a type the audit log records');
    expect(screen.queryByText('No entries')).not.toBeInTheDocument();
  });

  it('shows the actor’s username when the server sends no name', async () => {
    server.use(
      http.get('*/api/audit/actors', () => HttpResponse.json([{ username: 'ghost', displayName: 'ghost' }])),
    );
    const { user } = renderLog();
    await screen.findByRole('link', { name: 'Jane Doe' });

    await user.click(screen.getByRole('textbox', { name: 'Changed by' }));
    expect(await screen.findByRole('option', { name: 'ghost' })).toBeInTheDocument();
  });
});
