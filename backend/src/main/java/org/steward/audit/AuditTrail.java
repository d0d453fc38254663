package org.steward.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import org.steward.audit.internal.AuditLogEntry;
import org.steward.audit.internal.AuditLogRepository;
import org.steward.shared.ids.Ids;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

/**
 * The append-only record of every change to business data: who, when, which entity, which fields from what to
 * what, and why. Call it inside the transaction that makes the change, so both commit or neither does. Entries are
 * never updated or deleted by the application (the repository offers no way to).
 */
@Singleton
public class AuditTrail {

    public static final String CREATED = "CREATED";
    public static final String UPDATED = "UPDATED";
    public static final String DELETED = "DELETED";
    public static final String RESTORED = "RESTORED";

    private final AuditLogRepository repository;
    private final CurrentActor actor;
    private final Timestamps timestamps;

    AuditTrail(AuditLogRepository repository, CurrentActor actor, Timestamps timestamps) {
        this.repository = repository;
        this.actor = actor;
        this.timestamps = timestamps;
    }

    /** Records a change; a change with no field changes and no reason is not worth a row and is skipped. */
    @Transactional
    public void record(
            String entityType, Object entityId, String action, List<FieldChange> changes, @Nullable String reason) {
        if (changes.isEmpty() && reason == null && UPDATED.equals(action)) {
            return;
        }
        repository.save(new AuditLogEntry(
                Ids.next(),
                timestamps.now(),
                actor.name(),
                action,
                entityType,
                String.valueOf(entityId),
                List.copyOf(changes),
                reason));
    }

    public void record(String entityType, Object entityId, String action, List<FieldChange> changes) {
        record(entityType, entityId, action, changes, null);
    }

    /** Newest first; either filter may be null. */
    @Transactional(readOnly = true)
    public Page<AuditEntryView> find(@Nullable String entityType, @Nullable String entityId, int page, int size) {
        Pageable pageable = Pageable.from(page, size, Sort.of(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
        return repository.search(entityType, entityId, pageable).map(AuditLogEntry::view);
    }
}
