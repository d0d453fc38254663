package org.steward.reports;

import java.util.Objects;

/** A column of a {@link Table}: its heading and what kind of values it holds, which decides formatting. */
public record Column(String heading, Kind kind) {

    public enum Kind {
        TEXT,
        INTEGER,
        /** {@link java.math.BigDecimal} amounts with two decimals; never floating point. */
        MONEY,
        DATE,
        DATE_TIME,
        /** {@link java.math.BigDecimal} fractions: 0.5 is 50.0%. */
        PERCENT
    }

    public Column {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(kind, "kind");
    }

    public static Column text(String heading) {
        return new Column(heading, Kind.TEXT);
    }

    public static Column integer(String heading) {
        return new Column(heading, Kind.INTEGER);
    }

    public static Column money(String heading) {
        return new Column(heading, Kind.MONEY);
    }

    public static Column date(String heading) {
        return new Column(heading, Kind.DATE);
    }

    public static Column dateTime(String heading) {
        return new Column(heading, Kind.DATE_TIME);
    }

    public static Column percent(String heading) {
        return new Column(heading, Kind.PERCENT);
    }

    /** Whether the kind's values are numbers (right-aligned, totalled). */
    public boolean numeric() {
        return kind == Kind.INTEGER || kind == Kind.MONEY || kind == Kind.PERCENT;
    }
}
