package org.steward.interactions;

import org.steward.shared.errors.BusinessRuleException;
import org.steward.shared.errors.NotFoundException;

/** The tasks' failures, each with its stable code (see docs/problems.md). */
public final class TaskProblems {

    private TaskProblems() {}

    public static NotFoundException notFound(Object id) {
        return new NotFoundException("tasks.not-found", "Task not found", "No task has id " + id + ".");
    }

    public static BusinessRuleException unknownAssignee(String username) {
        return new BusinessRuleException(
                "tasks.unknown-assignee",
                "Unknown assignee",
                "No enabled staff account has the username '" + username + "'.");
    }

    public static BusinessRuleException constituentMismatch() {
        return new BusinessRuleException(
                "tasks.constituent-mismatch",
                "Task and interaction are about different constituents",
                "A task that follows up an interaction must be about the interaction's constituent.");
    }

    public static NotYoursException notYours() {
        return new NotYoursException(
                "tasks.not-yours", "Not your task", "Your role may see and change only tasks assigned to you.");
    }

    public static NotYoursException statusOnly() {
        return new NotYoursException(
                "tasks.status-only",
                "Only the status may change",
                "Your role may change only the status of a task assigned to you.");
    }
}
