package org.steward.events;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentService;
import org.steward.constituents.DuplicateService;
import org.steward.shared.errors.StewardException;
import org.steward.shared.time.Timestamps;

/**
 * Self-service sign-up from the public page (no sign-in, ADR 0018). Shows published events whose registration is
 * open, without names or staff fields, and registers a person: matched to an existing individual by the same-email
 * duplicate rule, or created as a new individual with that email, then registered exactly as staff register
 * ({@link RegistrationService}: same capacity, waitlist and row lock), all in one transaction.
 */
@Singleton
public class PublicRegistrationService {

    static final String SOURCE = "event-sign-up";
    static final int MAX_LISTED = 500;
    static final int PAGE = 100;

    private final EventService events;
    private final RegistrationService registrations;
    private final DuplicateService duplicates;
    private final ConstituentService constituents;
    private final Timestamps timestamps;

    PublicRegistrationService(
            EventService events,
            RegistrationService registrations,
            DuplicateService duplicates,
            ConstituentService constituents,
            Timestamps timestamps) {
        this.events = events;
        this.registrations = registrations;
        this.duplicates = duplicates;
        this.constituents = constituents;
        this.timestamps = timestamps;
    }

    /** Published events open for registration now, soonest first. */
    @Transactional(readOnly = true)
    public List<PublicEventView> openEvents() {
        Instant now = timestamps.now();
        List<PublicEventView> open = new ArrayList<>();
        for (int page = 0; page * PAGE < MAX_LISTED; page++) {
            var found = events.list(EventStatus.PUBLISHED, null, page, PAGE);
            for (EventView e : found.items()) {
                if (isOpen(e, now)) {
                    open.add(view(e));
                }
            }
            if (found.items().size() < PAGE) {
                break;
            }
        }
        return open;
    }

    /** One published event (404 {@code events.not-found} for any other, so drafts stay unseen). */
    @Transactional(readOnly = true)
    public PublicEventView event(UUID id) {
        EventView e;
        try {
            e = events.get(id);
        } catch (StewardException notFound) {
            throw EventProblems.eventNotFound(id);
        }
        if (e.status() != EventStatus.PUBLISHED) {
            throw EventProblems.eventNotFound(id);
        }
        return view(e);
    }

    /**
     * Registers the person: REGISTERED when the party fits, WAITLISTED otherwise. A person already registered for
     * the event gets 409 {@code events.already-signed-up}, which names no one.
     */
    @Transactional
    public PublicRegistrationView signUp(UUID eventId, PublicSignUp s) {
        event(eventId);
        ConstituentId who = duplicates.matchByEmail(s.email()).orElseGet(() -> create(s));
        RegistrationView r;
        try {
            r = registrations.register(
                    eventId,
                    new EventCommands.Register(
                            who.value(), s.ticketTypeId(), List.of(), s.guests(), s.answers(), null, null),
                    null,
                    null);
        } catch (StewardException e) {
            if ("events.already-registered".equals(e.code())) {
                throw EventProblems.alreadySignedUp();
            }
            throw e;
        }
        return new PublicRegistrationView(r.id(), r.eventId(), r.status(), r.partySize());
    }

    private ConstituentId create(PublicSignUp s) {
        var person = new EventCommands.NewPerson(
                s.firstName(), s.lastName(), s.email().strip(), null);
        return constituents.create(person.draft(SOURCE)).id();
    }

    static boolean isOpen(EventView e, Instant now) {
        if (e.status() != EventStatus.PUBLISHED) {
            return false;
        }
        if (e.registrationOpensAt() != null && now.isBefore(instant(e.registrationOpensAt(), e.timeZone()))) {
            return false;
        }
        LocalDateTime closes = e.registrationClosesAt() == null ? e.endsAt() : e.registrationClosesAt();
        return now.isBefore(instant(closes, e.timeZone()));
    }

    private PublicEventView view(EventView e) {
        Integer eventFree = e.seats().free();
        List<PublicEventView.Ticket> tickets = events.ticketTypes(e.id()).stream()
                .filter(t -> t.status() == TicketTypeStatus.ACTIVE)
                .map(t -> new PublicEventView.Ticket(
                        t.id(), t.name(), t.price(), t.currency(), min(eventFree, free(t.capacity(), t.seatsTaken()))))
                .toList();
        return new PublicEventView(
                e.id(),
                e.title(),
                e.description(),
                e.venue(),
                e.address(),
                e.onlineUrl(),
                e.startsAt(),
                e.endsAt(),
                e.timeZone(),
                e.registrationClosesAt(),
                eventFree,
                e.questions(),
                tickets);
    }

    private static Integer free(Integer capacity, int taken) {
        return capacity == null ? null : Math.max(0, capacity - taken);
    }

    private static Integer min(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.min(a, b);
    }

    private static Instant instant(LocalDateTime at, String zone) {
        return at.atZone(ZoneId.of(zone)).toInstant();
    }
}
