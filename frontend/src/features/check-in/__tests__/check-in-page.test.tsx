import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { CheckInPage } from '@/features/check-in/components/check-in-page';
import { decodeQr, prepareDecoder } from '@/features/check-in/utils/qr-decoder';
import { createDoorBackend, createRosterEntry, DOOR_EVENT_ID } from '@/features/check-in/__tests__/door-backend';
import { server } from '@/testing/mocks/server';
import { renderWithProviders, signInAs } from '@/testing/test-utils';

// The camera and the WebAssembly decoder are not tested here: the decoder's answer is fed in directly.
vi.mock('@/features/check-in/utils/qr-decoder', () => ({ decodeQr: vi.fn(), prepareDecoder: vi.fn() }));

const ADA = createRosterEntry({
  registrationId: 'reg-ada',
  name: 'Ada Lovelace',
  partySize: 3,
  guestNames: ['Bob Byron'],
  unnamedGuests: 1,
  checkInCode: 'code-ada-0123456789abcd',
});
const ZOE = createRosterEntry({ registrationId: 'reg-zoe', name: 'Zoë Müller', checkInCode: 'code-zoe-0123456789abcd' });
const GRACE = createRosterEntry({
  registrationId: 'reg-grace',
  name: 'Grace Hopper',
  status: 'ATTENDED',
  guestsCheckedIn: 0,
  checkedInAt: '2026-12-24T17:58:00Z',
});

let online = true;

function setOnline(value: boolean) {
  online = value;
  act(() => {
    window.dispatchEvent(new Event(value ? 'online' : 'offline'));
  });
}

function renderDoor(roster = [ADA, GRACE, ZOE]) {
  const backend = createDoorBackend(roster);
  server.use(...backend.handlers);
  signInAs('carla', ['EVENT_COORDINATOR']);
  const utils = renderWithProviders(<CheckInPage />, {
    path: '/events/:id/check-in',
    url: `/events/${DOOR_EVENT_ID}/check-in`,
  });
  return { ...utils, backend };
}

async function openParty(user: ReturnType<typeof renderDoor>['user'], name: RegExp) {
  await user.click(await screen.findByRole('button', { name }));
  return screen.findByRole('dialog');
}

const counts = () => screen.getByTestId('check-in-counts');
const stored = (what: 'queue' | 'refused') => JSON.parse(localStorage.getItem(`steward.check-in.${DOOR_EVENT_ID}.${what}`) ?? '[]') as unknown[];

beforeEach(() => {
  online = true;
  vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
  vi.mocked(prepareDecoder).mockResolvedValue(undefined);
});

afterEach(() => {
  vi.mocked(decodeQr).mockReset();
});

describe('CheckInPage', () => {
  it('shows the counts and narrows the roster as one types, by registrant or named guest, ignoring accents', async () => {
    const { user } = renderDoor();
    await screen.findByRole('heading', { level: 1, name: 'Check-in: Winter gala' });
    expect(counts()).toHaveTextContent('Checked in 1 of 5 people, 1 of 3 parties');
    const list = screen.getByRole('list', { name: 'Parties' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);

    const search = screen.getByRole('textbox', { name: 'Search by name' });
    await user.type(search, 'zoe mul');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(within(list).getByText('Zoë Müller')).toBeInTheDocument();

    await user.clear(search);
    await user.type(search, 'byron');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(within(list).getByText('Ada Lovelace')).toBeInTheDocument();

    await user.clear(search);
    await user.type(search, 'nobody');
    await waitFor(() => expect(within(list).queryAllByRole('listitem')).toHaveLength(0));
    expect(screen.getByText('0 parties found')).toBeInTheDocument();
  });

  it('checks a party in with the guests who came, each tap with its own key, and undoes it', async () => {
    const { user, backend } = renderDoor();
    const dialog = await openParty(user, /Ada Lovelace/);
    expect(within(dialog).getByText('Guests who came (2 of 2)')).toBeInTheDocument();
    // Bob did not come; the unnamed guest did.
    await user.click(within(dialog).getByRole('checkbox', { name: 'Bob Byron' }));
    expect(within(dialog).getByText('Guests who came (1 of 2)')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Check in (2 people)' }));

    await waitFor(() => expect(backend.state.requests).toHaveLength(1));
    const [checkIn] = backend.state.requests;
    expect(checkIn).toMatchObject({ kind: 'check-in', registrationId: 'reg-ada', body: { guestsCheckedIn: 1 } });
    expect(checkIn!.key).toMatch(/^[0-9a-f-]{36}$/);
    // Sent at once: the server's clock dates it (a phone's clock may run ahead).
    expect(checkIn!.body!.checkedInAt).toBeNull();
    await waitFor(() => expect(counts()).toHaveTextContent('Checked in 3 of 5 people, 2 of 3 parties'));
    expect(screen.getByRole('status')).toHaveTextContent('Ada Lovelace checked in');

    const again = await openParty(user, /Ada Lovelace/);
    expect(within(again).getByText(/^Checked in/)).toBeInTheDocument();
    await user.click(within(again).getByRole('button', { name: 'Undo check-in' }));
    await waitFor(() => expect(backend.state.requests).toHaveLength(2));
    expect(backend.state.requests[1]).toMatchObject({ kind: 'undo', registrationId: 'reg-ada' });
    expect(backend.state.requests[1]!.key).not.toBe(checkIn!.key);
    await waitFor(() => expect(counts()).toHaveTextContent('Checked in 1 of 5 people, 1 of 3 parties'));
    expect(stored('queue')).toEqual([]);
  });

  it('queues a check-in while offline, keeps it through a reload, and sends it once with the same key when back online', async () => {
    const first = renderDoor();
    await first.user.click(await screen.findByRole('button', { name: /Zoë Müller/ }));
    setOnline(false);
    await first.user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Check in' }));

    // Shown at once, queued, nothing sent.
    expect(await screen.findByTestId('queue-banner')).toHaveTextContent('Offline: 1 check-in waiting to be sent');
    expect(counts()).toHaveTextContent('Checked in 2 of 5 people, 2 of 3 parties');
    expect(within(screen.getByRole('list', { name: 'Parties' })).getByText('Queued')).toBeInTheDocument();
    expect(first.backend.state.requests).toHaveLength(0);
    const [queued] = stored('queue') as { key: string }[];
    expect(queued!.key).toMatch(/^[0-9a-f-]{36}$/);

    // A reload: the page comes back with the queue (and the roster kept in the browser).
    first.unmount();
    const second = renderDoor();
    expect(await screen.findByTestId('queue-banner')).toHaveTextContent('Offline: 1 check-in waiting to be sent');
    expect(counts()).toHaveTextContent('Checked in 2 of 5 people, 2 of 3 parties');

    // Back online: sent once, with the key stored at the tap.
    setOnline(true);
    await waitFor(() => expect(screen.queryByTestId('queue-banner')).not.toBeInTheDocument());
    expect(second.backend.state.requests).toHaveLength(1);
    expect(second.backend.state.requests[0]).toMatchObject({ kind: 'check-in', registrationId: 'reg-zoe', key: queued!.key });
    expect(stored('queue')).toEqual([]);
    await waitFor(() => expect(counts()).toHaveTextContent('Checked in 2 of 5 people, 2 of 3 parties'));
  });

  it('replays a request whose answer was lost with the same key, so the server counts it once', async () => {
    const { user, backend } = renderDoor();
    backend.state.failNext.push('network');
    const dialog = await openParty(user, /Zoë Müller/);
    await user.click(within(dialog).getByRole('button', { name: 'Check in' }));
    expect(await screen.findByTestId('queue-banner')).toHaveTextContent('Offline: 1 check-in waiting to be sent');

    setOnline(true); // the browser's "online" event sends the queue again
    await waitFor(() => expect(screen.queryByTestId('queue-banner')).not.toBeInTheDocument());
    expect(backend.state.requests).toHaveLength(2);
    expect(backend.state.requests[1]!.key).toBe(backend.state.requests[0]!.key);
    expect(backend.state.applied).toBe(1);
  });

  it('shows a 409 of a queued check-in in plain words and does not retry it', async () => {
    const { user, backend } = renderDoor();
    backend.state.failNext.push({ status: 409, code: 'events.not-checkable', title: 'Not checkable' });
    const dialog = await openParty(user, /Zoë Müller/);
    await user.click(within(dialog).getByRole('button', { name: 'Check in' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Check-in of Zoë Müller was refused: the registration is waitlisted, offered or cancelled.');
    expect(screen.queryByTestId('queue-banner')).not.toBeInTheDocument();
    expect(stored('queue')).toEqual([]);
    setOnline(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(backend.state.requests).toHaveLength(1);
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(stored('refused')).toEqual([]);
  });

  it('looks a scanned code up in the roster: a known one opens its party, an unknown one says so', async () => {
    const { user, container } = renderDoor();
    await screen.findByRole('heading', { level: 1, name: 'Check-in: Winter gala' });
    const input = container.ownerDocument.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(input).toHaveAttribute('accept', 'image/*');
    expect(input).toHaveAttribute('capture', 'environment');
    const photo = new File([new Uint8Array([137, 80, 78, 71])], 'code.png', { type: 'image/png' });

    vi.mocked(decodeQr).mockResolvedValueOnce('code-zoe-0123456789abcd');
    await user.upload(input, photo);
    const dialog = await screen.findByRole('dialog', { name: 'Zoë Müller' });
    expect(vi.mocked(decodeQr)).toHaveBeenCalledWith(photo);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));

    vi.mocked(decodeQr).mockResolvedValueOnce('a-code-of-a-cancelled-registration');
    await user.upload(input, photo);
    const unknown = await screen.findByRole('alert');
    expect(unknown).toHaveTextContent('Code not on the list');
    expect(unknown).toHaveTextContent(/may be cancelled or on the waitlist/);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    vi.mocked(decodeQr).mockResolvedValueOnce(null);
    await user.upload(input, photo);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('No QR code found'));
  });
});
