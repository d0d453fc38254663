package org.steward.audit.internal;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steward.audit.AuditEntityType;
import org.steward.audit.AuditSubject;
import org.steward.audit.AuditSubjects;

/** Every entity type the modules declare ({@link AuditSubjects} beans), and who describes each. */
@Singleton
public class AuditEntityTypes {

    private final Map<String, AuditSubjects> describers = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    private final List<AuditEntityType> all;

    public AuditEntityTypes(List<AuditSubjects> modules) {
        for (AuditSubjects module : modules) {
            module.entityTypes().forEach((type, label) -> {
                AuditSubjects other = describers.putIfAbsent(type, module);
                if (other != null) {
                    throw new IllegalStateException("Audit entity type '" + type + "' is declared by both "
                            + other.getClass().getName() + " and "
                            + module.getClass().getName());
                }
                labels.put(type, label);
            });
        }
        all = labels.entrySet().stream()
                .map(e -> new AuditEntityType(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(AuditEntityType::label, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(AuditEntityType::entityType))
                .toList();
    }

    public boolean isKnown(String entityType) {
        return labels.containsKey(entityType);
    }

    public Optional<String> label(String entityType) {
        return Optional.ofNullable(labels.get(entityType));
    }

    /** By label. */
    public List<AuditEntityType> all() {
        return all;
    }

    /** What the declaring module calls these entities (nothing for a type no module declares). */
    public Map<String, AuditSubject> describe(String entityType, Collection<String> entityIds) {
        AuditSubjects describer = describers.get(entityType);
        if (describer == null || entityIds.isEmpty()) {
            return Map.of();
        }
        return describer.describe(entityType, entityIds);
    }
}
