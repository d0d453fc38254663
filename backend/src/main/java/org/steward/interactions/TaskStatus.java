package org.steward.interactions;

import java.util.List;

public enum TaskStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    /** The statuses of work still to do ("open" in lists and summaries). */
    public static final List<TaskStatus> UNFINISHED = List.of(OPEN, IN_PROGRESS);

    public boolean isUnfinished() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
