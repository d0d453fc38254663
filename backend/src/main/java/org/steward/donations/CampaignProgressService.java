package org.steward.donations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.steward.campaigns.AppealView;
import org.steward.campaigns.CampaignProblems;
import org.steward.campaigns.CampaignService;
import org.steward.campaigns.CampaignView;
import org.steward.campaigns.FundView;
import org.steward.donations.internal.AmountRules;
import org.steward.donations.internal.GivingAggregates;
import org.steward.donations.internal.GivingAggregates.Scope;
import org.steward.donations.internal.GivingAggregates.Share;
import org.steward.donations.internal.GivingAggregates.Totals;
import org.steward.shared.time.Timestamps;

/**
 * Campaign progress against goal. The campaigns module owns campaigns (goal, dates, parent) and cannot see gifts
 * (donations depends on campaigns, not the other way round), so progress is put together here: the campaign tree
 * from {@link CampaignService}, the money from {@link GivingAggregates}, which alone defines what counts as raised.
 * A campaign's figures include its sub-campaigns at any depth, retired ones too (their money was raised).
 *
 * <p>Each read runs in one REPEATABLE READ read-only transaction, so the total and its breakdowns come from the same
 * snapshot (plain reads take no locks there). Pledges are not gifts and are not counted as raised; gifts paying a
 * pledge are. When the pledges table arrives, "pledged outstanding" belongs next to {@code raised} in
 * {@link CampaignProgressView}, computed over the same campaign scope.
 */
@Singleton
public class CampaignProgressService {

    private final GivingAggregates aggregates;
    private final CampaignService campaigns;
    private final DonationsConfig config;
    private final Timestamps timestamps;

    CampaignProgressService(
            GivingAggregates aggregates, CampaignService campaigns, DonationsConfig config, Timestamps timestamps) {
        this.aggregates = aggregates;
        this.campaigns = campaigns;
        this.config = config;
        this.timestamps = timestamps;
    }

    /**
     * Every campaign's progress, sub-campaigns rolled up into their parents (a sub-campaign is also listed on its
     * own). {@code activeOnly} leaves out retired campaigns; {@code runningOn} keeps those whose dates include
     * that day (an open start or end includes every day before or after).
     */
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public List<CampaignProgressView> list(boolean activeOnly, @Nullable LocalDate runningOn) {
        Tree tree = new Tree(campaigns.campaigns(false));
        Map<UUID, Totals> own = aggregates.totalsByCampaign(Scope.campaigns(tree.byId.keySet()));
        LocalDate today = today();
        List<CampaignProgressView> result = new ArrayList<>();
        for (CampaignView campaign : tree.all) {
            if (activeOnly && !campaign.active()) {
                continue;
            }
            if (runningOn != null && !runsOn(campaign, runningOn)) {
                continue;
            }
            result.add(view(campaign, tree, own, today));
        }
        return result;
    }

    /** One campaign's progress with its breakdowns by appeal, fund and sub-campaign. */
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public CampaignProgressDetail progress(UUID campaignId) {
        Tree tree = new Tree(campaigns.campaigns(false));
        CampaignView campaign = tree.byId.get(campaignId);
        if (campaign == null) {
            throw CampaignProblems.campaignNotFound(campaignId);
        }
        Set<UUID> subtree = tree.subtree(campaignId);
        Map<UUID, Totals> own = aggregates.totalsByCampaign(Scope.campaigns(subtree));
        LocalDate today = today();
        Scope scope = Scope.campaigns(subtree);

        Map<UUID, String> appealNames =
                campaigns.appeals(null, false).stream().collect(Collectors.toMap(AppealView::id, AppealView::name));
        List<Share> appealShares = aggregates.byAppeal(scope);
        List<GivingShare> byAppeal = GivingSummaryService.shares(appealShares, appealNames::get);

        List<Share> fundShares = aggregates.byFund(scope);
        Map<UUID, FundView> funds = campaigns.fundsById(
                fundShares.stream().map(Share::key).filter(k -> k != null).toList());
        List<GivingShare> byFund = GivingSummaryService.shares(
                fundShares, id -> funds.containsKey(id) ? funds.get(id).name() : null);

        List<CampaignProgressView> subCampaigns = tree.children(campaignId).stream()
                .map(child -> view(child, tree, own, today))
                .toList();
        Totals direct = own.getOrDefault(campaignId, Totals.NONE);
        return new CampaignProgressDetail(
                view(campaign, tree, own, today),
                byAppeal,
                byFund,
                subCampaigns,
                new GivingShare(campaignId, campaign.name(), AmountRules.text(direct.raised()), direct.giftCount()));
    }

    private CampaignProgressView view(CampaignView campaign, Tree tree, Map<UUID, Totals> own, LocalDate today) {
        Set<UUID> subtree = tree.subtree(campaign.id());
        Totals totals;
        if (subtree.size() == 1) {
            totals = own.getOrDefault(campaign.id(), Totals.NONE);
        } else if (subtree.stream().noneMatch(own::containsKey)) {
            totals = Totals.NONE;
        } else {
            // Donors are counted once across the sub-campaigns: distinct over the whole subtree, not a sum.
            totals = aggregates.totals(Scope.campaigns(subtree));
        }
        BigDecimal goal = campaign.goal() == null ? null : new BigDecimal(campaign.goal());
        boolean comparable = goal != null && config.baseCurrency().equals(campaign.currency());
        String percent = null;
        String remaining = null;
        boolean reached = false;
        if (comparable) {
            percent = totals.raised()
                    .multiply(BigDecimal.valueOf(100))
                    .divide(goal, 4, RoundingMode.DOWN)
                    .toPlainString();
            remaining = AmountRules.text(goal.subtract(totals.raised()).max(BigDecimal.ZERO));
            reached = totals.raised().compareTo(goal) >= 0;
        }
        CampaignProgressView.Phase phase;
        if (campaign.startDate() != null && today.isBefore(campaign.startDate())) {
            phase = CampaignProgressView.Phase.UPCOMING;
        } else if (campaign.endDate() != null && today.isAfter(campaign.endDate())) {
            phase = CampaignProgressView.Phase.ENDED;
        } else {
            phase = CampaignProgressView.Phase.RUNNING;
        }
        Long daysLeft =
                campaign.endDate() == null ? null : Math.max(0, ChronoUnit.DAYS.between(today, campaign.endDate()));
        return new CampaignProgressView(
                campaign.id(),
                campaign.name(),
                campaign.parentId(),
                campaign.active(),
                config.baseCurrency(),
                AmountRules.text(totals.raised()),
                totals.giftCount(),
                totals.donorCount(),
                campaign.goal(),
                campaign.currency(),
                percent,
                remaining,
                reached,
                campaign.startDate(),
                campaign.endDate(),
                today,
                phase,
                daysLeft,
                subtree.size() - 1);
    }

    private static boolean runsOn(CampaignView campaign, LocalDate day) {
        return (campaign.startDate() == null || !day.isBefore(campaign.startDate()))
                && (campaign.endDate() == null || !day.isAfter(campaign.endDate()));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(timestamps.now(), ZoneOffset.UTC);
    }

    /** The campaigns (by name, as the campaigns module lists them) and who is whose parent. */
    private static final class Tree {
        final List<CampaignView> all;
        final Map<UUID, CampaignView> byId = new HashMap<>();
        final Map<UUID, List<CampaignView>> children = new HashMap<>();

        Tree(List<CampaignView> all) {
            this.all = all;
            for (CampaignView c : all) {
                byId.put(c.id(), c);
                if (c.parentId() != null) {
                    children.computeIfAbsent(c.parentId(), k -> new ArrayList<>())
                            .add(c);
                }
            }
        }

        List<CampaignView> children(UUID id) {
            return children.getOrDefault(id, List.of());
        }

        /** The campaign and all below it (the campaigns module refuses cycles; a visited set guards anyway). */
        Set<UUID> subtree(UUID id) {
            Set<UUID> seen = new LinkedHashSet<>();
            collect(id, seen);
            return seen;
        }

        private void collect(UUID id, Collection<UUID> seen) {
            if (!seen.add(id)) {
                return;
            }
            children(id).forEach(child -> collect(child.id(), seen));
        }
    }
}
