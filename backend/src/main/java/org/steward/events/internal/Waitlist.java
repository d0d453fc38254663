package org.steward.events.internal;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.steward.audit.AuditTrail;
import org.steward.audit.Changes;
import org.steward.events.EventsConfig;
import org.steward.events.RegistrationStatus;
import org.steward.shared.security.CurrentActor;

/**
 * Serves an event's waitlist, always under the event's row lock held by the caller (ADR 0017): offers that expired
 * are cancelled, then the freed seats are offered to the waitlisted parties in the order they joined, each one that
 * fits in what is free of the event and of its ticket type, held for {@code app.events.offer-hold}.
 */
@Singleton
public class Waitlist {

    public static final String ENTITY = "event-registration";
    public static final String EXPIRED = "The offer of freed seats expired";

    private final RegistrationStore registrations;
    private final EventStore events;
    private final EventsConfig config;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final EventTimeline timeline;

    Waitlist(
            RegistrationStore registrations,
            EventStore events,
            EventsConfig config,
            AuditTrail audit,
            CurrentActor actor,
            EventTimeline timeline) {
        this.timeline = timeline;
        this.registrations = registrations;
        this.events = events;
        this.config = config;
        this.audit = audit;
        this.actor = actor;
    }

    /** Expires the offers due by {@code now} and offers the free seats to the waitlist; returns the offers made. */
    public int settle(EventStore.EventRow event, Instant now) {
        String by = actor.name();
        for (var offer : registrations.expiredOffers(event.id(), now)) {
            var cancelled = offer.cancelled(now, EXPIRED, by);
            registrations.update(cancelled);
            audit.record(
                    ENTITY,
                    offer.id(),
                    AuditTrail.UPDATED,
                    Changes.track()
                            .field("status", offer.status(), RegistrationStatus.CANCELLED)
                            .list(),
                    EXPIRED);
            timeline.record(offer.constituentId(), "The seats offered for " + event.title() + " expired", now);
        }
        return offerFreedSeats(event, now);
    }

    private int offerFreedSeats(EventStore.EventRow event, Instant now) {
        List<RegistrationStore.RegistrationRow> waiting = registrations.waitlist(event.id());
        if (waiting.isEmpty()) {
            return 0;
        }
        var occupancy = registrations.occupancy(event.id());
        Integer eventFree = Seats.free(event.capacity(), occupancy.taken());
        if (eventFree != null && eventFree == 0) {
            return 0;
        }
        Map<UUID, Integer> ticketFree = new HashMap<>();
        for (var type : events.ticketTypes(event.id())) {
            ticketFree.put(type.id(), Seats.free(type.capacity(), occupancy.takenOf(type.id())));
        }
        Instant expires = now.plus(config.offerHold());
        String by = actor.name();
        int offers = 0;
        for (var party : waiting) {
            Integer typeFree = ticketFree.get(party.ticketTypeId());
            if (!Seats.fits(party.partySize(), eventFree, typeFree)) {
                continue;
            }
            registrations.update(party.offered(now, expires, by));
            audit.record(
                    ENTITY,
                    party.id(),
                    AuditTrail.UPDATED,
                    Changes.track()
                            .field("status", party.status(), RegistrationStatus.OFFERED)
                            .field("offerExpiresAt", null, expires)
                            .list(),
                    "Seats freed: offered to the first waiting party that fits");
            timeline.record(party.constituentId(), "Offered freed seats for " + event.title(), now);
            offers++;
            if (eventFree != null) {
                eventFree -= party.partySize();
            }
            if (typeFree != null) {
                ticketFree.put(party.ticketTypeId(), typeFree - party.partySize());
            }
            if (eventFree != null && eventFree == 0) {
                break;
            }
        }
        return offers;
    }
}
