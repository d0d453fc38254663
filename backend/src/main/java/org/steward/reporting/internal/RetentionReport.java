package org.steward.reporting.internal;

import static org.steward.reporting.internal.DonorStatusReport.BEFORE;
import static org.steward.reporting.internal.DonorStatusReport.PREVIOUS;
import static org.steward.reporting.internal.DonorStatusReport.THIS;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.steward.reporting.ReportColumn;
import org.steward.reporting.ReportDefinition;
import org.steward.reporting.ReportParameters;
import org.steward.reporting.ReportRow;
import org.steward.reporting.SummaryItem;

/**
 * Donor retention from the previous year to this one: retained donors over the previous year's donors, with the
 * numerator and denominator; dollar retention; new and recaptured donors this year.
 */
@Singleton
@Named("retention")
public class RetentionReport implements Report {

    @Override
    public ReportDefinition definition(ReportContext context) {
        return new ReportDefinition(
                "retention",
                "Donor retention",
                "donors",
                "Retention (this year) = donors who gave in both the previous year and this year (to the as-of date)"
                        + " ÷ donors who gave in the previous year. Dollar retention = what those retained donors"
                        + " gave this year ÷ what all the previous year's donors gave in the previous year. New"
                        + " donors gave this year and never before; recaptured donors gave this year, not in the"
                        + " previous year, and in some year before it. The rows are the previous year's donors.",
                true,
                null,
                Common.parameters(context));
    }

    @Override
    public List<Labelled> explainedPeriods(ReportParameters p) {
        Years years = new Years(p);
        return List.of(
                new Labelled(years.previousLabel(), years.previousYear()),
                new Labelled(years.thisLabel() + " to " + Years.day(p.asOf()), years.thisYear()));
    }

    @Override
    public Computed compute(ReportParameters p, ReportContext context) {
        Years years = new Years(p);
        Credits credits = Credits.load(
                context.facts(),
                p,
                DonorStatusReport.needsHouseholds(p, context),
                DonorStatusReport.boundaries(years),
                BEFORE,
                java.util.Set.of(PREVIOUS, THIS)); // every figure is of donors who gave in one of them
        long previousDonors = 0;
        long retained = 0;
        long newDonors = 0;
        long recaptured = 0;
        BigDecimal previousAmount = Common.ZERO;
        BigDecimal retainedAmount = Common.ZERO;
        List<Map.Entry<UUID, Credits.Donor>> previous = new ArrayList<>();
        for (var e : credits.donors().entrySet()) {
            Credits.Donor d = e.getValue();
            if (d.gave(PREVIOUS)) {
                previousDonors++;
                previousAmount = previousAmount.add(d.amount(PREVIOUS));
                previous.add(e);
                if (d.gave(THIS)) {
                    retained++;
                    retainedAmount = retainedAmount.add(d.amount(THIS));
                }
            } else if (d.gave(THIS)) {
                if (d.gave(BEFORE)) {
                    recaptured++;
                } else {
                    newDonors++;
                }
            }
        }
        previous.sort(Comparator.<Map.Entry<UUID, Credits.Donor>, BigDecimal>comparing(
                        e -> e.getValue().amount(PREVIOUS))
                .reversed()
                .thenComparing(e -> e.getKey().toString()));
        String prev = years.previousLabel();
        String now = years.thisLabel();
        List<ReportColumn> columns = List.of(
                ReportColumn.text("name", "Donor"),
                ReportColumn.money("previousYear", "Given in " + prev),
                ReportColumn.money("thisYear", "Given in " + now + " to date"),
                ReportColumn.text("status", "Status"));
        List<ReportRow> rows = new ArrayList<>();
        BigDecimal thisSum = Common.ZERO;
        for (var e : previous) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("name", null);
            values.put("previousYear", e.getValue().amount(PREVIOUS));
            values.put("thisYear", e.getValue().amount(THIS));
            values.put("status", e.getValue().gave(THIS) ? "Retained" : "Lapsed");
            thisSum = thisSum.add(e.getValue().amount(THIS));
            rows.add(new ReportRow(e.getKey(), values));
        }
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("previousYear", previousAmount);
        totals.put("thisYear", thisSum);
        BigDecimal rate = Common.ratio(retained, previousDonors);
        BigDecimal dollarRate = Common.ratio(retainedAmount, previousAmount);
        List<SummaryItem> summary = List.of(
                new SummaryItem("Donors in " + prev, previousDonors, ReportColumn.Kind.INTEGER),
                new SummaryItem("Retained in " + now, retained, ReportColumn.Kind.INTEGER),
                new SummaryItem("Donor retention", rate, ReportColumn.Kind.PERCENT),
                new SummaryItem("Given in " + prev + " by its donors", previousAmount, ReportColumn.Kind.MONEY),
                new SummaryItem("Given in " + now + " by retained donors", retainedAmount, ReportColumn.Kind.MONEY),
                new SummaryItem("Dollar retention", dollarRate, ReportColumn.Kind.PERCENT),
                new SummaryItem("New donors in " + now, newDonors, ReportColumn.Kind.INTEGER),
                new SummaryItem("Recaptured donors in " + now, recaptured, ReportColumn.Kind.INTEGER));
        List<String> lines = List.of("Retention " + prev + " → " + now + ": " + retained + " of " + previousDonors
                + " donors (" + Common.percentText(rate) + ")");
        return new Computed(lines, columns, rows, totals, summary, null);
    }
}
