package org.steward.donations;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import org.steward.audit.AuditTrail;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.MergeParticipant;
import org.steward.constituents.OwnedRowsMerge;
import org.steward.donations.internal.RecurringGiftStore;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

/**
 * A merge moves the duplicate's recurring gifts to the survivor (ids prefixed {@code recurring-gift:}); their payments
 * are gifts, moved by {@link GiftMergeParticipant}. The undo moves exactly those recurring gifts back.
 */
@Singleton
class RecurringGiftMergeParticipant implements MergeParticipant {

    private final OwnedRowsMerge rows;

    RecurringGiftMergeParticipant(
            RecurringGiftStore store, AuditTrail audit, CurrentActor actor, Timestamps timestamps) {
        this.rows = new OwnedRowsMerge(
                "recurring-gift:", RecurringGiftService.ENTITY, store::idsOf, store::move, audit, actor, timestamps);
    }

    @Override
    public String name() {
        return "recurring-gifts";
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
