package org.steward.reporting.internal;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.steward.donations.GivingFacts;
import org.steward.reporting.ChartData;
import org.steward.reporting.ReportColumn;
import org.steward.reporting.ReportDefinition;
import org.steward.reporting.ReportParameters;
import org.steward.reporting.ReportRow;
import org.steward.reporting.SummaryItem;

/** This year to date against the previous year to the same day, month by month, with donors on each side. */
@Singleton
@Named("year-over-year")
public class YearOverYearReport implements Report {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);

    @Override
    public ReportDefinition definition(ReportContext context) {
        return new ReportDefinition(
                "year-over-year",
                "Year over year",
                "giving",
                "What was given this year up to the as-of date against the previous year up to the same day, month"
                        + " by month (each gift once, for its donor), and how many donors gave in each (on the"
                        + " credit basis). The whole previous year is shown for reference.",
                false,
                "column",
                Common.parameters(context));
    }

    @Override
    public Computed compute(ReportParameters p, ReportContext context) {
        Years years = new Years(p);
        Years.Range now = years.thisYear();
        Years.Range before = years.previousYearToDate();
        GivingFacts facts = context.facts();
        Map<String, BigDecimal> thisMonths =
                byMonth(facts.totalsBy(GivingFacts.Dimension.MONTH, now.from(), now.toExclusive(), p.kinds()));
        Map<String, BigDecimal> prevMonths =
                byMonth(facts.totalsBy(GivingFacts.Dimension.MONTH, before.from(), before.toExclusive(), p.kinds()));
        BigDecimal wholePrevious = facts
                .totalsBy(
                        GivingFacts.Dimension.MONTH,
                        years.previousYear().from(),
                        years.previousYear().toExclusive(),
                        p.kinds())
                .stream()
                .map(GivingFacts.DimensionTotal::raised)
                .reduce(Common.ZERO, BigDecimal::add);
        List<ReportColumn> columns = List.of(
                ReportColumn.text("month", "Month"),
                ReportColumn.money("thisYear", years.thisLabel()),
                ReportColumn.money("previousYear", years.previousLabel()),
                ReportColumn.money("change", "Change"));
        List<ReportRow> rows = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<BigDecimal> thisSeries = new ArrayList<>();
        List<BigDecimal> prevSeries = new ArrayList<>();
        BigDecimal thisSum = Common.ZERO;
        BigDecimal prevSum = Common.ZERO;
        for (YearMonth m = YearMonth.from(now.from()); !m.atDay(1).isAfter(p.asOf()); m = m.plusMonths(1)) {
            BigDecimal a = thisMonths.getOrDefault(m.toString(), Common.ZERO);
            BigDecimal b = prevMonths.getOrDefault(m.minusYears(1).toString(), Common.ZERO);
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("month", MONTH.format(m));
            values.put("thisYear", a);
            values.put("previousYear", b);
            values.put("change", a.subtract(b));
            rows.add(new ReportRow(null, values));
            categories.add(MONTH.format(m));
            thisSeries.add(a);
            prevSeries.add(b);
            thisSum = thisSum.add(a);
            prevSum = prevSum.add(b);
        }
        List<LocalDate> boundaries = Arrays.asList(before.from(), before.toExclusive(), now.from(), now.toExclusive());
        if (!before.toExclusive().isBefore(now.from())) {
            boundaries = Arrays.asList(before.from(), now.from(), now.toExclusive());
        }
        int thisPeriod = boundaries.size() - 2;
        Credits credits = Credits.load(
                facts,
                p,
                DonorStatusReport.needsHouseholds(p, context),
                boundaries,
                0,
                java.util.Set.of(0, thisPeriod)); // donors counted: who gave in either
        long thisDonors = credits.donors().values().stream()
                .filter(d -> d.gave(thisPeriod))
                .count();
        long prevDonors =
                credits.donors().values().stream().filter(d -> d.gave(0)).count();
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("thisYear", thisSum);
        totals.put("previousYear", prevSum);
        totals.put("change", thisSum.subtract(prevSum));
        List<SummaryItem> summary = List.of(
                new SummaryItem(years.thisLabel() + " to date", thisSum, ReportColumn.Kind.MONEY),
                new SummaryItem(years.previousLabel() + " to the same day", prevSum, ReportColumn.Kind.MONEY),
                new SummaryItem("Change", Common.ratio(thisSum.subtract(prevSum), prevSum), ReportColumn.Kind.PERCENT),
                new SummaryItem("Donors " + years.thisLabel() + " to date", thisDonors, ReportColumn.Kind.INTEGER),
                new SummaryItem(
                        "Donors " + years.previousLabel() + " to the same day", prevDonors, ReportColumn.Kind.INTEGER),
                new SummaryItem("Whole " + years.previousLabel(), wholePrevious, ReportColumn.Kind.MONEY));
        ChartData chart = new ChartData(
                ChartData.Type.COLUMN,
                "This year against last year",
                categories,
                List.of(
                        new ChartData.Series(years.thisLabel(), thisSeries),
                        new ChartData.Series(years.previousLabel(), prevSeries)),
                ReportColumn.Kind.MONEY);
        return new Computed(List.of("Compared with: " + before.describe()), columns, rows, totals, summary, chart);
    }

    private static Map<String, BigDecimal> byMonth(List<GivingFacts.DimensionTotal> totals) {
        Map<String, BigDecimal> map = new HashMap<>();
        totals.forEach(t -> map.merge(t.key(), t.raised(), BigDecimal::add));
        return map;
    }
}
