package org.steward.interactions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** The tasks' rules that need no database: completion, overdue, and what an assignee alone may change. */
final class TaskRules {

    private TaskRules() {}

    /** Set when a task becomes DONE, kept while it stays DONE, cleared when it is reopened or cancelled. */
    static Instant completedAt(TaskStatus was, Instant completedAt, TaskStatus is, Instant now) {
        if (is != TaskStatus.DONE) {
            return null;
        }
        return was == TaskStatus.DONE && completedAt != null ? completedAt : now;
    }

    static boolean overdue(TaskStatus status, LocalDate dueDate, LocalDate today) {
        return status.isUnfinished() && dueDate != null && dueDate.isBefore(today);
    }

    /** Administrators and development officers see every task; other roles only those assigned to them. */
    static void checkMaySee(boolean maySeeAll, String actor, String assignee) {
        if (!maySeeAll && !actor.equals(assignee)) {
            throw TaskProblems.notYours();
        }
    }

    /**
     * Administrators and development officers change anything; other roles change only the status of tasks
     * assigned to them (the other fields must come back as they are).
     */
    static void checkMayChange(
            boolean mayChangeAll,
            String actor,
            String assignee,
            String title,
            String notes,
            LocalDate dueDate,
            UpdateTaskCommand update,
            String requestedAssignee) {
        if (mayChangeAll) {
            return;
        }
        checkMaySee(false, actor, assignee);
        boolean onlyStatus = Objects.equals(title, update.title().trim())
                && Objects.equals(notes, InteractionRules.blankToNull(update.notes()))
                && Objects.equals(dueDate, update.dueDate())
                && Objects.equals(assignee, requestedAssignee);
        if (!onlyStatus) {
            throw TaskProblems.statusOnly();
        }
    }
}
