package org.steward.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Report documents for tests: a LYBUNT-like report with names in several scripts, its totals, key figures, chart. */
final class ReportFixtures {

    static final Instant GENERATED = Instant.parse("2025-07-01T16:45:00Z");
    static final ZoneId ZONE = ZoneId.of("America/New_York");

    static final List<Column> COLUMNS = List.of(
            Column.text("Donor"),
            Column.text("City"),
            Column.integer("Gifts"),
            Column.money("Previous year"),
            Column.money("Largest gift"),
            Column.date("Last gift"),
            Column.percent("Share"),
            Column.dateTime("Recorded"));

    private ReportFixtures() {}

    /** Three named donors (Zoë, 王小明, Иван), then {@code extra} generated ones "Donor 00000", "Donor 00001"… */
    static List<List<Object>> rows(int extra) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList(
                "Zoë Łukasiewicz-Øster",
                "Kraków",
                3,
                new BigDecimal("1234.50"),
                new BigDecimal("1000.00"),
                LocalDate.of(2024, 11, 15),
                new BigDecimal("0.5000"),
                Instant.parse("2024-11-15T15:30:00Z")));
        rows.add(Arrays.asList(
                "王小明",
                "台北",
                1,
                new BigDecimal("50.00"),
                new BigDecimal("50.00"),
                LocalDate.of(2024, 3, 1),
                new BigDecimal("0.2500"),
                null));
        rows.add(Arrays.asList(
                "Иван Петров", null, 2, new BigDecimal("-5.00"), null, null, new BigDecimal("0.2500"), null));
        for (int i = 0; i < extra; i++) {
            rows.add(Arrays.asList(
                    String.format("Donor %05d", i),
                    "Springfield",
                    i % 7,
                    new BigDecimal("10.01"),
                    new BigDecimal("10.01"),
                    LocalDate.of(2024, 1, 1).plusDays(i % 365),
                    BigDecimal.ZERO,
                    null));
        }
        return rows;
    }

    static Chart giftRange(Chart.Type type) {
        return new Chart(
                "Gift range 2025",
                type,
                List.of("[0, 100)", "[100, 1,000)", "[1,000, 10,000)", "10,000 and over"),
                List.of(
                        new Chart.Series(
                                "Donors",
                                List.of(new BigDecimal("2"), BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO)),
                        new Chart.Series(
                                "Gifts",
                                List.of(new BigDecimal("3"), new BigDecimal("2"), BigDecimal.ZERO, BigDecimal.ONE))),
                Column.Kind.INTEGER);
    }

    static ReportDocument lybunt(int extra, Chart chart) {
        return lybunt(rows(extra), chart);
    }

    static ReportDocument lybunt(Iterable<List<Object>> rows, Chart chart) {
        return new ReportDocument(
                "LYBUNT",
                "Gave last year but unfortunately not this year",
                List.of(
                        "Donors with at least one counted gift in the previous year and none this year.",
                        "Counted gifts are completed one-time gifts, recurring payments, pledge payments and in-kind"
                                + " gifts at their value, net of refunds, in the base currency; pledges themselves are"
                                + " not gifts."),
                List.of(
                        new ReportDocument.Parameter("As of", "30 June 2025"),
                        new ReportDocument.Parameter(
                                "Years", "Calendar: this year 2025-01-01 to 2025-06-30, previous year 2024"),
                        new ReportDocument.Parameter("Credit", "Hard credit (the gift's donor)")),
                COLUMNS,
                rows,
                Arrays.asList(null, null, 6, new BigDecimal("1279.50"), null, null, BigDecimal.ONE, null),
                List.of(
                        new ReportDocument.SummaryLine("Donors", "3"),
                        new ReportDocument.SummaryLine("Retention 2025", "1 of 2 donors (50.0%)")),
                chart,
                "USD",
                GENERATED,
                ZONE);
    }
}
