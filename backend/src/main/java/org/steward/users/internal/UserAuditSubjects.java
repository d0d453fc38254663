package org.steward.users.internal;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.steward.audit.AuditSubject;
import org.steward.audit.AuditSubjects;
import org.steward.shared.persistence.Sql;
import org.steward.users.UserService;

/** Names in the audit log for staff accounts: "Ada Admin (admin)". */
@Singleton
class UserAuditSubjects implements AuditSubjects {

    private final Sql sql;

    UserAuditSubjects(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Map<String, String> entityTypes() {
        return Map.of(UserService.ENTITY, "User");
    }

    @Override
    public Map<String, AuditSubject> describe(String entityType, Collection<String> entityIds) {
        List<UUID> ids = AuditSubjects.uuids(entityIds);
        if (!entityType.equals(UserService.ENTITY) || ids.isEmpty()) {
            return Map.of();
        }
        return AuditSubjects.byId(sql.list(
                "SELECT id, username, display_name FROM users WHERE id IN (" + Sql.marks(ids.size()) + ")",
                rs -> Map.entry(
                        rs.getString("id"),
                        AuditSubject.shownOn(
                                rs.getString("display_name") + " (" + rs.getString("username") + ")",
                                UserService.ENTITY,
                                rs.getString("id"))),
                ids.toArray()));
    }
}
