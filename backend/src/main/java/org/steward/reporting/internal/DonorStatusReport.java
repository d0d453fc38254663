package org.steward.reporting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.steward.reporting.ReportColumn;
import org.steward.reporting.ReportDefinition;
import org.steward.reporting.ReportParameters;
import org.steward.reporting.ReportRow;
import org.steward.reporting.SummaryItem;

/**
 * The donor lists defined by when a donor gave: three periods, "before the previous year" (since the first gift),
 * "the previous year" (whole) and "this year" (to asOf). LYBUNT, SYBUNT, SYBUNT including LYBUNT, new and
 * recaptured donors are each a test on those three.
 */
public final class DonorStatusReport implements Report {

    /** The three periods, by index into the credits. */
    static final int BEFORE = 0;

    static final int PREVIOUS = 1;
    static final int THIS = 2;

    enum Variant {
        LYBUNT(
                "lybunt",
                "LYBUNT: gave last year but not this year",
                "Donors who gave in the previous year and have given nothing this year (up to the as-of date).",
                d -> d.gave(PREVIOUS) && !d.gave(THIS),
                List.of(PREVIOUS),
                PREVIOUS,
                Set.of(PREVIOUS)),
        SYBUNT(
                "sybunt",
                "SYBUNT: gave some year but not last year or this year",
                "Donors who gave in some year before the previous one and have given nothing in the previous year"
                        + " or this year (up to the as-of date). Disjoint from LYBUNT.",
                d -> d.gave(BEFORE) && !d.gave(PREVIOUS) && !d.gave(THIS),
                List.of(BEFORE),
                BEFORE,
                Set.of(BEFORE)),
        SYBUNT_INCL_LY(
                "sybunt-incl-ly",
                "SYBUNT including LYBUNT",
                "Donors who gave in some year before this one and have given nothing this year (up to the as-of"
                        + " date): SYBUNT and LYBUNT together, as CiviCRM and NPSP read SYBUNT.",
                d -> (d.gave(BEFORE) || d.gave(PREVIOUS)) && !d.gave(THIS),
                List.of(BEFORE, PREVIOUS),
                BEFORE,
                Set.of(BEFORE, PREVIOUS)),
        NEW(
                "new-donors",
                "New donors",
                "Donors whose first gift falls in this year (up to the as-of date): they gave this year and never"
                        + " before it.",
                d -> d.gave(THIS) && !d.gave(PREVIOUS) && !d.gave(BEFORE),
                List.of(THIS),
                BEFORE,
                Set.of(THIS)),
        RECAPTURED(
                "recaptured-donors",
                "Recaptured donors",
                "Donors who gave this year (up to the as-of date), gave nothing in the previous year and gave in some"
                        + " year before it: lapsed donors won back.",
                d -> d.gave(THIS) && !d.gave(PREVIOUS) && d.gave(BEFORE),
                List.of(THIS, BEFORE),
                BEFORE,
                Set.of(THIS));

        final String name;
        final String title;
        final String definition;
        final Predicate<Credits.Donor> test;
        final List<Integer> shown;
        /** The first period the test and the columns look at (LYBUNT never needs the years before the previous). */
        final int first;
        /** The test holds only for donors who gave in one of these periods. */
        final Set<Integer> within;

        Variant(
                String name,
                String title,
                String definition,
                Predicate<Credits.Donor> test,
                List<Integer> shown,
                int first,
                Set<Integer> within) {
            this.name = name;
            this.title = title;
            this.definition = definition;
            this.test = test;
            this.shown = shown;
            this.first = first;
            this.within = within;
        }
    }

    private final Variant variant;

    DonorStatusReport(Variant variant) {
        this.variant = variant;
    }

    @Override
    public ReportDefinition definition(ReportContext context) {
        return new ReportDefinition(
                variant.name, variant.title, "donors", variant.definition, true, null, Common.parameters(context));
    }

    static List<LocalDate> boundaries(Years years) {
        return Arrays.asList(null, years.previousYear().from(), years.thisStart(), years.end());
    }

    @Override
    public List<Labelled> explainedPeriods(ReportParameters p) {
        Years years = new Years(p);
        return List.of(
                new Labelled(
                        "before " + years.previousLabel(),
                        new Years.Range(null, years.previousYear().from())),
                new Labelled(years.previousLabel(), years.previousYear()),
                new Labelled(years.thisLabel() + " to " + Years.day(p.asOf()), years.thisYear()));
    }

    @Override
    public Computed compute(ReportParameters p, ReportContext context) {
        Years years = new Years(p);
        Credits credits = Credits.load(
                context.facts(), p, needsHouseholds(p, context), boundaries(years), variant.first, variant.within);
        String[] labels = {
            "before " + years.previousLabel(), "in " + years.previousLabel(), "in " + years.thisLabel() + " to date"
        };
        List<ReportColumn> columns = new ArrayList<>();
        columns.add(ReportColumn.text("name", "Donor"));
        for (int period : variant.shown) {
            columns.add(ReportColumn.money("amount" + period, "Given " + labels[period]));
            columns.add(ReportColumn.integer("gifts" + period, "Gifts " + labels[period]));
        }
        int sortPeriod = variant.shown.get(0);
        List<Map.Entry<UUID, Credits.Donor>> chosen = credits.donors().entrySet().stream()
                .filter(e -> variant.test.test(e.getValue()))
                .sorted(Comparator.<Map.Entry<UUID, Credits.Donor>, BigDecimal>comparing(
                                e -> e.getValue().amount(sortPeriod))
                        .reversed()
                        .thenComparing(e -> e.getKey().toString()))
                .toList();
        List<ReportRow> rows = new ArrayList<>(chosen.size());
        Map<String, Object> totals = new LinkedHashMap<>();
        Map<Integer, BigDecimal> sums = new HashMap<>();
        Map<Integer, Long> counts = new HashMap<>();
        for (var e : chosen) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("name", null);
            for (int period : variant.shown) {
                values.put("amount" + period, e.getValue().amount(period));
                values.put("gifts" + period, (long) e.getValue().count(period));
                sums.merge(period, e.getValue().amount(period), BigDecimal::add);
                counts.merge(period, (long) e.getValue().count(period), Long::sum);
            }
            rows.add(new ReportRow(e.getKey(), values));
        }
        for (int period : variant.shown) {
            totals.put("amount" + period, sums.getOrDefault(period, Common.ZERO));
            totals.put("gifts" + period, counts.getOrDefault(period, 0L));
        }
        List<SummaryItem> summary = new ArrayList<>();
        summary.add(new SummaryItem("Donors", (long) rows.size(), ReportColumn.Kind.INTEGER));
        for (int period : variant.shown) {
            summary.add(new SummaryItem(
                    "Given " + labels[period], sums.getOrDefault(period, Common.ZERO), ReportColumn.Kind.MONEY));
        }
        return new Computed(List.of(), columns, rows, totals, summary, null);
    }

    static Map<UUID, UUID> needsHouseholds(ReportParameters p, ReportContext context) {
        return p.creditBasis() == org.steward.reporting.CreditBasis.HOUSEHOLD ? context.households() : Map.of();
    }
}
