package org.steward.reporting.internal;

import static org.steward.reporting.internal.DonorStatusReport.BEFORE;
import static org.steward.reporting.internal.DonorStatusReport.PREVIOUS;
import static org.steward.reporting.internal.DonorStatusReport.THIS;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steward.reporting.ChartData;
import org.steward.reporting.ReportColumn;
import org.steward.reporting.ReportDefinition;
import org.steward.reporting.ReportParameters;
import org.steward.reporting.ReportRow;
import org.steward.reporting.SummaryItem;

/**
 * The Fundraising Effectiveness Project's gain/loss table: every donor of the previous or this year in exactly one
 * category, whose changes add up to the change in total giving.
 */
@Singleton
@Named("fep-gain-loss")
public class FepGainLossReport implements Report {

    enum Category {
        NEW("New", "gave this year, never before: gain = this year's giving"),
        RECAPTURED("Recaptured", "gave this year, not in the previous year but before it: gain = this year's giving"),
        UPGRADED("Upgraded", "gave more this year than in the previous year: gain = the increase"),
        SAME("Same", "gave the same in both years: no change"),
        DOWNGRADED("Downgraded", "gave less this year than in the previous year (but something): loss = the decrease"),
        LAPSED("Lapsed", "gave in the previous year, nothing this year: loss = the previous year's giving");

        final String label;
        final String meaning;

        Category(String label, String meaning) {
            this.label = label;
            this.meaning = meaning;
        }
    }

    @Override
    public ReportDefinition definition(ReportContext context) {
        StringBuilder text = new StringBuilder(
                "Each donor who gave in the previous year (whole) or this year (to the as-of date) falls in one"
                        + " category, comparing this year's giving with the previous year's:");
        for (Category c : Category.values()) {
            text.append(' ').append(c.label).append(": ").append(c.meaning).append('.');
        }
        text.append(" Gains minus losses equal this year's total minus the previous year's total.");
        return new ReportDefinition(
                "fep-gain-loss",
                "Gain/loss (FEP)",
                "donors",
                text.toString(),
                false,
                "column",
                Common.parameters(context));
    }

    @Override
    public List<Labelled> explainedPeriods(ReportParameters p) {
        return new RetentionReport().explainedPeriods(p);
    }

    static Category categorize(Credits.Donor d) {
        boolean prev = d.gave(PREVIOUS);
        boolean now = d.gave(THIS);
        if (now && !prev) {
            return d.gave(BEFORE) ? Category.RECAPTURED : Category.NEW;
        }
        if (prev && !now) {
            return Category.LAPSED;
        }
        if (!prev) {
            return null;
        }
        int cmp = d.amount(THIS).compareTo(d.amount(PREVIOUS));
        return cmp > 0 ? Category.UPGRADED : cmp < 0 ? Category.DOWNGRADED : Category.SAME;
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
                java.util.Set.of(PREVIOUS, THIS)); // categorize: none for donors who gave in neither
        Map<Category, long[]> donors = new LinkedHashMap<>();
        Map<Category, BigDecimal[]> sums = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            donors.put(c, new long[1]);
            sums.put(c, new BigDecimal[] {Common.ZERO, Common.ZERO});
        }
        BigDecimal previousTotal = Common.ZERO;
        BigDecimal thisTotal = Common.ZERO;
        for (Credits.Donor d : credits.donors().values()) {
            Category c = categorize(d);
            if (c == null) {
                continue;
            }
            donors.get(c)[0]++;
            BigDecimal[] s = sums.get(c);
            s[0] = s[0].add(d.amount(PREVIOUS));
            s[1] = s[1].add(d.amount(THIS));
            previousTotal = previousTotal.add(d.amount(PREVIOUS));
            thisTotal = thisTotal.add(d.amount(THIS));
        }
        String prev = years.previousLabel();
        String now = years.thisLabel();
        List<ReportColumn> columns = List.of(
                ReportColumn.text("category", "Category"),
                ReportColumn.integer("donors", "Donors"),
                ReportColumn.money("previousYear", "Given in " + prev),
                ReportColumn.money("thisYear", "Given in " + now + " to date"),
                ReportColumn.money("change", "Gain or loss"));
        List<ReportRow> rows = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<BigDecimal> changes = new ArrayList<>();
        long donorTotal = 0;
        for (Category c : Category.values()) {
            BigDecimal[] s = sums.get(c);
            BigDecimal change = s[1].subtract(s[0]);
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("category", c.label);
            values.put("donors", donors.get(c)[0]);
            values.put("previousYear", s[0]);
            values.put("thisYear", s[1]);
            values.put("change", change);
            rows.add(new ReportRow(null, values));
            categories.add(c.label);
            changes.add(change);
            donorTotal += donors.get(c)[0];
        }
        BigDecimal net = thisTotal.subtract(previousTotal);
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("donors", donorTotal);
        totals.put("previousYear", previousTotal);
        totals.put("thisYear", thisTotal);
        totals.put("change", net);
        List<SummaryItem> summary = List.of(
                new SummaryItem("Given in " + prev, previousTotal, ReportColumn.Kind.MONEY),
                new SummaryItem("Given in " + now + " to date", thisTotal, ReportColumn.Kind.MONEY),
                new SummaryItem("Net change", net, ReportColumn.Kind.MONEY));
        ChartData chart = new ChartData(
                ChartData.Type.COLUMN,
                "Gains and losses",
                categories,
                List.of(new ChartData.Series("Gain or loss", changes)),
                ReportColumn.Kind.MONEY);
        return new Computed(List.of(), columns, rows, totals, summary, chart);
    }
}
