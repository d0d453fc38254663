package org.steward.donations.internal;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.steward.donations.DonationsConfig;
import org.steward.donations.GiftKind;
import org.steward.donations.GivingFacts;
import org.steward.shared.persistence.Sql;

/**
 * {@link GivingFacts} read straight from the gift ledger ({@code gifts}, {@code gift_soft_credits},
 * {@code gift_allocations}): the definition in its plainest SQL. It is the oracle the maintained aggregates are
 * checked against, and it answers the parts of a period the aggregates do not hold (days at the edges of a month).
 * Sums of hard credit are SQL sums of DECIMAL columns; soft credits are converted one by one in Java (half-even, as
 * {@link GiftStore#countedSoftCredits}), and split gifts are apportioned over their funds with {@link Apportioning}.
 */
@Singleton
@Named("ledger")
public class LedgerGivingFacts implements GivingFacts {

    static final int CHUNK = 500;

    private final Sql sql;
    private final DonationsConfig config;

    public LedgerGivingFacts(Sql sql, DonationsConfig config) {
        this.sql = sql;
        this.config = config;
    }

    @Override
    public String baseCurrency() {
        return config.baseCurrency();
    }

    @Override
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public void donorTotals(
            List<LocalDate> boundaries, Set<GiftKind> kinds, Set<Integer> within, boolean soft, PeriodSink sink) {
        Periods periods = Periods.of(boundaries);
        Periods.checkWithin(periods, within);
        CreditSums sums = new CreditSums(periods.count());
        for (int i = 0; i < periods.count(); i++) {
            addCredit(periods.start(i), periods.end(i), kinds, soft, i, 1, sums);
        }
        sums.emit(sink, within, soft);
    }

    @Override
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public List<DimensionTotal> totalsBy(
            Dimension dimension, LocalDate from, LocalDate toExclusive, Set<GiftKind> kinds) {
        Map<String, Share> shares = new HashMap<>();
        addTotals(dimension, from, toExclusive, kinds, shares);
        return sorted(shares);
    }

    @Override
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public List<CreditedGift> creditedGifts(
            Collection<UUID> constituentIds,
            LocalDate from,
            LocalDate toExclusive,
            Set<GiftKind> kinds,
            boolean includeSoft) {
        List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(constituentIds));
        ids.removeIf(Objects::isNull);
        List<CreditedGift> result = new ArrayList<>();
        if (ids.isEmpty() || kinds.isEmpty()) {
            return result;
        }
        for (int start = 0; start < ids.size(); start += CHUNK) {
            List<UUID> chunk = ids.subList(start, Math.min(ids.size(), start + CHUNK));
            List<Object> params = new ArrayList<>(chunk);
            String where = counted(from, toExclusive, kinds, params);
            result.addAll(sql.list(
                    "SELECT g.id, g.constituent_id, g.received_on, " + GivingAggregates.NET + " AS credited,"
                            + " g.amount - g.refunded_amount AS amount, g.currency, g.kind, g.campaign_id, g.appeal_id"
                            + " FROM gifts g WHERE g.constituent_id IN (" + Sql.marks(chunk.size()) + ") AND "
                            + where,
                    rs -> new CreditedGift(
                            Sql.uuid(rs, "id"),
                            Sql.uuid(rs, "constituent_id"),
                            Sql.uuid(rs, "constituent_id"),
                            Sql.date(rs, "received_on"),
                            GivingAggregates.money(rs, "credited"),
                            GivingAggregates.money(rs, "amount"),
                            rs.getString("currency"),
                            GiftKind.valueOf(rs.getString("kind")),
                            "HARD",
                            Sql.uuid(rs, "campaign_id"),
                            Sql.uuid(rs, "appeal_id")),
                    params.toArray()));
            if (includeSoft) {
                params = new ArrayList<>(chunk);
                where = counted(from, toExclusive, kinds, params);
                result.addAll(sql.list(
                        "SELECT g.id, s.constituent_id AS credited_id, g.constituent_id, g.received_on, s.amount,"
                                + " g.exchange_rate, g.currency, g.kind, g.campaign_id, g.appeal_id"
                                + " FROM gift_soft_credits s JOIN gifts g ON g.id = s.gift_id"
                                + " WHERE s.constituent_id IN (" + Sql.marks(chunk.size()) + ")"
                                + " AND g.constituent_id <> s.constituent_id AND " + where,
                        rs -> new CreditedGift(
                                Sql.uuid(rs, "id"),
                                Sql.uuid(rs, "credited_id"),
                                Sql.uuid(rs, "constituent_id"),
                                Sql.date(rs, "received_on"),
                                GivingMath.toBase(rs.getBigDecimal("amount"), rs.getBigDecimal("exchange_rate")),
                                GivingAggregates.money(rs, "amount"),
                                rs.getString("currency"),
                                GiftKind.valueOf(rs.getString("kind")),
                                "SOFT",
                                Sql.uuid(rs, "campaign_id"),
                                Sql.uuid(rs, "appeal_id")),
                        params.toArray()));
            }
        }
        result.sort(Comparator.comparing(CreditedGift::receivedOn)
                .thenComparing(g -> g.giftId().toString())
                .thenComparing(CreditedGift::credit)
                .thenComparing(g -> g.creditedId().toString()));
        return result;
    }

    // the parts, over one half-open range each; the aggregates' reader uses them for the days at a period's edges

    /**
     * Adds ({@code sign} 1) or subtracts (-1) the credit of gifts received in [from, to) (each bound when not null)
     * to {@code period} of each constituent: hard credit summed in SQL; soft credits (when {@code soft}) on other
     * donors' gifts each at its gift's rate, each gift counted once per constituent.
     */
    void addCredit(
            LocalDate from, LocalDate to, Set<GiftKind> kinds, boolean soft, int period, int sign, CreditSums sums) {
        if (kinds.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>();
        String where = counted(from, to, kinds, params);
        sql.list(
                        "SELECT g.constituent_id, SUM(" + GivingAggregates.NET + ") AS hard, COUNT(*) AS gifts"
                                + " FROM gifts g WHERE " + where + " GROUP BY g.constituent_id",
                        rs -> {
                            sums.add(
                                    rs.getString("constituent_id"),
                                    period,
                                    sign,
                                    CreditSums.cents(GivingAggregates.money(rs, "hard")),
                                    rs.getLong("gifts"),
                                    0,
                                    0);
                            return Boolean.TRUE;
                        },
                        params.toArray())
                .clear();
        if (!soft) {
            return;
        }
        params = new ArrayList<>();
        where = counted(from, to, kinds, params);
        Set<String> seen = new HashSet<>();
        sql.list(
                        "SELECT s.constituent_id, s.gift_id, s.amount, g.exchange_rate FROM gift_soft_credits s"
                                + " JOIN gifts g ON g.id = s.gift_id WHERE g.constituent_id <> s.constituent_id AND "
                                + where,
                        rs -> {
                            String credited = rs.getString("constituent_id");
                            boolean newGift = seen.add(credited + "|" + rs.getString("gift_id"));
                            sums.add(
                                    credited,
                                    period,
                                    sign,
                                    0,
                                    0,
                                    CreditSums.cents(GivingMath.toBase(
                                            rs.getBigDecimal("amount"), rs.getBigDecimal("exchange_rate"))),
                                    newGift ? 1 : 0);
                            return Boolean.TRUE;
                        },
                        params.toArray())
                .clear();
    }

    /** Adds raised and gift counts of [from, to) per key of the dimension to {@code shares}. */
    void addTotals(Dimension dimension, LocalDate from, LocalDate to, Set<GiftKind> kinds, Map<String, Share> shares) {
        if (kinds.isEmpty()) {
            return;
        }
        switch (dimension) {
            case CAMPAIGN -> grouped("g.campaign_id", from, to, kinds, shares);
            case APPEAL -> grouped("g.appeal_id", from, to, kinds, shares);
            case MONTH -> byMonth(from, to, kinds, shares);
            case FUND -> byFund(from, to, kinds, shares);
        }
    }

    private void grouped(String column, LocalDate from, LocalDate to, Set<GiftKind> kinds, Map<String, Share> shares) {
        List<Object> params = new ArrayList<>();
        String where = counted(from, to, kinds, params);
        sql.list(
                        "SELECT " + column + " AS k, SUM(" + GivingAggregates.NET + ") AS raised, COUNT(*) AS gifts"
                                + " FROM gifts g WHERE " + where + " GROUP BY " + column,
                        rs -> {
                            add(shares, rs.getString("k"), GivingAggregates.money(rs, "raised"), rs.getLong("gifts"));
                            return Boolean.TRUE;
                        },
                        params.toArray())
                .clear();
    }

    private void byMonth(LocalDate from, LocalDate to, Set<GiftKind> kinds, Map<String, Share> shares) {
        List<Object> params = new ArrayList<>();
        String where = counted(from, to, kinds, params);
        sql.list(
                        "SELECT YEAR(g.received_on) AS y, MONTH(g.received_on) AS m, SUM(" + GivingAggregates.NET
                                + ") AS raised, COUNT(*) AS gifts FROM gifts g WHERE " + where
                                + " GROUP BY YEAR(g.received_on), MONTH(g.received_on)",
                        rs -> {
                            add(
                                    shares,
                                    YearMonth.of(rs.getInt("y"), rs.getInt("m")).toString(),
                                    GivingAggregates.money(rs, "raised"),
                                    rs.getLong("gifts"));
                            return Boolean.TRUE;
                        },
                        params.toArray())
                .clear();
    }

    /**
     * By fund as {@link GivingAggregates#byFund}: a gift wholly in one fund counts there in full (summed in SQL), a
     * gift with no allocation under the null key, a split gift apportioned over its funds and counted once in each.
     */
    private void byFund(LocalDate from, LocalDate to, Set<GiftKind> kinds, Map<String, Share> shares) {
        List<Object> params = new ArrayList<>();
        String where = counted(from, to, kinds, params);
        sql.list(
                        "SELECT a.fund_id AS k, SUM(" + GivingAggregates.NET + ") AS raised, COUNT(*) AS gifts"
                                + " FROM gifts g JOIN gift_allocations a ON a.gift_id = g.id WHERE " + where
                                + " AND a.amount = g.amount GROUP BY a.fund_id",
                        rs -> {
                            add(shares, rs.getString("k"), GivingAggregates.money(rs, "raised"), rs.getLong("gifts"));
                            return Boolean.TRUE;
                        },
                        params.toArray())
                .clear();
        params = new ArrayList<>();
        where = counted(from, to, kinds, params);
        sql.list(
                        "SELECT SUM(" + GivingAggregates.NET + ") AS raised, COUNT(*) AS gifts FROM gifts g WHERE "
                                + where
                                + " AND NOT EXISTS (SELECT 1 FROM gift_allocations a WHERE a.gift_id = g.id)",
                        rs -> {
                            if (rs.getLong("gifts") > 0) {
                                add(shares, null, GivingAggregates.money(rs, "raised"), rs.getLong("gifts"));
                            }
                            return Boolean.TRUE;
                        },
                        params.toArray())
                .clear();
        params = new ArrayList<>();
        where = counted(from, to, kinds, params);
        List<SplitRow> split = sql.list(
                "SELECT g.id AS gift_id, " + GivingAggregates.NET + " AS net, a.fund_id, a.amount AS allocated"
                        + " FROM gifts g JOIN gift_allocations a ON a.gift_id = g.id WHERE " + where
                        + " AND a.amount <> g.amount ORDER BY g.id, a.id",
                rs -> new SplitRow(
                        rs.getString("gift_id"),
                        GivingAggregates.money(rs, "net"),
                        rs.getString("fund_id"),
                        GivingAggregates.money(rs, "allocated")),
                params.toArray());
        for (int start = 0; start < split.size(); ) {
            int end = start;
            while (end < split.size()
                    && split.get(end).giftId().equals(split.get(start).giftId())) {
                end++;
            }
            List<SplitRow> rows = split.subList(start, end);
            List<BigDecimal> parts = Apportioning.apportion(
                    rows.get(0).net(), rows.stream().map(SplitRow::allocated).toList());
            for (int i = 0; i < rows.size(); i++) {
                add(shares, rows.get(i).fundId(), parts.get(i), 1);
            }
            start = end;
        }
    }

    private record SplitRow(String giftId, BigDecimal net, String fundId, BigDecimal allocated) {}

    /** {@code g} counts: COMPLETED, one of the kinds, received in [from, to) (each bound when not null). */
    static String counted(LocalDate from, LocalDate to, Set<GiftKind> kinds, List<Object> params) {
        StringBuilder where = new StringBuilder(GivingAggregates.COUNTED);
        where.append(" AND g.kind IN (").append(Sql.marks(kinds.size())).append(")");
        kinds.stream().sorted().forEach(params::add);
        if (from != null) {
            where.append(" AND g.received_on >= ?");
            params.add(from);
        }
        if (to != null) {
            where.append(" AND g.received_on < ?");
            params.add(to);
        }
        return where.toString();
    }

    /** A key's raised amount and gift count, added up. */
    static final class Share {
        BigDecimal raised = GivingMath.ZERO;
        long gifts;
    }

    static void add(Map<String, Share> shares, String key, BigDecimal raised, long gifts) {
        Share share = shares.computeIfAbsent(key, k -> new Share());
        share.raised = share.raised.add(raised);
        share.gifts += gifts;
    }

    /** Keys in ascending order, the null key (none) last. */
    static List<DimensionTotal> sorted(Map<String, Share> shares) {
        List<DimensionTotal> result = new ArrayList<>();
        shares.forEach((key, share) -> result.add(new DimensionTotal(key, share.raised, share.gifts)));
        result.sort(Comparator.comparing(DimensionTotal::key, Comparator.nullsLast(Comparator.naturalOrder())));
        return result;
    }
}
