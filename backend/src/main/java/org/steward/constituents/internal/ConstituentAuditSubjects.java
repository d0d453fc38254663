package org.steward.constituents.internal;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.steward.audit.AuditSubject;
import org.steward.audit.AuditSubjects;
import org.steward.constituents.ConstituentService;
import org.steward.constituents.DuplicateRule;
import org.steward.constituents.DuplicateService;
import org.steward.constituents.SegmentService;
import org.steward.shared.persistence.Sql;

/** Names in the audit log for constituents (deleted and merged ones too), saved searches and duplicate rules. */
@Singleton
class ConstituentAuditSubjects implements AuditSubjects {

    private final Sql sql;

    ConstituentAuditSubjects(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Map<String, String> entityTypes() {
        return Map.of(
                ConstituentService.ENTITY, "Constituent",
                SegmentService.ENTITY, "Saved search",
                DuplicateService.RULE_ENTITY, "Duplicate rule");
    }

    @Override
    public Map<String, AuditSubject> describe(String entityType, Collection<String> entityIds) {
        return switch (entityType) {
            case ConstituentService.ENTITY -> constituents(AuditSubjects.uuids(entityIds));
            case SegmentService.ENTITY -> segments(AuditSubjects.uuids(entityIds));
            case DuplicateService.RULE_ENTITY -> rules(entityIds);
            default -> Map.of();
        };
    }

    private Map<String, AuditSubject> constituents(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return AuditSubjects.byId(sql.list(
                "SELECT id, display_name, deleted_at, merged_into_id FROM constituents WHERE id IN ("
                        + Sql.marks(ids.size()) + ")",
                rs -> {
                    String id = rs.getString("id");
                    String name = rs.getString("display_name");
                    if (rs.getString("merged_into_id") != null) {
                        name += " (merged)";
                    } else if (rs.getTimestamp("deleted_at") != null) {
                        name += " (deleted)";
                    }
                    return Map.entry(id, AuditSubject.shownOn(name, ConstituentService.ENTITY, id));
                },
                ids.toArray()));
    }

    private Map<String, AuditSubject> segments(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return AuditSubjects.byId(sql.list(
                "SELECT id, name FROM segments WHERE id IN (" + Sql.marks(ids.size()) + ")",
                rs -> Map.entry(rs.getString("id"), AuditSubject.named(rs.getString("name"))),
                ids.toArray()));
    }

    private static Map<String, AuditSubject> rules(Collection<String> codes) {
        Map<String, AuditSubject> found = new HashMap<>();
        codes.forEach(code -> DuplicateRule.byCode(code)
                .ifPresent(rule ->
                        found.put(code, AuditSubject.shownOn(rule.description(), DuplicateService.RULE_ENTITY, code))));
        return found;
    }
}
