package org.steward.relationships;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steward.audit.AuditTrail;
import org.steward.audit.Changes;
import org.steward.relationships.internal.RelationshipType;
import org.steward.relationships.internal.RelationshipTypeCodes;
import org.steward.relationships.internal.RelationshipTypeRepository;
import org.steward.shared.errors.StaleVersionException;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

/**
 * The kinds of relationship staff can record. Built-in types come with the schema and do not change;
 * administrators add their own, relabel them and retire them (deactivated types stay readable on existing
 * relationships but cannot be chosen for new ones). Types are never deleted.
 */
@Singleton
public class RelationshipTypeService {

    public static final String ENTITY = "relationship-type";

    private final RelationshipTypeRepository types;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Timestamps timestamps;

    RelationshipTypeService(
            RelationshipTypeRepository types, AuditTrail audit, CurrentActor actor, Timestamps timestamps) {
        this.types = types;
        this.audit = audit;
        this.actor = actor;
        this.timestamps = timestamps;
    }

    /** All types by label, or only the active ones. */
    @Transactional(readOnly = true)
    public List<RelationshipTypeView> list(boolean activeOnly) {
        var found = activeOnly ? types.findByActiveOrderByLabel(true) : types.findAllOrderByLabel();
        return found.stream().map(RelationshipType::view).toList();
    }

    @Transactional(readOnly = true)
    public RelationshipTypeView get(String code) {
        return load(code).view();
    }

    @Transactional
    public RelationshipTypeView create(CreateRelationshipTypeCommand command) {
        String label = command.label().trim();
        String inverseLabel = inverseLabel(label, command.inverseLabel(), command.symmetric());
        String code = RelationshipTypeCodes.slug(label);
        if (types.existsById(code)) {
            throw RelationshipProblems.typeExists(code);
        }
        checkLabelFree(label, code);
        var now = timestamps.now();
        RelationshipType type = new RelationshipType();
        type.setCode(code);
        type.setLabel(label);
        type.setInverseLabel(inverseLabel);
        type.setSymmetric(command.symmetric());
        type.setBuiltIn(false);
        type.setActive(true);
        type.stampCreated(actor.name(), now);
        types.save(type);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("label", label);
        fields.put("inverseLabel", inverseLabel);
        fields.put("symmetric", type.isSymmetric());
        fields.put("active", true);
        audit.record(ENTITY, code, AuditTrail.CREATED, Changes.created(fields));
        return type.view();
    }

    /** Relabels or (de)activates a custom type; whether it is symmetric never changes. */
    @Transactional
    public RelationshipTypeView update(String code, UpdateRelationshipTypeCommand command) {
        RelationshipType type = load(code);
        if (type.isBuiltIn()) {
            throw RelationshipProblems.typeBuiltIn(type.getCode());
        }
        if (command.version() != null && command.version().longValue() != type.getVersion()) {
            throw new StaleVersionException(ENTITY, type.getCode());
        }
        String label = command.label().trim();
        String inverseLabel = inverseLabel(label, command.inverseLabel(), type.isSymmetric());
        var changes = Changes.track()
                .field("label", type.getLabel(), label)
                .field("inverseLabel", type.getInverseLabel(), inverseLabel)
                .field("active", type.isActive(), command.active())
                .list();
        if (changes.isEmpty()) {
            return type.view();
        }
        checkLabelFree(label, type.getCode());
        type.setLabel(label);
        type.setInverseLabel(inverseLabel);
        type.setActive(command.active());
        type.stampUpdated(actor.name(), timestamps.now());
        RelationshipType saved = types.update(type);
        audit.record(ENTITY, type.getCode(), AuditTrail.UPDATED, changes);
        return saved.view();
    }

    /** No other type may read the same (ignoring case): the relationship form lists types by label. */
    private void checkLabelFree(String label, String code) {
        for (RelationshipType other : types.findAllOrderByLabel()) {
            if (!other.getCode().equals(code) && other.getLabel().equalsIgnoreCase(label)) {
                throw RelationshipProblems.labelTaken(other.getLabel(), other.getCode());
            }
        }
    }

    private RelationshipType load(String code) {
        String normalized = code == null ? "" : code.trim().toLowerCase(java.util.Locale.ROOT);
        return types.findById(normalized).orElseThrow(() -> RelationshipProblems.typeNotFound(code));
    }

    private static String inverseLabel(String label, String requested, boolean symmetric) {
        if (symmetric) {
            return label; // reads the same both ways
        }
        if (requested == null || requested.isBlank()) {
            throw RelationshipProblems.inverseLabelRequired();
        }
        return requested.trim();
    }
}
