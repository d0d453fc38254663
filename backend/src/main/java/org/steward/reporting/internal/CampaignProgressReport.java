package org.steward.reporting.internal;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.steward.campaigns.CampaignView;
import org.steward.donations.GivingFacts;
import org.steward.reporting.ChartData;
import org.steward.reporting.ReportColumn;
import org.steward.reporting.ReportDefinition;
import org.steward.reporting.ReportParameters;
import org.steward.reporting.ReportRow;
import org.steward.reporting.SummaryItem;

/** Each campaign's giving up to the as-of date against its goal, sub-campaigns rolled up into their parents. */
@Singleton
@Named("campaign-progress")
public class CampaignProgressReport implements Report {

    @Override
    public ReportDefinition definition(ReportContext context) {
        return new ReportDefinition(
                "campaign-progress",
                "Campaign progress",
                "campaigns",
                "For each active campaign: what was given to it and its sub-campaigns from its first gift up to the"
                        + " as-of date (each gift once, for its donor), against its goal, with the share reached and"
                        + " what remains. A goal in another currency than the base currency is not compared.",
                false,
                "bar",
                Common.parameters(context));
    }

    @Override
    public Computed compute(ReportParameters p, ReportContext context) {
        Years years = new Years(p);
        Map<String, BigDecimal> own = new HashMap<>();
        for (var t : context.facts().totalsBy(GivingFacts.Dimension.CAMPAIGN, null, years.end(), p.kinds())) {
            if (t.key() != null) {
                own.put(t.key(), t.raised());
            }
        }
        List<CampaignView> campaigns = context.campaigns().campaigns(false);
        Map<UUID, List<UUID>> children = new HashMap<>();
        campaigns.forEach(c -> {
            if (c.parentId() != null) {
                children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c.id());
            }
        });
        List<CampaignView> shown = campaigns.stream()
                .filter(CampaignView::active)
                .sorted(Comparator.comparing(CampaignView::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<ReportColumn> columns = List.of(
                ReportColumn.text("campaign", "Campaign"),
                ReportColumn.date("startDate", "Starts"),
                ReportColumn.date("endDate", "Ends"),
                ReportColumn.money("goal", "Goal"),
                ReportColumn.money("raised", "Given"),
                ReportColumn.percent("reached", "Reached"),
                ReportColumn.money("remaining", "Remaining"));
        List<ReportRow> rows = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<BigDecimal> raisedSeries = new ArrayList<>();
        List<BigDecimal> goalSeries = new ArrayList<>();
        BigDecimal raisedTotal = Common.ZERO;
        for (CampaignView c : shown) {
            BigDecimal raised = rolledUp(c.id(), own, children, new java.util.HashSet<>());
            BigDecimal goal =
                    c.goal() == null || (c.currency() != null && !c.currency().equals(context.currency()))
                            ? null
                            : new BigDecimal(c.goal()).setScale(2);
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("campaign", c.name());
            values.put("startDate", c.startDate());
            values.put("endDate", c.endDate());
            values.put("goal", goal);
            values.put("raised", raised);
            values.put("reached", goal == null ? null : Common.ratio(raised, goal));
            values.put("remaining", goal == null ? null : goal.subtract(raised).max(Common.ZERO));
            rows.add(new ReportRow(null, values));
            if (c.parentId() == null) {
                raisedTotal = raisedTotal.add(raised);
            }
            categories.add(c.name());
            raisedSeries.add(raised);
            goalSeries.add(goal == null ? Common.ZERO : goal);
        }
        ChartData chart = rows.isEmpty()
                ? null
                : new ChartData(
                        ChartData.Type.BAR,
                        "Given against goal",
                        categories,
                        List.of(new ChartData.Series("Given", raisedSeries), new ChartData.Series("Goal", goalSeries)),
                        ReportColumn.Kind.MONEY);
        return new Computed(
                List.of(),
                columns,
                rows,
                null,
                List.of(
                        new SummaryItem("Given to top-level campaigns", raisedTotal, ReportColumn.Kind.MONEY),
                        new SummaryItem("Campaigns", (long) rows.size(), ReportColumn.Kind.INTEGER)),
                chart);
    }

    private static BigDecimal rolledUp(
            UUID id, Map<String, BigDecimal> own, Map<UUID, List<UUID>> children, java.util.Set<UUID> seen) {
        if (!seen.add(id)) {
            return Common.ZERO;
        }
        BigDecimal sum = own.getOrDefault(id.toString(), Common.ZERO);
        for (UUID child : children.getOrDefault(id, List.of())) {
            sum = sum.add(rolledUp(child, own, children, seen));
        }
        return sum;
    }
}
