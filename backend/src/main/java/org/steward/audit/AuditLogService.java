package org.steward.audit;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.steward.audit.internal.AuditEntityTypes;
import org.steward.audit.internal.AuditLogStore;
import org.steward.shared.errors.InvalidInputException;
import org.steward.shared.errors.InvalidInputException.FieldError;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.security.StaffDirectory;

/**
 * The audit log as people read it: filtered by entity, actor and days, each entry with the actor's name and what its
 * entity is called. Names are looked up per page in bulk: one call per entity type on the page (each module answers
 * for its own types with a query or two) and one for the staff names, never one per entry.
 */
@Singleton
public class AuditLogService {

    /** How {@code system} (work no user started: start-up, scheduled jobs, public sign-up) is shown. */
    public static final String SYSTEM_NAME = "System";

    private final AuditLogStore store;
    private final AuditEntityTypes types;
    private final StaffDirectory staff;

    AuditLogService(AuditLogStore store, AuditEntityTypes types, StaffDirectory staff) {
        this.store = store;
        this.types = types;
        this.staff = staff;
    }

    /**
     * Newest first. An unknown entity type, an unknown time zone or {@code to} before {@code from} is a 400
     * {@code validation.failed} naming the field, never an empty page.
     */
    @Transactional(readOnly = true)
    public Page<AuditEntryView> find(AuditQuery query, int page, int size) {
        var criteria = criteria(query);
        Pageable pageable = Pageable.from(page, size);
        List<AuditEntryView> entries = store.find(criteria, pageable.getOffset(), size);
        boolean lastPage = entries.size() < size && (!entries.isEmpty() || page == 0);
        long total = lastPage ? pageable.getOffset() + entries.size() : store.count(criteria);
        return Page.of(named(entries), pageable, total);
    }

    /** Every entity type the modules record, by label: what the log's type filter offers. */
    public List<AuditEntityType> entityTypes() {
        return types.all();
    }

    /** Everyone who has an entry in the log (disabled accounts too), by name: what the log's user filter offers. */
    @Transactional(readOnly = true)
    public List<AuditActor> actors() {
        List<String> usernames = store.actors();
        Map<String, String> names = names(usernames);
        return usernames.stream()
                .map(u -> new AuditActor(u, names.getOrDefault(u, u)))
                .sorted(Comparator.comparing(AuditActor::displayName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(AuditActor::username))
                .toList();
    }

    private AuditLogStore.Criteria criteria(AuditQuery q) {
        List<FieldError> errors = new ArrayList<>();
        if (q.entityType() != null && !types.isKnown(q.entityType())) {
            errors.add(new FieldError(
                    "entityType",
                    "is not a type the audit log records; use one of: "
                            + types.all().stream()
                                    .map(AuditEntityType::entityType)
                                    .sorted()
                                    .collect(Collectors.joining(", "))));
        }
        ZoneId zone = ZoneOffset.UTC;
        if (q.zone() != null) {
            try {
                zone = ZoneId.of(q.zone());
            } catch (DateTimeException e) {
                errors.add(new FieldError("zone", "is not a known time zone (an IANA name such as Europe/Paris)"));
            }
        }
        if (q.from() != null && q.to() != null && q.to().isBefore(q.from())) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant from = q.from() == null ? null : q.from().atStartOfDay(zone).toInstant();
        Instant until =
                q.to() == null ? null : q.to().plusDays(1).atStartOfDay(zone).toInstant();
        return new AuditLogStore.Criteria(q.entityType(), q.entityId(), q.actor(), from, until);
    }

    private List<AuditEntryView> named(List<AuditEntryView> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
        Map<String, Set<String>> idsByType = new LinkedHashMap<>();
        Set<String> actors = new LinkedHashSet<>();
        for (AuditEntryView e : entries) {
            idsByType
                    .computeIfAbsent(e.entityType(), t -> new LinkedHashSet<>())
                    .add(e.entityId());
            actors.add(e.actor());
        }
        Map<String, Map<String, AuditSubject>> subjects = new HashMap<>();
        idsByType.forEach((type, ids) -> subjects.put(type, types.describe(type, ids)));
        Map<String, String> names = names(actors);
        return entries.stream()
                .map(e -> e.named(
                        names.get(e.actor()),
                        types.label(e.entityType()).orElse(null),
                        subjects.getOrDefault(e.entityType(), Map.of()).get(e.entityId())))
                .toList();
    }

    private Map<String, String> names(java.util.Collection<String> usernames) {
        Map<String, String> names = new HashMap<>(staff.displayNames(usernames));
        if (usernames.contains(CurrentActor.SYSTEM)) {
            names.putIfAbsent(CurrentActor.SYSTEM, SYSTEM_NAME);
        }
        return names;
    }
}
