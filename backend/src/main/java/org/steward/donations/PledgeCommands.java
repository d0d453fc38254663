package org.steward.donations;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Inputs of pledge management. Amounts are decimal strings, checked by the service like a gift's. */
public final class PledgeCommands {

    private PledgeCommands() {}

    /** One installment of an explicit schedule. */
    public record Installment(LocalDate dueOn, String amount) {}

    /** A generated schedule: {@code count} installments, the first due on {@code firstDueOn}. */
    public record Schedule(int count, PledgeFrequency frequency, LocalDate firstDueOn) {}

    /**
     * A new pledge. Give either {@code installments} (which must add up to the amount) or {@code schedule}; with
     * neither, the whole amount is one installment due on the day of the pledge.
     */
    public record CreatePledgeCommand(
            UUID constituentId,
            String amount,
            String currency,
            LocalDate pledgedOn,
            @Nullable UUID fundId,
            @Nullable UUID campaignId,
            @Nullable UUID appealId,
            @Nullable List<Installment> installments,
            @Nullable Schedule schedule,
            @Nullable String notes) {}

    /**
     * A new schedule for the part of an open pledge that nothing has touched yet: installments with a payment or a
     * write-off stay as they are, {@code installments} replace all the others, and together they add up to
     * {@code amount} (the pledge's amount when null). Notes are replaced too.
     */
    public record UpdatePledgeCommand(
            @Nullable String amount, List<Installment> installments, @Nullable String notes, long version) {}

    /** Writes off {@code amount} of the balance (all of it when null), latest installments first. */
    public record WriteOffPledgeCommand(@Nullable String amount, String reason) {}

    public record CancelPledgeCommand(String reason) {}

    /** A payment on a pledge: a PLEDGE_PAYMENT gift of the pledge's donor, in its currency, fund and campaign. */
    public record PledgePaymentCommand(
            String amount,
            LocalDate receivedOn,
            @Nullable String exchangeRate,
            @Nullable LocalDate exchangeRateDate,
            @Nullable String paymentMethod,
            @Nullable String reference,
            boolean anonymous,
            @Nullable String notes) {}
}
