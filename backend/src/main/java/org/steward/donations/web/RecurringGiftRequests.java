package org.steward.donations.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.steward.donations.RecurringFrequency;
import org.steward.donations.RecurringGiftCommands.ChangeRecurringGiftCommand;
import org.steward.donations.RecurringGiftCommands.CreateRecurringGiftCommand;
import org.steward.donations.RecurringGiftCommands.PauseRecurringGiftCommand;
import org.steward.donations.RecurringGiftCommands.RecordRecurringPaymentCommand;

/**
 * Request bodies of the recurring gift endpoints. Amounts are decimal strings, let through by a loose pattern so that a
 * negative or over-precise amount gets its own problem code from the service (see {@link GiftRequests}); an interval
 * or a day of month out of range likewise gets {@code donations.recurring-gift-invalid-schedule}.
 */
final class RecurringGiftRequests {

    static final String FREQUENCY = "WEEKLY|MONTHLY|QUARTERLY|YEARLY";
    static final String FREQUENCY_MESSAGE = "must be one of " + FREQUENCY;

    private RecurringGiftRequests() {}

    @Serdeable
    record CreateRequest(
            @NotNull UUID constituentId,
            @NotNull @Pattern(regexp = GiftRequests.DECIMAL, message = GiftRequests.DECIMAL_MESSAGE) String amount,
            @NotNull @Pattern(regexp = GiftRequests.CURRENCY, message = GiftRequests.CURRENCY_MESSAGE) String currency,
            @Nullable UUID fundId,
            @Nullable UUID campaignId,
            @Nullable UUID appealId,
            @Nullable @Size(max = 40) String paymentMethod,
            @NotNull @Pattern(regexp = FREQUENCY, message = FREQUENCY_MESSAGE) String frequency,
            @Nullable Integer intervalCount,
            @Nullable Integer dayOfMonth,
            @NotNull LocalDate startOn,
            @Nullable LocalDate endOn,
            @Nullable Integer maxPayments,
            @Nullable @Size(max = 10_000) String notes) {

        CreateRecurringGiftCommand command() {
            return new CreateRecurringGiftCommand(
                    constituentId,
                    amount,
                    currency,
                    fundId,
                    campaignId,
                    appealId,
                    paymentMethod,
                    RecurringFrequency.valueOf(frequency),
                    intervalCount == null ? 1 : intervalCount,
                    dayOfMonth,
                    startOn,
                    endOn,
                    maxPayments,
                    notes);
        }
    }

    @Serdeable
    record ChangeRequest(
            @NotNull @Pattern(regexp = GiftRequests.DECIMAL, message = GiftRequests.DECIMAL_MESSAGE) String amount,
            @Nullable UUID fundId,
            @Nullable UUID campaignId,
            @Nullable UUID appealId,
            @Nullable @Size(max = 40) String paymentMethod,
            @NotNull @Pattern(regexp = FREQUENCY, message = FREQUENCY_MESSAGE) String frequency,
            @Nullable Integer intervalCount,
            @Nullable Integer dayOfMonth,
            @Nullable LocalDate endOn,
            @Nullable Integer maxPayments,
            @Nullable @Size(max = 10_000) String notes,
            @Nullable @Size(max = 1000) String reason,
            @NotNull Long version) {

        ChangeRecurringGiftCommand command() {
            return new ChangeRecurringGiftCommand(
                    amount,
                    fundId,
                    campaignId,
                    appealId,
                    paymentMethod,
                    RecurringFrequency.valueOf(frequency),
                    intervalCount == null ? 1 : intervalCount,
                    dayOfMonth,
                    endOn,
                    maxPayments,
                    notes,
                    reason,
                    version);
        }
    }

    @Serdeable
    record PauseRequest(
            @Nullable LocalDate from, @Nullable LocalDate until, @Nullable @Size(max = 1000) String reason) {

        PauseRecurringGiftCommand command() {
            return new PauseRecurringGiftCommand(from, until, reason);
        }
    }

    @Serdeable
    record ReasonRequest(@Nullable @Size(max = 1000) String reason) {}

    @Serdeable
    record PaymentRequest(
            @Nullable @Pattern(regexp = GiftRequests.DECIMAL, message = GiftRequests.DECIMAL_MESSAGE) String amount,
            @Nullable LocalDate receivedOn,
            @Nullable @Pattern(regexp = GiftRequests.DECIMAL, message = GiftRequests.DECIMAL_MESSAGE)
                    String exchangeRate,
            @Nullable LocalDate exchangeRateDate,
            @Nullable @Size(max = 40) String paymentMethod,
            @Nullable @Size(max = 200) String reference,
            @Nullable @Size(max = 10_000) String notes) {

        RecordRecurringPaymentCommand command() {
            return new RecordRecurringPaymentCommand(
                    amount, receivedOn, exchangeRate, exchangeRateDate, paymentMethod, reference, notes);
        }
    }
}
