import { http, HttpResponse } from 'msw';

import type { CheckInData, RosterEntry } from '@/features/check-in/types/check-in';
import { problem } from '@/testing/mocks/mock-session';

/** One request the mocked check-in API received. */
export type DoorRequest = {
  kind: 'check-in' | 'undo';
  registrationId: string;
  key: string | null;
  body: Record<string, unknown> | null;
};

export const DOOR_EVENT_ID = '00000000-0000-4000-8000-00000000e001';

export function createRosterEntry(overrides: Partial<RosterEntry> = {}): RosterEntry {
  return {
    registrationId: '00000000-0000-4000-8000-0000000000r1',
    constituentId: '00000000-0000-4000-8000-0000000000c1',
    name: 'Ada Lovelace',
    ticketTypeName: 'General',
    status: 'REGISTERED',
    partySize: 1,
    guestNames: [],
    unnamedGuests: 0,
    guestsCheckedIn: 0,
    checkedInAt: null,
    checkInCode: null,
    version: 1,
    ...overrides,
  };
}

/**
 * A mocked check-in API (the contract of `GET /api/events/{id}/check-in` and `POST /api/registrations/{id}/check-in`
 * / `undo-check-in`) over its own roster: a key sent again answers the registration as it is and changes nothing.
 * `failNext` makes the next check-in or undo fail with a network error or a problem.
 */
export function createDoorBackend(roster: RosterEntry[]) {
  const state = {
    roster: roster.map((entry) => ({ ...entry })),
    requests: [] as DoorRequest[],
    usedKeys: new Set<string>(),
    /** How many times a check-in or undo really changed a registration. */
    applied: 0,
    failNext: [] as ('network' | { status: number; code: string; title: string })[],
  };

  const data = (): CheckInData => {
    const checkedIn = state.roster.filter((entry) => entry.status === 'ATTENDED');
    return {
      event: {
        id: DOOR_EVENT_ID,
        title: 'Winter gala',
        startsAt: '2026-12-24T18:00:00',
        endsAt: '2026-12-24T22:00:00',
        timeZone: 'Europe/Paris',
        status: 'PUBLISHED',
      },
      counts: {
        expectedParties: state.roster.length,
        expectedPeople: state.roster.reduce((sum, entry) => sum + entry.partySize, 0),
        checkedInParties: checkedIn.length,
        checkedInPeople: checkedIn.reduce((sum, entry) => sum + 1 + entry.guestsCheckedIn, 0),
      },
      roster: state.roster,
    };
  };

  const view = (entry: RosterEntry) => ({
    id: entry.registrationId,
    eventId: DOOR_EVENT_ID,
    status: entry.status,
    partySize: entry.partySize,
    guestsCheckedIn: entry.guestsCheckedIn,
    checkedInAt: entry.checkedInAt,
    checkedInBy: entry.status === 'ATTENDED' ? 'door' : null,
    version: entry.version,
  });

  const handle = (kind: DoorRequest['kind']) =>
    async ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
      const registrationId = String(params.id);
      const key = request.headers.get('Idempotency-Key');
      const text = await request.text();
      const body = text ? (JSON.parse(text) as Record<string, unknown>) : null;
      state.requests.push({ kind, registrationId, key, body });
      const failure = state.failNext.shift();
      if (failure === 'network') return HttpResponse.error();
      if (failure) return problem(failure.status, failure.code, failure.title);
      const entry = state.roster.find((candidate) => candidate.registrationId === registrationId);
      if (!entry) return problem(404, 'events.registration-not-found', 'Registration not found');
      if (key && state.usedKeys.has(key)) return HttpResponse.json(view(entry));
      if (kind === 'undo' && entry.status !== 'ATTENDED') {
        return problem(409, 'events.not-checked-in', 'Not checked in');
      }
      if (key) state.usedKeys.add(key);
      state.applied += 1;
      if (kind === 'check-in') {
        entry.guestsCheckedIn = typeof body?.guestsCheckedIn === 'number' ? body.guestsCheckedIn : entry.partySize - 1;
        if (entry.status !== 'ATTENDED') {
          entry.checkedInAt = typeof body?.checkedInAt === 'string' ? body.checkedInAt : new Date().toISOString();
        }
        entry.status = 'ATTENDED';
      } else {
        entry.status = 'REGISTERED';
        entry.guestsCheckedIn = 0;
        entry.checkedInAt = null;
      }
      entry.version += 1;
      return HttpResponse.json(view(entry));
    };

  const handlers = [
    http.get('*/api/events/:id/check-in', () => HttpResponse.json(data())),
    http.post('*/api/registrations/:id/check-in', handle('check-in')),
    http.post('*/api/registrations/:id/undo-check-in', handle('undo')),
  ];

  return { state, handlers };
}
