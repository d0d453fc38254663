package org.steward.interactions;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import org.steward.audit.AuditTrail;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.MergeParticipant;
import org.steward.interactions.internal.TaskRepository;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

/** A merge moves all tasks about the duplicate, whatever their status, to the survivor. */
@Singleton
class TaskMergeParticipant implements MergeParticipant {

    private final TaskRepository tasks;
    private final ConstituentRowMover mover;

    TaskMergeParticipant(TaskRepository tasks, AuditTrail audit, CurrentActor actor, Timestamps timestamps) {
        this.tasks = tasks;
        this.mover = new ConstituentRowMover(
                TaskService.ENTITY, tasks::findIdByConstituentId, tasks::moveConstituent, audit, actor, timestamps);
    }

    @Override
    public String name() {
        return "tasks";
    }

    @Override
    @Transactional(readOnly = true)
    public long countFor(ConstituentId duplicate, ConstituentId survivor) {
        return tasks.countByConstituentId(duplicate.value());
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
