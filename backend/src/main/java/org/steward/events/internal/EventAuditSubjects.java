package org.steward.events.internal;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.steward.audit.AuditSubject;
import org.steward.audit.AuditSubjects;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentRef;
import org.steward.constituents.ConstituentService;
import org.steward.events.EventService;
import org.steward.shared.persistence.Sql;

/**
 * Names in the audit log for events (their title), ticket types ("General — Spring gala") and registrations ("Jane
 * Doe at Spring gala"); the last two are shown on their event's page.
 */
@Singleton
class EventAuditSubjects implements AuditSubjects {

    private final Sql sql;
    private final ConstituentService constituents;

    EventAuditSubjects(Sql sql, ConstituentService constituents) {
        this.sql = sql;
        this.constituents = constituents;
    }

    @Override
    public Map<String, String> entityTypes() {
        return Map.of(
                EventService.ENTITY, "Event",
                EventService.TICKET_TYPE, "Ticket type",
                Waitlist.ENTITY, "Event registration");
    }

    private record Registration(String id, String event, UUID constituent, String title) {}

    @Override
    public Map<String, AuditSubject> describe(String entityType, Collection<String> entityIds) {
        List<UUID> ids = AuditSubjects.uuids(entityIds);
        if (ids.isEmpty()) {
            return Map.of();
        }
        String in = " IN (" + Sql.marks(ids.size()) + ")";
        return switch (entityType) {
            case EventService.ENTITY ->
                AuditSubjects.byId(sql.list(
                        "SELECT id, title FROM events WHERE id" + in,
                        rs -> Map.entry(
                                rs.getString("id"),
                                AuditSubject.shownOn(rs.getString("title"), EventService.ENTITY, rs.getString("id"))),
                        ids.toArray()));
            case EventService.TICKET_TYPE ->
                AuditSubjects.byId(sql.list(
                        "SELECT t.id, t.name, t.event_id, e.title FROM ticket_types t JOIN events e ON e.id = t.event_id"
                                + " WHERE t.id" + in,
                        rs -> Map.entry(
                                rs.getString("id"),
                                AuditSubject.shownOn(
                                        rs.getString("name") + " — " + rs.getString("title"),
                                        EventService.ENTITY,
                                        rs.getString("event_id"))),
                        ids.toArray()));
            case Waitlist.ENTITY -> registrations(in, ids);
            default -> Map.of();
        };
    }

    private Map<String, AuditSubject> registrations(String in, List<UUID> ids) {
        List<Registration> rows = sql.list(
                "SELECT r.id, r.event_id, r.constituent_id, e.title FROM event_registrations r"
                        + " JOIN events e ON e.id = r.event_id WHERE r.id" + in,
                rs -> new Registration(
                        rs.getString("id"),
                        rs.getString("event_id"),
                        Sql.uuid(rs, "constituent_id"),
                        rs.getString("title")),
                ids.toArray());
        Map<ConstituentId, ConstituentRef> names = constituents.refs(
                rows.stream().map(r -> new ConstituentId(r.constituent())).toList());
        Map<String, AuditSubject> found = new HashMap<>();
        for (Registration r : rows) {
            ConstituentRef who = names.get(new ConstituentId(r.constituent()));
            String label = (who == null ? "(removed)" : who.displayName()) + " at " + r.title();
            found.put(r.id(), AuditSubject.shownOn(label, EventService.ENTITY, r.event()));
        }
        return found;
    }
}
