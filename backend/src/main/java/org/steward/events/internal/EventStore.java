package org.steward.events.internal;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.steward.events.EventStatus;
import org.steward.events.TicketTypeStatus;
import org.steward.shared.persistence.Sql;

/** Events, their questions and ticket types in plain SQL, inside the caller's transaction. */
@Singleton
public class EventStore {

    static final String EVENT_COLUMNS = "id, title, description, venue, address, online_url, starts_at, ends_at,"
            + " time_zone, registration_opens_at, registration_closes_at, capacity, status, campaign_id, version,"
            + " created_at, created_by, updated_at, updated_by";
    static final String TICKET_COLUMNS = "id, event_id, name, price, currency, fair_market_value, capacity, status,"
            + " version, created_at, created_by, updated_at, updated_by";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Sql sql;

    public EventStore(Sql sql) {
        this.sql = sql;
    }

    public record EventRow(
            UUID id,
            String title,
            String description,
            String venue,
            String address,
            String onlineUrl,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            String timeZone,
            LocalDateTime registrationOpensAt,
            LocalDateTime registrationClosesAt,
            Integer capacity,
            EventStatus status,
            UUID campaignId,
            long version,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy) {

        public EventRow withStatus(EventStatus next, long nextVersion, Instant at, String by) {
            return new EventRow(
                    id,
                    title,
                    description,
                    venue,
                    address,
                    onlineUrl,
                    startsAt,
                    endsAt,
                    timeZone,
                    registrationOpensAt,
                    registrationClosesAt,
                    capacity,
                    next,
                    campaignId,
                    nextVersion,
                    createdAt,
                    createdBy,
                    at,
                    by);
        }
    }

    public record QuestionRow(UUID id, int sortOrder, String text, boolean required, boolean retired) {}

    public record TicketTypeRow(
            UUID id,
            UUID eventId,
            String name,
            BigDecimal price,
            String currency,
            BigDecimal fairMarketValue,
            Integer capacity,
            TicketTypeStatus status,
            long version,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy) {}

    /** Text the database reads as a DATETIME on MariaDB, MySQL and H2 alike, with no time zone conversion. */
    static String local(LocalDateTime at) {
        return at == null ? null : at.format(LOCAL);
    }

    static LocalDateTime local(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class);
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    // events

    public void insert(EventRow e) {
        sql.update(
                "INSERT INTO events (" + EVENT_COLUMNS + ") VALUES (" + Sql.marks(19) + ")",
                e.id(),
                e.title(),
                e.description(),
                e.venue(),
                e.address(),
                e.onlineUrl(),
                local(e.startsAt()),
                local(e.endsAt()),
                e.timeZone(),
                local(e.registrationOpensAt()),
                local(e.registrationClosesAt()),
                e.capacity(),
                e.status(),
                e.campaignId(),
                e.version(),
                e.createdAt(),
                e.createdBy(),
                e.updatedAt(),
                e.updatedBy());
    }

    /** Writes the row if its stored version is {@code expectedVersion}; false when someone changed it meanwhile. */
    public boolean update(EventRow e, long expectedVersion) {
        return sql.update(
                        "UPDATE events SET title = ?, description = ?, venue = ?, address = ?, online_url = ?,"
                                + " starts_at = ?, ends_at = ?, time_zone = ?, registration_opens_at = ?,"
                                + " registration_closes_at = ?, capacity = ?, status = ?, campaign_id = ?, version = ?,"
                                + " updated_at = ?, updated_by = ? WHERE id = ? AND version = ?",
                        e.title(),
                        e.description(),
                        e.venue(),
                        e.address(),
                        e.onlineUrl(),
                        local(e.startsAt()),
                        local(e.endsAt()),
                        e.timeZone(),
                        local(e.registrationOpensAt()),
                        local(e.registrationClosesAt()),
                        e.capacity(),
                        e.status(),
                        e.campaignId(),
                        e.version(),
                        e.updatedAt(),
                        e.updatedBy(),
                        e.id(),
                        expectedVersion)
                == 1;
    }

    public Optional<EventRow> event(UUID id) {
        return sql.one("SELECT " + EVENT_COLUMNS + " FROM events WHERE id = ?", EventStore::event, id);
    }

    /**
     * The event, its row locked until the transaction ends: every change of the event's registrations takes this
     * lock first, so the seats they count are not changing under them (ADR 0017).
     */
    public Optional<EventRow> lockEvent(UUID id) {
        return sql.one("SELECT " + EVENT_COLUMNS + " FROM events WHERE id = ? FOR UPDATE", EventStore::event, id);
    }

    /** Events starting from {@code from} (local time, any zone), soonest first; status optional. */
    public List<EventRow> events(EventStatus status, LocalDateTime from, int offset, int limit) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        java.util.List<Object> params = new java.util.ArrayList<>();
        if (status != null) {
            where.append(" AND status = ?");
            params.add(status);
        }
        if (from != null) {
            where.append(" AND ends_at >= ?");
            params.add(local(from));
        }
        params.add(limit);
        params.add(offset);
        return sql.list(
                "SELECT " + EVENT_COLUMNS + " FROM events" + where + " ORDER BY starts_at, id LIMIT ? OFFSET ?",
                EventStore::event,
                params.toArray());
    }

    public long countEvents(EventStatus status, LocalDateTime from) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        java.util.List<Object> params = new java.util.ArrayList<>();
        if (status != null) {
            where.append(" AND status = ?");
            params.add(status);
        }
        if (from != null) {
            where.append(" AND ends_at >= ?");
            params.add(local(from));
        }
        return sql.count("SELECT COUNT(*) FROM events" + where, params.toArray());
    }

    private static EventRow event(ResultSet rs) throws SQLException {
        return new EventRow(
                Sql.uuid(rs, "id"),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("venue"),
                rs.getString("address"),
                rs.getString("online_url"),
                local(rs, "starts_at"),
                local(rs, "ends_at"),
                rs.getString("time_zone"),
                local(rs, "registration_opens_at"),
                local(rs, "registration_closes_at"),
                integer(rs, "capacity"),
                EventStatus.valueOf(rs.getString("status")),
                Sql.uuid(rs, "campaign_id"),
                rs.getLong("version"),
                Sql.instant(rs, "created_at"),
                rs.getString("created_by"),
                Sql.instant(rs, "updated_at"),
                rs.getString("updated_by"));
    }

    // questions

    /** The event's questions in order, retired ones included when {@code withRetired}. */
    public List<QuestionRow> questions(UUID eventId, boolean withRetired) {
        return sql.list(
                "SELECT id, sort_order, question, required, retired FROM event_questions WHERE event_id = ?"
                        + (withRetired ? "" : " AND retired = FALSE")
                        + " ORDER BY sort_order, id",
                rs -> new QuestionRow(
                        Sql.uuid(rs, "id"),
                        rs.getInt("sort_order"),
                        rs.getString("question"),
                        rs.getBoolean("required"),
                        rs.getBoolean("retired")),
                eventId);
    }

    public void insertQuestion(UUID eventId, QuestionRow q, Instant at, String by) {
        sql.update(
                "INSERT INTO event_questions (id, event_id, sort_order, question, required, retired, created_at,"
                        + " created_by, updated_at, updated_by) VALUES (" + Sql.marks(10) + ")",
                q.id(),
                eventId,
                q.sortOrder(),
                q.text(),
                q.required(),
                q.retired(),
                at,
                by,
                at,
                by);
    }

    public void updateQuestion(QuestionRow q, Instant at, String by) {
        sql.update(
                "UPDATE event_questions SET sort_order = ?, question = ?, required = ?, retired = ?, updated_at = ?,"
                        + " updated_by = ? WHERE id = ?",
                q.sortOrder(),
                q.text(),
                q.required(),
                q.retired(),
                at,
                by,
                q.id());
    }

    // ticket types

    public void insertTicketType(TicketTypeRow t) {
        sql.update(
                "INSERT INTO ticket_types (" + TICKET_COLUMNS + ") VALUES (" + Sql.marks(13) + ")",
                t.id(),
                t.eventId(),
                t.name(),
                t.price(),
                t.currency(),
                t.fairMarketValue(),
                t.capacity(),
                t.status(),
                t.version(),
                t.createdAt(),
                t.createdBy(),
                t.updatedAt(),
                t.updatedBy());
    }

    public boolean updateTicketType(TicketTypeRow t, long expectedVersion) {
        return sql.update(
                        "UPDATE ticket_types SET name = ?, price = ?, currency = ?, fair_market_value = ?, capacity = ?,"
                                + " status = ?, version = ?, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?",
                        t.name(),
                        t.price(),
                        t.currency(),
                        t.fairMarketValue(),
                        t.capacity(),
                        t.status(),
                        t.version(),
                        t.updatedAt(),
                        t.updatedBy(),
                        t.id(),
                        expectedVersion)
                == 1;
    }

    public void deleteTicketType(UUID id) {
        sql.update("DELETE FROM ticket_types WHERE id = ?", id);
    }

    public Optional<TicketTypeRow> ticketType(UUID eventId, UUID id) {
        return sql.one(
                "SELECT " + TICKET_COLUMNS + " FROM ticket_types WHERE id = ? AND event_id = ?",
                EventStore::ticketType,
                id,
                eventId);
    }

    public List<TicketTypeRow> ticketTypes(UUID eventId) {
        return sql.list(
                "SELECT " + TICKET_COLUMNS + " FROM ticket_types WHERE event_id = ? ORDER BY created_at, id",
                EventStore::ticketType,
                eventId);
    }

    private static TicketTypeRow ticketType(ResultSet rs) throws SQLException {
        return new TicketTypeRow(
                Sql.uuid(rs, "id"),
                Sql.uuid(rs, "event_id"),
                rs.getString("name"),
                rs.getBigDecimal("price").setScale(2),
                rs.getString("currency"),
                rs.getBigDecimal("fair_market_value").setScale(2),
                integer(rs, "capacity"),
                TicketTypeStatus.valueOf(rs.getString("status")),
                rs.getLong("version"),
                Sql.instant(rs, "created_at"),
                rs.getString("created_by"),
                Sql.instant(rs, "updated_at"),
                rs.getString("updated_by"));
    }
}
