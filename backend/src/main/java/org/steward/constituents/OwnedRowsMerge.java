package org.steward.constituents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.steward.audit.AuditTrail;
import org.steward.audit.Changes;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

/**
 * The work of a {@link MergeParticipant} whose rows simply belong to one constituent (pledges, receipts, event
 * registrations…): a merge moves all of the duplicate's rows to the survivor and returns their ids as
 * {@code prefix + id}; the undo moves exactly the ids with this prefix back. Rows move in chunks, and each moved row
 * gets an audit entry under {@code entity}. The participant keeps its own {@code @Transactional} methods and
 * delegates to this.
 */
public final class OwnedRowsMerge {

    static final int CHUNK = 500;

    /** The ids of the rows a constituent holds. */
    @FunctionalInterface
    public interface Lister {
        List<UUID> idsOf(UUID constituentId);
    }

    /** Points these rows, held by {@code from}, at {@code to}. */
    @FunctionalInterface
    public interface Mover {
        void move(UUID from, UUID to, List<UUID> ids, Instant at, String by);
    }

    private final String prefix;
    private final String entity;
    private final Lister lister;
    private final Mover mover;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Timestamps timestamps;

    public OwnedRowsMerge(
            String prefix,
            String entity,
            Lister lister,
            Mover mover,
            AuditTrail audit,
            CurrentActor actor,
            Timestamps timestamps) {
        this.prefix = prefix;
        this.entity = entity;
        this.lister = lister;
        this.mover = mover;
        this.audit = audit;
        this.actor = actor;
        this.timestamps = timestamps;
    }

    public long count(ConstituentId duplicate) {
        return lister.idsOf(duplicate.value()).size();
    }

    public List<String> move(ConstituentId duplicate, ConstituentId survivor) {
        List<UUID> ids = lister.idsOf(duplicate.value());
        apply(duplicate.value(), survivor.value(), ids, "Merged constituent " + duplicate + " into " + survivor);
        return ids.stream().map(id -> prefix + id).toList();
    }

    public void undo(ConstituentId duplicate, ConstituentId survivor, List<String> movedIds) {
        List<UUID> ids = new ArrayList<>();
        for (String moved : movedIds) {
            if (moved.startsWith(prefix)) {
                ids.add(UUID.fromString(moved.substring(prefix.length())));
            }
        }
        apply(
                survivor.value(),
                duplicate.value(),
                ids,
                "Undid the merge of constituent " + duplicate + " into " + survivor);
    }

    private void apply(UUID from, UUID to, List<UUID> ids, String reason) {
        Instant now = timestamps.now();
        String by = actor.name();
        for (int start = 0; start < ids.size(); start += CHUNK) {
            mover.move(from, to, List.copyOf(ids.subList(start, Math.min(ids.size(), start + CHUNK))), now, by);
        }
        var change = Changes.track().field("constituentId", from, to).list();
        ids.forEach(id -> audit.record(entity, id, AuditTrail.UPDATED, change, reason));
    }
}
