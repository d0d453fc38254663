package org.steward.interactions;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.UUID;
import org.steward.constituents.ConstituentId;

/**
 * A new task. With an {@code interactionId} the task follows up that interaction and its constituent (a
 * {@code constituentId}, if also given, must be the same); with neither it is a plain staff to-do.
 */
public record CreateTaskCommand(
        @Nullable ConstituentId constituentId,
        @Nullable UUID interactionId,
        String title,
        @Nullable String notes,
        String assignee,
        @Nullable LocalDate dueDate) {}
