/** The statuses a party on the door's roster can have (the roster holds only parties with seats). */
export type RosterStatus = 'REGISTERED' | 'ATTENDED' | 'NO_SHOW';

/** One party on the door's roster (`GET /api/events/{id}/check-in`). */
export type RosterEntry = {
  registrationId: string;
  constituentId: string;
  name: string;
  ticketTypeName: string;
  /** A {@link RosterStatus}; kept as a string so a status added later still shows. */
  status: string;
  /** The registrant and their guests. */
  partySize: number;
  guestNames: string[];
  unnamedGuests: number;
  guestsCheckedIn: number;
  checkedInAt: string | null;
  /** What the QR code of the confirmation email carries; null for registrations made before codes. */
  checkInCode: string | null;
  version: number;
};

export type AttendanceCounts = {
  expectedParties: number;
  expectedPeople: number;
  checkedInParties: number;
  checkedInPeople: number;
};

export type CheckInEvent = {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  status: string;
};

/** Everything the door page needs, also to work offline. */
export type CheckInData = {
  event: CheckInEvent;
  counts: AttendanceCounts;
  roster: RosterEntry[];
};

/** The registration as `POST /api/registrations/{id}/check-in` and `/undo-check-in` answer it (the fields used here). */
export type RegistrationView = {
  id: string;
  status: string;
  guestsCheckedIn: number;
  checkedInAt: string | null;
  version: number;
};

/** A check-in or an undo tapped at the door, kept until the server has taken it. */
export type QueuedAction = {
  /** The request's `Idempotency-Key`, kept for every retry so a lost answer never counts twice. */
  key: string;
  kind: 'check-in' | 'undo';
  registrationId: string;
  /** For messages: whose party it was. */
  name: string;
  /** Check-in only: how many guests came. */
  guestsCheckedIn?: number;
  /** When it was tapped (ISO 8601 instant); a check-in sends it as `checkedInAt`. */
  at: string;
  /** Failed attempts for other reasons than the network (5xx). */
  attempts: number;
};

/** A queued action the server refused: shown until dismissed, never retried. */
export type RefusedAction = {
  key: string;
  kind: QueuedAction['kind'];
  name: string;
  message: string;
};
