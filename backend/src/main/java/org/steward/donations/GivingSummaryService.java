package org.steward.donations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.steward.campaigns.CampaignService;
import org.steward.campaigns.FundView;
import org.steward.donations.internal.AmountRules;
import org.steward.donations.internal.GivingAggregates;
import org.steward.donations.internal.GivingAggregates.Scope;
import org.steward.donations.internal.GivingAggregates.Share;
import org.steward.donations.internal.GivingAggregates.Totals;
import org.steward.donations.internal.GivingMath;
import org.steward.shared.time.Timestamps;

/**
 * The board's giving summary between two dates received: the same definition of raised as campaign progress
 * ({@link GivingAggregates}), by month, fund and campaign, in one REPEATABLE READ snapshot. Without dates it covers
 * the current fiscal year ({@code app.donations.fiscal-year-start-month}) up to today (UTC).
 */
@Singleton
public class GivingSummaryService {

    /** The longest period one summary covers, so the month list stays a page, not a phone book. */
    static final int MAX_MONTHS = 240;

    private final GivingAggregates aggregates;
    private final CampaignService campaigns;
    private final DonationsConfig config;
    private final Timestamps timestamps;

    GivingSummaryService(
            GivingAggregates aggregates, CampaignService campaigns, DonationsConfig config, Timestamps timestamps) {
        this.aggregates = aggregates;
        this.campaigns = campaigns;
        this.config = config;
        this.timestamps = timestamps;
    }

    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public GivingSummaryView summary(@Nullable LocalDate from, @Nullable LocalDate to) {
        LocalDate today = LocalDate.ofInstant(timestamps.now(), ZoneOffset.UTC);
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? fiscalYearStart(to == null ? today : to) : from;
        if (end.isBefore(start)) {
            throw DonationProblems.invalidPeriod("The period ends (" + end + ") before it starts (" + start + ").");
        }
        if (ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(end)) >= MAX_MONTHS) {
            throw DonationProblems.invalidPeriod("A summary covers at most " + MAX_MONTHS / 12 + " years.");
        }
        Scope scope = Scope.period(start, end);
        Totals totals = aggregates.totals(scope);

        Map<YearMonth, GivingAggregates.Month> months = new java.util.HashMap<>();
        aggregates.byMonth(scope).forEach(m -> months.put(m.month(), m));
        List<GivingSummaryView.MonthTotal> byMonth = new ArrayList<>();
        for (YearMonth month = YearMonth.from(start);
                !month.isAfter(YearMonth.from(end));
                month = month.plusMonths(1)) {
            GivingAggregates.Month m = months.get(month);
            byMonth.add(
                    m == null
                            ? new GivingSummaryView.MonthTotal(
                                    month.toString(), AmountRules.text(GivingMath.ZERO), 0, 0)
                            : new GivingSummaryView.MonthTotal(
                                    month.toString(), AmountRules.text(m.raised()), m.giftCount(), m.donorCount()));
        }

        List<Share> fundShares = aggregates.byFund(scope);
        Map<UUID, FundView> funds = campaigns.fundsById(
                fundShares.stream().map(Share::key).filter(k -> k != null).toList());
        List<Share> campaignShares = aggregates.byCampaign(scope);
        Map<UUID, String> campaignNames = new java.util.HashMap<>();
        campaigns.campaigns(false).forEach(c -> campaignNames.put(c.id(), c.name()));

        String average = totals.giftCount() == 0
                ? null
                : AmountRules.text(
                        totals.raised().divide(BigDecimal.valueOf(totals.giftCount()), 2, RoundingMode.HALF_EVEN));
        return new GivingSummaryView(
                start,
                end,
                config.baseCurrency(),
                AmountRules.text(totals.raised()),
                totals.giftCount(),
                totals.donorCount(),
                average,
                byMonth,
                shares(fundShares, id -> funds.containsKey(id) ? funds.get(id).name() : null),
                shares(campaignShares, campaignNames::get));
    }

    /** The first day of the fiscal year {@code day} falls in. */
    LocalDate fiscalYearStart(LocalDate day) {
        int startMonth = config.fiscalYearStartMonth();
        int year = day.getMonthValue() >= startMonth ? day.getYear() : day.getYear() - 1;
        return LocalDate.of(year, startMonth, 1);
    }

    /** Largest first, then by name; the share without an id (no appeal, fund or campaign) last. */
    static List<GivingShare> shares(List<Share> shares, Function<UUID, String> names) {
        return shares.stream()
                .sorted(Comparator.comparing((Share s) -> s.key() == null)
                        .thenComparing(Share::raised, Comparator.reverseOrder())
                        .thenComparing(s -> s.key() == null ? "" : String.valueOf(names.apply(s.key()))))
                .map(s -> new GivingShare(
                        s.key(),
                        s.key() == null ? null : names.apply(s.key()),
                        AmountRules.text(s.raised()),
                        s.giftCount()))
                .toList();
    }
}
