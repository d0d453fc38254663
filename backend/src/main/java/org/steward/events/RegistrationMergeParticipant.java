package org.steward.events;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.steward.audit.AuditTrail;
import org.steward.audit.Changes;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.MergeParticipant;
import org.steward.events.internal.RegistrationStore;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

/**
 * A merge moves the duplicate's event registrations, whatever their status, to the survivor; the undo moves exactly
 * those back (ids prefixed {@code registration:}). Idempotency keys stay as they were: they record the past.
 */
@Singleton
class RegistrationMergeParticipant implements MergeParticipant {

    static final String PREFIX = "registration:";
    static final int CHUNK = 500;

    private final RegistrationStore store;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Timestamps timestamps;

    RegistrationMergeParticipant(RegistrationStore store, AuditTrail audit, CurrentActor actor, Timestamps timestamps) {
        this.store = store;
        this.audit = audit;
        this.actor = actor;
        this.timestamps = timestamps;
    }

    @Override
    public String name() {
        return "event registrations";
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
        return ids.stream().map(id -> PREFIX + id).toList();
    }

    @Override
    @Transactional
    public void undo(ConstituentId duplicate, ConstituentId survivor, List<String> movedIds) {
        List<UUID> ids = new ArrayList<>();
        for (String moved : movedIds) {
            if (moved.startsWith(PREFIX)) {
                ids.add(UUID.fromString(moved.substring(PREFIX.length())));
            }
        }
        apply(
                survivor.value(),
                duplicate.value(),
                ids,
                "Undid the merge of constituent " + duplicate + " into " + survivor);
    }

    private void apply(UUID from, UUID to, List<UUID> ids, String reason) {
        var now = timestamps.now();
        String by = actor.name();
        for (int start = 0; start < ids.size(); start += CHUNK) {
            store.move(from, to, List.copyOf(ids.subList(start, Math.min(ids.size(), start + CHUNK))), now, by);
        }
        var change = Changes.track().field("constituentId", from, to).list();
        ids.forEach(id -> audit.record(RegistrationService.ENTITY, id, AuditTrail.UPDATED, change, reason));
    }
}
