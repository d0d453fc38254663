package org.steward.reporting.internal;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
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

/** Each recent donor's streak of consecutive years of giving and their best year. */
@Singleton
@Named("donor-streaks")
public class DonorStreaksReport implements Report {

    static final int YEARS = 30;

    @Override
    public ReportDefinition definition(ReportContext context) {
        return new ReportDefinition(
                "donor-streaks",
                "Giving streaks and best years",
                "donors",
                "Donors who gave this year (to the as-of date) or in the previous year. Streak: how many consecutive"
                        + " years, counting back from this year (or from the previous year when nothing has come"
                        + " yet this year), they gave in. Best year: the year of the last " + YEARS + " in which"
                        + " they gave most (the latest on a tie). Longest streaks first.",
                true,
                null,
                Common.parameters(context));
    }

    @Override
    public List<Labelled> explainedPeriods(ReportParameters p) {
        Years years = new Years(p);
        return List.of(new Labelled(
                years.label(years.thisStart().minusYears(YEARS - 1)) + " to " + Years.day(p.asOf()),
                new Years.Range(years.thisStart().minusYears(YEARS - 1), years.end())));
    }

    @Override
    public Computed compute(ReportParameters p, ReportContext context) {
        Years years = new Years(p);
        List<LocalDate> boundaries = new ArrayList<>();
        for (int back = YEARS - 1; back >= 0; back--) {
            boundaries.add(years.thisStart().minusYears(back));
        }
        boundaries.add(years.end());
        int current = YEARS - 1;
        // only donors who gave this year or last are listed
        Credits credits = Credits.load(
                context.facts(),
                p,
                DonorStatusReport.needsHouseholds(p, context),
                boundaries,
                0,
                java.util.Set.of(current, current - 1));
        record Line(UUID id, int streak, boolean thisYear, int best, BigDecimal bestAmount, int yearsGiven) {}
        List<Line> lines = new ArrayList<>();
        for (var e : credits.donors().entrySet()) {
            Credits.Donor d = e.getValue();
            if (!d.gave(current) && !d.gave(current - 1)) {
                continue;
            }
            int from = d.gave(current) ? current : current - 1;
            int streak = 0;
            for (int y = from; y >= 0 && d.gave(y); y--) {
                streak++;
            }
            int best = -1;
            int given = 0;
            for (int y = 0; y <= current; y++) {
                if (d.gave(y)) {
                    given++;
                    if (best < 0 || d.amount(y).compareTo(d.amount(best)) >= 0) {
                        best = y;
                    }
                }
            }
            lines.add(new Line(e.getKey(), streak, d.gave(current), best, d.amount(best), given));
        }
        lines.sort(Comparator.comparingInt(Line::streak)
                .reversed()
                .thenComparing(Line::bestAmount, Comparator.reverseOrder())
                .thenComparing(l -> l.id().toString()));
        List<ReportColumn> columns = List.of(
                ReportColumn.text("name", "Donor"),
                ReportColumn.integer("streak", "Streak (years)"),
                ReportColumn.text("givenThisYear", "Given in " + years.thisLabel()),
                ReportColumn.text("bestYear", "Best year"),
                ReportColumn.money("bestAmount", "Given in best year"),
                ReportColumn.integer("yearsGiven", "Years given"));
        List<ReportRow> rows = new ArrayList<>();
        for (Line l : lines) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("name", null);
            values.put("streak", (long) l.streak());
            values.put("givenThisYear", l.thisYear() ? "Yes" : "Not yet");
            values.put("bestYear", years.label(boundaries.get(l.best())));
            values.put("bestAmount", l.bestAmount());
            values.put("yearsGiven", (long) l.yearsGiven());
            rows.add(new ReportRow(l.id(), values));
        }
        return new Computed(
                List.of(),
                columns,
                rows,
                null,
                List.of(new SummaryItem("Donors", (long) rows.size(), ReportColumn.Kind.INTEGER)),
                null);
    }
}
