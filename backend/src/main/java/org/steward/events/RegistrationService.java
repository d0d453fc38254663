package org.steward.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.steward.audit.AuditTrail;
import org.steward.audit.Changes;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentRef;
import org.steward.constituents.ConstituentService;
import org.steward.constituents.ConstituentView;
import org.steward.constituents.ContactPoints;
import org.steward.constituents.DuplicateCandidate;
import org.steward.constituents.DuplicateService;
import org.steward.donations.GiftKind;
import org.steward.donations.GiftService;
import org.steward.donations.GiftStatus;
import org.steward.donations.GiftView;
import org.steward.donations.RecordGiftCommand;
import org.steward.donations.RefundGiftCommand;
import org.steward.donations.UpdateGiftCommand;
import org.steward.events.internal.CheckInCodes;
import org.steward.events.internal.EventStore;
import org.steward.events.internal.EventStore.EventRow;
import org.steward.events.internal.EventTimeline;
import org.steward.events.internal.NameFolding;
import org.steward.events.internal.RegistrationConfirmation;
import org.steward.events.internal.RegistrationStore;
import org.steward.events.internal.RegistrationStore.RegistrationRow;
import org.steward.events.internal.Seats;
import org.steward.events.internal.Waitlist;
import org.steward.shared.errors.InvalidInputException;
import org.steward.shared.errors.NotFoundException;
import org.steward.shared.ids.Ids;
import org.steward.shared.mail.Mail;
import org.steward.shared.persistence.DatabaseFailures;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;
import org.steward.shared.web.PageResponse;

/**
 * Registrations of constituents for events, by staff. Each change takes the event's row lock first (ADR 0017), so
 * the seats counted are the seats taken: a party that fits is REGISTERED, one that does not is WAITLISTED, and seats
 * that free up are offered to the waitlist in order. Offers that expired are settled lazily by every change and read
 * of the event's registrations, and every minute by {@link OfferExpiryTask}. Audited as {@code event-registration}.
 */
@Singleton
public class RegistrationService {

    public static final int MAX_GUESTS = 50;
    static final String ENTITY = Waitlist.ENTITY;
    static final int SUMMARY_LIMIT = 10;
    static final String SOURCE = "event-registration";
    static final String EVENT_CANCELLED = "Event cancelled";
    static final int BATCH = 200;

    private final EventStore events;
    private final RegistrationStore store;
    private final Waitlist waitlist;
    private final ConstituentService constituents;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Timestamps timestamps;
    private final RegistrationConfirmation confirmation;
    private final GiftService gifts;
    private final EventTimeline timeline;
    private final DuplicateService duplicates;

    RegistrationService(
            EventStore events,
            RegistrationStore store,
            Waitlist waitlist,
            ConstituentService constituents,
            AuditTrail audit,
            CurrentActor actor,
            Timestamps timestamps,
            RegistrationConfirmation confirmation,
            GiftService gifts,
            EventTimeline timeline,
            DuplicateService duplicates) {
        this.duplicates = duplicates;
        this.events = events;
        this.store = store;
        this.waitlist = waitlist;
        this.constituents = constituents;
        this.audit = audit;
        this.actor = actor;
        this.timestamps = timestamps;
        this.confirmation = confirmation;
        this.gifts = gifts;
        this.timeline = timeline;
    }

    /**
     * Registers a constituent: REGISTERED when the party fits in the seats left of the event and of the ticket type
     * (after expired offers went to the waitlist), else WAITLISTED. With an idempotency key, the same key and body
     * sent again by the same user return the registration the first request made; another body gets 409.
     */
    @Transactional
    public RegistrationView register(
            UUID eventId, EventCommands.Register c, @Nullable String idempotencyKey, @Nullable String requestHash) {
        Instant now = timestamps.now();
        String by = actor.name();
        UUID id = Ids.next();
        if (idempotencyKey != null) {
            var replayed = claim(idempotencyKey, requestHash, id, now, by);
            if (replayed.isPresent()) {
                return replayed.get();
            }
        }
        return registerAs(id, eventId, c, now, by);
    }

    /**
     * Claims an idempotency key for the registration {@code id} about to be made; when the key was used before, the
     * registration it made (or 409 for another body) instead.
     */
    private java.util.Optional<RegistrationView> claim(
            String idempotencyKey, @Nullable String requestHash, UUID id, Instant now, String by) {
        var existing = store.idempotencyKey(by, idempotencyKey);
        if (existing.isPresent()) {
            return java.util.Optional.of(replay(existing.get(), requestHash));
        }
        try {
            store.insertIdempotencyKey(idempotencyKey, requestHash, id, now, by);
        } catch (DataAccessException e) {
            if (!DatabaseFailures.isConstraintViolation(e)) {
                throw e;
            }
            return java.util.Optional.of(
                    replay(store.idempotencyKey(by, idempotencyKey).orElseThrow(() -> e), requestHash));
        }
        return java.util.Optional.empty();
    }

    private RegistrationView registerAs(UUID id, UUID eventId, EventCommands.Register c, Instant now, String by) {
        EventRow event = lock(eventId);
        requireOpen(event, now);
        var type = events.ticketType(eventId, c.ticketTypeId())
                .orElseThrow(() -> EventProblems.unknownTicketType(c.ticketTypeId()));
        if (type.status() != TicketTypeStatus.ACTIVE) {
            throw EventProblems.ticketTypeRetired(type.id());
        }
        requireConstituent(c.constituentId());
        if (store.hasActiveRegistration(eventId, c.constituentId())) {
            throw EventProblems.alreadyRegistered(c.constituentId());
        }
        Map<UUID, String> answers = answers(eventId, c.answers());
        List<String> guests = c.guestNames().stream().map(String::strip).toList();
        int party = 1 + guests.size() + c.unnamedGuests();

        waitlist.settle(event, now);
        var occupancy = store.occupancy(eventId);
        boolean fits = Seats.fits(
                party,
                Seats.free(event.capacity(), occupancy.taken()),
                Seats.free(type.capacity(), occupancy.takenOf(type.id())));
        RegistrationStatus status = fits ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED;
        RegistrationRow row = new RegistrationRow(
                id,
                eventId,
                type.id(),
                c.constituentId(),
                status,
                c.unnamedGuests(),
                party,
                trimmed(c.dietaryNotes()),
                trimmed(c.accessibilityNotes()),
                fits ? null : now,
                null,
                null,
                null,
                null,
                0,
                now,
                by,
                now,
                by,
                null,
                null,
                0);
        store.insert(row, guests, answers);
        String token = CheckInCodes.newToken();
        store.setCheckInToken(id, token);
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("eventId", eventId);
        created.put("ticketTypeId", type.id());
        created.put("constituentId", c.constituentId());
        created.put("status", status);
        created.put("partySize", party);
        created.put("guestNames", guests.size());
        audit.record(ENTITY, id, AuditTrail.CREATED, Changes.created(created));
        if (fits) {
            recordFee(event, row, c.paymentMethod(), now);
        }
        timeline(row.constituentId(), (fits ? "Registered for " : "Waitlisted for ") + event.title(), now);
        confirm(event, row, token, RegistrationConfirmation.dedupeKey(id));
        return view(row);
    }

    /**
     * Registers a new person: with the same idempotency key and body as before, the registration made then; else
     * the duplicate rules run on the person's email and phone, and likely matches refuse the request (409 {@code
     * events.possible-duplicate} listing them) unless {@code createAnyway}; otherwise the person is created as an
     * individual constituent and registered as {@link #register} does, in this one transaction, so a refused
     * registration leaves no new constituent behind.
     */
    @Transactional
    public RegistrationView registerPerson(
            UUID eventId,
            EventCommands.NewPerson person,
            boolean createAnyway,
            EventCommands.Register c,
            @Nullable String idempotencyKey,
            @Nullable String requestHash) {
        Instant now = timestamps.now();
        String by = actor.name();
        UUID id = Ids.next();
        if (idempotencyKey != null) {
            // claimed before the person is created, so a concurrent retry of the same request creates no one
            var replayed = claim(idempotencyKey, requestHash, id, now, by);
            if (replayed.isPresent()) {
                return replayed.get();
            }
        }
        requireOpen(lock(eventId), now);
        if (!createAnyway) {
            List<DuplicateCandidate> likely = duplicates.candidatesForNewPerson(person.email(), person.phone());
            if (!likely.isEmpty()) {
                throw EventProblems.possibleDuplicate(likely);
            }
        }
        UUID created = constituents.create(person.draft(SOURCE)).id().value();
        return registerAs(
                id,
                eventId,
                new EventCommands.Register(
                        created,
                        c.ticketTypeId(),
                        c.guestNames(),
                        c.unnamedGuests(),
                        c.answers(),
                        c.dietaryNotes(),
                        c.accessibilityNotes(),
                        c.paymentMethod()),
                now,
                by);
    }

    /** The registration whose check-in code (QR) carries this token. */
    @Transactional(readOnly = true)
    public java.util.Optional<RegistrationView> byCheckInToken(String token) {
        return store.byCheckInToken(token).map(this::view);
    }

    @Transactional
    public RegistrationView get(UUID id) {
        RegistrationRow r = load(id);
        if (settleIfDue(r.eventId())) {
            r = load(id);
        }
        return view(r);
    }

    /** The event's registrations in the order they were made, optionally of one status. */
    @Transactional
    public PageResponse<RegistrationView> list(UUID eventId, @Nullable RegistrationStatus status, int page, int size) {
        return list(eventId, status, null, page, size);
    }

    /**
     * The event's registrations in the order they were made, optionally of one status and with {@code q} in the
     * registrant's or a named guest's name (ignoring case and accents: "zoe" finds "Zoë").
     */
    @Transactional
    public PageResponse<RegistrationView> list(
            UUID eventId, @Nullable RegistrationStatus status, @Nullable String q, int page, int size) {
        events.event(eventId).orElseThrow(() -> EventProblems.eventNotFound(eventId));
        settleIfDue(eventId);
        String wanted = q == null ? "" : NameFolding.fold(q);
        if (wanted.isEmpty()) {
            List<RegistrationRow> rows = store.page(eventId, status, page * size, size);
            return new PageResponse<>(views(rows), page, size, store.count(eventId, status));
        }
        // the names live in the constituents module: match them here (an event has at most some thousands)
        List<RegistrationRow> all = store.all(eventId, status);
        Map<UUID, List<String>> guests =
                store.guests(all.stream().map(RegistrationRow::id).toList());
        Map<ConstituentId, ConstituentRef> refs = refs(all);
        List<RegistrationRow> found = all.stream()
                .filter(r -> {
                    ConstituentRef ref = refs.get(new ConstituentId(r.constituentId()));
                    return (ref != null && NameFolding.fold(ref.displayName()).contains(wanted))
                            || guests.getOrDefault(r.id(), List.of()).stream()
                                    .anyMatch(g -> NameFolding.fold(g).contains(wanted));
                })
                .toList();
        int from = (int) Math.min((long) page * size, found.size());
        int to = Math.min(from + size, found.size());
        return new PageResponse<>(views(found.subList(from, to)), page, size, found.size());
    }

    /** Cancels a registered, waitlisted or offered registration; its seats go to the waitlist. The fee is kept. */
    @Transactional
    public RegistrationView cancel(UUID id, @Nullable String reason) {
        return cancel(id, reason, false);
    }

    /**
     * Cancels a registered, waitlisted or offered registration; its seats go to the waitlist. With {@code refund},
     * its fee goes back through the gift ledger: a paid (COMPLETED) fee is refunded in full, an unpaid (PENDING)
     * one is cancelled.
     */
    @Transactional
    public RegistrationView cancel(UUID id, @Nullable String reason, boolean refund) {
        Instant now = timestamps.now();
        Locked l = lockRegistration(id);
        if (!RegistrationStatus.ACTIVE.contains(l.registration().status())) {
            throw EventProblems.invalidRegistrationTransition(l.registration().status(), "cancelled");
        }
        RegistrationRow is = l.registration().cancelled(now, trimmed(reason), actor.name());
        store.update(is);
        audit.record(
                ENTITY,
                id,
                AuditTrail.UPDATED,
                Changes.track()
                        .field("status", l.registration().status(), is.status())
                        .list(),
                is.cancelReason());
        if (refund) {
            refundFee(id, is.cancelReason());
        }
        timeline(is.constituentId(), "Cancelled registration for " + l.event().title(), now);
        waitlist.settle(l.event(), now);
        return view(is);
    }

    /**
     * Takes the seats offered: OFFERED → REGISTERED, while the offer holds. An offer found expired is settled (its
     * seats go to the next in line) and that is kept: the caller gets 409 {@code events.offer-expired}.
     */
    @Transactional(noRollbackFor = OfferExpiredException.class)
    public RegistrationView acceptOffer(UUID id) {
        Instant now = timestamps.now();
        boolean wasOffered = load(id).status() == RegistrationStatus.OFFERED;
        Locked l = lockRegistration(id);
        RegistrationRow was = l.registration();
        if (wasOffered && was.status() == RegistrationStatus.CANCELLED && Waitlist.EXPIRED.equals(was.cancelReason())) {
            throw new OfferExpiredException(id);
        }
        if (was.status() != RegistrationStatus.OFFERED) {
            throw EventProblems.invalidRegistrationTransition(was.status(), "accepted (no seats are offered to it)");
        }
        RegistrationRow is = was.registered(now, actor.name());
        store.update(is);
        audit.record(
                ENTITY,
                id,
                AuditTrail.UPDATED,
                Changes.track().field("status", was.status(), is.status()).list(),
                "Accepted the offered seats");
        recordFee(l.event(), is, null, now);
        timeline(is.constituentId(), "Registered for " + l.event().title(), now);
        return view(is);
    }

    /** Turns the offered seats down: the registration is cancelled and the seats go to the next in line. */
    @Transactional
    public RegistrationView declineOffer(UUID id) {
        Instant now = timestamps.now();
        Locked l = lockRegistration(id);
        RegistrationRow was = l.registration();
        if (was.status() != RegistrationStatus.OFFERED) {
            throw EventProblems.invalidRegistrationTransition(was.status(), "declined (no seats are offered to it)");
        }
        RegistrationRow is = was.cancelled(now, "Declined the offered seats", actor.name());
        store.update(is);
        audit.record(
                ENTITY,
                id,
                AuditTrail.UPDATED,
                Changes.track().field("status", was.status(), is.status()).list(),
                is.cancelReason());
        timeline(
                is.constituentId(),
                "Declined the seats offered for " + l.event().title(),
                now);
        waitlist.settle(l.event(), now);
        return view(is);
    }

    /** Gives the registration (status, seats, place on the waitlist, guests) to another constituent. */
    @Transactional
    public RegistrationView transfer(UUID id, UUID toConstituentId, @Nullable String reason) {
        Instant now = timestamps.now();
        Locked l = lockRegistration(id);
        RegistrationRow was = l.registration();
        if (!RegistrationStatus.ACTIVE.contains(was.status())) {
            throw EventProblems.invalidRegistrationTransition(was.status(), "transferred");
        }
        if (was.constituentId().equals(toConstituentId)) {
            throw EventProblems.transferToSame();
        }
        requireConstituent(toConstituentId);
        if (store.hasActiveRegistration(was.eventId(), toConstituentId)) {
            throw EventProblems.alreadyRegistered(toConstituentId);
        }
        RegistrationRow is = was.transferred(toConstituentId, now, actor.name());
        store.update(is);
        audit.record(
                ENTITY,
                id,
                AuditTrail.UPDATED,
                Changes.track()
                        .field("constituentId", was.constituentId(), toConstituentId)
                        .list(),
                trimmed(reason) == null ? "Transferred" : trimmed(reason));
        String title = l.event().title();
        timeline(was.constituentId(), "Transferred registration for " + title, now);
        timeline(
                toConstituentId,
                (is.status() == RegistrationStatus.WAITLISTED ? "Waitlisted for " : "Registered for ") + title
                        + " (transferred)",
                now);
        String token = CheckInCodes.newToken();
        store.setCheckInToken(id, token);
        confirm(l.event(), is, token, RegistrationConfirmation.transferKey(id, token));
        return view(is);
    }

    // check-in at the door (docs/adr/0019-check-in-at-the-door.md)

    /** How far ahead of the server's clock a check-in may be dated (clocks of phones at the door drift). */
    static final java.time.Duration CHECK_IN_AHEAD = java.time.Duration.ofMinutes(5);

    static final String CHECK_IN = "CHECK_IN";
    static final String UNDO_CHECK_IN = "UNDO_CHECK_IN";

    /**
     * Checks a registered party (or a no-show arriving late) in: ATTENDED, with {@code guests} of its guests (default
     * all), at {@code checkedInAt} (default now: a check-in queued offline sends the tap's time). On an ATTENDED
     * registration it only sets the guests, keeping the first check-in's time. An {@code idempotencyKey} used before
     * on this registration (by this or an undo) changes nothing and answers the registration as it is now.
     */
    @Transactional
    public RegistrationView checkIn(
            UUID id, @Nullable String idempotencyKey, @Nullable Integer guests, @Nullable Instant checkedInAt) {
        Instant now = timestamps.now();
        String by = actor.name();
        RegistrationRow before = load(id);
        if (guests != null && (guests < 0 || guests > before.partySize() - 1)) {
            throw InvalidInputException.of(
                    "guestsCheckedIn", "must be 0 to " + (before.partySize() - 1) + " (the party's guests)");
        }
        Instant at = checkedInAt == null ? now : checkedInAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        if (at.isAfter(now.plus(CHECK_IN_AHEAD))) {
            throw InvalidInputException.of("checkedInAt", "is more than 5 minutes in the future");
        }
        // under the event's lock, like every change of its registrations: a concurrent tap with the same key waits
        // here and then finds the key taken
        Locked l = lockRegistration(id);
        RegistrationRow was = l.registration();
        if (idempotencyKey != null && !takeKey(id, idempotencyKey, CHECK_IN, now, by)) {
            return view(was);
        }
        EventRow event = l.event();
        if (event.status() == EventStatus.DRAFT || event.status() == EventStatus.CANCELLED) {
            throw EventProblems.checkInClosed(event.id(), event.status());
        }
        if (was.status() == RegistrationStatus.ATTENDED) {
            if (guests == null || guests == was.guestsCheckedIn()) {
                return view(was);
            }
            RegistrationRow is = was.checkedIn(now, by, was.checkedInAt(), guests);
            store.update(is);
            audit.record(
                    ENTITY,
                    id,
                    AuditTrail.UPDATED,
                    Changes.track()
                            .field("guestsCheckedIn", was.guestsCheckedIn(), guests)
                            .list());
            return view(is);
        }
        if (was.status() != RegistrationStatus.REGISTERED && was.status() != RegistrationStatus.NO_SHOW) {
            throw EventProblems.notCheckable(id, was.status());
        }
        RegistrationRow is = was.checkedIn(now, by, at, guests == null ? was.partySize() - 1 : guests);
        store.update(is);
        audit.record(
                ENTITY,
                id,
                AuditTrail.UPDATED,
                Changes.track()
                        .field("status", was.status(), is.status())
                        .field("checkedInAt", null, is.checkedInAt())
                        .field("guestsCheckedIn", was.guestsCheckedIn(), is.guestsCheckedIn())
                        .list(),
                "Checked in");
        store.setAttendedInteraction(id, timeline(is.constituentId(), "Attended " + event.title(), at));
        return view(is);
    }

    /**
     * Takes a check-in back: ATTENDED → REGISTERED, nothing checked in, and the "Attended" entry leaves the
     * constituent's timeline. An {@code idempotencyKey} used before on this registration changes nothing.
     */
    @Transactional
    public RegistrationView undoCheckIn(UUID id, @Nullable String idempotencyKey) {
        Instant now = timestamps.now();
        String by = actor.name();
        Locked l = lockRegistration(id);
        RegistrationRow was = l.registration();
        if (idempotencyKey != null && store.checkInKey(id, idempotencyKey).isPresent()) {
            return view(was);
        }
        if (was.status() != RegistrationStatus.ATTENDED) {
            throw EventProblems.notCheckedIn(id, was.status());
        }
        if (idempotencyKey != null && !takeKey(id, idempotencyKey, UNDO_CHECK_IN, now, by)) {
            return view(load(id));
        }
        RegistrationRow is = was.checkInUndone(now, by);
        store.update(is);
        audit.record(
                ENTITY,
                id,
                AuditTrail.UPDATED,
                Changes.track()
                        .field("status", was.status(), is.status())
                        .field("checkedInAt", was.checkedInAt(), null)
                        .field("guestsCheckedIn", was.guestsCheckedIn(), 0)
                        .list(),
                "Check-in undone");
        var attended = store.attendedInteraction(id);
        if (attended.isPresent()) {
            timeline.retract(attended.get(), "Check-in undone");
            store.setAttendedInteraction(id, null);
        }
        return view(is);
    }

    /** The door page's data: the event, the counts and the roster sorted by name, with the check-in codes. */
    @Transactional(readOnly = true)
    public CheckInSheet checkInSheet(UUID eventId) {
        EventRow e = events.event(eventId).orElseThrow(() -> EventProblems.eventNotFound(eventId));
        List<RegistrationRow> rows = store.atTheDoor(eventId);
        List<UUID> ids = rows.stream().map(RegistrationRow::id).toList();
        Map<UUID, List<String>> guests = store.guests(ids);
        Map<UUID, String> codes = store.checkInTokens(ids);
        Map<ConstituentId, ConstituentRef> refs = refs(rows);
        Map<UUID, String> ticketNames = new HashMap<>();
        events.ticketTypes(eventId).forEach(t -> ticketNames.put(t.id(), t.name()));
        int people = 0;
        int attended = 0;
        int came = 0;
        List<CheckInSheet.Party> roster = new ArrayList<>();
        for (RegistrationRow r : rows) {
            people += r.partySize();
            if (r.status() == RegistrationStatus.ATTENDED) {
                attended++;
                came += 1 + r.guestsCheckedIn();
            }
            ConstituentRef ref = refs.get(new ConstituentId(r.constituentId()));
            roster.add(new CheckInSheet.Party(
                    r.id(),
                    r.constituentId(),
                    ref == null ? null : ref.displayName(),
                    ticketNames.get(r.ticketTypeId()),
                    r.status(),
                    r.partySize(),
                    guests.getOrDefault(r.id(), List.of()),
                    r.unnamedGuests(),
                    r.guestsCheckedIn(),
                    r.checkedInAt(),
                    codes.get(r.id()),
                    r.version()));
        }
        roster.sort(java.util.Comparator.comparing(
                        (CheckInSheet.Party p) -> p.name() == null ? "" : NameFolding.fold(p.name()))
                .thenComparing(p -> p.name() == null ? "" : p.name())
                .thenComparing(CheckInSheet.Party::registrationId));
        return new CheckInSheet(
                new CheckInSheet.Event(e.id(), e.title(), e.startsAt(), e.endsAt(), e.timeZone(), e.status()),
                new AttendanceCounts(rows.size(), people, attended, came),
                roster);
    }

    /** The counts alone, for those who may see no names. */
    @Transactional(readOnly = true)
    public AttendanceCounts attendance(UUID eventId) {
        events.event(eventId).orElseThrow(() -> EventProblems.eventNotFound(eventId));
        var a = store.attendance(eventId);
        return new AttendanceCounts(a.expectedParties(), a.expectedPeople(), a.checkedInParties(), a.checkedInPeople());
    }

    /** Takes the key for this registration; false when it was used before (also by a concurrent request). */
    private boolean takeKey(UUID id, String key, String action, Instant now, String by) {
        if (store.checkInKey(id, key).isPresent()) {
            return false;
        }
        try {
            store.insertCheckInKey(id, key, action, now, by);
            return true;
        } catch (DataAccessException e) {
            if (!DatabaseFailures.isConstraintViolation(e)) {
                throw e;
            }
            return false;
        }
    }

    private @Nullable UUID timeline(UUID constituentId, String subject, Instant at) {
        return timeline.record(constituentId, subject, at);
    }

    private Map<ConstituentId, ConstituentRef> refs(List<RegistrationRow> rows) {
        return constituents.refs(rows.stream()
                .map(r -> new ConstituentId(r.constituentId()))
                .distinct()
                .toList());
    }

    /**
     * Cancels every REGISTERED, WAITLISTED and OFFERED registration of an event being cancelled (the caller holds
     * its row lock and runs the transaction), with the reason "Event cancelled" (and the event's reason); {@code
     * refundFees} refunds their fees as {@link #cancel(UUID, String, boolean)} does, {@code notify} queues a
     * cancellation email to each registrant who has an address. No seats go to the waitlist: it is cancelled too.
     * Returns how many were cancelled.
     */
    int cancelAllOf(EventRow event, @Nullable String reason, boolean refundFees, boolean notify) {
        Instant now = timestamps.now();
        String why = trimmed(reason) == null ? EVENT_CANCELLED : EVENT_CANCELLED + ": " + trimmed(reason);
        int cancelled = 0;
        for (RegistrationStatus status :
                List.of(RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED, RegistrationStatus.OFFERED)) {
            List<RegistrationRow> batch;
            while (!(batch = store.page(event.id(), status, 0, BATCH)).isEmpty()) {
                for (RegistrationRow was : batch) {
                    RegistrationRow is = was.cancelled(now, why, actor.name());
                    store.update(is);
                    audit.record(
                            ENTITY,
                            is.id(),
                            AuditTrail.UPDATED,
                            Changes.track()
                                    .field("status", was.status(), is.status())
                                    .list(),
                            why);
                    timeline(is.constituentId(), "Cancelled registration for " + event.title(), now);
                    if (refundFees) {
                        refundFee(is.id(), why);
                    }
                    if (notify) {
                        recipient(is.constituentId())
                                .ifPresent(to -> confirmation.eventCancelled(event, is.id(), to, reason));
                    }
                    cancelled++;
                }
            }
        }
        return cancelled;
    }

    /** Cancels the event's expired offers and offers their seats to the next in line; returns the offers made. */
    @Transactional
    public int settleOffers(UUID eventId) {
        return events.lockEvent(eventId)
                .map(e -> waitlist.settle(e, timestamps.now()))
                .orElse(0);
    }

    @Transactional(readOnly = true)
    public List<UUID> eventsWithExpiredOffers(int limit) {
        return store.eventsWithExpiredOffers(timestamps.now(), limit);
    }

    /** The constituent's latest registrations, split by whether the event has ended. */
    @Transactional(readOnly = true)
    public EventsSummary summaryFor(ConstituentId constituentId) {
        Instant now = timestamps.now();
        List<EventsSummary.Item> upcoming = new ArrayList<>();
        List<EventsSummary.Item> past = new ArrayList<>();
        for (var r : store.ofConstituent(constituentId.value(), 4 * SUMMARY_LIMIT)) {
            var item = new EventsSummary.Item(
                    r.registrationId(), r.eventId(), r.title(), r.startsAt(), r.timeZone(), r.status(), r.partySize());
            boolean ended = !instant(r.endsAt(), r.timeZone()).isAfter(now);
            List<EventsSummary.Item> into = ended ? past : upcoming;
            if (into.size() < SUMMARY_LIMIT) {
                into.add(item);
            }
        }
        java.util.Collections.reverse(upcoming); // soonest first
        return new EventsSummary(upcoming, past);
    }

    // rules

    /**
     * Records the fee of a party that got seats on a paid ticket as an EVENT_FEE gift through the donations module:
     * price × party, with the benefits' fair-market value × party, so the deductible part is the rest; COMPLETED
     * with a payment method, PENDING without.
     */
    private void recordFee(EventRow event, RegistrationRow r, @Nullable String paymentMethod, Instant now) {
        var type = events.ticketType(event.id(), r.ticketTypeId()).orElseThrow();
        if (type.price().signum() <= 0 || store.feeGifts(List.of(r.id())).containsKey(r.id())) {
            return;
        }
        java.math.BigDecimal party = java.math.BigDecimal.valueOf(r.partySize());
        java.math.BigDecimal amount = type.price().multiply(party);
        java.math.BigDecimal benefits =
                type.fairMarketValue() == null ? null : type.fairMarketValue().multiply(party);
        GiftView gift = gifts.record(
                new RecordGiftCommand(
                        r.constituentId(),
                        amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString(),
                        type.currency(),
                        java.time.LocalDate.ofInstant(now, ZoneId.of(event.timeZone())),
                        paymentMethod == null ? GiftStatus.PENDING : GiftStatus.COMPLETED,
                        GiftKind.EVENT_FEE,
                        null,
                        null,
                        null,
                        event.campaignId(),
                        null,
                        paymentMethod,
                        "event-registration:" + r.id(),
                        false,
                        List.of(),
                        List.of(),
                        null,
                        "Event fee: " + event.title() + " (" + type.name() + " × " + r.partySize() + ")",
                        benefits == null || benefits.signum() == 0
                                ? null
                                : benefits.setScale(2, java.math.RoundingMode.UNNECESSARY)
                                        .toPlainString(),
                        null),
                null,
                null);
        store.setFeeGift(r.id(), gift.id());
    }

    private void refundFee(UUID registrationId, @Nullable String reason) {
        UUID giftId = store.feeGifts(List.of(registrationId)).get(registrationId);
        if (giftId == null) {
            return;
        }
        GiftView gift = gifts.get(giftId);
        String why = reason == null ? "Registration cancelled" : "Registration cancelled: " + reason;
        if (gift.status() == GiftStatus.COMPLETED) {
            gifts.refund(giftId, new RefundGiftCommand(null, null, why));
        } else if (gift.status() == GiftStatus.PENDING) {
            gifts.update(
                    giftId,
                    new UpdateGiftCommand(
                            GiftStatus.CANCELLED,
                            gift.campaignId(),
                            gift.appealId(),
                            gift.paymentMethod(),
                            gift.reference(),
                            gift.anonymous(),
                            gift.notes(),
                            gift.version()));
        }
    }

    /** Queues the confirmation email when the constituent has an email address (primary first). */
    private void confirm(EventRow event, RegistrationRow r, String token, String dedupeKey) {
        var to = recipient(r.constituentId());
        if (to.isEmpty()) {
            return;
        }
        if (r.status() == RegistrationStatus.REGISTERED) {
            confirmation.registered(event, r.id(), token, to.get(), r.partySize(), dedupeKey);
        } else {
            confirmation.waitlisted(event, r.id(), to.get(), dedupeKey);
        }
    }

    /** The constituent's email address to write to (the primary one first), with their name. */
    private java.util.Optional<Mail.Recipient> recipient(UUID constituentId) {
        ConstituentView who = constituents.get(new ConstituentId(constituentId), true);
        return who.emails().stream()
                .filter(ContactPoints.Email::primary)
                .findFirst()
                .or(() -> who.emails().stream().findFirst())
                .map(e -> new Mail.Recipient(e.address(), who.displayName()));
    }

    private record Locked(EventRow event, RegistrationRow registration) {}

    /** Locks the registration's event, settles its expired offers, and reads the registration as it now is. */
    private Locked lockRegistration(UUID id) {
        RegistrationRow r = load(id);
        EventRow event = lock(r.eventId());
        waitlist.settle(event, timestamps.now());
        return new Locked(event, load(id));
    }

    private boolean settleIfDue(UUID eventId) {
        if (!store.hasExpiredOffers(eventId, timestamps.now())) {
            return false;
        }
        settleOffers(eventId);
        return true;
    }

    private RegistrationRow load(UUID id) {
        return store.registration(id).orElseThrow(() -> EventProblems.registrationNotFound(id));
    }

    private EventRow lock(UUID eventId) {
        return events.lockEvent(eventId).orElseThrow(() -> EventProblems.eventNotFound(eventId));
    }

    private static Instant instant(LocalDateTime at, String zone) {
        return at.atZone(ZoneId.of(zone)).toInstant();
    }

    private static void requireOpen(EventRow e, Instant now) {
        if (e.status() != EventStatus.PUBLISHED) {
            throw EventProblems.registrationNotOpen(
                    "The event is " + e.status() + ": only a published event takes" + " registrations.");
        }
        if (e.registrationOpensAt() != null && now.isBefore(instant(e.registrationOpensAt(), e.timeZone()))) {
            throw EventProblems.registrationNotOpen(
                    "Registration opens on " + e.registrationOpensAt() + " (" + e.timeZone() + ").");
        }
        LocalDateTime closes = e.registrationClosesAt() == null ? e.endsAt() : e.registrationClosesAt();
        if (!now.isBefore(instant(closes, e.timeZone()))) {
            throw EventProblems.registrationNotOpen("Registration closed on " + closes + " (" + e.timeZone() + ").");
        }
    }

    /** The constituent must exist and be neither deleted nor merged; each case has its own problem. */
    private void requireConstituent(UUID id) {
        if (constituents.isActive(id)) {
            return;
        }
        ConstituentView c;
        try {
            c = constituents.get(new ConstituentId(id), true);
        } catch (NotFoundException e) {
            throw EventProblems.constituentNotFound(id);
        }
        if (c.mergedInto() != null) {
            throw EventProblems.constituentMerged(id, c.mergedInto().value());
        }
        throw EventProblems.constituentDeleted(id);
    }

    /** Answers to the event's current questions, each at most once, every required one answered. */
    private Map<UUID, String> answers(UUID eventId, List<EventCommands.Answer> given) {
        var questions = events.questions(eventId, false);
        Set<UUID> known = questions.stream().map(EventStore.QuestionRow::id).collect(Collectors.toSet());
        Map<UUID, String> answers = new LinkedHashMap<>();
        for (var a : given) {
            if (!known.contains(a.questionId())) {
                throw EventProblems.invalidAnswers("Question " + a.questionId() + " is not one of the event's.");
            }
            String text = trimmed(a.answer());
            if (text != null && answers.put(a.questionId(), text) != null) {
                throw EventProblems.invalidAnswers("Question " + a.questionId() + " is answered twice.");
            }
        }
        for (var q : questions) {
            if (q.required() && !answers.containsKey(q.id())) {
                throw EventProblems.invalidAnswers("The question '" + q.text() + "' (" + q.id() + ") needs an answer.");
            }
        }
        return answers;
    }

    private RegistrationView replay(RegistrationStore.IdempotencyKey key, @Nullable String requestHash) {
        if (!Objects.equals(key.requestHash(), requestHash)) {
            throw EventProblems.idempotencyKeyReused();
        }
        return view(load(key.registrationId()));
    }

    private static String trimmed(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private RegistrationView view(RegistrationRow r) {
        return views(List.of(r)).get(0);
    }

    private List<RegistrationView> views(List<RegistrationRow> rows) {
        List<UUID> ids = rows.stream().map(RegistrationRow::id).toList();
        Map<UUID, List<String>> guests = store.guests(ids);
        Map<UUID, Map<UUID, String>> answers = store.answers(ids);
        Map<UUID, UUID> fees = store.feeGifts(ids);
        Map<ConstituentId, ConstituentRef> refs = refs(rows);
        List<RegistrationView> views = new ArrayList<>();
        for (RegistrationRow r : rows) {
            ConstituentRef ref = refs.get(new ConstituentId(r.constituentId()));
            List<RegistrationView.AnswerView> given = new ArrayList<>();
            answers.getOrDefault(r.id(), new HashMap<>())
                    .forEach((q, a) -> given.add(new RegistrationView.AnswerView(q, a)));
            views.add(new RegistrationView(
                    r.id(),
                    r.eventId(),
                    r.ticketTypeId(),
                    r.constituentId(),
                    ref == null ? null : ref.displayName(),
                    r.status(),
                    guests.getOrDefault(r.id(), List.of()),
                    r.unnamedGuests(),
                    r.partySize(),
                    given,
                    r.dietaryNotes(),
                    r.accessibilityNotes(),
                    r.waitlistedAt(),
                    r.offeredAt(),
                    r.offerExpiresAt(),
                    r.cancelledAt(),
                    r.cancelReason(),
                    r.version(),
                    r.createdAt(),
                    r.createdBy(),
                    r.updatedAt(),
                    r.updatedBy(),
                    fees.get(r.id()),
                    r.checkedInAt(),
                    r.checkedInBy(),
                    r.guestsCheckedIn()));
        }
        return views;
    }
}
