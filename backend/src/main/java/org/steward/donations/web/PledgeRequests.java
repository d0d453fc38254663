package org.steward.donations.web;

import static org.steward.donations.web.GiftRequests.CURRENCY;
import static org.steward.donations.web.GiftRequests.CURRENCY_MESSAGE;
import static org.steward.donations.web.GiftRequests.DECIMAL;
import static org.steward.donations.web.GiftRequests.DECIMAL_MESSAGE;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.steward.donations.PledgeCommands;
import org.steward.donations.PledgeFrequency;
import org.steward.donations.PledgeService;

/** Request bodies of the pledge endpoints; amounts are decimal strings, as for gifts (see {@link GiftRequests}). */
final class PledgeRequests {

    static final String FREQUENCY = "MONTHLY|QUARTERLY|YEARLY";

    private PledgeRequests() {}

    @Serdeable
    record InstallmentRequest(
            @NotNull LocalDate dueOn, @NotNull @Pattern(regexp = DECIMAL, message = DECIMAL_MESSAGE) String amount) {

        PledgeCommands.Installment command() {
            return new PledgeCommands.Installment(dueOn, amount);
        }
    }

    @Serdeable
    record ScheduleRequest(
            @NotNull @Min(1) @Max(PledgeService.MAX_INSTALLMENTS) Integer count,
            @NotNull @Pattern(regexp = FREQUENCY, message = "must be one of " + FREQUENCY) String frequency,
            @NotNull LocalDate firstDueOn) {}

    @Serdeable
    record PledgeRequest(
            @NotNull UUID constituentId,
            @NotNull @Pattern(regexp = DECIMAL, message = DECIMAL_MESSAGE) String amount,
            @NotNull @Pattern(regexp = CURRENCY, message = CURRENCY_MESSAGE) String currency,
            @NotNull LocalDate pledgedOn,
            @Nullable UUID fundId,
            @Nullable UUID campaignId,
            @Nullable UUID appealId,
            @Nullable @Size(max = PledgeService.MAX_INSTALLMENTS) List<@Valid @NotNull InstallmentRequest> installments,
            @Nullable @Valid ScheduleRequest schedule,
            @Nullable @Size(max = 10_000) String notes) {

        PledgeCommands.CreatePledgeCommand command() {
            return new PledgeCommands.CreatePledgeCommand(
                    constituentId,
                    amount,
                    currency,
                    pledgedOn,
                    fundId,
                    campaignId,
                    appealId,
                    installments == null
                            ? null
                            : installments.stream()
                                    .map(InstallmentRequest::command)
                                    .toList(),
                    schedule == null
                            ? null
                            : new PledgeCommands.Schedule(
                                    schedule.count(),
                                    PledgeFrequency.valueOf(schedule.frequency()),
                                    schedule.firstDueOn()),
                    notes);
        }
    }

    @Serdeable
    record UpdatePledgeRequest(
            @Nullable @Pattern(regexp = DECIMAL, message = DECIMAL_MESSAGE) String amount,
            @NotNull @Size(max = PledgeService.MAX_INSTALLMENTS) List<@Valid @NotNull InstallmentRequest> installments,
            @Nullable @Size(max = 10_000) String notes,
            @NotNull Long version) {

        PledgeCommands.UpdatePledgeCommand command() {
            return new PledgeCommands.UpdatePledgeCommand(
                    amount,
                    installments.stream().map(InstallmentRequest::command).toList(),
                    notes,
                    version);
        }
    }

    @Serdeable
    record WriteOffRequest(
            @Nullable @Pattern(regexp = DECIMAL, message = DECIMAL_MESSAGE) String amount,
            @NotBlank @Size(max = 1000) String reason) {

        PledgeCommands.WriteOffPledgeCommand command() {
            return new PledgeCommands.WriteOffPledgeCommand(amount, reason);
        }
    }

    @Serdeable
    record CancelRequest(@NotBlank @Size(max = 1000) String reason) {

        PledgeCommands.CancelPledgeCommand command() {
            return new PledgeCommands.CancelPledgeCommand(reason);
        }
    }

    @Serdeable
    record PaymentRequest(
            @NotNull @Pattern(regexp = DECIMAL, message = DECIMAL_MESSAGE) String amount,
            @NotNull LocalDate receivedOn,
            @Nullable @Pattern(regexp = DECIMAL, message = DECIMAL_MESSAGE) String exchangeRate,
            @Nullable LocalDate exchangeRateDate,
            @Nullable @Size(max = 40) String paymentMethod,
            @Nullable @Size(max = 200) String reference,
            @Nullable Boolean anonymous,
            @Nullable @Size(max = 10_000) String notes) {

        PledgeCommands.PledgePaymentCommand command() {
            return new PledgeCommands.PledgePaymentCommand(
                    amount,
                    receivedOn,
                    exchangeRate,
                    exchangeRateDate,
                    paymentMethod,
                    reference,
                    Boolean.TRUE.equals(anonymous),
                    notes);
        }
    }
}
