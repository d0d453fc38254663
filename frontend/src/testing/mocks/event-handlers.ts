import { http, HttpResponse, type DefaultBodyType, type StrictRequest } from 'msw';

import type {
  EventRequest,
  Registration,
  RegistrationRequest,
  StewardEvent,
  TicketType,
  TicketTypeRequest,
} from '@/types/events';
import { constituentDisplayName } from '@/testing/data-generators';
import { createEvent, createRegistration, createTicketType } from '@/testing/event-generators';
import { db } from '@/testing/mocks/db';
import { currentUser, problem } from '@/testing/mocks/mock-session';
import { fromCents, toCents } from '@/utils/money';

// The events API as org.steward.events.web.* defines it (roles, problem codes in docs/problems.md), kept in memory.
// Board members read events and counts but not registrations; development officers read everything.
// POST registrations with `person` answers 409 `events.possible-duplicate` when a constituent has the same email
// or phone (unless `createAnyway`), as the duplicate rules do: reasons are rule codes (`same-email`, `same-phone`).

export type EventsMockDb = {
  events: StewardEvent[];
  ticketTypes: TicketType[];
  registrations: Registration[];
  /** Every registration request received, with its Idempotency-Key. */
  registerCalls: { key: string | null; body: RegistrationRequest }[];
  /** Every event cancel request received. */
  cancelCalls: { eventId: string; body: unknown }[];
  /** Refunded fee gifts (cancel with `refund: true`). */
  refundedGifts: string[];
};

function empty(): EventsMockDb {
  return { events: [], ticketTypes: [], registrations: [], registerCalls: [], cancelCalls: [], refundedGifts: [] };
}

export const eventsDb: EventsMockDb = empty();

export function resetEventsDb(): void {
  Object.assign(eventsDb, empty());
}

const WRITE = ['ADMIN', 'EVENT_COORDINATOR'];
const READ = ['ADMIN', 'EVENT_COORDINATOR', 'DEVELOPMENT_OFFICER', 'BOARD_MEMBER'];
const NAMES = ['ADMIN', 'EVENT_COORDINATOR', 'DEVELOPMENT_OFFICER'];

function deny(request: StrictRequest<DefaultBodyType>, roles: string[]) {
  const user = currentUser(request);
  if (!user) return problem(401, 'auth.unauthenticated', 'Please sign in');
  if (!user.roles.some((role) => roles.includes(role))) return problem(403, 'auth.forbidden', 'Not allowed');
  return null;
}

const HOLDING = new Set(['REGISTERED', 'OFFERED', 'ATTENDED', 'NO_SHOW']);

/** The event with its seat counts recomputed from its registrations. */
function view(event: StewardEvent): StewardEvent {
  const mine = eventsDb.registrations.filter((registration) => registration.eventId === event.id);
  const taken = mine.filter((r) => HOLDING.has(r.status)).reduce((sum, r) => sum + r.partySize, 0);
  return {
    ...event,
    seats: {
      taken,
      free: event.capacity === null ? null : Math.max(0, event.capacity - taken),
      registrations: mine.filter((r) => r.status !== 'CANCELLED').length,
      waitlisted: mine.filter((r) => r.status === 'WAITLISTED').length,
      offered: mine.filter((r) => r.status === 'OFFERED').length,
    },
  };
}

function ticketView(ticket: TicketType): TicketType {
  const seatsTaken = eventsDb.registrations
    .filter((r) => r.ticketTypeId === ticket.id && HOLDING.has(r.status))
    .reduce((sum, r) => sum + r.partySize, 0);
  return { ...ticket, seatsTaken };
}

function findEvent(id: string) {
  return eventsDb.events.find((event) => event.id === id);
}

function notFound(id: string) {
  return problem(404, 'events.not-found', 'Event not found', { detail: `No event has id ${id}.` });
}

function page<T>(items: T[], url: URL, defaultSize: number) {
  const number = Number(url.searchParams.get('page') ?? '0');
  const size = Number(url.searchParams.get('size') ?? String(defaultSize));
  return { items: items.slice(number * size, number * size + size), page: number, size, total: items.length };
}

function violations(list: { field: string; message: string }[]) {
  return problem(400, 'validation.failed', 'Validation failed', { violations: list });
}

function checkEvent(body: EventRequest) {
  const list: { field: string; message: string }[] = [];
  if (!body.title?.trim()) list.push({ field: 'title', message: 'must not be blank' });
  if (!body.startsAt) list.push({ field: 'startsAt', message: 'must not be null' });
  if (!body.endsAt) list.push({ field: 'endsAt', message: 'must not be null' });
  if (list.length > 0) return violations(list);
  if (!body.venue && !body.onlineUrl) {
    return problem(422, 'events.location-required', 'Where is it?', {
      detail: 'An event needs a venue or an online link (or both).',
    });
  }
  if (body.endsAt <= body.startsAt) {
    return problem(422, 'events.invalid-dates', 'Invalid dates', { detail: 'The event must end after it starts.' });
  }
  return null;
}

function fromRequest(body: EventRequest) {
  return {
    title: body.title,
    description: body.description,
    venue: body.venue,
    address: body.address,
    onlineUrl: body.onlineUrl,
    startsAt: body.startsAt,
    endsAt: body.endsAt,
    timeZone: body.timeZone,
    registrationOpensAt: body.registrationOpensAt,
    registrationClosesAt: body.registrationClosesAt,
    capacity: body.capacity,
    campaignId: body.campaignId,
    questions: body.questions.map((question, index) => ({
      id: question.id ?? `00000000-0000-4000-9a00-${String(index + 1).padStart(12, '0')}`,
      text: question.text,
      required: question.required,
    })),
  };
}

function touch<T extends { version: number; updatedAt: string }>(item: T): T {
  return { ...item, version: item.version + 1, updatedAt: new Date().toISOString() };
}

function replace<T extends { id: string }>(list: T[], item: T) {
  const index = list.findIndex((candidate) => candidate.id === item.id);
  list[index] = item;
}

function ticketFromRequest(body: TicketTypeRequest) {
  const price = toCents(body.price) ?? 0n;
  const fmv = toCents(body.fairMarketValue) ?? 0n;
  return {
    name: body.name,
    price: fromCents(price),
    currency: body.currency,
    fairMarketValue: fromCents(fmv),
    deductibleAmount: fromCents(price - fmv),
    capacity: body.capacity,
  };
}

/** Offers freed seats to the first waitlisted parties that fit. */
function offerSeats(event: StewardEvent) {
  for (const waiting of eventsDb.registrations.filter((r) => r.eventId === event.id && r.status === 'WAITLISTED')) {
    const free = view(event).seats.free;
    if (free !== null && free < waiting.partySize) break;
    replace(eventsDb.registrations, {
      ...touch(waiting),
      status: 'OFFERED',
      offeredAt: new Date().toISOString(),
      offerExpiresAt: new Date(Date.now() + 48 * 3600_000).toISOString(),
    });
  }
}

function registrationAction(id: string) {
  const registration = eventsDb.registrations.find((candidate) => candidate.id === id);
  return registration
    ? { registration, event: findEvent(registration.eventId)! }
    : { registration: null, event: null };
}

function registrationNotFound(id: string) {
  return problem(404, 'events.registration-not-found', 'Registration not found', {
    detail: `No registration has id ${id}.`,
  });
}

function transition(from: string, action: string) {
  return problem(409, 'events.invalid-registration-transition', 'Not possible in this status', {
    detail: `A ${from} registration cannot be ${action}.`,
  });
}

export const eventHandlers = [
  http.get('*/api/events', ({ request }) => {
    const denied = deny(request, READ);
    if (denied) return denied;
    const url = new URL(request.url);
    const status = url.searchParams.get('status');
    const list = eventsDb.events
      .filter((event) => !status || event.status === status)
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      .map(view);
    return HttpResponse.json(page(list, url, 25));
  }),

  http.post('*/api/events', async ({ request }) => {
    const denied = deny(request, WRITE);
    if (denied) return denied;
    const body = (await request.json()) as EventRequest;
    const invalid = checkEvent(body);
    if (invalid) return invalid;
    const event = createEvent({ ...fromRequest(body), status: 'DRAFT' });
    eventsDb.events.push(event);
    return HttpResponse.json(view(event), { status: 201 });
  }),

  http.get('*/api/events/:id', ({ request, params }) => {
    const denied = deny(request, READ);
    if (denied) return denied;
    const event = findEvent(String(params.id));
    return event ? HttpResponse.json(view(event)) : notFound(String(params.id));
  }),

  http.put('*/api/events/:id', async ({ request, params }) => {
    const denied = deny(request, WRITE);
    if (denied) return denied;
    const event = findEvent(String(params.id));
    if (!event) return notFound(String(params.id));
    const body = (await request.json()) as EventRequest;
    if (body.version !== event.version) {
      return problem(409, 'common.stale-version', 'Changed by someone else', {
        detail: 'The event was changed since you read it.',
      });
    }
    const invalid = checkEvent(body);
    if (invalid) return invalid;
    const saved = { ...touch(event), ...fromRequest(body) };
    replace(eventsDb.events, saved);
    return HttpResponse.json(view(saved));
  }),

  http.post('*/api/events/:id/:action', async ({ request, params }) => {
    const action = String(params.action);
    if (!['publish', 'complete', 'cancel'].includes(action)) return undefined;
    const denied = deny(request, WRITE);
    if (denied) return denied;
    const event = findEvent(String(params.id));
    if (!event) return notFound(String(params.id));
    const allowed = { publish: ['DRAFT'], complete: ['PUBLISHED'], cancel: ['DRAFT', 'PUBLISHED'] }[action]!;
    if (!allowed.includes(event.status)) {
      return problem(409, 'events.invalid-transition', 'Not possible in this status', {
        detail: `A ${event.status} event cannot be ${action}ed.`,
      });
    }
    if (action === 'publish' && !eventsDb.ticketTypes.some((t) => t.eventId === event.id && t.status === 'ACTIVE')) {
      return problem(422, 'events.no-ticket-types', 'No ticket types', {
        detail: 'Add at least one active ticket type (free or paid) before publishing the event.',
      });
    }
    if (action === 'cancel') eventsDb.cancelCalls.push({ eventId: event.id, body: await request.json().catch(() => null) });
    const status = { publish: 'PUBLISHED', complete: 'COMPLETED', cancel: 'CANCELLED' }[action] as StewardEvent['status'];
    const saved = { ...touch(event), status };
    replace(eventsDb.events, saved);
    return HttpResponse.json(view(saved));
  }),

  http.get('*/api/events/:id/ticket-types', ({ request, params }) => {
    const denied = deny(request, READ);
    if (denied) return denied;
    return HttpResponse.json(eventsDb.ticketTypes.filter((t) => t.eventId === params.id).map(ticketView));
  }),

  http.post('*/api/events/:id/ticket-types', async ({ request, params }) => {
    const denied = deny(request, WRITE);
    if (denied) return denied;
    const body = (await request.json()) as TicketTypeRequest;
    if ((toCents(body.fairMarketValue) ?? 0n) > (toCents(body.price) ?? 0n)) {
      return problem(422, 'events.fmv-above-price', 'Benefits worth more than the price', {
        detail: 'The fair-market value of the benefits cannot be more than the ticket’s price.',
      });
    }
    const ticket = createTicketType({ eventId: String(params.id), ...ticketFromRequest(body) });
    eventsDb.ticketTypes.push(ticket);
    return HttpResponse.json(ticketView(ticket), { status: 201 });
  }),

  http.put('*/api/events/:id/ticket-types/:ticketTypeId', async ({ request, params }) => {
    const denied = deny(request, WRITE);
    if (denied) return denied;
    const ticket = eventsDb.ticketTypes.find((t) => t.id === params.ticketTypeId);
    if (!ticket) return problem(404, 'events.ticket-type-not-found', 'Ticket type not found');
    const body = (await request.json()) as TicketTypeRequest;
    const saved = { ...touch(ticket), ...ticketFromRequest(body) };
    replace(eventsDb.ticketTypes, saved);
    return HttpResponse.json(ticketView(saved));
  }),

  http.post('*/api/events/:id/ticket-types/:ticketTypeId/retire', ({ request, params }) => {
    const denied = deny(request, WRITE);
    if (denied) return denied;
    const ticket = eventsDb.ticketTypes.find((t) => t.id === params.ticketTypeId);
    if (!ticket) return problem(404, 'events.ticket-type-not-found', 'Ticket type not found');
    const saved: TicketType = { ...touch(ticket), status: 'RETIRED' };
    replace(eventsDb.ticketTypes, saved);
    return HttpResponse.json(ticketView(saved));
  }),

  http.delete('*/api/events/:id/ticket-types/:ticketTypeId', ({ request, params }) => {
    const denied = deny(request, WRITE);
    if (denied) return denied;
    if (eventsDb.registrations.some((r) => r.ticketTypeId === params.ticketTypeId)) {
      return problem(409, 'events.ticket-type-in-use', 'Ticket type in use', {
        detail: 'The ticket type has registrations: retire it instead of deleting it.',
      });
    }
    eventsDb.ticketTypes = eventsDb.ticketTypes.filter((t) => t.id !== params.ticketTypeId);
    return new HttpResponse(null, { status: 204 });
  }),

  http.get('*/api/events/:id/registrations', ({ request, params }) => {
    const denied = deny(request, NAMES);
    if (denied) return denied;
    const url = new URL(request.url);
    const status = url.searchParams.get('status');
    const q = (url.searchParams.get('q') ?? '').toLowerCase();
    const list = eventsDb.registrations.filter(
      (r) =>
        r.eventId === params.id &&
        (!status || r.status === status) &&
        (!q || (r.constituentName ?? '').toLowerCase().includes(q)),
    );
    return HttpResponse.json(page(list, url, 50));
  }),

  http.post('*/api/events/:id/registrations', async ({ request, params }) => {
    const denied = deny(request, WRITE);
    if (denied) return denied;
    const event = findEvent(String(params.id));
    if (!event) return notFound(String(params.id));
    const body = (await request.json()) as RegistrationRequest;
    eventsDb.registerCalls.push({ key: request.headers.get('Idempotency-Key'), body });
    if (event.status !== 'PUBLISHED') {
      return problem(422, 'events.registration-closed', 'Registration closed', { detail: 'The event is not published.' });
    }
    let constituentId = body.constituentId;
    let name: string | null = null;
    if (constituentId) {
      const constituent = db.constituents.find((c) => c.id === constituentId);
      if (!constituent) return problem(422, 'events.constituent-not-found', 'Constituent not found');
      name = constituentDisplayName(constituent);
    } else if (body.person) {
      const email = body.person.email?.trim().toLowerCase() || null;
      const phone = body.person.phone?.replace(/\D/g, '') || null;
      const matches = db.constituents
        .filter((c) => !c.deleted && c.type === 'INDIVIDUAL')
        .map((c) => ({
          c,
          reasons: [
            ...(email && c.emails.some((e) => e.address.toLowerCase() === email) ? ['same-email'] : []),
            ...(phone && c.phones.some((p) => p.number.replace(/\D/g, '') === phone) ? ['same-phone'] : []),
          ],
        }))
        .filter((match) => match.reasons.length > 0);
      if (matches.length > 0 && !body.createAnyway) {
        return problem(409, 'events.possible-duplicate', 'Possible duplicate', {
          detail: 'Someone like this is already in Steward.',
          candidates: matches.map(({ c, reasons }) => ({ id: c.id, displayName: constituentDisplayName(c), reasons })),
        });
      }
      constituentId = `00000000-0000-4000-9c00-${String(db.constituents.length + 100).padStart(12, '0')}`;
      name = `${body.person.firstName} ${body.person.lastName}`;
    } else {
      return violations([{ field: 'constituentId', message: 'give constituentId or person' }]);
    }
    if (eventsDb.registrations.some((r) => r.eventId === event.id && r.constituentId === constituentId && r.status !== 'CANCELLED')) {
      return problem(409, 'events.already-registered', 'Already registered', {
        detail: 'This constituent already has a registration for this event that is not cancelled.',
      });
    }
    const partySize = 1 + body.guestNames.length + body.unnamedGuests;
    const free = view(event).seats.free;
    const fits = free === null || free >= partySize;
    const ticket = eventsDb.ticketTypes.find((t) => t.id === body.ticketTypeId);
    const paid = !!ticket && (toCents(ticket.price) ?? 0n) > 0n;
    const registration = createRegistration({
      eventId: event.id,
      ticketTypeId: body.ticketTypeId,
      constituentId,
      constituentName: name,
      status: fits ? 'REGISTERED' : 'WAITLISTED',
      guestNames: body.guestNames,
      unnamedGuests: body.unnamedGuests,
      partySize,
      answers: body.answers,
      dietaryNotes: body.dietaryNotes,
      accessibilityNotes: body.accessibilityNotes,
      waitlistedAt: fits ? null : new Date().toISOString(),
      feeGiftId: paid ? `00000000-0000-4000-9f00-${String(eventsDb.registrations.length + 1).padStart(12, '0')}` : null,
    });
    eventsDb.registrations.push(registration);
    return HttpResponse.json(registration, { status: 201 });
  }),

  http.post('*/api/registrations/:id/cancel', async ({ request, params }) => {
    const denied = deny(request, WRITE);
    if (denied) return denied;
    const { registration, event } = registrationAction(String(params.id));
    if (!registration) return registrationNotFound(String(params.id));
    if (!['REGISTERED', 'WAITLISTED', 'OFFERED'].includes(registration.status)) return transition(registration.status, 'cancelled');
    const body = ((await request.json().catch(() => null)) ?? {}) as { reason?: string | null; refund?: boolean };
    if (body.refund && registration.feeGiftId) eventsDb.refundedGifts.push(registration.feeGiftId);
    const saved: Registration = {
      ...touch(registration),
      status: 'CANCELLED',
      cancelledAt: new Date().toISOString(),
      cancelReason: body.reason ?? null,
    };
    replace(eventsDb.registrations, saved);
    offerSeats(event);
    return HttpResponse.json(saved);
  }),

  http.post('*/api/registrations/:id/:answer', ({ request, params }) => {
    const answer = String(params.answer);
    if (answer !== 'accept-offer' && answer !== 'decline-offer') return undefined;
    const denied = deny(request, WRITE);
    if (denied) return denied;
    const { registration, event } = registrationAction(String(params.id));
    if (!registration) return registrationNotFound(String(params.id));
    if (registration.status !== 'OFFERED') return transition(registration.status, answer === 'accept-offer' ? 'accepted' : 'declined');
    const saved: Registration = {
      ...touch(registration),
      status: answer === 'accept-offer' ? 'REGISTERED' : 'CANCELLED',
      offerExpiresAt: null,
    };
    replace(eventsDb.registrations, saved);
    if (answer === 'decline-offer') offerSeats(event);
    return HttpResponse.json(saved);
  }),

  http.post('*/api/registrations/:id/transfer', async ({ request, params }) => {
    const denied = deny(request, WRITE);
    if (denied) return denied;
    const { registration } = registrationAction(String(params.id));
    if (!registration) return registrationNotFound(String(params.id));
    const body = (await request.json()) as { constituentId: string };
    const to = db.constituents.find((c) => c.id === body.constituentId);
    if (!to) return problem(422, 'events.constituent-not-found', 'Constituent not found');
    const saved: Registration = { ...touch(registration), constituentId: to.id, constituentName: constituentDisplayName(to) };
    replace(eventsDb.registrations, saved);
    return HttpResponse.json(saved);
  }),

  http.get('*/api/events/:id/:document', ({ request, params }) => {
    const document = String(params.document);
    const types: Record<string, string> = {
      'attendees.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'badges.pdf': 'application/pdf',
      'sign-in-sheet.pdf': 'application/pdf',
      'calendar.ics': 'text/calendar',
    };
    if (!types[document]) return undefined;
    const denied = deny(request, document === 'calendar.ics' ? READ : NAMES);
    if (denied) return denied;
    const bytes = document.endsWith('.xlsx') ? 'PK\u0003\u0004' : document.endsWith('.pdf') ? '%PDF-1.4' : 'BEGIN:VCALENDAR';
    return new HttpResponse(bytes, {
      headers: {
        'Content-Type': types[document],
        'Content-Disposition': `attachment; filename="event-${String(params.id)}-${document}"`,
      },
    });
  }),
];
