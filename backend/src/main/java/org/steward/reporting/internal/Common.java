package org.steward.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.steward.donations.GiftKind;
import org.steward.donations.GivingFacts;
import org.steward.reporting.CreditBasis;
import org.steward.reporting.ParameterSpec;
import org.steward.reporting.ReportParameters;
import org.steward.reporting.YearBasis;

/** The parameters every report shares, as the catalogue lists them and as each report prints them. */
public final class Common {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Common() {}

    public static List<ParameterSpec> parameters(ReportContext context) {
        return List.of(
                new ParameterSpec(
                        "asOf",
                        "As of",
                        "date",
                        false,
                        null,
                        null,
                        "The day the report is as of (default today). This year runs from its start up to and"
                                + " including this day."),
                new ParameterSpec(
                        "yearBasis",
                        "Years",
                        "enum",
                        false,
                        "CALENDAR",
                        List.of("CALENDAR", "FISCAL"),
                        "Calendar years, or fiscal years starting on the fiscal year start."),
                new ParameterSpec(
                        "fiscalYearStart",
                        "Fiscal year starts",
                        "text",
                        false,
                        String.format(Locale.ROOT, "%02d-01", context.fiscalYearStartMonth()),
                        null,
                        "Month and day (MM-DD) a fiscal year starts; a fiscal year is named by the year it ends in."),
                new ParameterSpec(
                        "creditBasis",
                        "Credit",
                        "enum",
                        false,
                        "HARD",
                        List.of("HARD", "HARD_PLUS_SOFT", "HOUSEHOLD"),
                        "HARD: the gift's donor. HARD_PLUS_SOFT: also soft credits on others' gifts. HOUSEHOLD:"
                                + " members' gifts count for their current household, each gift once."),
                new ParameterSpec(
                        "kinds",
                        "Kinds of gift",
                        "kinds",
                        false,
                        String.join(
                                ",",
                                GivingFacts.DEFAULT_KINDS.stream()
                                        .sorted()
                                        .map(Enum::name)
                                        .toList()),
                        Arrays.stream(GiftKind.values()).map(Enum::name).toList(),
                        "Which kinds of gift count. Pledges themselves never count; their payments do."));
    }

    public static List<ParameterSpec> with(ReportContext context, ParameterSpec... extra) {
        List<ParameterSpec> all = new ArrayList<>(parameters(context));
        all.addAll(List.of(extra));
        return all;
    }

    /** The common parameters in words, printed on every report and export. */
    public static List<String> lines(ReportParameters p, String currency) {
        Years years = new Years(p);
        List<String> lines = new ArrayList<>();
        lines.add("As of: " + Years.day(p.asOf()));
        if (p.yearBasis() == YearBasis.CALENDAR) {
            lines.add("Years: calendar years");
        } else {
            MonthDay s = p.fiscalYearStart();
            lines.add("Years: fiscal years starting " + s.getDayOfMonth() + " "
                    + s.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + ", each named by the calendar year it ends in");
        }
        lines.add("This year (" + years.thisLabel() + "): " + years.thisYear().describe());
        lines.add("Previous year (" + years.previousLabel() + "): "
                + years.previousYear().describe());
        lines.add("Credit: " + credit(p.creditBasis()));
        lines.add("Gifts counted: completed " + kinds(p) + ", at their amount in " + currency
                + " net of refunds. Refunded, failed, cancelled and pending gifts never count; pledges themselves"
                + " are not gifts.");
        return lines;
    }

    public static String credit(CreditBasis basis) {
        return switch (basis) {
            case HARD -> "hard credit (the gift's donor)";
            case HARD_PLUS_SOFT ->
                "hard and soft credit (the donor, and each person soft-credited on someone"
                        + " else's gift for their soft-credit amount)";
            case HOUSEHOLD -> "household credit (each member's gifts count once, for their current household)";
        };
    }

    static String kinds(ReportParameters p) {
        return p.kinds().stream()
                .sorted()
                .map(k -> switch (k) {
                    case ONE_TIME -> "one-time gifts";
                    case RECURRING_PAYMENT -> "recurring payments";
                    case PLEDGE_PAYMENT -> "pledge payments";
                    case IN_KIND -> "in-kind gifts at their value";
                    case MATCHING_CLAIM -> "matching gift claims";
                    case EVENT_FEE -> "event fees";
                })
                .collect(Collectors.joining(", "));
    }

    /** {@code part / whole} as a fraction with four decimals; zero when {@code whole} is zero. */
    public static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO.setScale(4);
        }
        return part.divide(whole, 4, RoundingMode.HALF_EVEN);
    }

    public static BigDecimal ratio(long part, long whole) {
        return ratio(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    public static String percentText(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
}
