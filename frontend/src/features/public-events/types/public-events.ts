/** A question the event asks at sign-up. */
export type PublicQuestion = { id: string; text: string; required: boolean };

/** A ticket type on sale; `seatsLeft` also counts the event's own capacity (null: nothing limits it). */
export type PublicTicket = { id: string; name: string; price: string; currency: string; seatsLeft: number | null };

/**
 * A published event open for registration, as `GET /api/public/events` shows it (date-times local to `timeZone`).
 * The API leaves out members that are null, so a nullable member may also be missing.
 */
export type PublicEvent = {
  id: string;
  title: string;
  description: string | null;
  venue: string | null;
  address: string | null;
  onlineUrl: string | null;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  registrationClosesAt: string | null;
  seatsLeft: number | null;
  questions: PublicQuestion[];
  ticketTypes: PublicTicket[];
};

/** The body of `POST /api/public/events/{id}/registrations`; `website` is the honeypot people leave empty. */
export type SignUpRequest = {
  firstName: string;
  lastName: string;
  email: string;
  ticketTypeId: string;
  guests: number;
  answers: { questionId: string; answer: string }[];
  website: string;
};

/** What a sign-up answers: seats (REGISTERED) or a place on the waitlist (WAITLISTED). */
export type PublicRegistration = { id: string; eventId: string; status: string; partySize: number };
