package org.steward.reports.receipts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Formats an exact amount in a currency the way a reader in a locale expects it: "$1,234.50" for USD in en-US,
 * "CA$1,234.50" for CAD in en-US, "$1,234.50" for CAD in en-CA, "1 234,50 $" in fr-CA, "£" and "€" likewise. The
 * {@link BigDecimal} is formatted as it is (never through {@code double}); an amount with more decimals than the
 * currency has (0.125 USD) is refused rather than rounded.
 */
public final class MoneyFormat {

    private MoneyFormat() {}

    public static String format(BigDecimal amount, String currencyCode, Locale locale) {
        Currency currency = Currency.getInstance(currencyCode);
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        try {
            return format.format(amount);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "Amount " + amount.toPlainString() + " has more decimals than " + currencyCode + " allows", e);
        }
    }
}
