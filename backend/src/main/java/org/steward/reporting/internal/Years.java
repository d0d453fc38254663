package org.steward.reporting.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.steward.reporting.ReportParameters;
import org.steward.reporting.YearBasis;

/**
 * Years as a report's parameters define them. A calendar year starts on 1 January; a fiscal year on its start
 * month and day and is named by the calendar year it ends in (a year starting 1 July 2024 is FY2025). "This year"
 * is the year containing {@code asOf}, from its start up to and including {@code asOf}: the half-open range
 * {@code [start, asOf + 1 day)}. Every range here is half-open.
 */
public final class Years {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final ReportParameters parameters;

    public Years(ReportParameters parameters) {
        this.parameters = parameters;
    }

    public record Range(LocalDate from, LocalDate toExclusive) {
        public boolean contains(LocalDate d) {
            return (from == null || !d.isBefore(from)) && d.isBefore(toExclusive);
        }

        public String describe() {
            return (from == null ? "the first gift" : DAY.format(from)) + " to " + DAY.format(toExclusive.minusDays(1));
        }
    }

    /** The start of the year that contains {@code day}. */
    public LocalDate startOf(LocalDate day) {
        if (parameters.yearBasis() == YearBasis.CALENDAR) {
            return LocalDate.of(day.getYear(), 1, 1);
        }
        LocalDate candidate = parameters.fiscalYearStart().atYear(day.getYear());
        return candidate.isAfter(day) ? candidate.minusYears(1) : candidate;
    }

    /** Start of this year (the one containing asOf). */
    public LocalDate thisStart() {
        return startOf(parameters.asOf());
    }

    /** The day after asOf: where "this year" ends. */
    public LocalDate end() {
        return parameters.asOf().plusDays(1);
    }

    /** This year up to and including asOf. */
    public Range thisYear() {
        return new Range(thisStart(), end());
    }

    /** The whole previous year. */
    public Range previousYear() {
        return new Range(thisStart().minusYears(1), thisStart());
    }

    /** The previous year up to the same day as asOf: for like-for-like comparisons. */
    public Range previousYearToDate() {
        return new Range(thisStart().minusYears(1), end().minusYears(1));
    }

    /** The year {@code yearsBack} years before this one, whole. */
    public Range yearBefore(int yearsBack) {
        LocalDate start = thisStart().minusYears(yearsBack);
        return new Range(start, start.plusYears(1));
    }

    /** The name of the year starting at {@code start}: "2025" for calendar years, "FY2025" for fiscal ones. */
    public String label(LocalDate start) {
        if (parameters.yearBasis() == YearBasis.CALENDAR || start.getDayOfYear() == 1) {
            return parameters.yearBasis() == YearBasis.CALENDAR
                    ? String.valueOf(start.getYear())
                    : "FY" + start.getYear();
        }
        return "FY" + start.plusYears(1).minusDays(1).getYear();
    }

    public String thisLabel() {
        return label(thisStart());
    }

    public String previousLabel() {
        return label(thisStart().minusYears(1));
    }

    public static String day(LocalDate d) {
        return DAY.format(d);
    }
}
