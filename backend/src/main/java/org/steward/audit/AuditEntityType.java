package org.steward.audit;

import io.micronaut.serde.annotation.Serdeable;

/** An entity type the audit log knows ({@code event-registration}) and its name in words ("Event registration"). */
@Serdeable
public record AuditEntityType(String entityType, String label) {}
