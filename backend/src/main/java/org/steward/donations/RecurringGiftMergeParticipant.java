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
import org.steward.donations.internal.RecurringGiftStore;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

/**
 * A merge moves the duplicate's recurring gifts to the survivor (ids prefixed {@code recurring-gift:}); their payments
 * are gifts, moved by {@link GiftMergeParticipant}. The undo moves exactly those recurring gifts back.
 */
@Singleton
class RecurringGiftMergeParticipant implements MergeParticipant {

    static final String RECURRING_GIFT = "recurring-gift:";
    static final int CHUNK = 500;

    private final RecurringGiftStore store;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Timestamps timestamps;

    RecurringGiftMergeParticipant(
            RecurringGiftStore store, AuditTrail audit, CurrentActor actor, Timestamps timestamps) {
        this.store = store;
        this.audit = audit;
        this.actor = actor;
        this.timestamps = timestamps;
    }

    @Override
    public String name() {
        return "recurring-gifts";
    }

    @Override
    @Transactional(readOnly = true)
    public long countFor(ConstituentId duplicate, ConstituentId survivor) {
        return store.idsOf(duplicate.value()).size();
    }

    @Override
    @Transactional
    public List<String> move(ConstituentId duplicate, ConstituentId survivor) {
        List<UUID> ids = store.idsOf(duplicate.value());
        apply(duplicate.value(), survivor.value(), ids, "Merged constituent " + duplicate + " into " + survivor);
        return ids.stream().map(id -> RECURRING_GIFT + id).toList();
    }

    @Override
    @Transactional
    public void undo(ConstituentId duplicate, ConstituentId survivor, List<String> movedIds) {
        List<UUID> ids = new ArrayList<>();
        for (String moved : movedIds) {
            if (moved.startsWith(RECURRING_GIFT)) {
                ids.add(UUID.fromString(moved.substring(RECURRING_GIFT.length())));
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
            store.move(from, to, ids.subList(start, Math.min(ids.size(), start + CHUNK)), now, by);
        }
        var change = Changes.track().field("constituentId", from, to).list();
        ids.forEach(id -> audit.record(RecurringGiftService.ENTITY, id, AuditTrail.UPDATED, change, reason));
    }
}
