package org.steward.donations;

import io.micronaut.core.annotation.Nullable;
import java.util.UUID;

/**
 * The fields of a gift that are not money: a PUT replaces them all. The status may move from PENDING to
 * COMPLETED, FAILED or CANCELLED; amounts, dates and donors change only through adjustments and refunds.
 */
public record UpdateGiftCommand(
        GiftStatus status,
        @Nullable UUID campaignId,
        @Nullable UUID appealId,
        @Nullable String paymentMethod,
        @Nullable String reference,
        boolean anonymous,
        @Nullable String notes,
        long version) {}
