package org.steward.interactions.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/** Request bodies of the interaction endpoints. */
final class InteractionRequests {

    static final String CHANNEL_PATTERN = "PHONE|EMAIL|MEETING|MAIL|EVENT|WEB_FORM|WALK_IN|SOCIAL";
    static final String CHANNEL_MESSAGE =
            "must be one of PHONE, EMAIL, MEETING, MAIL, EVENT, WEB_FORM, WALK_IN, SOCIAL";
    static final String DIRECTION_PATTERN = "INBOUND|OUTBOUND";
    static final String DIRECTION_MESSAGE = "must be INBOUND or OUTBOUND";
    static final int SUBJECT_MAX = 300;
    static final int NOTES_MAX = 10_000;
    static final int USERNAME_MAX = 100;

    private InteractionRequests() {}

    @Serdeable
    record LogInteractionRequest(
            @NotNull @Pattern(regexp = CHANNEL_PATTERN, message = CHANNEL_MESSAGE) String channel,
            @NotNull @Pattern(regexp = DIRECTION_PATTERN, message = DIRECTION_MESSAGE) String direction,
            @NotBlank @Size(max = SUBJECT_MAX) String subject,
            @Nullable @Size(max = NOTES_MAX) String notes,
            @Nullable Instant occurredAt,
            @Nullable @Size(min = 1, max = USERNAME_MAX) String staffUsername,
            @Nullable @Valid FollowUpRequest followUp) {}

    @Serdeable
    record FollowUpRequest(
            @NotBlank @Size(max = SUBJECT_MAX) String title,
            @Nullable @Size(max = NOTES_MAX) String notes,
            @NotBlank @Size(max = USERNAME_MAX) String assignee,
            @NotNull LocalDate dueDate) {}

    @Serdeable
    record UpdateInteractionRequest(
            @NotNull @Pattern(regexp = CHANNEL_PATTERN, message = CHANNEL_MESSAGE) String channel,
            @NotNull @Pattern(regexp = DIRECTION_PATTERN, message = DIRECTION_MESSAGE) String direction,
            @NotBlank @Size(max = SUBJECT_MAX) String subject,
            @Nullable @Size(max = NOTES_MAX) String notes,
            @NotNull Instant occurredAt,
            @NotBlank @Size(max = USERNAME_MAX) String staffUsername,
            @NotNull Long version) {}
}
