package org.steward.donations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A tax receipt. Amounts are decimal strings in {@code currency} (the base currency): {@code totalAmount} is what
 * the gifts came to net of refunds, {@code benefitsAmount} the fair market value of what the donor got back, and
 * {@code eligibleAmount} the difference. {@code printCount} counts PDF downloads (the first is the original).
 * {@code changedSinceIssue} lists the covered gifts of an issued receipt that were refunded, adjusted or cancelled
 * after it was issued; when there are any, {@code needsReplacement} is true: the receipt no longer states the gift
 * and should be replaced (or voided).
 */
@Serdeable
public record ReceiptView(
        UUID id,
        String serialNumber,
        int receiptYear,
        long sequenceNumber,
        ReceiptKind kind,
        ReceiptStatus status,
        UUID constituentId,
        String donorName,
        LocalDate issuedOn,
        String currency,
        String totalAmount,
        String benefitsAmount,
        String eligibleAmount,
        @Nullable UUID replacesReceiptId,
        @Nullable String replacesSerial,
        @Nullable UUID replacedByReceiptId,
        @Nullable String voidReason,
        @Nullable Instant voidedAt,
        @Nullable String voidedBy,
        int printCount,
        List<Line> gifts,
        List<GiftChange> changedSinceIssue,
        boolean needsReplacement,
        Instant createdAt,
        String createdBy) {

    /** A covered gift that changed since issue: its status now and the eligible amount printed and now. */
    @Serdeable
    public record GiftChange(UUID giftId, GiftStatus status, String printedEligibleAmount, String eligibleAmountNow) {}

    @Serdeable
    public record Line(
            UUID giftId,
            LocalDate receivedOn,
            @Nullable String description,
            String amount,
            String benefitsAmount,
            String eligibleAmount) {}
}
