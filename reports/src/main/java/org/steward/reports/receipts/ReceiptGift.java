package org.steward.reports.receipts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One gift on a receipt. Amounts are exact decimals in the receipt's currency.
 *
 * @param amount what the donor gave
 * @param fairMarketValueOfBenefits the value of anything the donor received in return (a dinner, a gift); zero if
 *     none
 * @param eligibleAmount the part of the gift that counts for tax purposes, as the caller's rules compute it (in Canada
 *     the amount less the benefits); never more than {@code amount}
 */
public record ReceiptGift(
        LocalDate date,
        String description,
        BigDecimal amount,
        BigDecimal eligibleAmount,
        BigDecimal fairMarketValueOfBenefits) {

    public ReceiptGift {
        Objects.requireNonNull(date, "date");
        description = description == null ? "" : description;
        requireNotNegative(amount, "amount");
        requireNotNegative(eligibleAmount, "eligibleAmount");
        fairMarketValueOfBenefits = fairMarketValueOfBenefits == null ? BigDecimal.ZERO : fairMarketValueOfBenefits;
        requireNotNegative(fairMarketValueOfBenefits, "fairMarketValueOfBenefits");
        if (eligibleAmount.compareTo(amount) > 0) {
            throw new IllegalArgumentException(
                    "Eligible amount " + eligibleAmount + " is more than the gift's amount " + amount);
        }
    }

    private static void requireNotNegative(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + " is negative: " + value);
        }
    }
}
