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
import org.steward.donations.internal.GiftStore;
import org.steward.donations.internal.RollupRecomputer;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

/**
 * A merge moves the duplicate's gifts (as donor), soft credits and tribute notifications to the survivor and
 * recomputes both rollups; the undo moves exactly those rows back (ids prefixed {@code gift:}, {@code soft-credit:}
 * and {@code tribute:}). Idempotency keys, adjustment and refund history stay as they were: they record the past.
 */
@Singleton
class GiftMergeParticipant implements MergeParticipant {

    static final String GIFT = "gift:";
    static final String SOFT_CREDIT = "soft-credit:";
    static final String TRIBUTE = "tribute:";
    static final int CHUNK = 500;

    private final GiftStore store;
    private final RollupRecomputer rollups;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Timestamps timestamps;

    GiftMergeParticipant(
            GiftStore store, RollupRecomputer rollups, AuditTrail audit, CurrentActor actor, Timestamps timestamps) {
        this.store = store;
        this.rollups = rollups;
        this.audit = audit;
        this.actor = actor;
        this.timestamps = timestamps;
    }

    @Override
    public String name() {
        return "gifts";
    }

    @Override
    @Transactional(readOnly = true)
    public long countFor(ConstituentId duplicate, ConstituentId survivor) {
        UUID d = duplicate.value();
        return store.giftIdsOf(d).size()
                + store.softCreditIdsOf(d).size()
                + store.tributeGiftIdsOf(d).size();
    }

    @Override
    @Transactional
    public List<String> move(ConstituentId duplicate, ConstituentId survivor) {
        UUID d = duplicate.value();
        List<UUID> gifts = store.giftIdsOf(d);
        List<UUID> softCredits = store.softCreditIdsOf(d);
        List<UUID> tributes = store.tributeGiftIdsOf(d);
        String reason = "Merged constituent " + duplicate + " into " + survivor;
        apply(d, survivor.value(), gifts, softCredits, tributes, reason);
        List<String> moved = new ArrayList<>();
        gifts.forEach(id -> moved.add(GIFT + id));
        softCredits.forEach(id -> moved.add(SOFT_CREDIT + id));
        tributes.forEach(id -> moved.add(TRIBUTE + id));
        return moved;
    }

    @Override
    @Transactional
    public void undo(ConstituentId duplicate, ConstituentId survivor, List<String> movedIds) {
        List<UUID> gifts = new ArrayList<>();
        List<UUID> softCredits = new ArrayList<>();
        List<UUID> tributes = new ArrayList<>();
        for (String moved : movedIds) {
            if (moved.startsWith(GIFT)) {
                gifts.add(UUID.fromString(moved.substring(GIFT.length())));
            } else if (moved.startsWith(SOFT_CREDIT)) {
                softCredits.add(UUID.fromString(moved.substring(SOFT_CREDIT.length())));
            } else if (moved.startsWith(TRIBUTE)) {
                tributes.add(UUID.fromString(moved.substring(TRIBUTE.length())));
            }
        }
        String reason = "Undid the merge of constituent " + duplicate + " into " + survivor;
        apply(survivor.value(), duplicate.value(), gifts, softCredits, tributes, reason);
    }

    private void apply(
            UUID from, UUID to, List<UUID> gifts, List<UUID> softCredits, List<UUID> tributes, String reason) {
        Instant now = timestamps.now();
        String by = actor.name();
        for (int start = 0;
                start < Math.max(gifts.size(), Math.max(softCredits.size(), tributes.size()));
                start += CHUNK) {
            store.moveGifts(from, to, chunk(gifts, start), now, by);
            store.moveSoftCredits(from, to, chunk(softCredits, start), now, by);
            store.moveTributes(from, to, chunk(tributes, start), now, by);
        }
        var donorChange = Changes.track().field("constituentId", from, to).list();
        gifts.forEach(id -> audit.record(GiftService.ENTITY, id, AuditTrail.UPDATED, donorChange, reason));
        softCredits.forEach(
                id -> audit.record(GiftService.ENTITY + "-soft-credit", id, AuditTrail.UPDATED, donorChange, reason));
        var tributeChange =
                Changes.track().field("tributeNotifyConstituentId", from, to).list();
        tributes.forEach(id -> audit.record(GiftService.ENTITY, id, AuditTrail.UPDATED, tributeChange, reason));
        rollups.refresh(List.of(from, to));
    }

    private static List<UUID> chunk(List<UUID> ids, int start) {
        return start >= ids.size() ? List.of() : List.copyOf(ids.subList(start, Math.min(ids.size(), start + CHUNK)));
    }
}
