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
        String updatedBy) {}
