package org.steward.donations.internal;

import java.math.BigDecimal;
import java.util.Currency;
import org.steward.donations.DonationProblems;
import org.steward.shared.errors.InvalidInputException;

/** Parsing and checking of the decimal strings of gift requests; each failure has its own problem code. */
public final class AmountRules {

    private AmountRules() {}

    /** A positive amount with at most two decimals that fits DECIMAL(19,2), at scale 2. */
    public static BigDecimal amount(String field, String text) {
        BigDecimal value = decimal(field, text);
        if (value.signum() <= 0) {
            throw DonationProblems.amountNotPositive(field);
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw DonationProblems.amountTooPrecise(field);
        }
        return fits(field, value.setScale(2));
    }

    public static BigDecimal fits(String field, BigDecimal value) {
        if (value.precision() - value.scale() > 17) {
            throw DonationProblems.amountTooLarge(field);
        }
        return value;
    }

    /** A positive rate with at most eight decimals (DECIMAL(19,8)). */
    public static BigDecimal rate(String text) {
        BigDecimal value = decimal("exchangeRate", text);
        if (value.signum() <= 0) {
            throw DonationProblems.invalidExchangeRate("The exchange rate must be more than zero.");
        }
        if (value.stripTrailingZeros().scale() > 8 || value.precision() - value.scale() > 11) {
            throw DonationProblems.invalidExchangeRate(
                    "The exchange rate has more than eight decimals or more than eleven digits before the point.");
        }
        return value.setScale(8);
    }

    public static String currency(String code) {
        try {
            Currency.getInstance(code);
            return code;
        } catch (IllegalArgumentException e) {
            throw DonationProblems.unknownCurrency(code);
        }
    }

    private static BigDecimal decimal(String field, String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "must be a decimal number written as a string, e.g. \"25.00\"");
        }
    }

    /** Two decimals as text, the way every amount leaves the API. */
    public static String text(BigDecimal value) {
        return value == null ? null : value.setScale(2).toPlainString();
    }
}
