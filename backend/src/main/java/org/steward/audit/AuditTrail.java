package org.steward.audit;

import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.audit.internal.AuditEntityTypes;
import org.steward.audit.internal.AuditLogEntry;
import org.steward.audit.internal.AuditLogRepository;
import org.steward.audit.internal.AuditLogStore;
import org.steward.shared.ids.Ids;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

/**
 * The append-only record of every change to business data: who, when, which entity, which fields from what to
 * what, and why. Call it inside the transaction that makes the change, so both commit or neither does. Entries are
 * never updated or deleted by the application (the repository offers no way to). The entity type must be one the
 * recording module declares through its {@link AuditSubjects} bean, so the log can offer it as a filter and name
 * the entity.
 */
@Singleton
public class AuditTrail {

    public static final String CREATED = "CREATED";
    public static final String UPDATED = "UPDATED";
    public static final String DELETED = "DELETED";
    public static final String RESTORED = "RESTORED";

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);

    private final AuditLogRepository repository;
    private final AuditLogStore store;
    private final CurrentActor actor;
    private final Timestamps timestamps;
    // Lazily: the modules' AuditSubjects beans use services that record through this class.
    private final BeanProvider<AuditEntityTypes> types;
    private final AuditConfig config;
    private final Set<String> warnedAbout = ConcurrentHashMap.newKeySet();

    AuditTrail(
            AuditLogRepository repository,
            AuditLogStore store,
            CurrentActor actor,
            Timestamps timestamps,
            BeanProvider<AuditEntityTypes> types,
            AuditConfig config) {
        this.repository = repository;
        this.store = store;
        this.actor = actor;
        this.timestamps = timestamps;
        this.types = types;
        this.config = config;
    }

    /** Records a change; a change with no field changes and no reason is not worth a row and is skipped. */
    @Transactional
    public void record(
            String entityType, Object entityId, String action, List<FieldChange> changes, @Nullable String reason) {
        if (changes.isEmpty() && reason == null && UPDATED.equals(action)) {
            return;
        }
        requireKnown(entityType);
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

    /** Newest first; either filter may be null. Entries as recorded, without names ({@link AuditLogService} adds them). */
    @Transactional(readOnly = true)
    public Page<AuditEntryView> find(@Nullable String entityType, @Nullable String entityId, int page, int size) {
        var criteria = new AuditLogStore.Criteria(entityType, entityId, null, null, null);
        Pageable pageable = Pageable.from(page, size);
        return Page.of(store.find(criteria, pageable.getOffset(), size), pageable, store.count(criteria));
    }

    private void requireKnown(String entityType) {
        if (types.get().isKnown(entityType)) {
            return;
        }
        if (config.knownTypesOnly()) {
            throw new IllegalStateException("Audit entity type '" + entityType
                    + "' is declared by no AuditSubjects bean: add it to the recording module's");
        }
        if (warnedAbout.add(entityType)) {
            LOG.warn(
                    "Audit entity type '{}' is declared by no AuditSubjects bean: the audit log cannot filter by it",
                    entityType);
        }
    }
}
