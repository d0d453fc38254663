package org.steward.campaigns.internal;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.steward.audit.AuditSubject;
import org.steward.audit.AuditSubjects;
import org.steward.campaigns.CampaignService;
import org.steward.shared.persistence.Sql;

/** Names in the audit log for funds, campaigns and appeals. */
@Singleton
class CampaignAuditSubjects implements AuditSubjects {

    private final Sql sql;

    CampaignAuditSubjects(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Map<String, String> entityTypes() {
        return Map.of(
                CampaignService.FUND, "Fund",
                CampaignService.CAMPAIGN, "Campaign",
                CampaignService.APPEAL, "Appeal");
    }

    @Override
    public Map<String, AuditSubject> describe(String entityType, Collection<String> entityIds) {
        String table =
                switch (entityType) {
                    case CampaignService.FUND -> "funds";
                    case CampaignService.CAMPAIGN -> "campaigns";
                    case CampaignService.APPEAL -> "appeals";
                    default -> null;
                };
        List<UUID> ids = AuditSubjects.uuids(entityIds);
        if (table == null || ids.isEmpty()) {
            return Map.of();
        }
        return AuditSubjects.byId(sql.list(
                "SELECT id, name FROM " + table + " WHERE id IN (" + Sql.marks(ids.size()) + ")",
                rs -> Map.entry(
                        rs.getString("id"), AuditSubject.shownOn(rs.getString("name"), entityType, rs.getString("id"))),
                ids.toArray()));
    }
}
