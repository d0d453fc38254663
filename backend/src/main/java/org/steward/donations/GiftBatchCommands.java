package org.steward.donations;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.UUID;

/** Inputs of batch gift entry. Amounts are decimal strings, checked by the service like a gift's. */
public final class GiftBatchCommands {

    private GiftBatchCommands() {}

    public record CreateGiftBatchCommand(String name, String currency, int expectedCount, String expectedTotal) {}

    /**
     * One row of a batch: the fields of a simple completed gift. The currency may be left out (the batch's); split
     * allocations, soft credits, tributes and in-kind gifts are entered as single gifts, or added after posting.
     */
    public record GiftBatchRowCommand(
            UUID constituentId,
            String amount,
            @Nullable String currency,
            LocalDate receivedOn,
            @Nullable String exchangeRate,
            @Nullable LocalDate exchangeRateDate,
            @Nullable UUID fundId,
            @Nullable UUID campaignId,
            @Nullable UUID appealId,
            @Nullable String paymentMethod,
            @Nullable String reference,
            boolean anonymous,
            @Nullable String notes) {}
}
