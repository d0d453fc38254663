package org.steward.donations;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.steward.audit.AuditTrail;
import org.steward.audit.Changes;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.MergeParticipant;
import org.steward.donations.internal.PledgeStore;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

/**
 * A merge moves the duplicate's pledges to the survivor (ids prefixed {@code pledge:}); their payments are gifts and
 * move with the gifts ({@link GiftMergeParticipant}), so a pledge and its payments keep the same donor. The undo
 * moves exactly those pledges back. A pledge is not a gift: no rollup changes here.
 */
@Singleton
class PledgeMergeParticipant implements MergeParticipant {

    static final String PLEDGE = "pledge:";
    static final int CHUNK = 500;

    private final PledgeStore store;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Timestamps timestamps;

    PledgeMergeParticipant(PledgeStore store, AuditTrail audit, CurrentActor actor, Timestamps timestamps) {
        this.store = store;
        this.audit = audit;
        this.actor = actor;
        this.timestamps = timestamps;
    }

    @Override
    public String name() {
        return "pledges";
    }

    @Override
    @Transactional(readOnly = true)
    public long countFor(ConstituentId duplicate, ConstituentId survivor) {
        return store.pledgeIdsOf(duplicate.value()).size();
    }

    @Override
    @Transactional
    public List<String> move(ConstituentId duplicate, ConstituentId survivor) {
        List<UUID> ids = store.pledgeIdsOf(duplicate.value());
        apply(duplicate.value(), survivor.value(), ids, "Merged constituent " + duplicate + " into " + survivor);
        return ids.stream().map(id -> PLEDGE + id).toList();
    }

    @Override
    @Transactional
    public void undo(ConstituentId duplicate, ConstituentId survivor, List<String> movedIds) {
        List<UUID> ids = new ArrayList<>();
        for (String moved : movedIds) {
            if (moved.startsWith(PLEDGE)) {
                ids.add(UUID.fromString(moved.substring(PLEDGE.length())));
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
            store.movePledges(from, to, ids.subList(start, Math.min(ids.size(), start + CHUNK)), now, by);
        }
        var change = Changes.track().field("constituentId", from, to).list();
        ids.forEach(id -> audit.record(PledgeService.ENTITY, id, AuditTrail.UPDATED, change, reason));
    }
}
