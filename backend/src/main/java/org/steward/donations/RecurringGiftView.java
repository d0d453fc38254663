package org.steward.donations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A recurring gift with its schedule: the expected dates of the current schedule (the latest ones up to today and a
 * few to come) and what became of each, its payments, pauses and change log. {@code expectedToDate},
 * {@code paidCount} and {@code missedCount} count over the whole life of the gift, earlier schedules included.
 */
@Serdeable
public record RecurringGiftView(
        UUID id,
        UUID constituentId,
        @Nullable String donorName,
        String amount,
        String currency,
        @Nullable UUID fundId,
        @Nullable UUID campaignId,
        @Nullable UUID appealId,
        @Nullable String paymentMethod,
        RecurringFrequency frequency,
        int intervalCount,
        @Nullable Integer dayOfMonth,
        LocalDate startOn,
        LocalDate scheduleStartOn,
        @Nullable LocalDate endOn,
        @Nullable Integer maxPayments,
        RecurringGiftStatus status,
        @Nullable RecurringGiftClosure closedReason,
        @Nullable LocalDate closedOn,
        int expectedToDate,
        int paidCount,
        int missedCount,
        int writtenOffCount,
        @Nullable LocalDate nextExpectedOn,
        @Nullable String notes,
        List<Expected> expected,
        List<Payment> payments,
        List<Pause> pauses,
        List<Change> changes,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    /** PAID (a payment covers it), MISSED, DUE (today or late within the grace days), UPCOMING. */
    public enum ExpectedState {
        PAID,
        MISSED,
        DUE,
        UPCOMING
    }

    @Serdeable
    public record Expected(int index, LocalDate date, ExpectedState state, @Nullable UUID giftId) {}

    @Serdeable
    public record Payment(
            UUID giftId,
            int expectedIndex,
            @Nullable LocalDate expectedOn,
            String amount,
            String currency,
            LocalDate receivedOn,
            GiftStatus status) {}

    @Serdeable
    public record Pause(LocalDate pausedOn, @Nullable LocalDate resumedOn, @Nullable String reason) {}

    @Serdeable
    public record Change(
            String field,
            @Nullable String from,
            @Nullable String to,
            LocalDate effectiveOn,
            @Nullable String reason,
            Instant changedAt,
            String changedBy) {}
}
