package org.steward.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the audit log calls the entities a module records with {@link AuditTrail#record}: each module that records
 * entries implements this as a bean for its own entity types, reading its own tables, so the audit module never
 * reads another module's data (docs/adr/0033-audit-log-names-and-filters.md).
 *
 * <p>Every entity type a module records must be among its {@link #entityTypes()}: the log's filter offers and
 * accepts only those, and with {@code app.audit.known-types-only} (on in the tests) recording any other type fails.
 */
public interface AuditSubjects {

    /** The entity types this module records, each with its name in words for people ("gift" → "Gift"). */
    Map<String, String> entityTypes();

    /**
     * What to call these entities of one of this module's types, by id; ids that no longer name anything (a row
     * since deleted) are left out. The log calls this once per type per page, with every id of that type on the page:
     * answer with one query (or a fixed few, such as one more for the constituents' names), never one per id.
     */
    Map<String, AuditSubject> describe(String entityType, Collection<String> entityIds);

    /** Rows read as (id, subject) pairs, as the map {@link #describe} answers (the first of equal ids wins). */
    static Map<String, AuditSubject> byId(List<Map.Entry<String, AuditSubject>> rows) {
        Map<String, AuditSubject> found = new java.util.HashMap<>();
        rows.forEach(row -> found.putIfAbsent(row.getKey(), row.getValue()));
        return found;
    }

    /** The ids that are UUIDs (as most entities' are), parsed; any other text is skipped. */
    static List<UUID> uuids(Collection<String> entityIds) {
        return entityIds.stream()
                .map(id -> {
                    try {
                        return UUID.fromString(id);
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                })
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
    }
}
