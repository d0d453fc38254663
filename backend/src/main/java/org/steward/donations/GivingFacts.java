package org.steward.donations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the gift ledger credits to whom, for reports (issue 18). One definition throughout: only COMPLETED gifts of
 * the given kinds count, at their base-currency amount net of refunds ({@code base_amount - refunded_base_amount});
 * pending, failed, cancelled and fully refunded gifts count nowhere. Periods are half-open, {@code [from, to)}, by the
 * date received. Hard credit goes to the gift's donor; soft credit is a soft credit on someone else's completed gift,
 * converted at the gift's exchange rate (a soft credit on the donor's own gift, which a merge can leave, never
 * counts). Amounts are DECIMAL at scale 2 in {@link #baseCurrency()}.
 */
public interface GivingFacts {

    /** The currency every amount here is in. */
    String baseCurrency();

    /** Default kinds: ONE_TIME, RECURRING_PAYMENT, PLEDGE_PAYMENT, IN_KIND. */
    Set<GiftKind> DEFAULT_KINDS = Collections.unmodifiableSet(
            EnumSet.of(GiftKind.ONE_TIME, GiftKind.RECURRING_PAYMENT, GiftKind.PLEDGE_PAYMENT, GiftKind.IN_KIND));

    /**
     * Per-constituent credited totals per period. boundaries b0 &lt; b1 &lt; … &lt; bn (b0 may be null = since the
     * beginning) define n half-open periods [b(i), b(i+1)). For each constituent with credit in a period, one call
     * sink.accept(constituentId, i, hard, hardCount, soft, softCount) (hard/soft net base amounts, DECIMAL scale 2;
     * counts of gifts). Hard = the gift's donor; soft = soft credits on someone else's completed gift.
     */
    default void donorTotals(List<LocalDate> boundaries, Set<GiftKind> kinds, PeriodSink sink) {
        donorTotals(boundaries, kinds, Set.of(), true, sink);
    }

    /**
     * {@link #donorTotals(List, Set, PeriodSink)} reading only what a report needs. With {@code soft} false, soft
     * credit is left out: it is not read, and is reported as zero with a count of zero (so a constituent with only
     * soft credit in a period gets no call for it); with {@code soft} true it is as donorTotals. With {@code within}
     * not empty (indexes of periods), only the constituents with a counted gift in at least one of those periods are
     * reported: a hard credit ({@code hardCount > 0}), or, with soft, a hard or a soft credit. Each constituent
     * reported gets exactly the calls donorTotals makes for them (soft aside).
     */
    void donorTotals(
            List<LocalDate> boundaries, Set<GiftKind> kinds, Set<Integer> within, boolean soft, PeriodSink sink);

    interface PeriodSink {
        void accept(UUID constituentId, int period, BigDecimal hard, int hardCount, BigDecimal soft, int softCount);
    }

    enum Dimension {
        CAMPAIGN,
        APPEAL,
        FUND,
        MONTH
    }

    /**
     * Raised (hard, net) and gift count per key in [from, toExclusive) (from null = since the beginning); key is the
     * id as string (null = none) or "yyyy-MM" for MONTH. A split gift counts in each fund, apportioned exactly.
     */
    List<DimensionTotal> totalsBy(Dimension dimension, LocalDate from, LocalDate toExclusive, Set<GiftKind> kinds);

    record DimensionTotal(String key, BigDecimal raised, long giftCount) {}

    /**
     * The counted gifts (hard, and soft when includeSoft) crediting these constituents in [from, toExclusive): what
     * puts a donor in a list (drill-down).
     */
    List<CreditedGift> creditedGifts(
            Collection<UUID> constituentIds,
            LocalDate from,
            LocalDate toExclusive,
            Set<GiftKind> kinds,
            boolean includeSoft);

    /**
     * One gift crediting {@code creditedId}: {@code credited} is what counted for them in the base currency;
     * {@code amount} is the same in the gift's own {@code currency} (for HARD the gift's amount net of refunds, for
     * SOFT the soft credit's amount).
     */
    record CreditedGift(
            UUID giftId,
            UUID creditedId,
            UUID donorId,
            LocalDate receivedOn,
            BigDecimal credited,
            BigDecimal amount,
            String currency,
            GiftKind kind,
            String credit /* HARD|SOFT */,
            UUID campaignId,
            UUID appealId) {}
}
