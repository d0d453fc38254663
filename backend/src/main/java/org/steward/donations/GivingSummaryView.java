package org.steward.donations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * Giving between two dates received (inclusive), for the board: totals by month, fund and campaign, how many
 * distinct donors and the average gift (raised ÷ gifts, rounded half-even to the cent; null without gifts).
 * Aggregates only: no donor and no gift is named. Each gift counts under the campaign it names, not its parents,
 * so the campaign shares add up to {@code raised}. Every month of the period is listed, with zeros when nothing
 * came in; a month's donors are counted within that month.
 */
@Serdeable
public record GivingSummaryView(
        LocalDate from,
        LocalDate to,
        String currency,
        String raised,
        long giftCount,
        long donorCount,
        @Nullable String averageGift,
        List<MonthTotal> byMonth,
        List<GivingShare> byFund,
        List<GivingShare> byCampaign) {

    /** {@code month} is "YYYY-MM". */
    @Serdeable
    public record MonthTotal(String month, String raised, long giftCount, long donorCount) {}
}
