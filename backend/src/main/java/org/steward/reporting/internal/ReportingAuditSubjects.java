package org.steward.reporting.internal;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.steward.audit.AuditSubject;
import org.steward.audit.AuditSubjects;
import org.steward.reporting.ReportScheduleService;
import org.steward.reporting.ReportSettings;
import org.steward.shared.persistence.Sql;

/** Names in the audit log for report schedules (their name) and the reporting settings. */
@Singleton
class ReportingAuditSubjects implements AuditSubjects {

    private final Sql sql;

    ReportingAuditSubjects(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Map<String, String> entityTypes() {
        return Map.of(ReportScheduleService.ENTITY, "Report schedule", ReportSettings.ENTITY, "Report settings");
    }

    @Override
    public Map<String, AuditSubject> describe(String entityType, Collection<String> entityIds) {
        if (entityType.equals(ReportSettings.ENTITY)) {
            Map<String, AuditSubject> found = new HashMap<>();
            entityIds.forEach(id -> found.put(id, AuditSubject.named("Report settings")));
            return found;
        }
        List<UUID> ids = AuditSubjects.uuids(entityIds);
        if (!entityType.equals(ReportScheduleService.ENTITY) || ids.isEmpty()) {
            return Map.of();
        }
        return AuditSubjects.byId(sql.list(
                "SELECT id, name FROM report_schedules WHERE id IN (" + Sql.marks(ids.size()) + ")",
                rs -> Map.entry(
                        rs.getString("id"),
                        AuditSubject.shownOn(rs.getString("name"), ReportScheduleService.ENTITY, rs.getString("id"))),
                ids.toArray()));
    }
}
