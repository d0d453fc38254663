package org.steward.reporting;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A chart of a report: categories and one or more series of values (bounded; not the report's rows); {@code valueKind}
 * says how the values read (INTEGER, MONEY in the report's currency, or PERCENT).
 */
@Serdeable
public record ChartData(
        Type type, String title, List<String> categories, List<Series> series, ReportColumn.Kind valueKind) {

    public enum Type {
        BAR,
        COLUMN,
        LINE
    }

    @Serdeable
    public record Series(String name, List<BigDecimal> values) {}
}
