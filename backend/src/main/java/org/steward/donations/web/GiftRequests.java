package org.steward.donations.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.steward.donations.AcknowledgeGiftCommand;
import org.steward.donations.AcknowledgementMethod;
import org.steward.donations.AdjustGiftCommand;
import org.steward.donations.GiftKind;
import org.steward.donations.GiftStatus;
import org.steward.donations.RecordGiftCommand;
import org.steward.donations.RefundGiftCommand;
import org.steward.donations.TributeType;
import org.steward.donations.UpdateGiftCommand;

/**
 * Request bodies of the gift endpoints. Amounts are decimal strings ("25.00"): the pattern lets through anything
 * that reads as a decimal, so that a negative, zero or over-precise amount gets its own problem code from the
 * service rather than a generic validation failure.
 */
final class GiftRequests {

    static final String DECIMAL = "\\s*-?[0-9]{1,30}(\\.[0-9]{1,30})?\\s*";
    static final String DECIMAL_MESSAGE = "must be a decimal number written as a string, e.g. \"25.00\"";
    static final String CURRENCY = "[A-Z]{3}";
    static final String CURRENCY_MESSAGE = "must be a three-letter ISO 4217 code in capitals, e.g. \"USD\"";
    static final String STATUS = "PENDING|COMPLETED|FAILED|REFUNDED|CANCELLED";
    static final String KIND = "ONE_TIME|RECURRING_PAYMENT|PLEDGE_PAYMENT|IN_KIND|MATCHING_CLAIM";
    static final String TRIBUTE = "IN_HONOR|IN_MEMORY";

    private GiftRequests() {}

    @Serdeable
    record AllocationRequest(
            @NotNull UUID fundId, @NotNull @Pattern(regexp = DECIMAL, message = DECIMAL_MESSAGE) String amount) {

        RecordGiftCommand.Allocation command() {
            return new RecordGiftCommand.Allocation(fundId, amount);
        }
    }

    @Serdeable
    record SoftCreditRequest(
            @NotNull UUID constituentId,
            @NotNull @Pattern(regexp = DECIMAL, message = DECIMAL_MESSAGE) String amount,
            @Nullable @Size(max = 40) String role) {}

    @Serdeable
    record TributeRequest(
            @NotNull @Pattern(regexp = TRIBUTE, message = "must be IN_HONOR or IN_MEMORY") String type,
            @NotBlank @Size(max = 200) String honoreeName,
            @Nullable UUID notifyConstituentId) {}

    @Serdeable
    record GiftRequest(
            @NotNull UUID constituentId,
            @NotNull @Pattern(regexp = DECIMAL, message = DECIMAL_MESSAGE) String amount,
            @NotNull @Pattern(regexp = CURRENCY, message = CURRENCY_MESSAGE) String currency,
            @NotNull LocalDate receivedOn,
            @Nullable @Pattern(regexp = STATUS, message = "must be one of " + STATUS) String status,
            @Nullable @Pattern(regexp = KIND, message = "must be one of " + KIND) String kind,
            @Nullable @Pattern(regexp = DECIMAL, message = DECIMAL_MESSAGE) String exchangeRate,
            @Nullable LocalDate exchangeRateDate,
            @Nullable UUID fundId,
            @Nullable UUID campaignId,
            @Nullable UUID appealId,
            @Nullable @Size(max = 40) String paymentMethod,
            @Nullable @Size(max = 200) String reference,
            @Nullable Boolean anonymous,
            @Nullable @Size(max = 100) List<@Valid @NotNull AllocationRequest> allocations,
            @Nullable @Size(max = 100) List<@Valid @NotNull SoftCreditRequest> softCredits,
            @Nullable @Valid TributeRequest tribute,
            @Nullable @Size(max = 2000) String description,
            @Nullable @Pattern(regexp = DECIMAL, message = DECIMAL_MESSAGE) String fairMarketValue,
            @Nullable @Size(max = 10_000) String notes,
            @Nullable UUID pledgeId) {

        RecordGiftCommand command() {
            return new RecordGiftCommand(
                    constituentId,
                    amount,
                    currency,
                    receivedOn,
                    status == null ? GiftStatus.COMPLETED : GiftStatus.valueOf(status),
                    kind != null
                            ? GiftKind.valueOf(kind)
                            : pledgeId != null ? GiftKind.PLEDGE_PAYMENT : GiftKind.ONE_TIME,
                    exchangeRate,
                    exchangeRateDate,
                    fundId,
                    campaignId,
                    appealId,
                    paymentMethod,
                    reference,
                    Boolean.TRUE.equals(anonymous),
                    allocations == null
                            ? List.of()
                            : allocations.stream()
                                    .map(AllocationRequest::command)
                                    .toList(),
                    softCredits == null
                            ? List.of()
                            : softCredits.stream()
                                    .map(s -> new RecordGiftCommand.SoftCredit(s.constituentId(), s.amount(), s.role()))
                                    .toList(),
                    tribute == null
                            ? null
                            : new RecordGiftCommand.Tribute(
                                    TributeType.valueOf(tribute.type()),
                                    tribute.honoreeName(),
                                    tribute.notifyConstituentId()),
                    description,
                    fairMarketValue,
                    notes,
                    pledgeId);
        }
    }

    @Serdeable
    record UpdateGiftRequest(
            @NotNull @Pattern(regexp = STATUS, message = "must be one of " + STATUS) String status,
            @Nullable UUID campaignId,
            @Nullable UUID appealId,
            @Nullable @Size(max = 40) String paymentMethod,
            @Nullable @Size(max = 200) String reference,
            @Nullable Boolean anonymous,
            @Nullable @Size(max = 10_000) String notes,
            @NotNull Long version) {

        UpdateGiftCommand command() {
            return new UpdateGiftCommand(
                    GiftStatus.valueOf(status),
                    campaignId,
                    appealId,
                    paymentMethod,
                    reference,
                    Boolean.TRUE.equals(anonymous),
                    notes,
                    version);
        }
    }

    @Serdeable
    record AdjustmentRequest(
            @Nullable @Pattern(regexp = DECIMAL, message = DECIMAL_MESSAGE) String amount,
            @Nullable LocalDate receivedOn,
            @Nullable UUID constituentId,
            @NotBlank @Size(max = 1000) String reason,
            @Nullable @Size(max = 100) List<@Valid @NotNull AllocationRequest> allocations) {

        AdjustGiftCommand command() {
            return new AdjustGiftCommand(
                    amount,
                    receivedOn,
                    constituentId,
                    reason,
                    allocations == null
                            ? null
                            : allocations.stream()
                                    .map(AllocationRequest::command)
                                    .toList());
        }
    }

    @Serdeable
    record RefundRequest(
            @Nullable @Pattern(regexp = DECIMAL, message = DECIMAL_MESSAGE) String amount,
            @Nullable LocalDate refundedOn,
            @NotBlank @Size(max = 1000) String reason) {

        RefundGiftCommand command() {
            return new RefundGiftCommand(amount, refundedOn, reason);
        }
    }

    @Serdeable
    public record AcknowledgementRequest(
            @NotNull AcknowledgementMethod method,
            @NotNull LocalDate acknowledgedOn,
            @Nullable @Size(max = 2000) String notes) {

        AcknowledgeGiftCommand command() {
            return new AcknowledgeGiftCommand(method, acknowledgedOn, notes);
        }
    }
}
