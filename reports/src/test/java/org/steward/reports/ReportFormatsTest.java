package org.steward.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFormatsTest {

    static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void moneyReadsWithTheCurrencySymbolAndItsOwnDecimals() {
        var usd = new ReportFormats("USD", UTC);
        assertThat(usd.display(Column.Kind.MONEY, new BigDecimal("1234.5"))).isEqualTo("$1,234.50");
        assertThat(usd.display(Column.Kind.MONEY, new BigDecimal("-5.00"))).isEqualTo("-$5.00");
        assertThat(usd.display(Column.Kind.MONEY, new BigDecimal("0.005"))).isEqualTo("$0.01");
        assertThat(usd.spreadsheetMoneyFormat()).isEqualTo("\"$\"#,##0.00");
        assertThat(new ReportFormats("CAD", UTC).display(Column.Kind.MONEY, BigDecimal.TEN))
                .isEqualTo("CA$10.00");
        assertThat(new ReportFormats("EUR", UTC).display(Column.Kind.MONEY, BigDecimal.TEN))
                .isEqualTo("€10.00");
        assertThat(new ReportFormats("CHF", UTC).display(Column.Kind.MONEY, BigDecimal.TEN))
                .isEqualTo("CHF 10.00");
        var yen = new ReportFormats("JPY", UTC);
        assertThat(yen.display(Column.Kind.MONEY, new BigDecimal("1234.50"))).isEqualTo("¥1,235");
        assertThat(yen.spreadsheetMoneyFormat()).isEqualTo("\"¥\"#,##0");
    }

    @Test
    void percentagesAreFractionsWithOneDecimal() {
        assertThat(ReportFormats.percent(new BigDecimal("0.5"))).isEqualTo("50.0%");
        assertThat(ReportFormats.percent(new BigDecimal("0.12345"))).isEqualTo("12.3%");
        assertThat(ReportFormats.percent(new BigDecimal("1.0005"))).isEqualTo("100.1%");
        assertThat(ReportFormats.percent(0)).isEqualTo("0.0%");
    }

    @Test
    void datesAreIsoAndInstantsReadInTheReportsZone() {
        var formats = new ReportFormats(null, ZoneId.of("Europe/Paris"));
        assertThat(formats.display(Column.Kind.DATE, LocalDate.of(2025, 6, 30))).isEqualTo("2025-06-30");
        assertThat(formats.display(Column.Kind.DATE_TIME, Instant.parse("2025-06-30T22:15:00Z")))
                .isEqualTo("2025-07-01 00:15");
        assertThat(formats.generated(Instant.parse("2025-01-15T08:00:00Z")))
                .isEqualTo("Generated 2025-01-15 09:00 CET");
        assertThat(formats.display(Column.Kind.INTEGER, 1234567L)).isEqualTo("1,234,567");
        assertThat(formats.display(Column.Kind.TEXT, null)).isEmpty();
    }

    @Test
    void theChartsValueAxisRunsInRoundSteps() {
        var scale =
                PdfChart.Scale.of(List.of(new Chart.Series("a", List.of(new BigDecimal("60"), new BigDecimal("150")))));
        assertThat(scale.min()).isEqualByComparingTo("0");
        assertThat(scale.max()).isEqualByComparingTo("150");
        assertThat(scale.step()).isEqualByComparingTo("50");
        var fractions = PdfChart.Scale.of(
                List.of(new Chart.Series("r", List.of(new BigDecimal("0.43"), new BigDecimal("0.61")))));
        assertThat(fractions.step()).isEqualByComparingTo("0.2");
        assertThat(fractions.max()).isEqualByComparingTo("0.8");
        var negative = PdfChart.Scale.of(
                List.of(new Chart.Series("n", List.of(new BigDecimal("-50"), new BigDecimal("210")))));
        assertThat(negative.min()).isEqualByComparingTo("-100");
        assertThat(negative.max()).isEqualByComparingTo("300");
        assertThat(negative.position(BigDecimal.ZERO)).isEqualTo(0.25f);
        var flat = PdfChart.Scale.of(List.of(new Chart.Series("z", List.of(BigDecimal.ZERO))));
        assertThat(flat.max()).isEqualByComparingTo("1");
    }
}
