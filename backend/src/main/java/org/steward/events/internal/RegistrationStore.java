package org.steward.events.internal;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.steward.events.RegistrationStatus;
import org.steward.shared.ids.Ids;
import org.steward.shared.persistence.Sql;

/** Registrations with their guests and answers in plain SQL, inside the caller's transaction. */
@Singleton
public class RegistrationStore {

    static final String COLUMNS = "id, event_id, ticket_type_id, constituent_id, status, unnamed_guests, party_size,"
            + " dietary_notes, accessibility_notes, waitlisted_at, offered_at, offer_expires_at, cancelled_at,"
            + " cancel_reason, version, created_at, created_by, updated_at, updated_by, checked_in_at, checked_in_by,"
            + " guests_checked_in";
    static final int COLUMN_COUNT = 22;
    static final String HOLDING = "('REGISTERED', 'OFFERED', 'ATTENDED', 'NO_SHOW')";
    static final String AT_THE_DOOR = "('REGISTERED', 'ATTENDED', 'NO_SHOW')";

    private final Sql sql;

    public RegistrationStore(Sql sql) {
        this.sql = sql;
    }

    public record RegistrationRow(
            UUID id,
            UUID eventId,
            UUID ticketTypeId,
            UUID constituentId,
            RegistrationStatus status,
            int unnamedGuests,
            int partySize,
            String dietaryNotes,
            String accessibilityNotes,
            Instant waitlistedAt,
            Instant offeredAt,
            Instant offerExpiresAt,
            Instant cancelledAt,
            String cancelReason,
            long version,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            Instant checkedInAt,
            String checkedInBy,
            int guestsCheckedIn) {

        public RegistrationRow registered(Instant at, String by) {
            return next(
                    constituentId, RegistrationStatus.REGISTERED, offeredAt, null, cancelledAt, cancelReason, at, by);
        }

        public RegistrationRow offered(Instant at, Instant expiresAt, String by) {
            return next(constituentId, RegistrationStatus.OFFERED, at, expiresAt, cancelledAt, cancelReason, at, by);
        }

        public RegistrationRow cancelled(Instant at, String reason, String by) {
            return next(constituentId, RegistrationStatus.CANCELLED, offeredAt, offerExpiresAt, at, reason, at, by);
        }

        public RegistrationRow transferred(UUID to, Instant at, String by) {
            return next(to, status, offeredAt, offerExpiresAt, cancelledAt, cancelReason, at, by);
        }

        /** ATTENDED, checked in at {@code checkedIn} by {@code by} with this many guests. */
        public RegistrationRow checkedIn(Instant at, String by, Instant checkedIn, int guests) {
            return withCheckIn(RegistrationStatus.ATTENDED, checkedIn, by, guests, at, by);
        }

        /** The check-in undone: REGISTERED again, nothing checked in. */
        public RegistrationRow checkInUndone(Instant at, String by) {
            return withCheckIn(RegistrationStatus.REGISTERED, null, null, 0, at, by);
        }

        /** Seats at the door that nobody used: a REGISTERED party when the event is completed. */
        public RegistrationRow noShow(Instant at, String by) {
            return withCheckIn(RegistrationStatus.NO_SHOW, null, null, 0, at, by);
        }

        private RegistrationRow next(
                UUID holder,
                RegistrationStatus newStatus,
                Instant newOfferedAt,
                Instant newOfferExpiresAt,
                Instant newCancelledAt,
                String newCancelReason,
                Instant at,
                String by) {
            return next(
                    holder,
                    newStatus,
                    newOfferedAt,
                    newOfferExpiresAt,
                    newCancelledAt,
                    newCancelReason,
                    checkedInAt,
                    checkedInBy,
                    guestsCheckedIn,
                    at,
                    by);
        }

        private RegistrationRow withCheckIn(
                RegistrationStatus newStatus, Instant checkedIn, String checkedBy, int guests, Instant at, String by) {
            return next(
                    constituentId,
                    newStatus,
                    offeredAt,
                    offerExpiresAt,
                    cancelledAt,
                    cancelReason,
                    checkedIn,
                    checkedBy,
                    guests,
                    at,
                    by);
        }

        /** The row after a change made at {@code at} by {@code by}: one version on, the rest as it was. */
        private RegistrationRow next(
                UUID holder,
                RegistrationStatus newStatus,
                Instant newOfferedAt,
                Instant newOfferExpiresAt,
                Instant newCancelledAt,
                String newCancelReason,
                Instant newCheckedInAt,
                String newCheckedInBy,
                int newGuestsCheckedIn,
                Instant at,
                String by) {
            return new RegistrationRow(
                    id,
                    eventId,
                    ticketTypeId,
                    holder,
                    newStatus,
                    unnamedGuests,
                    partySize,
                    dietaryNotes,
                    accessibilityNotes,
                    waitlistedAt,
                    newOfferedAt,
                    newOfferExpiresAt,
                    newCancelledAt,
                    newCancelReason,
                    version + 1,
                    createdAt,
                    createdBy,
                    at,
                    by,
                    newCheckedInAt,
                    newCheckedInBy,
                    newGuestsCheckedIn);
        }
    }

    /** Seats held per ticket type and parties waiting, as counted under the event's lock. */
    public record Occupancy(Map<UUID, Integer> takenByTicketType, Map<RegistrationStatus, Integer> registrations) {

        public int taken() {
            return takenByTicketType.values().stream()
                    .mapToInt(Integer::intValue)
                    .sum();
        }

        public int takenOf(UUID ticketTypeId) {
            return takenByTicketType.getOrDefault(ticketTypeId, 0);
        }

        public int count(RegistrationStatus status) {
            return registrations.getOrDefault(status, 0);
        }
    }

    public record SummaryRow(
            UUID registrationId,
            UUID eventId,
            String title,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            String timeZone,
            RegistrationStatus status,
            int partySize) {}

    public void insert(RegistrationRow r, List<String> guestNames, Map<UUID, String> answers) {
        sql.update(
                "INSERT INTO event_registrations (" + COLUMNS + ") VALUES (" + Sql.marks(COLUMN_COUNT) + ")",
                r.id(),
                r.eventId(),
                r.ticketTypeId(),
                r.constituentId(),
                r.status(),
                r.unnamedGuests(),
                r.partySize(),
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
                r.checkedInAt(),
                r.checkedInBy(),
                r.guestsCheckedIn());
        List<Object[]> guests = new ArrayList<>();
        for (int i = 0; i < guestNames.size(); i++) {
            guests.add(new Object[] {
                Ids.next(), r.id(), i, guestNames.get(i), r.createdAt(), r.createdBy(), r.createdAt(), r.createdBy()
            });
        }
        sql.batch(
                "INSERT INTO event_registration_guests (id, registration_id, sort_order, name, created_at, created_by,"
                        + " updated_at, updated_by) VALUES (" + Sql.marks(8) + ")",
                guests,
                g -> g);
        sql.batch(
                "INSERT INTO event_registration_answers (registration_id, question_id, answer, created_at, created_by,"
                        + " updated_at, updated_by) VALUES (" + Sql.marks(7) + ")",
                answers.entrySet(),
                a -> new Object[] {
                    r.id(), a.getKey(), a.getValue(), r.createdAt(), r.createdBy(), r.createdAt(), r.createdBy()
                });
    }

    /** Writes the status, offer, cancellation, check-in and owner of the registration. */
    public void update(RegistrationRow r) {
        sql.update(
                "UPDATE event_registrations SET constituent_id = ?, status = ?, waitlisted_at = ?, offered_at = ?,"
                        + " offer_expires_at = ?, cancelled_at = ?, cancel_reason = ?, version = ?, updated_at = ?,"
                        + " updated_by = ?, checked_in_at = ?, checked_in_by = ?, guests_checked_in = ? WHERE id = ?",
                r.constituentId(),
                r.status(),
                r.waitlistedAt(),
                r.offeredAt(),
                r.offerExpiresAt(),
                r.cancelledAt(),
                r.cancelReason(),
                r.version(),
                r.updatedAt(),
                r.updatedBy(),
                r.checkedInAt(),
                r.checkedInBy(),
                r.guestsCheckedIn(),
                r.id());
    }

    public void setCheckInToken(UUID id, String token) {
        sql.update("UPDATE event_registrations SET check_in_token = ? WHERE id = ?", token, id);
    }

    public void setFeeGift(UUID id, UUID giftId) {
        sql.update("UPDATE event_registrations SET fee_gift_id = ? WHERE id = ?", giftId, id);
    }

    /** The fee gifts of these registrations (those that have one). */
    public Map<UUID, UUID> feeGifts(Collection<UUID> registrationIds) {
        Map<UUID, UUID> gifts = new HashMap<>();
        if (registrationIds.isEmpty()) {
            return gifts;
        }
        sql.list(
                "SELECT id, fee_gift_id FROM event_registrations WHERE fee_gift_id IS NOT NULL AND id IN ("
                        + Sql.marks(registrationIds.size()) + ")",
                rs -> gifts.put(Sql.uuid(rs, "id"), Sql.uuid(rs, "fee_gift_id")),
                registrationIds.toArray());
        return gifts;
    }

    public Optional<RegistrationRow> byCheckInToken(String token) {
        return sql.one(
                "SELECT " + COLUMNS + " FROM event_registrations WHERE check_in_token = ?",
                RegistrationStore::row,
                token);
    }

    public Optional<RegistrationRow> registration(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM event_registrations WHERE id = ?", RegistrationStore::row, id);
    }

    public Occupancy occupancy(UUID eventId) {
        Map<UUID, Integer> taken = new HashMap<>();
        Map<RegistrationStatus, Integer> counts = new EnumMap<>(RegistrationStatus.class);
        sql.list(
                "SELECT ticket_type_id, status, COUNT(*) AS n, SUM(party_size) AS seats FROM event_registrations"
                        + " WHERE event_id = ? GROUP BY ticket_type_id, status",
                rs -> {
                    RegistrationStatus status = RegistrationStatus.valueOf(rs.getString("status"));
                    counts.merge(status, rs.getInt("n"), Integer::sum);
                    if (status.holdsSeats()) {
                        taken.merge(Sql.uuid(rs, "ticket_type_id"), rs.getInt("seats"), Integer::sum);
                    }
                    return null;
                },
                eventId);
        return new Occupancy(taken, counts);
    }

    /** The waitlist in the order it is served: first waitlisted first. */
    public List<RegistrationRow> waitlist(UUID eventId) {
        return sql.list(
                "SELECT " + COLUMNS + " FROM event_registrations WHERE event_id = ? AND status = 'WAITLISTED'"
                        + " ORDER BY waitlisted_at, id",
                RegistrationStore::row,
                eventId);
    }

    public List<RegistrationRow> expiredOffers(UUID eventId, Instant now) {
        return sql.list(
                "SELECT " + COLUMNS + " FROM event_registrations WHERE event_id = ? AND status = 'OFFERED'"
                        + " AND offer_expires_at <= ? ORDER BY offer_expires_at, id",
                RegistrationStore::row,
                eventId,
                now);
    }

    public boolean hasExpiredOffers(UUID eventId, Instant now) {
        return sql.count(
                        "SELECT COUNT(*) FROM event_registrations WHERE event_id = ? AND status = 'OFFERED'"
                                + " AND offer_expires_at <= ?",
                        eventId,
                        now)
                > 0;
    }

    /** Events with an offer that expired by {@code now}. */
    public List<UUID> eventsWithExpiredOffers(Instant now, int limit) {
        return sql.list(
                "SELECT DISTINCT event_id FROM event_registrations WHERE status = 'OFFERED' AND offer_expires_at <= ?"
                        + " ORDER BY event_id LIMIT ?",
                rs -> Sql.uuid(rs, "event_id"),
                now,
                limit);
    }

    public boolean hasActiveRegistration(UUID eventId, UUID constituentId) {
        return sql.count(
                        "SELECT COUNT(*) FROM event_registrations WHERE event_id = ? AND constituent_id = ?"
                                + " AND status <> 'CANCELLED'",
                        eventId,
                        constituentId)
                > 0;
    }

    public boolean ticketTypeUsed(UUID ticketTypeId) {
        return sql.count("SELECT COUNT(*) FROM event_registrations WHERE ticket_type_id = ?", ticketTypeId) > 0;
    }

    public List<RegistrationRow> page(UUID eventId, RegistrationStatus status, int offset, int limit) {
        return sql.list(
                "SELECT " + COLUMNS + " FROM event_registrations WHERE event_id = ?"
                        + (status == null ? "" : " AND status = '" + status.name() + "'")
                        + " ORDER BY created_at, id LIMIT ? OFFSET ?",
                RegistrationStore::row,
                eventId,
                limit,
                offset);
    }

    public long count(UUID eventId, RegistrationStatus status) {
        return sql.count(
                "SELECT COUNT(*) FROM event_registrations WHERE event_id = ?"
                        + (status == null ? "" : " AND status = '" + status.name() + "'"),
                eventId);
    }

    /** Guest names of each registration, in order. */
    public Map<UUID, List<String>> guests(Collection<UUID> registrationIds) {
        Map<UUID, List<String>> guests = new LinkedHashMap<>();
        if (registrationIds.isEmpty()) {
            return guests;
        }
        sql.list(
                "SELECT registration_id, name FROM event_registration_guests WHERE registration_id IN ("
                        + Sql.marks(registrationIds.size()) + ") ORDER BY registration_id, sort_order",
                rs -> guests.computeIfAbsent(Sql.uuid(rs, "registration_id"), k -> new ArrayList<>())
                        .add(rs.getString("name")),
                registrationIds.toArray());
        return guests;
    }

    public Map<UUID, Map<UUID, String>> answers(Collection<UUID> registrationIds) {
        Map<UUID, Map<UUID, String>> answers = new LinkedHashMap<>();
        if (registrationIds.isEmpty()) {
            return answers;
        }
        sql.list(
                "SELECT registration_id, question_id, answer FROM event_registration_answers WHERE registration_id IN ("
                        + Sql.marks(registrationIds.size()) + ") ORDER BY registration_id, question_id",
                rs -> answers.computeIfAbsent(Sql.uuid(rs, "registration_id"), k -> new LinkedHashMap<>())
                        .put(Sql.uuid(rs, "question_id"), rs.getString("answer")),
                registrationIds.toArray());
        return answers;
    }

    // idempotency keys

    public record IdempotencyKey(String requestHash, UUID registrationId) {}

    public Optional<IdempotencyKey> idempotencyKey(String user, String key) {
        return sql.one(
                "SELECT request_hash, registration_id FROM event_registration_idempotency_keys"
                        + " WHERE created_by = ? AND idempotency_key = ?",
                rs -> new IdempotencyKey(rs.getString("request_hash"), Sql.uuid(rs, "registration_id")),
                user,
                key);
    }

    /** Takes the key for {@code by}; a concurrent transaction inserting the same key waits for this one, then fails. */
    public void insertIdempotencyKey(String key, String hash, UUID registrationId, Instant at, String by) {
        sql.update(
                "INSERT INTO event_registration_idempotency_keys (created_by, idempotency_key, request_hash,"
                        + " registration_id, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                by,
                key,
                hash,
                registrationId,
                at,
                at,
                by);
    }

    // check-in at the door

    /** Expected at the door (REGISTERED, ATTENDED, NO_SHOW parties and their people) and checked in (ATTENDED). */
    public record Attendance(int expectedParties, int expectedPeople, int checkedInParties, int checkedInPeople) {}

    public Attendance attendance(UUID eventId) {
        int[] n = new int[4];
        sql.list(
                "SELECT status, COUNT(*) AS parties, SUM(party_size) AS people, SUM(1 + guests_checked_in) AS came"
                        + " FROM event_registrations WHERE event_id = ? AND status IN " + AT_THE_DOOR
                        + " GROUP BY status",
                rs -> {
                    n[0] += rs.getInt("parties");
                    n[1] += rs.getInt("people");
                    if (RegistrationStatus.ATTENDED.name().equals(rs.getString("status"))) {
                        n[2] += rs.getInt("parties");
                        n[3] += rs.getInt("came");
                    }
                    return null;
                },
                eventId);
        return new Attendance(n[0], n[1], n[2], n[3]);
    }

    /** The registrations with seats at the door: REGISTERED, ATTENDED and NO_SHOW. */
    public List<RegistrationRow> atTheDoor(UUID eventId) {
        return sql.list(
                "SELECT " + COLUMNS + " FROM event_registrations WHERE event_id = ? AND status IN " + AT_THE_DOOR
                        + " ORDER BY id",
                RegistrationStore::row,
                eventId);
    }

    /** All the event's registrations (of one status), in the order they were made: the name search filters them. */
    public List<RegistrationRow> all(UUID eventId, RegistrationStatus status) {
        return sql.list(
                "SELECT " + COLUMNS + " FROM event_registrations WHERE event_id = ?"
                        + (status == null ? "" : " AND status = '" + status.name() + "'")
                        + " ORDER BY created_at, id",
                RegistrationStore::row,
                eventId);
    }

    /** The REGISTERED parties of the event: those that become NO_SHOW when it is completed. */
    public List<RegistrationRow> registered(UUID eventId) {
        return sql.list(
                "SELECT " + COLUMNS + " FROM event_registrations WHERE event_id = ? AND status = 'REGISTERED'"
                        + " ORDER BY id",
                RegistrationStore::row,
                eventId);
    }

    /** The check-in tokens (QR codes) of these registrations (those that have one). */
    public Map<UUID, String> checkInTokens(Collection<UUID> registrationIds) {
        Map<UUID, String> tokens = new HashMap<>();
        if (registrationIds.isEmpty()) {
            return tokens;
        }
        sql.list(
                "SELECT id, check_in_token FROM event_registrations WHERE check_in_token IS NOT NULL AND id IN ("
                        + Sql.marks(registrationIds.size()) + ")",
                rs -> tokens.put(Sql.uuid(rs, "id"), rs.getString("check_in_token")),
                registrationIds.toArray());
        return tokens;
    }

    /** The action a check-in Idempotency-Key was used for on this registration, if it was. */
    public Optional<String> checkInKey(UUID registrationId, String key) {
        return sql.one(
                "SELECT action FROM event_check_in_keys WHERE registration_id = ? AND idempotency_key = ?",
                rs -> rs.getString("action"),
                registrationId,
                key);
    }

    /** Takes the key; a concurrent transaction inserting the same key waits for this one, then fails. */
    public void insertCheckInKey(UUID registrationId, String key, String action, Instant at, String by) {
        sql.update(
                "INSERT INTO event_check_in_keys (registration_id, idempotency_key, action, created_at, created_by,"
                        + " updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                registrationId,
                key,
                action,
                at,
                by,
                at,
                by);
    }

    /** The "Attended" interaction recorded at check-in (null to forget it). */
    public void setAttendedInteraction(UUID id, UUID interactionId) {
        sql.update("UPDATE event_registrations SET attended_interaction_id = ? WHERE id = ?", interactionId, id);
    }

    public Optional<UUID> attendedInteraction(UUID id) {
        return sql.one(
                        "SELECT attended_interaction_id FROM event_registrations WHERE id = ?",
                        rs -> Optional.ofNullable(Sql.uuid(rs, "attended_interaction_id")),
                        id)
                .flatMap(o -> o);
    }

    // merges and the 360° view

    public List<UUID> idsOf(UUID constituentId) {
        return sql.list(
                "SELECT id FROM event_registrations WHERE constituent_id = ? ORDER BY id",
                rs -> Sql.uuid(rs, "id"),
                constituentId);
    }

    public void move(UUID from, UUID to, List<UUID> ids, Instant at, String by) {
        if (ids.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>(List.of(to, at, by, from));
        params.addAll(ids);
        sql.update(
                "UPDATE event_registrations SET constituent_id = ?, version = version + 1, updated_at = ?, updated_by = ?"
                        + " WHERE constituent_id = ? AND id IN (" + Sql.marks(ids.size()) + ")",
                params.toArray());
    }

    /** The constituent's registrations with their events, latest event first. */
    public List<SummaryRow> ofConstituent(UUID constituentId, int limit) {
        return sql.list(
                "SELECT r.id, r.event_id, e.title, e.starts_at, e.ends_at, e.time_zone, r.status, r.party_size"
                        + " FROM event_registrations r JOIN events e ON e.id = r.event_id WHERE r.constituent_id = ?"
                        + " ORDER BY e.starts_at DESC, r.id LIMIT ?",
                rs -> new SummaryRow(
                        Sql.uuid(rs, "id"),
                        Sql.uuid(rs, "event_id"),
                        rs.getString("title"),
                        EventStore.local(rs, "starts_at"),
                        EventStore.local(rs, "ends_at"),
                        rs.getString("time_zone"),
                        RegistrationStatus.valueOf(rs.getString("status")),
                        rs.getInt("party_size")),
                constituentId,
                limit);
    }

    static RegistrationRow row(ResultSet rs) throws SQLException {
        return new RegistrationRow(
                Sql.uuid(rs, "id"),
                Sql.uuid(rs, "event_id"),
                Sql.uuid(rs, "ticket_type_id"),
                Sql.uuid(rs, "constituent_id"),
                RegistrationStatus.valueOf(rs.getString("status")),
                rs.getInt("unnamed_guests"),
                rs.getInt("party_size"),
                rs.getString("dietary_notes"),
                rs.getString("accessibility_notes"),
                Sql.instant(rs, "waitlisted_at"),
                Sql.instant(rs, "offered_at"),
                Sql.instant(rs, "offer_expires_at"),
                Sql.instant(rs, "cancelled_at"),
                rs.getString("cancel_reason"),
                rs.getLong("version"),
                Sql.instant(rs, "created_at"),
                rs.getString("created_by"),
                Sql.instant(rs, "updated_at"),
                rs.getString("updated_by"),
                Sql.instant(rs, "checked_in_at"),
                rs.getString("checked_in_by"),
                rs.getInt("guests_checked_in"));
    }
}
