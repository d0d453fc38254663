package org.steward.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An event. Date-times are local to {@code timeZone}. {@code seats} counts what its registrations hold: seats taken
 * (registered, offered, attended, no-show parties), seats still free (null without a capacity) and parties waiting.
 */
@Serdeable
public record EventView(
        UUID id,
        String title,
        @Nullable String description,
        @Nullable String venue,
        @Nullable String address,
        @Nullable String onlineUrl,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        String timeZone,
        @Nullable LocalDateTime registrationOpensAt,
        @Nullable LocalDateTime registrationClosesAt,
        @Nullable Integer capacity,
        EventStatus status,
        @Nullable UUID campaignId,
        List<QuestionView> questions,
        Seats seats,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    @Serdeable
    public record QuestionView(UUID id, String text, boolean required) {}

    @Serdeable
    public record Seats(int taken, @Nullable Integer free, int registrations, int waitlisted, int offered) {}
}
