package org.steward.audit.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.UUID;

/** Insert only: there is deliberately no update or delete here (reads go through {@link AuditLogStore}). */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface AuditLogRepository extends GenericRepository<AuditLogEntry, UUID> {

    AuditLogEntry save(AuditLogEntry entry);
}
