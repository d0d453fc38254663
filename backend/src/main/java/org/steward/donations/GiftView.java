package org.steward.donations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A gift with its allocations, soft credits and history. Every amount is a decimal string with two decimals:
 * {@code amount} in {@code currency}, {@code baseAmount} in {@code baseCurrency} at {@code exchangeRate};
 * {@code netAmount} is the amount less refunds. {@code adjustments} keep each earlier amount, date and donor;
 * {@code acknowledgement} is the gift's thank-you, if recorded.
 */
@Serdeable
public record GiftView(
        UUID id,
        UUID constituentId,
        @Nullable String donorName,
        String amount,
        String currency,
        String exchangeRate,
        @Nullable LocalDate exchangeRateDate,
        String baseAmount,
        String baseCurrency,
        String refundedAmount,
        String netAmount,
        LocalDate receivedOn,
        GiftStatus status,
        GiftKind kind,
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
        @Nullable UUID recurringGiftId,
        @Nullable UUID pledgeId,
        List<Adjustment> adjustments,
        List<Refund> refunds,
        @Nullable Acknowledgement acknowledgement,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    /** Who thanked the donor for this gift, how and when; null while nobody has. */
    @Serdeable
    public record Acknowledgement(
            AcknowledgementMethod method,
            LocalDate acknowledgedOn,
            @Nullable String notes,
            Instant recordedAt,
            String recordedBy) {}

    @Serdeable
    public record Allocation(UUID id, UUID fundId, String amount) {}

    @Serdeable
    public record SoftCredit(UUID id, UUID constituentId, String amount, @Nullable String role) {}

    @Serdeable
    public record Tribute(TributeType type, String honoreeName, @Nullable UUID notifyConstituentId) {}

    @Serdeable
    public record Adjustment(
            UUID id,
            UUID previousConstituentId,
            UUID newConstituentId,
            String previousAmount,
            String newAmount,
            LocalDate previousReceivedOn,
            LocalDate newReceivedOn,
            String reason,
            Instant createdAt,
            String createdBy) {}

    @Serdeable
    public record Refund(
            UUID id,
            String amount,
            String baseAmount,
            LocalDate refundedOn,
            String reason,
            Instant createdAt,
            String createdBy) {}
}
