package org.steward.reporting.internal;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.steward.reporting.ParameterSpec;
import org.steward.reporting.ReportColumn;
import org.steward.reporting.ReportDefinition;
import org.steward.reporting.ReportParameters;
import org.steward.reporting.ReportRow;
import org.steward.reporting.SummaryItem;

/** The donors who gave most this year, with what they gave the previous year beside it. */
@Singleton
@Named("top-donors")
public class TopDonorsReport implements Report {

    @Override
    public ReportDefinition definition(ReportContext context) {
        return new ReportDefinition(
                "top-donors",
                "Top donors",
                "donors",
                "The donors who gave the most this year (to the as-of date), largest first (ties by record), with"
                        + " their gifts this year and what they gave in the whole previous year.",
                true,
                null,
                Common.with(
                        context,
                        new ParameterSpec(
                                "limit",
                                "How many",
                                "integer",
                                false,
                                "25",
                                null,
                                "How many donors to list (1 to 1000).")));
    }

    @Override
    public List<Labelled> explainedPeriods(ReportParameters p) {
        return new RetentionReport().explainedPeriods(p);
    }

    @Override
    public Computed compute(ReportParameters p, ReportContext context) {
        Years years = new Years(p);
        int limit = p.integer("limit", 25, 1, 1000);
        Credits credits = Credits.load(
                context.facts(),
                p,
                DonorStatusReport.needsHouseholds(p, context),
                List.of(years.previousYear().from(), years.thisStart(), years.end()),
                0,
                java.util.Set.of(1)); // only donors who gave this year are ranked
        List<Map.Entry<UUID, Credits.Donor>> top = credits.donors().entrySet().stream()
                .filter(e -> e.getValue().gave(1))
                .sorted(Comparator.<Map.Entry<UUID, Credits.Donor>, BigDecimal>comparing(
                                e -> e.getValue().amount(1))
                        .reversed()
                        .thenComparing(e -> e.getKey().toString()))
                .limit(limit)
                .toList();
        List<ReportColumn> columns = List.of(
                ReportColumn.integer("rank", "Rank"),
                ReportColumn.text("name", "Donor"),
                ReportColumn.money("thisYear", "Given in " + years.thisLabel() + " to date"),
                ReportColumn.integer("gifts", "Gifts"),
                ReportColumn.money("previousYear", "Given in " + years.previousLabel()));
        List<ReportRow> rows = new ArrayList<>();
        BigDecimal sum = Common.ZERO;
        BigDecimal prevSum = Common.ZERO;
        long rank = 0;
        for (var e : top) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("rank", ++rank);
            values.put("name", null);
            values.put("thisYear", e.getValue().amount(1));
            values.put("gifts", (long) e.getValue().count(1));
            values.put("previousYear", e.getValue().amount(0));
            sum = sum.add(e.getValue().amount(1));
            prevSum = prevSum.add(e.getValue().amount(0));
            rows.add(new ReportRow(e.getKey(), values));
        }
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("thisYear", sum);
        totals.put("previousYear", prevSum);
        return new Computed(
                List.of("Donors listed: at most " + limit),
                columns,
                rows,
                totals,
                List.of(new SummaryItem("Given by these donors", sum, ReportColumn.Kind.MONEY)),
                null);
    }
}
