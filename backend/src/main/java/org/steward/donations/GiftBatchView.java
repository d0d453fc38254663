package org.steward.donations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A gift batch: what was expected, what has been entered ({@code balanced} when count and total match) and, in
 * {@link #rows}, its rows in entry order (absent from list items). Amounts are strings with two decimals.
 */
@Serdeable
public record GiftBatchView(
        UUID id,
        String name,
        String currency,
        int expectedCount,
        String expectedTotal,
        int enteredCount,
        String enteredTotal,
        boolean balanced,
        GiftBatchStatus status,
        @Nullable Instant postedAt,
        @Nullable String postedBy,
        Instant createdAt,
        String createdBy,
        @Nullable List<Row> rows) {

    @Serdeable
    public record Row(
            UUID id,
            int rowNumber,
            UUID constituentId,
            @Nullable String donorName,
            String amount,
            String currency,
            @Nullable String exchangeRate,
            @Nullable LocalDate exchangeRateDate,
            LocalDate receivedOn,
            @Nullable UUID fundId,
            @Nullable UUID campaignId,
            @Nullable UUID appealId,
            @Nullable String paymentMethod,
            @Nullable String reference,
            boolean anonymous,
            @Nullable String notes,
            @Nullable UUID giftId) {}
}
