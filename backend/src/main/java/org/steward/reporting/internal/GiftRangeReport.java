package org.steward.reporting.internal;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.steward.reporting.ChartData;
import org.steward.reporting.ParameterSpec;
import org.steward.reporting.ReportColumn;
import org.steward.reporting.ReportDefinition;
import org.steward.reporting.ReportParameters;
import org.steward.reporting.ReportRow;
import org.steward.reporting.SummaryItem;

/**
 * The gift range table (the gift pyramid): this year's donors by the band their total giving falls in. Bands are
 * lower-inclusive and upper-exclusive; the last is open.
 */
@Singleton
@Named("gift-range")
public class GiftRangeReport implements Report {

    static final List<BigDecimal> DEFAULT_BANDS =
            List.of("0", "100", "250", "500", "1000", "2500", "5000", "10000", "25000", "50000", "100000").stream()
                    .map(s -> new BigDecimal(s).setScale(2))
                    .toList();

    @Override
    public ReportDefinition definition(ReportContext context) {
        return new ReportDefinition(
                "gift-range",
                "Gift range table",
                "giving",
                "This year's donors (to the as-of date) grouped by their total giving this year into bands; a band"
                        + " [a, b) holds totals of at least a and less than b; the last band has no upper end."
                        + " Each band shows its donors, what they gave, and their shares of all donors and of the"
                        + " total.",
                false,
                "bar",
                Common.with(
                        context,
                        new ParameterSpec(
                                "bands",
                                "Bands",
                                "money-list",
                                false,
                                "0,100,250,500,1000,2500,5000,10000,25000,50000,100000",
                                null,
                                "Lower ends of the bands, ascending, starting at 0.")));
    }

    @Override
    public Computed compute(ReportParameters p, ReportContext context) {
        Years years = new Years(p);
        List<BigDecimal> bands = p.amounts("bands", DEFAULT_BANDS);
        List<LocalDate> boundaries = List.of(years.thisStart(), years.end());
        Credits credits = Credits.load(
                context.facts(), p, DonorStatusReport.needsHouseholds(p, context), boundaries, 0, java.util.Set.of(0));
        long[] donors = new long[bands.size()];
        BigDecimal[] sums = new BigDecimal[bands.size()];
        java.util.Arrays.fill(sums, Common.ZERO);
        long donorTotal = 0;
        BigDecimal amountTotal = Common.ZERO;
        for (Credits.Donor d : credits.donors().values()) {
            if (!d.gave(0)) {
                continue;
            }
            int band = bands.size() - 1;
            while (band > 0 && d.amount(0).compareTo(bands.get(band)) < 0) {
                band--;
            }
            donors[band]++;
            sums[band] = sums[band].add(d.amount(0));
            donorTotal++;
            amountTotal = amountTotal.add(d.amount(0));
        }
        List<ReportColumn> columns = List.of(
                ReportColumn.text("band", "Band"),
                ReportColumn.money("from", "From"),
                ReportColumn.money("below", "Below"),
                ReportColumn.integer("donors", "Donors"),
                ReportColumn.money("amount", "Given"),
                ReportColumn.percent("donorShare", "Share of donors"),
                ReportColumn.percent("amountShare", "Share of giving"));
        List<ReportRow> rows = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<BigDecimal> donorSeries = new ArrayList<>();
        List<BigDecimal> amountSeries = new ArrayList<>();
        for (int i = bands.size() - 1; i >= 0; i--) {
            BigDecimal from = bands.get(i);
            BigDecimal below = i + 1 < bands.size() ? bands.get(i + 1) : null;
            String label = below == null ? amount(from) + " and above" : amount(from) + " to under " + amount(below);
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("band", label);
            values.put("from", from);
            values.put("below", below);
            values.put("donors", donors[i]);
            values.put("amount", sums[i]);
            values.put("donorShare", Common.ratio(donors[i], donorTotal));
            values.put("amountShare", Common.ratio(sums[i], amountTotal));
            rows.add(new ReportRow(null, values));
            categories.add(label);
            donorSeries.add(BigDecimal.valueOf(donors[i]));
            amountSeries.add(sums[i]);
        }
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("donors", donorTotal);
        totals.put("amount", amountTotal);
        List<SummaryItem> summary = List.of(
                new SummaryItem("Donors in " + years.thisLabel() + " to date", donorTotal, ReportColumn.Kind.INTEGER),
                new SummaryItem("Given", amountTotal, ReportColumn.Kind.MONEY));
        ChartData chart = new ChartData(
                ChartData.Type.BAR,
                "Donors by gift range",
                categories,
                List.of(new ChartData.Series("Donors", donorSeries)),
                ReportColumn.Kind.INTEGER);
        return new Computed(
                List.of("Bands: "
                        + String.join(
                                ", ",
                                bands.stream().map(GiftRangeReport::amount).toList())),
                columns,
                rows,
                totals,
                summary,
                chart);
    }

    static String amount(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(value);
    }
}
