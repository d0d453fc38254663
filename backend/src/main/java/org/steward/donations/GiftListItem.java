package org.steward.donations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/** One row of the gift list. */
@Serdeable
public record GiftListItem(
        UUID id,
        UUID constituentId,
        @Nullable String donorName,
        String amount,
        String currency,
        String baseAmount,
        String refundedAmount,
        LocalDate receivedOn,
        GiftStatus status,
        GiftKind kind,
        @Nullable UUID fundId,
        @Nullable UUID campaignId,
        @Nullable UUID appealId,
        boolean anonymous) {}
