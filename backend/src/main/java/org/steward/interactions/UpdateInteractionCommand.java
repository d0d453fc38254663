package org.steward.interactions;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** Replaces an interaction's editable fields; {@code version} is the one the caller read. */
public record UpdateInteractionCommand(
        Channel channel,
        Direction direction,
        String subject,
        @Nullable String notes,
        Instant occurredAt,
        String staffUsername,
        long version) {}
