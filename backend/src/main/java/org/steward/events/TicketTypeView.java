package org.steward.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * A ticket type (price level). Amounts are decimal strings in {@code currency}; {@code deductibleAmount} = price -
 * fair-market value of the benefits. {@code seatsTaken} counts the seats its registrations hold.
 */
@Serdeable
public record TicketTypeView(
        UUID id,
        UUID eventId,
        String name,
        String price,
        String currency,
        String fairMarketValue,
        String deductibleAmount,
        @Nullable Integer capacity,
        TicketTypeStatus status,
        int seatsTaken,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {}
