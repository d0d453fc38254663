package org.steward.relationships.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.steward.audit.AuditTrail;
import org.steward.audit.Changes;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.MergeParticipant;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

/**
 * Moves a duplicate's relationships to the survivor when constituents merge. Two kinds stay with the duplicate:
 * relationships between the duplicate and the survivor themselves (they would relate the survivor to itself), and
 * active ones the survivor already has (same type and other end), which would be duplicates. Each move is audited
 * on the relationship with the merge as the reason.
 */
@Singleton
public class RelationshipsMergeParticipant implements MergeParticipant {

    static final String ENTITY = "relationship";

    private final RelationshipRepository relationships;
    private final RelationshipTypeRepository types;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Timestamps timestamps;

    RelationshipsMergeParticipant(
            RelationshipRepository relationships,
            RelationshipTypeRepository types,
            AuditTrail audit,
            CurrentActor actor,
            Timestamps timestamps) {
        this.relationships = relationships;
        this.types = types;
        this.audit = audit;
        this.actor = actor;
        this.timestamps = timestamps;
    }

    @Override
    public String name() {
        return "relationships";
    }

    @Override
    @Transactional(readOnly = true)
    public long countFor(ConstituentId duplicate, ConstituentId survivor) {
        return movable(duplicate.value(), survivor.value(), symmetricByCode()).size();
    }

    @Override
    @Transactional
    public List<String> move(ConstituentId duplicate, ConstituentId survivor) {
        String reason = "Merge of constituent " + duplicate + " into " + survivor;
        Map<String, Boolean> symmetric = symmetricByCode();
        List<String> moved = new ArrayList<>();
        for (Relationship relationship : movable(duplicate.value(), survivor.value(), symmetric)) {
            repoint(relationship, duplicate.value(), survivor.value(), symmetric, reason);
            moved.add(relationship.getId().toString());
        }
        return moved;
    }

    @Override
    @Transactional
    public void undo(ConstituentId duplicate, ConstituentId survivor, List<String> movedIds) {
        if (movedIds.isEmpty()) {
            return;
        }
        String reason = "Undo of the merge of constituent " + duplicate + " into " + survivor;
        List<UUID> ids = movedIds.stream().map(UUID::fromString).toList();
        Map<String, Boolean> symmetric = symmetricByCode();
        for (Relationship relationship : relationships.findByIdIn(ids)) {
            // after the move exactly one end was the survivor (the other never is); deleted rows are gone
            if (relationship.getFromId().equals(survivor.value())
                    || relationship.getToId().equals(survivor.value())) {
                repoint(relationship, survivor.value(), duplicate.value(), symmetric, reason);
            }
        }
    }

    /** The duplicate's relationships that can move, in id order. */
    private List<Relationship> movable(UUID duplicate, UUID survivor, Map<String, Boolean> symmetric) {
        List<Relationship> own = relationships.findByFromIdOrToId(duplicate, duplicate);
        if (own.isEmpty()) {
            return List.of();
        }
        Set<String> survivorKeys = new HashSet<>();
        for (Relationship relationship : relationships.findByFromIdOrToId(survivor, survivor)) {
            if (relationship.getActiveKey() != null) {
                survivorKeys.add(relationship.getActiveKey());
            }
        }
        List<Relationship> movable = new ArrayList<>();
        for (Relationship relationship : own) {
            if (relationship.otherThan(duplicate).equals(survivor)) {
                continue;
            }
            String key = Relationship.activeKey(
                    relationship.getTypeCode(),
                    swap(relationship.getFromId(), duplicate, survivor),
                    swap(relationship.getToId(), duplicate, survivor),
                    symmetric.getOrDefault(relationship.getTypeCode(), false),
                    relationship.isActive());
            if (key == null || !survivorKeys.contains(key)) {
                movable.add(relationship);
            }
        }
        movable.sort(Comparator.comparing(Relationship::getId));
        return movable;
    }

    private void repoint(Relationship relationship, UUID from, UUID to, Map<String, Boolean> symmetric, String reason) {
        var changes = Changes.track()
                .field("fromId", relationship.getFromId(), swap(relationship.getFromId(), from, to))
                .field("toId", relationship.getToId(), swap(relationship.getToId(), from, to))
                .list();
        relationship.setFromId(swap(relationship.getFromId(), from, to));
        relationship.setToId(swap(relationship.getToId(), from, to));
        relationship.refreshActiveKey(symmetric.getOrDefault(relationship.getTypeCode(), false));
        relationship.stampUpdated(actor.name(), timestamps.now());
        relationships.update(relationship);
        audit.record(ENTITY, relationship.getId(), AuditTrail.UPDATED, changes, reason);
    }

    private Map<String, Boolean> symmetricByCode() {
        Map<String, Boolean> symmetric = new HashMap<>();
        types.findAll().forEach(type -> symmetric.put(type.getCode(), type.isSymmetric()));
        return symmetric;
    }

    private static UUID swap(UUID id, UUID from, UUID to) {
        return id.equals(from) ? to : id;
    }
}
