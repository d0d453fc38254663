package org.steward.donations;

import java.util.Map;
import java.util.UUID;
import org.steward.shared.errors.BusinessRuleException;
import org.steward.shared.errors.ConflictException;
import org.steward.shared.errors.NotFoundException;
import org.steward.shared.errors.StewardException;

/** The donations module's failures with their stable codes (docs/problems.md). */
public final class DonationProblems {

    private DonationProblems() {}

    public static NotFoundException giftNotFound(Object id) {
        return new NotFoundException("donations.not-found", "Gift not found", "No gift has id " + id + ".");
    }

    public static BusinessRuleException invalidPeriod(String detail) {
        return new BusinessRuleException("donations.invalid-period", "Invalid period", detail);
    }

    public static BusinessRuleException amountNotPositive(String field) {
        return new BusinessRuleException(
                "donations.amount-not-positive", "Amount must be positive", field + " must be more than zero.");
    }

    public static BusinessRuleException amountTooPrecise(String field) {
        return new BusinessRuleException(
                "donations.amount-too-precise",
                "Amount has more than two decimals",
                field + " has more than two decimals; amounts are kept to the cent.");
    }

    public static BusinessRuleException amountTooLarge(String field) {
        return new BusinessRuleException(
                "donations.amount-too-large", "Amount too large", field + " is larger than Steward can store.");
    }

    public static BusinessRuleException unknownCurrency(String code) {
        return new BusinessRuleException(
                "donations.unknown-currency", "Unknown currency", "'" + code + "' is not an ISO 4217 currency code.");
    }

    public static BusinessRuleException exchangeRateRequired(String currency, String base) {
        return new BusinessRuleException(
                "donations.exchange-rate-required",
                "Exchange rate required",
                "A gift in " + currency + " needs exchangeRate (to " + base + ") and exchangeRateDate.");
    }

    public static BusinessRuleException invalidExchangeRate(String why) {
        return new BusinessRuleException("donations.invalid-exchange-rate", "Invalid exchange rate", why);
    }

    public static BusinessRuleException allocationsMismatch(String detail) {
        return new BusinessRuleException("donations.allocations-mismatch", "Allocations do not add up", detail);
    }

    public static BusinessRuleException softCreditToDonor() {
        return new BusinessRuleException(
                "donations.soft-credit-to-donor",
                "Soft credit to the donor",
                "The donor already has the hard credit for this gift; soft credits go to other constituents.");
    }

    public static BusinessRuleException softCreditTooLarge() {
        return new BusinessRuleException(
                "donations.soft-credit-too-large",
                "Soft credit larger than the gift",
                "A soft credit cannot be larger than the gift's amount.");
    }

    public static BusinessRuleException donorNotFound(Object id) {
        return new BusinessRuleException(
                "donations.donor-not-found", "Donor not found", "No constituent has id " + id + ".");
    }

    public static BusinessRuleException donorDeleted(Object id) {
        return new BusinessRuleException(
                "donations.donor-deleted",
                "Donor deleted",
                "Constituent " + id + " is deleted; restore it or record the gift for someone else.");
    }

    /** The problem carries {@code mergedInto}: record the gift for the survivor instead. */
    public static BusinessRuleException donorMerged(Object id, UUID survivor) {
        return new BusinessRuleException(
                "donations.donor-merged",
                "Donor was merged",
                "Constituent " + id + " was merged into " + survivor + "; record the gift for that one.") {
            @Override
            public Map<String, Object> extensions() {
                return Map.of("mergedInto", survivor.toString());
            }
        };
    }

    public static BusinessRuleException unknownConstituent(String field, Object id) {
        return new BusinessRuleException(
                "donations.unknown-constituent",
                "Unknown constituent",
                field + " names constituent " + id + ", which does not exist or is deleted.");
    }

    public static BusinessRuleException unknownFund(Object id) {
        return new BusinessRuleException(
                "donations.unknown-fund", "Unknown fund", "Fund " + id + " does not exist or is retired.");
    }

    public static BusinessRuleException unknownCampaign(Object id) {
        return new BusinessRuleException(
                "donations.unknown-campaign", "Unknown campaign", "Campaign " + id + " does not exist or is retired.");
    }

    public static BusinessRuleException unknownAppeal(Object id) {
        return new BusinessRuleException(
                "donations.unknown-appeal", "Unknown appeal", "Appeal " + id + " does not exist or is retired.");
    }

    public static BusinessRuleException appealCampaignMismatch(Object appealId, Object campaignId) {
        return new BusinessRuleException(
                "donations.appeal-campaign-mismatch",
                "Appeal of another campaign",
                "Appeal " + appealId + " does not belong to campaign " + campaignId + ".");
    }

    public static BusinessRuleException invalidStatus(String detail) {
        return new BusinessRuleException("donations.invalid-status", "Status change not allowed", detail);
    }

    public static BusinessRuleException inKindDescriptionRequired() {
        return new BusinessRuleException(
                "donations.in-kind-description-required",
                "Description required",
                "An in-kind gift needs a description of what was given.");
    }

    public static BusinessRuleException notAdjustable(Object id, Object status) {
        return new BusinessRuleException(
                "donations.not-adjustable",
                "Gift cannot be adjusted",
                "Gift " + id + " is " + status + "; only pending and completed gifts are adjusted.");
    }

    public static BusinessRuleException nothingToAdjust() {
        return new BusinessRuleException(
                "donations.nothing-to-adjust",
                "Nothing to adjust",
                "The adjustment changes neither the amount, the date nor the donor.");
    }

    public static BusinessRuleException adjustmentBelowRefunded() {
        return new BusinessRuleException(
                "donations.adjustment-below-refunded",
                "Amount below what was refunded",
                "The new amount is less than what has already been refunded.");
    }

    public static BusinessRuleException notRefundable(Object id, Object status) {
        return new BusinessRuleException(
                "donations.not-refundable",
                "Gift cannot be refunded",
                "Gift " + id + " is " + status + "; only completed gifts are refunded.");
    }

    public static BusinessRuleException refundTooLarge(String remaining) {
        return new BusinessRuleException(
                "donations.refund-too-large",
                "Refund larger than the gift",
                "At most " + remaining + " of this gift is left to refund.");
    }

    public static ConflictException idempotencyKeyReused() {
        return new ConflictException(
                "donations.idempotency-key-reused",
                "Idempotency key already used",
                "This Idempotency-Key was already used for a different gift request; use a new key for a new gift.");
    }

    public static NotFoundException batchNotFound(Object id) {
        return new NotFoundException(
                "donations.batch-not-found", "Gift batch not found", "No gift batch has id " + id + ".");
    }

    public static NotFoundException batchRowNotFound(Object batchId, Object rowId) {
        return new NotFoundException(
                "donations.batch-row-not-found",
                "Batch row not found",
                "Gift batch " + batchId + " has no row " + rowId + ".");
    }

    public static ConflictException batchPosted(Object id) {
        return new ConflictException(
                "donations.batch-posted",
                "Gift batch already posted",
                "Gift batch " + id + " is posted; its rows are gifts now and change through the gift endpoints.");
    }

    public static BusinessRuleException batchCurrencyMismatch(String rowCurrency, String batchCurrency) {
        return new BusinessRuleException(
                "donations.batch-currency-mismatch",
                "Row in another currency",
                "The row is in " + rowCurrency + " but the batch is in " + batchCurrency
                        + "; every row of a batch is in the batch's currency.");
    }

    public static BusinessRuleException batchFull(int max) {
        return new BusinessRuleException(
                "donations.batch-full",
                "Gift batch full",
                "A batch holds at most " + max + " rows; start another batch for the rest.");
    }

    /** Carries expected and entered count and total, so the screen can show what is off. */
    public static BusinessRuleException batchMismatch(
            int expectedCount, int enteredCount, String expectedTotal, String enteredTotal, String currency) {
        return new BusinessRuleException(
                "donations.batch-mismatch",
                "Batch does not match its expected count and total",
                "Expected " + expectedCount + " gifts totalling " + expectedTotal + " " + currency + ", entered "
                        + enteredCount + " totalling " + enteredTotal + " " + currency + ".") {
            @Override
            public Map<String, Object> extensions() {
                return Map.of(
                        "expectedCount", expectedCount,
                        "enteredCount", enteredCount,
                        "expectedTotal", expectedTotal,
                        "enteredTotal", enteredTotal,
                        "currency", currency);
            }
        };
    }

    /**
     * A row no longer passes the gift rules when the batch is posted (its donor was merged or deleted since, a fund
     * retired...). Names the row ({@code rowId}, {@code rowNumber} in entry order) and the rule ({@code rowCode}).
     */
    public static BusinessRuleException batchRowInvalid(int rowNumber, UUID rowId, StewardException cause) {
        Map<String, Object> members = new java.util.LinkedHashMap<>(cause.extensions());
        members.put("rowId", rowId.toString());
        members.put("rowNumber", rowNumber);
        members.put("rowCode", cause.code());
        return new BusinessRuleException(
                "donations.batch-row-invalid",
                "A batch row is no longer valid",
                "Row " + rowNumber + " (" + rowId + "): " + cause.detail() + " Nothing was posted.") {
            @Override
            public Map<String, Object> extensions() {
                return members;
            }
        };
    }

    public static NotFoundException receiptNotFound(Object id) {
        return new NotFoundException(
                "donations.receipt-not-found", "Receipt not found", "No receipt has id " + id + ".");
    }

    public static ConflictException alreadyReceipted(Object giftId) {
        return new ConflictException(
                "donations.already-receipted",
                "Gift already receipted",
                "Gift " + giftId + " is on a receipt that is not void; void or replace that receipt first.");
    }

    public static BusinessRuleException notReceiptable(Object giftId, Object status) {
        return new BusinessRuleException(
                "donations.not-receiptable",
                "Gift cannot be receipted",
                "Gift " + giftId + " is " + status + "; only completed gifts with something left after refunds are"
                        + " receipted.");
    }

    public static BusinessRuleException nothingToReceipt(Object constituentId, int year) {
        return new BusinessRuleException(
                "donations.nothing-to-receipt",
                "Nothing to receipt",
                "Constituent " + constituentId + " has no completed gift in " + year + " that is not already on a"
                        + " receipt.");
    }

    public static ConflictException receiptNotIssued(Object id, Object status) {
        return new ConflictException(
                "donations.receipt-not-issued",
                "Receipt already cancelled",
                "Receipt " + id + " is " + status + "; only an issued receipt can be voided or replaced.");
    }

    public static BusinessRuleException invalidReceiptTemplate(String detail) {
        return new BusinessRuleException("donations.invalid-receipt-template", "Invalid receipt template", detail);
    }

    public static BusinessRuleException acknowledgementOfUnfinishedGift(Object giftId, Object status) {
        return new BusinessRuleException(
                "donations.not-acknowledgeable",
                "Gift cannot be acknowledged",
                "Gift " + giftId + " is " + status + "; pending, completed and refunded gifts are acknowledged.");
    }

    // pledges

    public static NotFoundException pledgeNotFound(Object id) {
        return new NotFoundException("donations.pledge-not-found", "Pledge not found", "No pledge has id " + id + ".");
    }

    public static BusinessRuleException pledgeScheduleMismatch(String detail) {
        return new BusinessRuleException(
                "donations.pledge-schedule-mismatch", "Installments do not fit the pledge", detail);
    }

    public static BusinessRuleException pledgeNotOpen(Object id, Object status) {
        return new BusinessRuleException(
                "donations.pledge-not-open",
                "Pledge is not open",
                "Pledge " + id + " is " + status + "; only an open pledge takes payments, write-offs and schedule"
                        + " changes.");
    }

    /** Carries {@code balance} (what is left to pay, a decimal string) and {@code currency}. */
    public static BusinessRuleException pledgeOverpayment(String balance, String currency) {
        return new BusinessRuleException(
                "donations.pledge-overpayment",
                "Payment larger than the pledge balance",
                "Only " + balance + " " + currency + " is left to pay on this pledge; record the rest as another"
                        + " gift.") {
            @Override
            public Map<String, Object> extensions() {
                return Map.of("balance", balance, "currency", currency);
            }
        };
    }

    public static BusinessRuleException pledgePaymentMismatch(String detail) {
        return new BusinessRuleException("donations.pledge-payment-mismatch", "Gift does not fit the pledge", detail);
    }

    /** Carries {@code balance} and {@code currency}. */
    public static BusinessRuleException pledgeWriteOffTooLarge(String balance, String currency) {
        return new BusinessRuleException(
                "donations.pledge-write-off-too-large",
                "Write-off larger than the balance",
                "At most " + balance + " " + currency + " is left to write off on this pledge.") {
            @Override
            public Map<String, Object> extensions() {
                return Map.of("balance", balance, "currency", currency);
            }
        };
    }

    public static BusinessRuleException pledgeHasPayments(Object id) {
        return new BusinessRuleException(
                "donations.pledge-has-payments",
                "Pledge has payments",
                "Pledge " + id + " has payments applied; write off the balance instead of cancelling it.");
    }
}
