package org.steward.donations.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.steward.donations.GiftKind;
import org.steward.donations.GiftStatus;
import org.steward.donations.TributeType;

/** One row of {@code gifts}, as stored. */
public record GiftRow(
        UUID id,
        UUID constituentId,
        BigDecimal amount,
        String currency,
        BigDecimal exchangeRate,
        LocalDate exchangeRateDate,
        BigDecimal baseAmount,
        String baseCurrency,
        BigDecimal refundedAmount,
        BigDecimal refundedBaseAmount,
        LocalDate receivedOn,
        GiftStatus status,
        GiftKind kind,
        UUID fundId,
        UUID campaignId,
        UUID appealId,
        String paymentMethod,
        String reference,
        boolean anonymous,
        TributeType tributeType,
        String tributeHonoreeName,
        UUID tributeNotifyConstituentId,
        String description,
        BigDecimal fairMarketValue,
        String notes,
        UUID recurringGiftId,
        UUID pledgeId,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    /** The gift after an adjustment: another donor, amount (and its base amount) or date. */
    public GiftRow withMoney(
            UUID donor, BigDecimal newAmount, BigDecimal newBase, LocalDate newReceivedOn, Instant at, String by) {
        return copy(
                donor,
                newAmount,
                newBase,
                refundedAmount,
                refundedBaseAmount,
                newReceivedOn,
                status,
                campaignId,
                appealId,
                paymentMethod,
                reference,
                anonymous,
                notes,
                at,
                by);
    }

    /** The gift after a refund: what has been refunded so far, and its status. */
    public GiftRow withRefund(
            BigDecimal refunded, BigDecimal refundedBase, GiftStatus newStatus, Instant at, String by) {
        return copy(
                constituentId,
                amount,
                baseAmount,
                refunded,
                refundedBase,
                receivedOn,
                newStatus,
                campaignId,
                appealId,
                paymentMethod,
                reference,
                anonymous,
                notes,
                at,
                by);
    }

    /** The gift after an edit of the fields that are not money. */
    public GiftRow withDetails(
            GiftStatus newStatus,
            UUID newCampaignId,
            UUID newAppealId,
            String newPaymentMethod,
            String newReference,
            boolean newAnonymous,
            String newNotes,
            Instant at,
            String by) {
        return copy(
                constituentId,
                amount,
                baseAmount,
                refundedAmount,
                refundedBaseAmount,
                receivedOn,
                newStatus,
                newCampaignId,
                newAppealId,
                newPaymentMethod,
                newReference,
                newAnonymous,
                newNotes,
                at,
                by);
    }

    private GiftRow copy(
            UUID donor,
            BigDecimal newAmount,
            BigDecimal newBase,
            BigDecimal refunded,
            BigDecimal refundedBase,
            LocalDate newReceivedOn,
            GiftStatus newStatus,
            UUID newCampaignId,
            UUID newAppealId,
            String newPaymentMethod,
            String newReference,
            boolean newAnonymous,
            String newNotes,
            Instant at,
            String by) {
        return new GiftRow(
                id,
                donor,
                newAmount,
                currency,
                exchangeRate,
                exchangeRateDate,
                newBase,
                baseCurrency,
                refunded,
                refundedBase,
                newReceivedOn,
                newStatus,
                kind,
                fundId,
                newCampaignId,
                newAppealId,
                newPaymentMethod,
                newReference,
                newAnonymous,
                tributeType,
                tributeHonoreeName,
                tributeNotifyConstituentId,
                description,
                fairMarketValue,
                newNotes,
                recurringGiftId,
                pledgeId,
                version,
                createdAt,
                createdBy,
                at,
                by);
    }
}
