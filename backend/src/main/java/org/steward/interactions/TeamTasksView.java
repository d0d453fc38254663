package org.steward.interactions;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The team's unfinished tasks by assignee ({@code GET /api/tasks/team}): assignees with the most overdue tasks first,
 * then by name; {@code open} and {@code overdue} count over everyone.
 */
@Serdeable
public record TeamTasksView(List<AssigneeTasks> assignees, long open, long overdue) {

    /**
     * One assignee's unfinished tasks: how many in all and overdue, and the first few of them ({@code tasks}, at most
     * the {@code perAssignee} asked for) overdue first, then by due date. {@code GET /api/tasks?assignee=} lists all.
     */
    @Serdeable
    public record AssigneeTasks(
            String assignee, String assigneeDisplayName, long open, long overdue, List<TaskView> tasks) {}
}
