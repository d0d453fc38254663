package org.steward.interactions.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.steward.audit.AuditSubject;
import org.steward.audit.AuditSubjects;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentRef;
import org.steward.constituents.ConstituentService;
import org.steward.interactions.InteractionService;
import org.steward.interactions.TaskService;
import org.steward.shared.persistence.Sql;

/**
 * Names in the audit log for interactions and tasks: their subject or title and the constituent, on whose page they
 * are shown.
 */
@Singleton
class InteractionAuditSubjects implements AuditSubjects {

    private final Sql sql;
    private final ConstituentService constituents;

    InteractionAuditSubjects(Sql sql, ConstituentService constituents) {
        this.sql = sql;
        this.constituents = constituents;
    }

    @Override
    public Map<String, String> entityTypes() {
        return Map.of(InteractionService.ENTITY, "Interaction", TaskService.ENTITY, "Task");
    }

    @Override
    public Map<String, AuditSubject> describe(String entityType, Collection<String> entityIds) {
        List<UUID> ids = AuditSubjects.uuids(entityIds);
        if (ids.isEmpty()) {
            return Map.of();
        }
        String marks = Sql.marks(ids.size());
        List<Row> rows =
                switch (entityType) {
                    case InteractionService.ENTITY ->
                        sql.list(
                                "SELECT id, subject, constituent_id, deleted_at FROM interactions WHERE id IN (" + marks
                                        + ")",
                                rs -> new Row(
                                        rs.getString("id"),
                                        rs.getString("subject"),
                                        Sql.uuid(rs, "constituent_id"),
                                        rs.getTimestamp("deleted_at") != null),
                                ids.toArray());
                    case TaskService.ENTITY ->
                        sql.list(
                                "SELECT id, title, constituent_id FROM tasks WHERE id IN (" + marks + ")",
                                rs -> new Row(
                                        rs.getString("id"),
                                        rs.getString("title"),
                                        Sql.uuid(rs, "constituent_id"),
                                        false),
                                ids.toArray());
                    default -> List.of();
                };
        Map<ConstituentId, ConstituentRef> names = constituents.refs(rows.stream()
                .map(Row::constituent)
                .filter(Objects::nonNull)
                .map(ConstituentId::new)
                .toList());
        Map<String, AuditSubject> found = new HashMap<>();
        for (Row row : rows) {
            String label = row.title() + (row.deleted() ? " (deleted)" : "");
            ConstituentRef who = row.constituent() == null ? null : names.get(new ConstituentId(row.constituent()));
            found.put(
                    row.id(),
                    who == null
                            ? AuditSubject.named(label)
                            : AuditSubject.shownOn(
                                    label + " — " + who.displayName(), ConstituentService.ENTITY, row.constituent()));
        }
        return found;
    }

    private record Row(String id, String title, @Nullable UUID constituent, boolean deleted) {}
}
