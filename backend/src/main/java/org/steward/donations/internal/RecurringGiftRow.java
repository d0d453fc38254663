package org.steward.donations.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.steward.donations.RecurringFrequency;
import org.steward.donations.RecurringGiftClosure;
import org.steward.donations.RecurringGiftStatus;

/** One row of {@code recurring_gifts}, as stored. */
public record RecurringGiftRow(
        UUID id,
        UUID constituentId,
        BigDecimal amount,
        String currency,
        UUID fundId,
        UUID campaignId,
        UUID appealId,
        String paymentMethod,
        RecurringFrequency frequency,
        int intervalCount,
        Integer dayOfMonth,
        LocalDate startOn,
        LocalDate scheduleStartOn,
        int priorExpectedCount,
        LocalDate endOn,
        Integer maxPayments,
        RecurringGiftStatus status,
        RecurringGiftClosure closedReason,
        LocalDate closedOn,
        int paidCount,
        int writtenOffCount,
        int missedCount,
        LocalDate nextExpectedOn,
        String notes,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    /** The current schedule (from {@code scheduleStartOn}); its dates stop after what is left of max payments. */
    public RecurringSchedule schedule() {
        return new RecurringSchedule(
                frequency,
                intervalCount,
                dayOfMonth,
                scheduleStartOn,
                endOn,
                maxPayments == null ? null : Math.max(0, maxPayments - priorExpectedCount));
    }
}
