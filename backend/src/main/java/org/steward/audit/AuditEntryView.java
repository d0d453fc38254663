package org.steward.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One entry of the audit log. Beside the ids as recorded: the actor's display name, the entity type in words, and
 * what the entity is called with the entity whose page shows it, when they can still be told (absent otherwise).
 */
@Serdeable
public record AuditEntryView(
        UUID id,
        Instant occurredAt,
        String actor,
        @Nullable String actorName,
        String action,
        String entityType,
        @Nullable String entityTypeLabel,
        String entityId,
        @Nullable String entityLabel,
        @Nullable AuditEntityRef entityPage,
        List<FieldChange> changes,
        @Nullable String reason) {

    /** An entry as recorded, before names are looked up. */
    public static AuditEntryView recorded(
            UUID id,
            Instant occurredAt,
            String actor,
            String action,
            String entityType,
            String entityId,
            List<FieldChange> changes,
            @Nullable String reason) {
        return new AuditEntryView(
                id, occurredAt, actor, null, action, entityType, null, entityId, null, null, changes, reason);
    }

    AuditEntryView named(@Nullable String actorName, @Nullable String entityTypeLabel, @Nullable AuditSubject subject) {
        return new AuditEntryView(
                id,
                occurredAt,
                actor,
                actorName,
                action,
                entityType,
                entityTypeLabel,
                entityId,
                subject == null ? null : subject.label(),
                subject == null ? null : subject.page(),
                changes,
                reason);
    }
}
