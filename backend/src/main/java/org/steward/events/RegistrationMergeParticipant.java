package org.steward.events;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import org.steward.audit.AuditTrail;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.MergeParticipant;
import org.steward.constituents.OwnedRowsMerge;
import org.steward.events.internal.RegistrationStore;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

/**
 * A merge moves the duplicate's event registrations, whatever their status, to the survivor; the undo moves exactly
 * those back (ids prefixed {@code registration:}). Idempotency keys stay as they were: they record the past.
 */
@Singleton
class RegistrationMergeParticipant implements MergeParticipant {

    private final OwnedRowsMerge rows;

    RegistrationMergeParticipant(RegistrationStore store, AuditTrail audit, CurrentActor actor, Timestamps timestamps) {
        this.rows = new OwnedRowsMerge(
                "registration:", RegistrationService.ENTITY, store::idsOf, store::move, audit, actor, timestamps);
    }

    @Override
    public String name() {
        return "event registrations";
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
