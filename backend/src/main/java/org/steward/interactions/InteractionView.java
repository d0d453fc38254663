package org.steward.interactions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;
import org.steward.constituents.ConstituentId;

/**
 * An interaction as the API shows it. {@code staffDisplayName} falls back to the username when the staff account
 * is gone or disabled. {@code followUpTask} is filled only in the answer to logging it with a follow-up.
 */
@Serdeable
public record InteractionView(
        UUID id,
        ConstituentId constituentId,
        Channel channel,
        Direction direction,
        String subject,
        @Nullable String notes,
        Instant occurredAt,
        String staffUsername,
        String staffDisplayName,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        @Nullable TaskView followUpTask) {

    InteractionView withFollowUpTask(@Nullable TaskView task) {
        return new InteractionView(
                id,
                constituentId,
                channel,
                direction,
                subject,
                notes,
                occurredAt,
                staffUsername,
                staffDisplayName,
                version,
                createdAt,
                createdBy,
                updatedAt,
                updatedBy,
                task);
    }
}
