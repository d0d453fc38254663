package org.steward.audit.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.UUID;

/** Insert and read only: there is deliberately no update or delete here. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface AuditLogRepository extends GenericRepository<AuditLogEntry, UUID> {

    AuditLogEntry save(AuditLogEntry entry);

    @Query(
            value = "SELECT audit_log_entry_.* FROM audit_log audit_log_entry_"
                    + " WHERE (:entityType IS NULL OR entity_type = :entityType)"
                    + " AND (:entityId IS NULL OR entity_id = :entityId)",
            countQuery = "SELECT COUNT(*) FROM audit_log WHERE (:entityType IS NULL OR entity_type = :entityType)"
                    + " AND (:entityId IS NULL OR entity_id = :entityId)")
    Page<AuditLogEntry> search(@Nullable String entityType, @Nullable String entityId, Pageable pageable);
}
