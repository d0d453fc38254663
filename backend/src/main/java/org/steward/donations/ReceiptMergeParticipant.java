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

    static final String RECEIPT = "receipt:";
    static final int CHUNK = 500;

    private final ReceiptStore store;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Timestamps timestamps;

    ReceiptMergeParticipant(ReceiptStore store, AuditTrail audit, CurrentActor actor, Timestamps timestamps) {
        this.store = store;
        this.audit = audit;
        this.actor = actor;
        this.timestamps = timestamps;
    }

    @Override
    public String name() {
        return "receipts";
    }

    @Override
    @Transactional(readOnly = true)
    public long countFor(ConstituentId duplicate, ConstituentId survivor) {
        return store.receiptIdsOf(duplicate.value()).size();
    }

    @Override
    @Transactional
    public List<String> move(ConstituentId duplicate, ConstituentId survivor) {
        List<UUID> ids = store.receiptIdsOf(duplicate.value());
        apply(duplicate.value(), survivor.value(), ids, "Merged constituent " + duplicate + " into " + survivor);
        return ids.stream().map(id -> RECEIPT + id).toList();
    }

    @Override
    @Transactional
    public void undo(ConstituentId duplicate, ConstituentId survivor, List<String> movedIds) {
        List<UUID> ids = new ArrayList<>();
        for (String moved : movedIds) {
            if (moved.startsWith(RECEIPT)) {
                ids.add(UUID.fromString(moved.substring(RECEIPT.length())));
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
            store.moveReceipts(from, to, ids.subList(start, Math.min(ids.size(), start + CHUNK)), now, by);
        }
        var change = Changes.track().field("constituentId", from, to).list();
        ids.forEach(id -> audit.record(ReceiptLedger.ENTITY, id, AuditTrail.UPDATED, change, reason));
    }
}
