package org.steward.interactions;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;

/** Replaces a task's editable fields; {@code version} is the one the caller read. */
public record UpdateTaskCommand(
        String title,
        @Nullable String notes,
        String assignee,
        @Nullable LocalDate dueDate,
        TaskStatus status,
        long version) {}
