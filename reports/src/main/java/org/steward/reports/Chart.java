package org.steward.reports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A chart of a report: a few categories (bounded, unlike a report's rows) and one or more series with one value per
 * category. {@code valueKind} says how values read: {@link Column.Kind#INTEGER}, {@link Column.Kind#MONEY} (in the
 * report's currency) or {@link Column.Kind#PERCENT} (fractions); null for plain numbers.
 */
public record Chart(String title, Type type, List<String> categories, List<Series> series, Column.Kind valueKind) {

    public enum Type {
        /** Horizontal bars, first category on top: long category names, rankings, the gift pyramid. */
        BAR,
        /** Vertical columns: a few categories side by side. */
        COLUMN,
        /** A line per series across the categories in order: months, years. */
        LINE
    }

    /** One series: its name (the legend) and one value per category, never null. */
    public record Series(String name, List<BigDecimal> values) {
        public Series {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
        }
    }

    public Chart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        if (series.isEmpty()) {
            throw new IllegalArgumentException("A chart needs at least one series");
        }
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series " + s.name() + " has "
                        + s.values().size() + " values for " + categories.size() + " categories");
            }
        }
        if (valueKind != null
                && valueKind != Column.Kind.INTEGER
                && valueKind != Column.Kind.MONEY
                && valueKind != Column.Kind.PERCENT) {
            throw new IllegalArgumentException("Chart values are INTEGER, MONEY or PERCENT, not " + valueKind);
        }
    }

    /** A chart of plain numbers. */
    public Chart(String title, Type type, List<String> categories, List<Series> series) {
        this(title, type, categories, series, null);
    }
}
