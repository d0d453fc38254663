// Data generators for the events pages' tests, mirroring the backend's views (org.steward.events.EventView,
// TicketTypeView, RegistrationView). Dates are local to the event's zone, instants ISO 8601 UTC.

import type { Registration, StewardEvent, TicketType } from '@/types/events';

let counter = 0;

function nextId(prefix: string): string {
  counter += 1;
  return `00000000-0000-4000-9${prefix}-${String(counter).padStart(12, '0')}`;
}

const STAMP = '2026-11-20T10:00:00Z';

export function createEvent(overrides: Partial<StewardEvent> = {}): StewardEvent {
  return {
    id: nextId('e00'),
    title: 'Autumn gala',
    description: 'Dinner and music for our supporters.',
    venue: 'Town hall',
    address: '1 Main Street\nSpringfield',
    onlineUrl: null,
    startsAt: '2026-12-12T18:00:00',
    endsAt: '2026-12-12T22:00:00',
    timeZone: 'America/Toronto',
    registrationOpensAt: null,
    registrationClosesAt: null,
    capacity: 100,
    status: 'PUBLISHED',
    campaignId: null,
    questions: [],
    seats: { taken: 0, free: 100, registrations: 0, waitlisted: 0, offered: 0 },
    version: 0,
    createdAt: STAMP,
    createdBy: 'admin',
    updatedAt: STAMP,
    updatedBy: 'admin',
    ...overrides,
  };
}

export function createTicketType(overrides: Partial<TicketType> = {}): TicketType {
  return {
    id: nextId('t00'),
    eventId: overrides.eventId ?? nextId('e00'),
    name: 'General admission',
    price: '0.00',
    currency: 'USD',
    fairMarketValue: '0.00',
    deductibleAmount: '0.00',
    capacity: null,
    status: 'ACTIVE',
    seatsTaken: 0,
    version: 0,
    createdAt: STAMP,
    createdBy: 'admin',
    updatedAt: STAMP,
    updatedBy: 'admin',
    ...overrides,
  };
}

export function createRegistration(overrides: Partial<Registration> = {}): Registration {
  return {
    id: nextId('r00'),
    eventId: overrides.eventId ?? nextId('e00'),
    ticketTypeId: overrides.ticketTypeId ?? nextId('t00'),
    constituentId: overrides.constituentId ?? nextId('c00'),
    constituentName: 'Jane Doe',
    status: 'REGISTERED',
    guestNames: [],
    unnamedGuests: 0,
    partySize: 1,
    answers: [],
    dietaryNotes: null,
    accessibilityNotes: null,
    waitlistedAt: null,
    offeredAt: null,
    offerExpiresAt: null,
    cancelledAt: null,
    cancelReason: null,
    version: 0,
    createdAt: STAMP,
    createdBy: 'admin',
    updatedAt: STAMP,
    updatedBy: 'admin',
    feeGiftId: null,
    ...overrides,
  };
}
