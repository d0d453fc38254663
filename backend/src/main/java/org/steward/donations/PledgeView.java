package org.steward.donations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A pledge with its schedule and payments. Amounts are decimal strings with two decimals in {@code currency}:
 * {@code balance} = amount - paid - written off (zero once cancelled); {@code overdueAmount} is what is still open of
 * the installments due before today. Each payment is a PLEDGE_PAYMENT gift; {@code applied} is how much of it counts
 * for the pledge now (its amount less refunds).
 */
@Serdeable
public record PledgeView(
        UUID id,
        UUID constituentId,
        @Nullable String donorName,
        String amount,
        String currency,
        String paidAmount,
        String writtenOffAmount,
        String balance,
        String overdueAmount,
        LocalDate pledgedOn,
        PledgeStatus status,
        @Nullable UUID fundId,
        @Nullable UUID campaignId,
        @Nullable UUID appealId,
        @Nullable String notes,
        @Nullable LocalDate nextDueOn,
        List<Installment> installments,
        List<Payment> payments,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    /** {@code open} = amount - paid - written off; {@code overdue} when something is open after the due date. */
    @Serdeable
    public record Installment(
            UUID id,
            int sequence,
            LocalDate dueOn,
            String amount,
            String paidAmount,
            String writtenOffAmount,
            String open,
            boolean overdue) {}

    @Serdeable
    public record Payment(
            UUID giftId,
            LocalDate receivedOn,
            String amount,
            String refundedAmount,
            String applied,
            GiftStatus status) {}
}
