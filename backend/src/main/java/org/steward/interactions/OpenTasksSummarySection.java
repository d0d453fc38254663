package org.steward.interactions;

import jakarta.inject.Singleton;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentSummarySection;

/** {@code "openTasks"} in the constituent summary: unfinished tasks about them, soonest due first. */
@Singleton
class OpenTasksSummarySection implements ConstituentSummarySection {

    private final TaskService tasks;

    OpenTasksSummarySection(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public String key() {
        return "openTasks";
    }

    @Override
    public OpenTasksSummary sectionFor(ConstituentId id) {
        return tasks.openSummary(id);
    }
}
