package org.steward.donations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/** One row of the recurring gift list. */
@Serdeable
public record RecurringGiftListItem(
        UUID id,
        UUID constituentId,
        @Nullable String donorName,
        String amount,
        String currency,
        RecurringFrequency frequency,
        int intervalCount,
        @Nullable Integer dayOfMonth,
        LocalDate startOn,
        @Nullable LocalDate endOn,
        RecurringGiftStatus status,
        int paidCount,
        int missedCount,
        @Nullable LocalDate nextExpectedOn,
        @Nullable UUID fundId) {}
