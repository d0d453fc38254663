package org.steward.donations;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import org.steward.audit.AuditTrail;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.MergeParticipant;
import org.steward.constituents.OwnedRowsMerge;
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

    private final OwnedRowsMerge rows;

    PledgeMergeParticipant(PledgeStore store, AuditTrail audit, CurrentActor actor, Timestamps timestamps) {
        this.rows = new OwnedRowsMerge(
                "pledge:", PledgeService.ENTITY, store::pledgeIdsOf, store::movePledges, audit, actor, timestamps);
    }

    @Override
    public String name() {
        return "pledges";
    }

    @Override
    @Transactional(readOnly = true)
    public long countFor(ConstituentId duplicate, ConstituentId survivor) {
        return rows.count(duplicate);
    }

    @Override
    @Transactional
    public List<String> move(ConstituentId duplicate, ConstituentId survivor) {
        return rows.move(duplicate, survivor);
    }

    @Override
    @Transactional
    public void undo(ConstituentId duplicate, ConstituentId survivor, List<String> movedIds) {
        rows.undo(duplicate, survivor, movedIds);
    }
}
