package org.steward.reports.receipts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyFormatTest {

    private static final BigDecimal AMOUNT = new BigDecimal("1234.50");

    @Test
    void formatsEachCurrencyAsItsReadersExpect() {
        assertThat(MoneyFormat.format(AMOUNT, "USD", Locale.US)).isEqualTo("$1,234.50");
        assertThat(MoneyFormat.format(AMOUNT, "CAD", Locale.CANADA)).isEqualTo("$1,234.50");
        assertThat(MoneyFormat.format(AMOUNT, "CAD", Locale.US)).isEqualTo("CA$1,234.50");
        assertThat(MoneyFormat.format(AMOUNT, "USD", Locale.CANADA)).isEqualTo("US$1,234.50");
        assertThat(MoneyFormat.format(AMOUNT, "EUR", Locale.US)).isEqualTo("€1,234.50");
        assertThat(MoneyFormat.format(AMOUNT, "GBP", Locale.UK)).isEqualTo("£1,234.50");
        assertThat(MoneyFormat.format(AMOUNT, "EUR", Locale.GERMANY)).isEqualTo("1.234,50\u00a0€");
        assertThat(MoneyFormat.format(AMOUNT, "EUR", Locale.FRANCE)).isEqualTo("1\u202f234,50\u00a0€");
        // the JDK's CLDR data for fr-CA names the Canadian dollar "$ CA", even at home
        assertThat(MoneyFormat.format(AMOUNT, "CAD", Locale.CANADA_FRENCH)).isEqualTo("1\u00a0234,50\u00a0$\u00a0CA");
    }

    @Test
    void padsToTheCurrencysDecimalsAndKeepsEveryDigit() {
        assertThat(MoneyFormat.format(new BigDecimal("5"), "USD", Locale.US)).isEqualTo("$5.00");
        assertThat(MoneyFormat.format(new BigDecimal("0.1"), "GBP", Locale.UK)).isEqualTo("£0.10");
        assertThat(MoneyFormat.format(new BigDecimal("12.000"), "USD", Locale.US))
                .isEqualTo("$12.00");
        assertThat(MoneyFormat.format(new BigDecimal("1235"), "JPY", Locale.US)).isEqualTo("¥1,235");
        // beyond what a double holds exactly
        assertThat(MoneyFormat.format(new BigDecimal("12345678901234567.89"), "USD", Locale.US))
                .isEqualTo("$12,345,678,901,234,567.89");
    }

    @Test
    void refusesToRoundAwayACent() {
        assertThatThrownBy(() -> MoneyFormat.format(new BigDecimal("0.125"), "USD", Locale.US))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.125");
    }
}
