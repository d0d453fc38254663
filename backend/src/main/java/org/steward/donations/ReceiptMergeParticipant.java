package org.steward.donations;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import org.steward.audit.AuditTrail;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.MergeParticipant;
import org.steward.constituents.OwnedRowsMerge;
import org.steward.donations.internal.ReceiptLedger;
import org.steward.donations.internal.ReceiptStore;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

/**
 * A merge moves the duplicate's receipts to the survivor (ids prefixed {@code receipt:}), so they are listed with the
 * gifts they cover; the undo moves exactly those back. The name and address printed on a receipt never change.
 */
@Singleton
class ReceiptMergeParticipant implements MergeParticipant {

    private final OwnedRowsMerge rows;

    ReceiptMergeParticipant(ReceiptStore store, AuditTrail audit, CurrentActor actor, Timestamps timestamps) {
        this.rows = new OwnedRowsMerge(
                "receipt:", ReceiptLedger.ENTITY, store::receiptIdsOf, store::moveReceipts, audit, actor, timestamps);
    }

    @Override
    public String name() {
        return "receipts";
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
