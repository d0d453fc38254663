package org.steward.interactions;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import org.steward.audit.AuditTrail;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.MergeParticipant;
import org.steward.interactions.internal.InteractionRepository;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

/** A merge moves all the duplicate's interactions (deleted ones too, so their history follows) to the survivor. */
@Singleton
class InteractionMergeParticipant implements MergeParticipant {

    private final InteractionRepository interactions;
    private final ConstituentRowMover mover;

    InteractionMergeParticipant(
            InteractionRepository interactions, AuditTrail audit, CurrentActor actor, Timestamps timestamps) {
        this.interactions = interactions;
        this.mover = new ConstituentRowMover(
                InteractionService.ENTITY,
                interactions::findIdByConstituentId,
                interactions::moveConstituent,
                audit,
                actor,
                timestamps);
    }

    @Override
    public String name() {
        return "interactions";
    }

    @Override
    @Transactional(readOnly = true)
    public long countFor(ConstituentId duplicate, ConstituentId survivor) {
        return interactions.countByConstituentId(duplicate.value());
    }

    @Override
    @Transactional
    public List<String> move(ConstituentId duplicate, ConstituentId survivor) {
        return mover.move(duplicate, survivor);
    }

    @Override
    @Transactional
    public void undo(ConstituentId duplicate, ConstituentId survivor, List<String> movedIds) {
        mover.undo(duplicate, survivor, movedIds);
    }
}
