package org.steward.audit;

import io.micronaut.serde.annotation.Serdeable;

/** One entity as the audit log names it: its type (as recorded, e.g. {@code event}) and id. */
@Serdeable
public record AuditEntityRef(String entityType, String entityId) {}
