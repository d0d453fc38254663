package org.steward.reports;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * A report to export, as a board reads it: what it is (title, subtitle, its definition in words, the parameters it
 * ran with), the table, its totals and key figures, and optionally a chart.
 *
 * <ul>
 *   <li>{@code rows} are streamed: iterated once per rendering, never held, so a caller can read them from the
 *       database a page at a time (a million rows is fine). Each row has one value per column, null for empty:
 *       TEXT any object (its {@code toString()}), INTEGER a Number, MONEY and PERCENT a {@link java.math.BigDecimal}
 *       (PERCENT a fraction: 0.5 is 50.0%), DATE a {@link java.time.LocalDate}, DATE_TIME an {@link Instant},
 *       {@link java.time.LocalDateTime}, {@link java.time.ZonedDateTime} or {@link java.time.OffsetDateTime}
 *       (shown in {@code zone}).
 *   <li>{@code totals} is null (no totals row) or one value per column, null where a column has no total; a null
 *       first total of a TEXT column prints "Total".
 *   <li>{@code currency} is the ISO 4217 code of every MONEY value (the base currency); null only without money.
 *   <li>{@code generatedAt} is printed in {@code zone}, as are date-time values.
 * </ul>
 */
public record ReportDocument(
        String title,
        String subtitle,
        List<String> definition,
        List<Parameter> parameters,
        List<Column> columns,
        Iterable<List<Object>> rows,
        List<Object> totals,
        List<SummaryLine> summary,
        Chart chart,
        String currency,
        Instant generatedAt,
        ZoneId zone) {

    /** A parameter the report ran with, in words: "As of" / "30 June 2025". */
    public record Parameter(String label, String value) {
        public Parameter {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A key figure: "Retention 2025" / "1 of 2 donors (50.0%)". */
    public record SummaryLine(String label, String value) {
        public SummaryLine {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    public ReportDocument {
        Objects.requireNonNull(title, "title");
        definition = definition == null ? List.of() : List.copyOf(definition);
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        columns = List.copyOf(columns);
        Objects.requireNonNull(rows, "rows");
        if (totals != null) {
            if (totals.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "Totals have " + totals.size() + " values for " + columns.size() + " columns");
            }
            totals = Collections.unmodifiableList(new ArrayList<>(totals));
        }
        summary = summary == null ? List.of() : List.copyOf(summary);
        boolean money = columns.stream().anyMatch(c -> c.kind() == Column.Kind.MONEY)
                || (chart != null && chart.valueKind() == Column.Kind.MONEY);
        if (currency != null) {
            Currency.getInstance(currency); // an unknown code fails here, not halfway through a file
        } else if (money) {
            throw new IllegalArgumentException("A report with money needs its currency");
        }
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(zone, "zone");
    }

    /** The rows, each checked to have one value per column. */
    Iterator<List<Object>> checkedRows() {
        return Table.checked(columns, rows.iterator());
    }
}
