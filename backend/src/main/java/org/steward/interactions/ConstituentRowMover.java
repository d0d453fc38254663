package org.steward.interactions;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.steward.audit.AuditTrail;
import org.steward.audit.Changes;
import org.steward.constituents.ConstituentId;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

/**
 * Moves one table's rows from a constituent to another for a merge (and exactly those back for its undo), in
 * chunks, and audits each moved row with the merge as the reason.
 */
final class ConstituentRowMover {

    static final int CHUNK = 500;

    /** {@code UPDATE ... SET constituent_id = to WHERE constituent_id = from AND id IN (ids)}. */
    @FunctionalInterface
    interface MoveQuery {
        long move(UUID from, UUID to, Collection<UUID> ids, Instant at, String by);
    }

    private final String entityType;
    private final Function<UUID, List<UUID>> idsOf;
    private final MoveQuery moveQuery;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Timestamps timestamps;

    ConstituentRowMover(
            String entityType,
            Function<UUID, List<UUID>> idsOf,
            MoveQuery moveQuery,
            AuditTrail audit,
            CurrentActor actor,
            Timestamps timestamps) {
        this.entityType = entityType;
        this.idsOf = idsOf;
        this.moveQuery = moveQuery;
        this.audit = audit;
        this.actor = actor;
        this.timestamps = timestamps;
    }

    List<String> move(ConstituentId duplicate, ConstituentId survivor) {
        List<UUID> ids = idsOf.apply(duplicate.value());
        moveEach(duplicate.value(), survivor.value(), ids, "Merged constituent " + duplicate + " into " + survivor);
        return ids.stream().map(UUID::toString).toList();
    }

    void undo(ConstituentId duplicate, ConstituentId survivor, List<String> movedIds) {
        List<UUID> ids = movedIds.stream().map(UUID::fromString).toList();
        moveEach(
                survivor.value(),
                duplicate.value(),
                ids,
                "Undid the merge of constituent " + duplicate + " into " + survivor);
    }

    private void moveEach(UUID from, UUID to, List<UUID> ids, String reason) {
        Instant now = timestamps.now();
        for (int start = 0; start < ids.size(); start += CHUNK) {
            List<UUID> chunk = List.copyOf(ids.subList(start, Math.min(ids.size(), start + CHUNK)));
            moveQuery.move(from, to, chunk, now, actor.name());
        }
        var changes = Changes.track().field("constituentId", from, to).list();
        for (UUID id : ids) {
            audit.record(entityType, id, AuditTrail.UPDATED, changes, reason);
        }
    }
}
