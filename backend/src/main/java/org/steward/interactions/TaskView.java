package org.steward.interactions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.steward.constituents.ConstituentRef;

/** A task as the API shows it; {@code overdue} is true for unfinished tasks due before today (UTC). */
@Serdeable
public record TaskView(
        UUID id,
        @Nullable ConstituentRef constituent,
        @Nullable UUID interactionId,
        String title,
        @Nullable String notes,
        String assignee,
        String assigneeDisplayName,
        @Nullable LocalDate dueDate,
        TaskStatus status,
        boolean overdue,
        @Nullable Instant completedAt,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {}
