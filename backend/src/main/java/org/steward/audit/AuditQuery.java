package org.steward.audit;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;

/**
 * Which audit entries to list; every part may be absent. {@code entityType} must be a declared type
 * ({@link AuditLogService#entityTypes()}). {@code from} and {@code to} are days, both included, in the IANA time zone
 * {@code zone} (UTC when absent): the page sends the reader's, so the days match the times it shows.
 */
public record AuditQuery(
        @Nullable String entityType,
        @Nullable String entityId,
        @Nullable String actor,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable String zone) {}
