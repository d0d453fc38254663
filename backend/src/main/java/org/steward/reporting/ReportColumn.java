package org.steward.reporting;

import io.micronaut.serde.annotation.Serdeable;

/** A column of a report: a stable key (the JSON member), its heading and the kind of its values. */
@Serdeable
public record ReportColumn(String key, String heading, Kind kind) {

    /**
     * TEXT: String; INTEGER: Long; MONEY: BigDecimal with two decimals in the report's currency; DATE: LocalDate;
     * PERCENT: BigDecimal fraction (0.5 is 50%).
     */
    public enum Kind {
        TEXT,
        INTEGER,
        MONEY,
        DATE,
        PERCENT
    }

    public static ReportColumn text(String key, String heading) {
        return new ReportColumn(key, heading, Kind.TEXT);
    }

    public static ReportColumn integer(String key, String heading) {
        return new ReportColumn(key, heading, Kind.INTEGER);
    }

    public static ReportColumn money(String key, String heading) {
        return new ReportColumn(key, heading, Kind.MONEY);
    }

    public static ReportColumn date(String key, String heading) {
        return new ReportColumn(key, heading, Kind.DATE);
    }

    public static ReportColumn percent(String key, String heading) {
        return new ReportColumn(key, heading, Kind.PERCENT);
    }
}
