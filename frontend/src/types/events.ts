// The events API's shapes, shared by the events pages and the test mocks (org.steward.events.EventView,
// TicketTypeView, RegistrationView, EventsSummary and the request records in org.steward.events.web.EventRequests).
// Date-times without an offset are local to the event's `timeZone`; instants (createdAt, offerExpiresAt…) are
// ISO 8601 with a zone.

import type { Page } from '@/lib/api-client';

export const EVENT_STATUSES = ['DRAFT', 'PUBLISHED', 'CANCELLED', 'COMPLETED'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const REGISTRATION_STATUSES = ['REGISTERED', 'WAITLISTED', 'OFFERED', 'ATTENDED', 'NO_SHOW', 'CANCELLED'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export type TicketTypeStatus = 'ACTIVE' | 'RETIRED';

export type EventQuestion = { id: string; text: string; required: boolean };

/** Seats taken (registered, offered, attended, no-show parties), free (null without a capacity), waiting. */
export type EventSeats = {
  taken: number;
  free: number | null;
  registrations: number;
  waitlisted: number;
  offered: number;
};

export type StewardEvent = {
  id: string;
  title: string;
  description: string | null;
  venue: string | null;
  address: string | null;
  onlineUrl: string | null;
  /** Local to `timeZone`, e.g. "2026-12-12T18:00:00". */
  startsAt: string;
  endsAt: string;
  /** IANA zone, e.g. "America/Toronto". */
  timeZone: string;
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  capacity: number | null;
  status: EventStatus;
  campaignId: string | null;
  questions: EventQuestion[];
  seats: EventSeats;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
};

export type EventPage = Page<StewardEvent>;

export type EventFilters = { status: EventStatus | null; page: number; size: number };

/** `POST /api/events` and `PUT /api/events/{id}` (with `version`). A question without id is a new one. */
export type EventRequest = {
  title: string;
  description: string | null;
  venue: string | null;
  address: string | null;
  onlineUrl: string | null;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  capacity: number | null;
  campaignId: string | null;
  questions: { id: string | null; text: string; required: boolean }[];
  version?: number;
};

/** Amounts are decimal strings in `currency`; deductibleAmount = price − fairMarketValue. */
export type TicketType = {
  id: string;
  eventId: string;
  name: string;
  price: string;
  currency: string;
  fairMarketValue: string;
  deductibleAmount: string;
  capacity: number | null;
  status: TicketTypeStatus;
  seatsTaken: number;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
};

export type TicketTypeRequest = {
  name: string;
  price: string;
  currency: string;
  fairMarketValue: string | null;
  capacity: number | null;
  version?: number;
};

export type Registration = {
  id: string;
  eventId: string;
  ticketTypeId: string;
  constituentId: string;
  constituentName: string | null;
  status: RegistrationStatus;
  guestNames: string[];
  unnamedGuests: number;
  partySize: number;
  answers: { questionId: string; answer: string }[];
  dietaryNotes: string | null;
  accessibilityNotes: string | null;
  waitlistedAt: string | null;
  offeredAt: string | null;
  offerExpiresAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  /** The EVENT_FEE gift of a paid registration. */
  feeGiftId: string | null;
};

export type RegistrationPage = Page<Registration>;

export type RegistrationFilters = { status: RegistrationStatus; q: string; page: number; size: number };

/** A new person to register instead of an existing constituent (found through the duplicate rules). */
export type NewPerson = { firstName: string; lastName: string; email: string | null; phone: string | null };

/** `POST /api/events/{id}/registrations`: `constituentId` or `person` (then `createAnyway` skips the duplicate check). */
export type RegistrationRequest = {
  constituentId?: string;
  person?: NewPerson;
  createAnyway?: boolean;
  ticketTypeId: string;
  guestNames: string[];
  unnamedGuests: number;
  answers: { questionId: string; answer: string }[];
  dietaryNotes: string | null;
  accessibilityNotes: string | null;
  paymentMethod: string | null;
};

/** One likely match in the 409 `events.possible-duplicate` problem's `candidates`. */
export type DuplicateCandidate = { id: string; displayName: string; reasons: string[] };

/** `POST /api/events/{id}/cancel`. */
export type CancelEventRequest = { reason: string | null; refundFees: boolean; notify: boolean };

/** `POST /api/registrations/{id}/cancel`. */
export type CancelRegistrationRequest = { reason: string | null; refund: boolean };

export type TransferRequest = { constituentId: string; reason: string | null };

/** The `events` section of `GET /api/constituents/{id}/summary`. */
export type EventsSummaryItem = {
  registrationId: string;
  eventId: string;
  eventTitle: string;
  startsAt: string;
  timeZone: string;
  status: RegistrationStatus;
  partySize: number;
};

export type EventsSummary = { upcoming: EventsSummaryItem[]; past: EventsSummaryItem[] };
