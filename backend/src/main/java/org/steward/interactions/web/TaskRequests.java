package org.steward.interactions.web;

import static org.steward.interactions.web.InteractionRequests.NOTES_MAX;
import static org.steward.interactions.web.InteractionRequests.SUBJECT_MAX;
import static org.steward.interactions.web.InteractionRequests.USERNAME_MAX;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** Request bodies of the task endpoints. */
final class TaskRequests {

    static final String STATUS_PATTERN = "OPEN|IN_PROGRESS|DONE|CANCELLED";
    static final String STATUS_MESSAGE = "must be one of OPEN, IN_PROGRESS, DONE, CANCELLED";
    static final String FILTER_PATTERN = "OPEN|ALL";
    static final String FILTER_MESSAGE = "must be OPEN or ALL";

    private TaskRequests() {}

    @Serdeable
    record CreateTaskRequest(
            @Nullable UUID constituentId,
            @Nullable UUID interactionId,
            @NotBlank @Size(max = SUBJECT_MAX) String title,
            @Nullable @Size(max = NOTES_MAX) String notes,
            @NotBlank @Size(max = USERNAME_MAX) String assignee,
            @Nullable LocalDate dueDate) {}

    @Serdeable
    record UpdateTaskRequest(
            @NotBlank @Size(max = SUBJECT_MAX) String title,
            @Nullable @Size(max = NOTES_MAX) String notes,
            @NotBlank @Size(max = USERNAME_MAX) String assignee,
            @Nullable LocalDate dueDate,
            @NotNull @Pattern(regexp = STATUS_PATTERN, message = STATUS_MESSAGE) String status,
            @NotNull Long version) {}
}
