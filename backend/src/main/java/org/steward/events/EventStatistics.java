package org.steward.events;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.steward.shared.persistence.Sql;

/**
 * Figures of the events that start in a period, for reports: registrations by status, people holding seats, who came,
 * and the gifts that paid their fees (their amounts are the donations module's to count).
 */
@Singleton
public class EventStatistics {

    /** One event: parties and people per status; {@code came}: people checked in; the fee gifts of its parties. */
    public record EventFigures(
            UUID id,
            String title,
            LocalDateTime startsAt,
            String timeZone,
            EventStatus status,
            Integer capacity,
            Map<RegistrationStatus, Integer> parties,
            Map<RegistrationStatus, Integer> people,
            int came,
            List<UUID> feeGiftIds) {}

    private final Sql sql;

    EventStatistics(Sql sql) {
        this.sql = sql;
    }

    /** Events starting on a day in [from, toExclusive) (local start dates), by start. */
    @Transactional(readOnly = true)
    public List<EventFigures> startingBetween(LocalDate from, LocalDate toExclusive) {
        Map<UUID, EventFigures> events = new LinkedHashMap<>();
        sql.list(
                        "SELECT id, title, starts_at, time_zone, status, capacity FROM events WHERE starts_at >= ?"
                                + " AND starts_at < ? ORDER BY starts_at, title",
                        rs -> new EventFigures(
                                Sql.uuid(rs, "id"),
                                rs.getString("title"),
                                rs.getTimestamp("starts_at").toLocalDateTime(),
                                rs.getString("time_zone"),
                                EventStatus.valueOf(rs.getString("status")),
                                (Integer) rs.getObject("capacity", Integer.class),
                                new java.util.EnumMap<>(RegistrationStatus.class),
                                new java.util.EnumMap<>(RegistrationStatus.class),
                                0,
                                new ArrayList<>()),
                        from.atStartOfDay(),
                        toExclusive.atStartOfDay())
                .forEach(e -> events.put(e.id(), e));
        if (events.isEmpty()) {
            return List.of();
        }
        Map<UUID, Integer> came = new java.util.HashMap<>();
        sql.list(
                "SELECT r.event_id, r.status, COUNT(*) AS parties, SUM(r.party_size) AS people,"
                        + " SUM(CASE WHEN r.status = 'ATTENDED' THEN 1 + r.guests_checked_in ELSE 0 END) AS came"
                        + " FROM event_registrations r JOIN events e ON e.id = r.event_id"
                        + " WHERE e.starts_at >= ? AND e.starts_at < ? GROUP BY r.event_id, r.status",
                rs -> {
                    EventFigures e = events.get(Sql.uuid(rs, "event_id"));
                    RegistrationStatus status = RegistrationStatus.valueOf(rs.getString("status"));
                    e.parties().put(status, rs.getInt("parties"));
                    e.people().put(status, rs.getInt("people"));
                    came.merge(e.id(), rs.getInt("came"), Integer::sum);
                    return null;
                },
                from.atStartOfDay(),
                toExclusive.atStartOfDay());
        sql.list(
                "SELECT r.event_id, r.fee_gift_id FROM event_registrations r JOIN events e ON e.id = r.event_id"
                        + " WHERE e.starts_at >= ? AND e.starts_at < ? AND r.fee_gift_id IS NOT NULL",
                rs -> events.get(Sql.uuid(rs, "event_id")).feeGiftIds().add(Sql.uuid(rs, "fee_gift_id")),
                from.atStartOfDay(),
                toExclusive.atStartOfDay());
        List<EventFigures> list = new ArrayList<>();
        for (EventFigures e : events.values()) {
            list.add(new EventFigures(
                    e.id(),
                    e.title(),
                    e.startsAt(),
                    e.timeZone(),
                    e.status(),
                    e.capacity(),
                    e.parties(),
                    e.people(),
                    came.getOrDefault(e.id(), 0),
                    e.feeGiftIds()));
        }
        return list;
    }
}
