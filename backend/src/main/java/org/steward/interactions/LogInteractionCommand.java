package org.steward.interactions;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import org.steward.constituents.ConstituentId;

/**
 * Records a contact with a constituent. {@code occurredAt} defaults to now, {@code staffUsername} to the signed-in
 * user; a {@code followUp}, if given, becomes a task in the same transaction.
 */
public record LogInteractionCommand(
        ConstituentId constituentId,
        Channel channel,
        Direction direction,
        String subject,
        @Nullable String notes,
        @Nullable Instant occurredAt,
        @Nullable String staffUsername,
        @Nullable FollowUpCommand followUp) {}
