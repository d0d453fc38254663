package org.steward.reporting.internal;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.steward.donations.GivingFacts;
import org.steward.reporting.ChartData;
import org.steward.reporting.ParameterSpec;
import org.steward.reporting.ReportColumn;
import org.steward.reporting.ReportDefinition;
import org.steward.reporting.ReportParameters;
import org.steward.reporting.ReportRow;
import org.steward.reporting.SummaryItem;
import org.steward.shared.errors.InvalidInputException;

/** This year's giving by fund, campaign, appeal or month, each gift counted once (hard credit). */
@Singleton
@Named("giving-summary")
public class GivingSummaryReport implements Report {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    @Override
    public ReportDefinition definition(ReportContext context) {
        return new ReportDefinition(
                "giving-summary",
                "Giving summary",
                "giving",
                "What was given this year (to the as-of date) by fund, campaign, appeal or month: the amount and"
                        + " the number of gifts, and each group's share of the total. Each gift counts once, for its"
                        + " donor (the credit basis does not apply); a gift split over funds counts in each fund for"
                        + " its share. Gifts with no campaign, appeal or fund are shown as \"None\".",
                false,
                "column",
                Common.with(
                        context,
                        new ParameterSpec(
                                "groupBy",
                                "Group by",
                                "enum",
                                false,
                                "month",
                                List.of("month", "fund", "campaign", "appeal"),
                                "How to group the gifts.")));
    }

    @Override
    public Computed compute(ReportParameters p, ReportContext context) {
        Years years = new Years(p);
        String groupBy = p.extra().getOrDefault("groupBy", "month").toLowerCase(Locale.ROOT);
        GivingFacts.Dimension dimension =
                switch (groupBy) {
                    case "month" -> GivingFacts.Dimension.MONTH;
                    case "fund" -> GivingFacts.Dimension.FUND;
                    case "campaign" -> GivingFacts.Dimension.CAMPAIGN;
                    case "appeal" -> GivingFacts.Dimension.APPEAL;
                    default ->
                        throw InvalidInputException.of("groupBy", "must be one of month, fund, campaign, appeal");
                };
        List<GivingFacts.DimensionTotal> totals =
                context.facts().totalsBy(dimension, years.thisStart(), years.end(), p.kinds());
        Map<String, String> names = names(dimension, context);
        List<GivingFacts.DimensionTotal> sorted = new ArrayList<>(totals);
        if (dimension == GivingFacts.Dimension.MONTH) {
            sorted.sort(Comparator.comparing(GivingFacts.DimensionTotal::key));
        } else {
            sorted.sort(Comparator.comparing(GivingFacts.DimensionTotal::raised)
                    .reversed()
                    .thenComparing(t -> names.getOrDefault(String.valueOf(t.key()), "")));
        }
        BigDecimal sum = Common.ZERO;
        long gifts = 0;
        for (var t : sorted) {
            sum = sum.add(t.raised());
            gifts += t.giftCount();
        }
        String heading =
                switch (dimension) {
                    case MONTH -> "Month";
                    case FUND -> "Fund";
                    case CAMPAIGN -> "Campaign";
                    case APPEAL -> "Appeal";
                };
        List<ReportColumn> columns = List.of(
                ReportColumn.text("group", heading),
                ReportColumn.money("raised", "Given"),
                ReportColumn.integer("gifts", "Gifts"),
                ReportColumn.percent("share", "Share"));
        List<ReportRow> rows = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<BigDecimal> series = new ArrayList<>();
        for (var t : sorted) {
            String label = dimension == GivingFacts.Dimension.MONTH
                    ? MONTH.format(YearMonth.parse(t.key()))
                    : t.key() == null ? "None" : names.getOrDefault(t.key(), t.key());
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("group", label);
            values.put("raised", t.raised());
            values.put("gifts", t.giftCount());
            values.put("share", Common.ratio(t.raised(), sum));
            rows.add(new ReportRow(null, values));
            categories.add(label);
            series.add(t.raised());
        }
        Map<String, Object> total = new LinkedHashMap<>();
        total.put("raised", sum);
        total.put("gifts", gifts);
        ChartData chart = rows.isEmpty()
                ? null
                : new ChartData(
                        dimension == GivingFacts.Dimension.MONTH ? ChartData.Type.COLUMN : ChartData.Type.BAR,
                        "Given by " + heading.toLowerCase(Locale.ROOT),
                        categories,
                        List.of(new ChartData.Series("Given", series)),
                        ReportColumn.Kind.MONEY);
        return new Computed(
                List.of("Grouped by: " + heading.toLowerCase(Locale.ROOT)),
                columns,
                rows,
                total,
                List.of(
                        new SummaryItem("Given", sum, ReportColumn.Kind.MONEY),
                        new SummaryItem("Gifts", gifts, ReportColumn.Kind.INTEGER)),
                chart);
    }

    private static Map<String, String> names(GivingFacts.Dimension dimension, ReportContext context) {
        Map<String, String> names = new HashMap<>();
        switch (dimension) {
            case FUND -> context.campaigns().funds(false).forEach(f -> names.put(f.id().toString(), f.name()));
            case CAMPAIGN -> context.campaigns().campaigns(false).forEach(c -> names.put(c.id().toString(), c.name()));
            case APPEAL ->
                context.campaigns().appeals(null, false).forEach(a -> names.put(a.id().toString(), a.name()));
            case MONTH -> {}
        }
        return names;
    }
}
