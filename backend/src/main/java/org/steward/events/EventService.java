package org.steward.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.steward.audit.AuditTrail;
import org.steward.audit.Changes;
import org.steward.campaigns.CampaignService;
import org.steward.donations.DonationsConfig;
import org.steward.events.internal.EventCalendar;
import org.steward.events.internal.EventStore;
import org.steward.events.internal.EventStore.EventRow;
import org.steward.events.internal.EventStore.QuestionRow;
import org.steward.events.internal.EventStore.TicketTypeRow;
import org.steward.events.internal.RegistrationStore;
import org.steward.events.internal.Seats;
import org.steward.events.internal.TicketPricing;
import org.steward.events.internal.Waitlist;
import org.steward.shared.errors.StaleVersionException;
import org.steward.shared.ids.Ids;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;
import org.steward.shared.web.PageResponse;

/**
 * Events and their ticket types: set-up (with optimistic versions), the status transitions publish, cancel and
 * complete, and the seat counts. Every change is audited (entity types {@code event} and {@code ticket-type}).
 */
@Singleton
public class EventService {

    static final int FEED_LIMIT = 500;
    static final int FEED_PAGE = 100;

    public static final String ENTITY = "event";
    public static final String TICKET_TYPE = "ticket-type";

    private final EventStore store;
    private final RegistrationStore registrations;
    private final Waitlist waitlist;
    private final CampaignService campaigns;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Timestamps timestamps;
    private final EventCalendar calendar;
    private final DonationsConfig donations;
    private final RegistrationService registrationService;

    EventService(
            EventStore store,
            RegistrationStore registrations,
            Waitlist waitlist,
            CampaignService campaigns,
            AuditTrail audit,
            CurrentActor actor,
            Timestamps timestamps,
            EventCalendar calendar,
            DonationsConfig donations,
            RegistrationService registrationService) {
        this.registrationService = registrationService;
        this.calendar = calendar;
        this.donations = donations;
        this.store = store;
        this.registrations = registrations;
        this.waitlist = waitlist;
        this.campaigns = campaigns;
        this.audit = audit;
        this.actor = actor;
        this.timestamps = timestamps;
    }

    @Transactional
    public EventView create(EventCommands.SaveEvent c) {
        check(c);
        Instant now = timestamps.now();
        String by = actor.name();
        EventRow row = row(Ids.next(), c, EventStatus.DRAFT, 0, now, by, now, by);
        store.insert(row);
        saveQuestions(row.id(), c.questions(), now, by);
        audit.record(ENTITY, row.id(), AuditTrail.CREATED, Changes.created(snapshot(row)));
        return view(row);
    }

    @Transactional(readOnly = true)
    public EventView get(UUID id) {
        return view(load(id));
    }

    /** Events, soonest first; {@code from} keeps those not yet ended by then (local times). */
    @Transactional(readOnly = true)
    public PageResponse<EventView> list(
            @Nullable EventStatus status, @Nullable LocalDateTime from, int page, int size) {
        List<EventView> items = store.events(status, from, page * size, size).stream()
                .map(this::view)
                .toList();
        return new PageResponse<>(items, page, size, store.countEvents(status, from));
    }

    /**
     * Replaces the event's set-up at the version the client read. A raised capacity offers the new seats to the
     * waitlist at once; a lowered one takes no seat from anyone.
     */
    @Transactional
    public EventView update(UUID id, EventCommands.SaveEvent c, long version) {
        EventRow was = lock(id);
        if (was.version() != version) {
            throw new StaleVersionException(ENTITY, id);
        }
        if (was.status().isClosed()) {
            throw EventProblems.eventClosed(id, was.status());
        }
        check(c);
        Instant now = timestamps.now();
        String by = actor.name();
        EventRow is = row(id, c, was.status(), version + 1, was.createdAt(), was.createdBy(), now, by);
        if (!store.update(is, version)) {
            throw new StaleVersionException(ENTITY, id);
        }
        saveQuestions(id, c.questions(), now, by);
        Map<String, Object> before = snapshot(was);
        Changes changes = Changes.track();
        snapshot(is).forEach((field, value) -> changes.field(field, before.get(field), value));
        audit.record(ENTITY, id, AuditTrail.UPDATED, changes.list());
        if (is.status() == EventStatus.PUBLISHED) {
            waitlist.settle(is, now);
        }
        return view(is);
    }

    /** DRAFT → PUBLISHED, with at least one active ticket type. */
    @Transactional
    public EventView publish(UUID id) {
        EventRow e = lock(id);
        if (e.status() != EventStatus.DRAFT) {
            throw EventProblems.invalidTransition(e.status(), "published");
        }
        if (store.ticketTypes(id).stream().noneMatch(t -> t.status() == TicketTypeStatus.ACTIVE)) {
            throw EventProblems.noTicketTypes();
        }
        return transition(e, EventStatus.PUBLISHED, null);
    }

    /** DRAFT or PUBLISHED → CANCELLED, cancelling its registrations without refunds and telling registrants. */
    @Transactional
    public EventView cancel(UUID id, @Nullable String reason) {
        return cancel(id, reason, false, true);
    }

    /**
     * DRAFT or PUBLISHED → CANCELLED. In the same transaction every REGISTERED, WAITLISTED and OFFERED registration
     * is cancelled ("Event cancelled" and the reason), its fee refunded through the gift ledger when {@code
     * refundFees}, and when {@code notify} a cancellation email queued to each registrant who has an address.
     */
    @Transactional
    public EventView cancel(UUID id, @Nullable String reason, boolean refundFees, boolean notify) {
        EventRow e = lock(id);
        if (e.status().isClosed()) {
            throw EventProblems.invalidTransition(e.status(), "cancelled");
        }
        EventView cancelled = transition(e, EventStatus.CANCELLED, reason);
        registrationService.cancelAllOf(e, reason, refundFees, notify);
        return cancelled;
    }

    /**
     * PUBLISHED → COMPLETED, once the event has started in its time zone; every party still REGISTERED (not checked
     * in) becomes NO_SHOW.
     */
    @Transactional
    public EventView complete(UUID id) {
        EventRow e = lock(id);
        if (e.status() != EventStatus.PUBLISHED) {
            throw EventProblems.invalidTransition(e.status(), "completed");
        }
        if (e.startsAt().atZone(ZoneId.of(e.timeZone())).toInstant().isAfter(timestamps.now())) {
            throw EventProblems.notStarted();
        }
        EventView completed = transition(e, EventStatus.COMPLETED, null);
        Instant now = timestamps.now();
        String by = actor.name();
        for (var r : registrations.registered(id)) {
            var is = r.noShow(now, by);
            registrations.update(is);
            audit.record(
                    Waitlist.ENTITY,
                    r.id(),
                    AuditTrail.UPDATED,
                    Changes.track().field("status", r.status(), is.status()).list(),
                    "Not checked in when the event was completed");
        }
        return completed;
    }

    private EventView transition(EventRow e, EventStatus next, @Nullable String reason) {
        EventRow is = e.withStatus(next, e.version() + 1, timestamps.now(), actor.name());
        if (!store.update(is, e.version())) {
            throw new StaleVersionException(ENTITY, e.id());
        }
        audit.record(
                ENTITY,
                e.id(),
                AuditTrail.UPDATED,
                Changes.track().field("status", e.status(), next).list(),
                reason);
        return view(is);
    }

    // ticket types

    @Transactional(readOnly = true)
    public List<TicketTypeView> ticketTypes(UUID eventId) {
        load(eventId);
        var occupancy = registrations.occupancy(eventId);
        return store.ticketTypes(eventId).stream()
                .map(t -> view(t, occupancy.takenOf(t.id())))
                .toList();
    }

    @Transactional
    public TicketTypeView createTicketType(UUID eventId, EventCommands.SaveTicketType c) {
        EventRow e = lock(eventId);
        if (e.status().isClosed()) {
            throw EventProblems.eventClosed(eventId, e.status());
        }
        TicketPricing pricing = TicketPricing.of(c.price(), c.currency(), c.fairMarketValue());
        requireBaseCurrency(pricing.price().currency());
        Instant now = timestamps.now();
        String by = actor.name();
        TicketTypeRow t = new TicketTypeRow(
                Ids.next(),
                eventId,
                c.name().strip(),
                pricing.price().amount(),
                pricing.price().currency(),
                pricing.fairMarketValue().amount(),
                c.capacity(),
                TicketTypeStatus.ACTIVE,
                0,
                now,
                by,
                now,
                by);
        store.insertTicketType(t);
        audit.record(TICKET_TYPE, t.id(), AuditTrail.CREATED, Changes.created(snapshot(t)));
        return view(t, 0);
    }

    @Transactional
    public TicketTypeView updateTicketType(UUID eventId, UUID id, EventCommands.SaveTicketType c, long version) {
        EventRow e = lock(eventId);
        TicketTypeRow was = store.ticketType(eventId, id).orElseThrow(() -> EventProblems.ticketTypeNotFound(id));
        if (was.version() != version) {
            throw new StaleVersionException(TICKET_TYPE, id);
        }
        if (e.status().isClosed()) {
            throw EventProblems.eventClosed(eventId, e.status());
        }
        TicketPricing pricing = TicketPricing.of(c.price(), c.currency(), c.fairMarketValue());
        requireBaseCurrency(pricing.price().currency());
        TicketTypeRow is = new TicketTypeRow(
                id,
                eventId,
                c.name().strip(),
                pricing.price().amount(),
                pricing.price().currency(),
                pricing.fairMarketValue().amount(),
                c.capacity(),
                was.status(),
                version + 1,
                was.createdAt(),
                was.createdBy(),
                timestamps.now(),
                actor.name());
        return saveTicketType(e, was, is);
    }

    /** Takes no new registrations; its registrations keep their seats. */
    @Transactional
    public TicketTypeView retireTicketType(UUID eventId, UUID id) {
        EventRow e = lock(eventId);
        TicketTypeRow was = store.ticketType(eventId, id).orElseThrow(() -> EventProblems.ticketTypeNotFound(id));
        TicketTypeRow is = new TicketTypeRow(
                id,
                eventId,
                was.name(),
                was.price(),
                was.currency(),
                was.fairMarketValue(),
                was.capacity(),
                TicketTypeStatus.RETIRED,
                was.version() + 1,
                was.createdAt(),
                was.createdBy(),
                timestamps.now(),
                actor.name());
        return saveTicketType(e, was, is);
    }

    /** Deletes a ticket type nobody registered with; one that was used is retired instead (409). */
    @Transactional
    public void deleteTicketType(UUID eventId, UUID id) {
        lock(eventId);
        TicketTypeRow was = store.ticketType(eventId, id).orElseThrow(() -> EventProblems.ticketTypeNotFound(id));
        if (registrations.ticketTypeUsed(id)) {
            throw EventProblems.ticketTypeInUse(id);
        }
        store.deleteTicketType(id);
        audit.record(
                TICKET_TYPE,
                id,
                AuditTrail.DELETED,
                Changes.track().field("name", was.name(), null).list());
    }

    private TicketTypeView saveTicketType(EventRow e, TicketTypeRow was, TicketTypeRow is) {
        if (!store.updateTicketType(is, was.version())) {
            throw new StaleVersionException(TICKET_TYPE, is.id());
        }
        Map<String, Object> before = snapshot(was);
        Changes changes = Changes.track();
        snapshot(is).forEach((field, value) -> changes.field(field, before.get(field), value));
        audit.record(TICKET_TYPE, is.id(), AuditTrail.UPDATED, changes.list());
        if (e.status() == EventStatus.PUBLISHED) {
            waitlist.settle(e, timestamps.now());
        }
        return view(is, registrations.occupancy(e.id()).takenOf(is.id()));
    }

    // rules

    /** The event as an iCalendar file (RFC 5545): one VEVENT in the event's time zone, with its VTIMEZONE. */
    @Transactional(readOnly = true)
    public String calendar(UUID id) {
        return calendar.calendar(List.of(load(id)));
    }

    /** The feed of published events that have not ended, soonest first (at most {@value #FEED_LIMIT}). */
    @Transactional(readOnly = true)
    public String publishedCalendar() {
        Instant now = timestamps.now();
        List<EventRow> upcoming = new java.util.ArrayList<>();
        for (int offset = 0; offset < FEED_LIMIT && upcoming.size() < FEED_LIMIT; offset += FEED_PAGE) {
            List<EventRow> page = store.events(EventStatus.PUBLISHED, null, offset, FEED_PAGE);
            for (EventRow e : page) {
                if (e.endsAt()
                                .atZone(java.time.ZoneId.of(e.timeZone()))
                                .toInstant()
                                .isAfter(now)
                        && upcoming.size() < FEED_LIMIT) {
                    upcoming.add(e);
                }
            }
            if (page.size() < FEED_PAGE) {
                break;
            }
        }
        return calendar.calendar(upcoming);
    }

    EventRow load(UUID id) {
        return store.event(id).orElseThrow(() -> EventProblems.eventNotFound(id));
    }

    EventRow lock(UUID id) {
        return store.lockEvent(id).orElseThrow(() -> EventProblems.eventNotFound(id));
    }

    /**
     * A fee is recorded as a gift without an exchange rate, so a ticket type is priced in the base currency of the
     * gift ledger ({@code app.donations.base-currency}).
     */
    private void requireBaseCurrency(String currency) {
        if (!donations.baseCurrency().equals(currency)) {
            throw EventProblems.currencyNotBase(currency, donations.baseCurrency());
        }
    }

    private void check(EventCommands.SaveEvent c) {
        if (!ZoneId.getAvailableZoneIds().contains(c.timeZone())) {
            throw EventProblems.unknownTimeZone(c.timeZone());
        }
        if (!c.endsAt().isAfter(c.startsAt())) {
            throw EventProblems.invalidDates("The event must end after it starts.");
        }
        if (c.registrationOpensAt() != null
                && c.registrationClosesAt() != null
                && !c.registrationClosesAt().isAfter(c.registrationOpensAt())) {
            throw EventProblems.invalidDates("Registration must close after it opens.");
        }
        if (c.registrationClosesAt() != null && c.registrationClosesAt().isAfter(c.endsAt())) {
            throw EventProblems.invalidDates("Registration cannot close after the event ends.");
        }
        if (blank(c.venue()) && blank(c.onlineUrl())) {
            throw EventProblems.locationRequired();
        }
        if (c.campaignId() != null && campaigns.findCampaign(c.campaignId()).isEmpty()) {
            throw EventProblems.unknownCampaign(c.campaignId());
        }
    }

    private void saveQuestions(UUID eventId, List<EventCommands.Question> wanted, Instant now, String by) {
        Map<UUID, QuestionRow> existing = new LinkedHashMap<>();
        store.questions(eventId, true).forEach(q -> existing.put(q.id(), q));
        Set<UUID> kept = new HashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            var q = wanted.get(i);
            if (q.id() == null) {
                store.insertQuestion(
                        eventId, new QuestionRow(Ids.next(), i, q.text().strip(), q.required(), false), now, by);
                continue;
            }
            QuestionRow was = existing.get(q.id());
            if (was == null || !kept.add(q.id())) {
                throw EventProblems.duplicateQuestion(q.id());
            }
            QuestionRow is = new QuestionRow(q.id(), i, q.text().strip(), q.required(), false);
            if (!is.equals(was)) {
                store.updateQuestion(is, now, by);
            }
        }
        for (QuestionRow q : existing.values()) {
            if (!kept.contains(q.id()) && !q.retired()) {
                // answers given already stay readable: a question leaves the form, not the history
                store.updateQuestion(new QuestionRow(q.id(), q.sortOrder(), q.text(), q.required(), true), now, by);
            }
        }
    }

    private static EventRow row(
            UUID id,
            EventCommands.SaveEvent c,
            EventStatus status,
            long version,
            Instant createdAt,
            String createdBy,
            Instant now,
            String by) {
        return new EventRow(
                id,
                c.title().strip(),
                trimmed(c.description()),
                trimmed(c.venue()),
                trimmed(c.address()),
                trimmed(c.onlineUrl()),
                c.startsAt().withNano(0),
                c.endsAt().withNano(0),
                c.timeZone(),
                c.registrationOpensAt() == null ? null : c.registrationOpensAt().withNano(0),
                c.registrationClosesAt() == null
                        ? null
                        : c.registrationClosesAt().withNano(0),
                c.capacity(),
                status,
                c.campaignId(),
                version,
                createdAt,
                createdBy,
                now,
                by);
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static String trimmed(@Nullable String text) {
        return blank(text) ? null : text.strip();
    }

    private static Map<String, Object> snapshot(EventRow e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", e.title());
        m.put("description", e.description());
        m.put("venue", e.venue());
        m.put("address", e.address());
        m.put("onlineUrl", e.onlineUrl());
        m.put("startsAt", e.startsAt());
        m.put("endsAt", e.endsAt());
        m.put("timeZone", e.timeZone());
        m.put("registrationOpensAt", e.registrationOpensAt());
        m.put("registrationClosesAt", e.registrationClosesAt());
        m.put("capacity", e.capacity());
        m.put("status", e.status());
        m.put("campaignId", e.campaignId());
        return m;
    }

    private static Map<String, Object> snapshot(TicketTypeRow t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eventId", t.eventId());
        m.put("name", t.name());
        m.put("price", t.price().toPlainString());
        m.put("currency", t.currency());
        m.put("fairMarketValue", t.fairMarketValue().toPlainString());
        m.put("capacity", t.capacity());
        m.put("status", t.status());
        return m;
    }

    EventView view(EventRow e) {
        var occupancy = registrations.occupancy(e.id());
        List<EventView.QuestionView> questions = new ArrayList<>();
        for (QuestionRow q : store.questions(e.id(), false)) {
            questions.add(new EventView.QuestionView(q.id(), q.text(), q.required()));
        }
        int taken = occupancy.taken();
        return new EventView(
                e.id(),
                e.title(),
                e.description(),
                e.venue(),
                e.address(),
                e.onlineUrl(),
                e.startsAt(),
                e.endsAt(),
                e.timeZone(),
                e.registrationOpensAt(),
                e.registrationClosesAt(),
                e.capacity(),
                e.status(),
                e.campaignId(),
                questions,
                new EventView.Seats(
                        taken,
                        Seats.free(e.capacity(), taken),
                        occupancy.count(RegistrationStatus.REGISTERED)
                                + occupancy.count(RegistrationStatus.ATTENDED)
                                + occupancy.count(RegistrationStatus.NO_SHOW),
                        occupancy.count(RegistrationStatus.WAITLISTED),
                        occupancy.count(RegistrationStatus.OFFERED)),
                e.version(),
                e.createdAt(),
                e.createdBy(),
                e.updatedAt(),
                e.updatedBy());
    }

    static TicketTypeView view(TicketTypeRow t, int taken) {
        TicketPricing pricing = TicketPricing.of(t.price(), t.currency(), t.fairMarketValue());
        return new TicketTypeView(
                t.id(),
                t.eventId(),
                t.name(),
                pricing.price().amount().toPlainString(),
                t.currency(),
                pricing.fairMarketValue().amount().toPlainString(),
                pricing.deductible().amount().toPlainString(),
                t.capacity(),
                t.status(),
                taken,
                t.version(),
                t.createdAt(),
                t.createdBy(),
                t.updatedAt(),
                t.updatedBy());
    }
}
