package org.steward.donations;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.UUID;

/** Inputs of recurring gifts. Amounts are decimal strings, checked by the service like a gift's. */
public final class RecurringGiftCommands {

    private RecurringGiftCommands() {}

    public record CreateRecurringGiftCommand(
            UUID constituentId,
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
            @Nullable LocalDate endOn,
            @Nullable Integer maxPayments,
            @Nullable String notes) {}

    /**
     * Replaces the amount, designation and schedule. A new frequency, interval or day of month applies from today:
     * dates expected before stay as they were, the new schedule's dates start today (ADR 0014).
     */
    public record ChangeRecurringGiftCommand(
            String amount,
            @Nullable UUID fundId,
            @Nullable UUID campaignId,
            @Nullable UUID appealId,
            @Nullable String paymentMethod,
            RecurringFrequency frequency,
            int intervalCount,
            @Nullable Integer dayOfMonth,
            @Nullable LocalDate endOn,
            @Nullable Integer maxPayments,
            @Nullable String notes,
            @Nullable String reason,
            long version) {}

    /** Expected dates from {@code from} (today if null) up to, not including, {@code until} (open if null). */
    public record PauseRecurringGiftCommand(
            @Nullable LocalDate from, @Nullable LocalDate until, @Nullable String reason) {}

    /** A payment that arrived: the recurring gift's amount and today unless given. */
    public record RecordRecurringPaymentCommand(
            @Nullable String amount,
            @Nullable LocalDate receivedOn,
            @Nullable String exchangeRate,
            @Nullable LocalDate exchangeRateDate,
            @Nullable String paymentMethod,
            @Nullable String reference,
            @Nullable String notes) {}
}
