package org.steward.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A registration: one constituent and their guests ({@code partySize} seats) on one ticket type of an event. When
 * ATTENDED, {@code checkedInAt} is when it was checked in at the door, {@code checkedInBy} by whom, and
 * {@code guestsCheckedIn} how many of the guests came (0 when not checked in); the check-in fields are sent as null
 * rather than left out.
 */
@Serdeable
public record RegistrationView(
        UUID id,
        UUID eventId,
        UUID ticketTypeId,
        UUID constituentId,
        @Nullable String constituentName,
        RegistrationStatus status,
        List<String> guestNames,
        int unnamedGuests,
        int partySize,
        List<AnswerView> answers,
        @Nullable String dietaryNotes,
        @Nullable String accessibilityNotes,
        @Nullable Instant waitlistedAt,
        @Nullable Instant offeredAt,
        @Nullable Instant offerExpiresAt,
        @Nullable Instant cancelledAt,
        @Nullable String cancelReason,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        @Nullable UUID feeGiftId,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Instant checkedInAt,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String checkedInBy,
        int guestsCheckedIn) {

    @Serdeable
    public record AnswerView(UUID questionId, String answer) {}
}
