package org.steward.audit.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.steward.audit.AuditEntryView;
import org.steward.shared.persistence.Sql;

/**
 * Reads the audit log with only the filters given in its {@code WHERE} (so each can use its index:
 * {@code ix_audit_log_entity}, {@code ix_audit_log_actor}, {@code ix_audit_log_occurred}), newest first.
 */
@Singleton
public class AuditLogStore {

    private static final String COLUMNS = "id, occurred_at, actor, action, entity_type, entity_id, changes, reason";

    private final Sql sql;
    private final FieldChangesConverter changes;

    AuditLogStore(Sql sql, FieldChangesConverter changes) {
        this.sql = sql;
        this.changes = changes;
    }

    /** The filters, each null when not asked for; {@code from} is included, {@code until} is not. */
    public record Criteria(
            @Nullable String entityType,
            @Nullable String entityId,
            @Nullable String actor,
            @Nullable Instant from,
            @Nullable Instant until) {}

    public List<AuditEntryView> find(Criteria criteria, long offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(criteria, params);
        params.add(limit);
        params.add(offset);
        return sql.list(
                "SELECT " + COLUMNS + " FROM audit_log" + where
                        + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?",
                rs -> AuditEntryView.recorded(
                        Sql.uuid(rs, "id"),
                        Sql.instant(rs, "occurred_at"),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("entity_type"),
                        rs.getString("entity_id"),
                        changes.convertToEntityValue(rs.getString("changes"), null),
                        rs.getString("reason")),
                params.toArray());
    }

    public long count(Criteria criteria) {
        List<Object> params = new ArrayList<>();
        String where = where(criteria, params);
        return sql.count("SELECT COUNT(*) FROM audit_log" + where, params.toArray());
    }

    /** Everyone who has an entry, in no particular order. */
    public List<String> actors() {
        return sql.list("SELECT DISTINCT actor FROM audit_log", rs -> rs.getString(1));
    }

    private static String where(Criteria c, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (c.entityType() != null) {
            conditions.add("entity_type = ?");
            params.add(c.entityType());
        }
        if (c.entityId() != null) {
            conditions.add("entity_id = ?");
            params.add(c.entityId());
        }
        if (c.actor() != null) {
            conditions.add("actor = ?");
            params.add(c.actor());
        }
        if (c.from() != null) {
            conditions.add("occurred_at >= ?");
            params.add(c.from());
        }
        if (c.until() != null) {
            conditions.add("occurred_at < ?");
            params.add(c.until());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
}
