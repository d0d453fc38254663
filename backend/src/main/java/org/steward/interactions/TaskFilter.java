package org.steward.interactions;

import java.util.Arrays;
import java.util.List;

/** Which tasks a list shows: {@code OPEN} means still to do (open or in progress), {@code ALL} everything. */
public enum TaskFilter {
    OPEN,
    ALL;

    public List<TaskStatus> statuses() {
        return this == OPEN ? TaskStatus.UNFINISHED : Arrays.asList(TaskStatus.values());
    }
}
