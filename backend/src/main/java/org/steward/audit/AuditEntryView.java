package org.steward.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Serdeable
public record AuditEntryView(
        UUID id,
        Instant occurredAt,
        String actor,
        String action,
        String entityType,
        String entityId,
        List<FieldChange> changes,
        @Nullable String reason) {}
