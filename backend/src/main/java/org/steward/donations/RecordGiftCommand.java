package org.steward.donations;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A new gift. Amounts are decimal strings, checked by the service (positive, at most two decimals). A gift that
 * names {@code pledgeId} is a payment on that pledge (kind PLEDGE_PAYMENT, the pledge's donor and currency).
 */
public record RecordGiftCommand(
        UUID constituentId,
        String amount,
        String currency,
        LocalDate receivedOn,
        GiftStatus status,
        GiftKind kind,
        @Nullable String exchangeRate,
        @Nullable LocalDate exchangeRateDate,
        @Nullable UUID fundId,
        @Nullable UUID campaignId,
        @Nullable UUID appealId,
        @Nullable String paymentMethod,
        @Nullable String reference,
        boolean anonymous,
        List<Allocation> allocations,
        List<SoftCredit> softCredits,
        @Nullable Tribute tribute,
        @Nullable String description,
        @Nullable String fairMarketValue,
        @Nullable String notes,
        @Nullable UUID pledgeId) {

    /** A gift that pays no pledge. */
    public RecordGiftCommand(
            UUID constituentId,
            String amount,
            String currency,
            LocalDate receivedOn,
            GiftStatus status,
            GiftKind kind,
            @Nullable String exchangeRate,
            @Nullable LocalDate exchangeRateDate,
            @Nullable UUID fundId,
            @Nullable UUID campaignId,
            @Nullable UUID appealId,
            @Nullable String paymentMethod,
            @Nullable String reference,
            boolean anonymous,
            List<Allocation> allocations,
            List<SoftCredit> softCredits,
            @Nullable Tribute tribute,
            @Nullable String description,
            @Nullable String fairMarketValue,
            @Nullable String notes) {
        this(
                constituentId,
                amount,
                currency,
                receivedOn,
                status,
                kind,
                exchangeRate,
                exchangeRateDate,
                fundId,
                campaignId,
                appealId,
                paymentMethod,
                reference,
                anonymous,
                allocations,
                softCredits,
                tribute,
                description,
                fairMarketValue,
                notes,
                null);
    }

    public record Allocation(UUID fundId, String amount) {}

    public record SoftCredit(UUID constituentId, String amount, @Nullable String role) {}

    public record Tribute(TributeType type, String honoreeName, @Nullable UUID notifyConstituentId) {}
}
