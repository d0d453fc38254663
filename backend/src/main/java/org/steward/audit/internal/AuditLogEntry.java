package org.steward.audit.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.steward.audit.AuditEntryView;
import org.steward.audit.FieldChange;

@MappedEntity("audit_log")
public record AuditLogEntry(
        @Id UUID id,
        Instant occurredAt,
        String actor,
        String action,
        String entityType,
        String entityId,
        @TypeDef(type = DataType.STRING, converter = FieldChangesConverter.class) List<FieldChange> changes,
        @Nullable String reason) {

    public AuditEntryView view() {
        return AuditEntryView.recorded(id, occurredAt, actor, action, entityType, entityId, changes, reason);
    }
}
