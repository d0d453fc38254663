import type {
  AttendanceCounts,
  CheckInData,
  QueuedAction,
  RefusedAction,
  RosterEntry,
} from '@/features/check-in/types/check-in';

/**
 * What the door page keeps in the browser (localStorage, per event), so that a reload or a lost network does not
 * lose it: the last roster the server sent, the check-ins not yet sent, and the ones the server refused.
 */
const PREFIX = 'steward.check-in';

const rosterKey = (eventId: string) => `${PREFIX}.${eventId}.roster`;
const queueKey = (eventId: string) => `${PREFIX}.${eventId}.queue`;
const refusedKey = (eventId: string) => `${PREFIX}.${eventId}.refused`;

type StoredRoster = { savedAt: number; data: CheckInData };

function read<T>(key: string): T | undefined {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // storage full or unavailable: the page still works while it stays open
  }
}

export function loadRoster(eventId: string): StoredRoster | undefined {
  return read<StoredRoster>(rosterKey(eventId));
}

export function saveRoster(eventId: string, data: CheckInData): void {
  write(rosterKey(eventId), { savedAt: Date.now(), data } satisfies StoredRoster);
}

export function loadQueue(eventId: string): QueuedAction[] {
  return read<QueuedAction[]>(queueKey(eventId)) ?? [];
}

export function saveQueue(eventId: string, queue: readonly QueuedAction[]): void {
  if (queue.length === 0) {
    localStorage.removeItem(queueKey(eventId));
  } else {
    write(queueKey(eventId), queue);
  }
}

export function loadRefused(eventId: string): RefusedAction[] {
  return read<RefusedAction[]>(refusedKey(eventId)) ?? [];
}

export function saveRefused(eventId: string, refused: readonly RefusedAction[]): void {
  if (refused.length === 0) {
    localStorage.removeItem(refusedKey(eventId));
  } else {
    write(refusedKey(eventId), refused);
  }
}

/** Forgets the rosters kept for every event (names of people): on sign-out. Unsent check-ins stay. */
export function forgetRosters(): void {
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(`${PREFIX}.`) && key.endsWith('.roster')) keys.push(key);
  }
  keys.forEach((key) => localStorage.removeItem(key));
}

/** The roster as the door sees it: the server's, with the actions not yet sent applied on top, in order. */
export function applyQueue(roster: readonly RosterEntry[], queue: readonly QueuedAction[]): RosterEntry[] {
  if (queue.length === 0) return [...roster];
  const byId = new Map(roster.map((entry) => [entry.registrationId, entry]));
  for (const action of queue) {
    const entry = byId.get(action.registrationId);
    if (!entry) continue;
    if (action.kind === 'check-in') {
      byId.set(entry.registrationId, {
        ...entry,
        status: 'ATTENDED',
        guestsCheckedIn: action.guestsCheckedIn ?? entry.partySize - 1,
        checkedInAt: entry.status === 'ATTENDED' && entry.checkedInAt ? entry.checkedInAt : action.at,
      });
    } else if (entry.status === 'ATTENDED') {
      byId.set(entry.registrationId, { ...entry, status: 'REGISTERED', guestsCheckedIn: 0, checkedInAt: null });
    }
  }
  return roster.map((entry) => byId.get(entry.registrationId) ?? entry);
}

/** Counts from a roster (expected = every party on it; checked in = ATTENDED, people = 1 + guests who came). */
export function countRoster(roster: readonly RosterEntry[]): AttendanceCounts {
  let expectedPeople = 0;
  let checkedInParties = 0;
  let checkedInPeople = 0;
  for (const entry of roster) {
    expectedPeople += entry.partySize;
    if (entry.status === 'ATTENDED') {
      checkedInParties += 1;
      checkedInPeople += 1 + entry.guestsCheckedIn;
    }
  }
  return { expectedParties: roster.length, expectedPeople, checkedInParties, checkedInPeople };
}
