package org.steward.donations.internal;

import io.micronaut.context.annotation.Primary;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.steward.donations.GiftKind;
import org.steward.donations.GivingFacts;
import org.steward.shared.persistence.Sql;
import org.steward.shared.time.Timestamps;

/**
 * {@link GivingFacts} from the maintained aggregates (ADR 0023), with the same answers as {@link LedgerGivingFacts}.
 * A period is cut into whole calendar years ({@code giving_donor_years}), whole months ({@code giving_donor_months},
 * {@code giving_summary_months}) and the days of a month at its edges, read from the ledger. A period "since the
 * beginning" is read either from the first year with giving on, or, when that is the longer way, as all time (year
 * 0) minus what came after its end. Everything is read in one REPEATABLE READ snapshot. Until the aggregates have
 * been filled after their migration ({@code giving_aggregates_state}), every answer comes from the ledger.
 */
@Primary
@Singleton
public class AggregatedGivingFacts implements GivingFacts {

    private final Sql sql;
    private final LedgerGivingFacts ledger;
    private final AggregateStore store;
    private final Timestamps timestamps;
    private volatile boolean built;

    public AggregatedGivingFacts(Sql sql, LedgerGivingFacts ledger, AggregateStore store, Timestamps timestamps) {
        this.sql = sql;
        this.ledger = ledger;
        this.store = store;
        this.timestamps = timestamps;
    }

    @Override
    public String baseCurrency() {
        return ledger.baseCurrency();
    }

    private boolean built() {
        if (!built) {
            built = store.built();
        }
        return built;
    }

    @Override
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public void donorTotals(
            List<LocalDate> boundaries, Set<GiftKind> kinds, Set<Integer> within, boolean soft, PeriodSink sink) {
        Periods periods = Periods.of(boundaries);
        Periods.checkWithin(periods, within);
        if (!built()) {
            ledger.donorTotals(boundaries, kinds, within, soft, sink);
            return;
        }
        if (kinds.isEmpty()) {
            return;
        }
        Plan plan = new Plan();
        for (int i = 0; i < periods.count(); i++) {
            LocalDate start = periods.start(i);
            LocalDate end = periods.end(i);
            if (start != null) {
                plan.add(i, 1, start, end);
                continue;
            }
            int[] years = yearsWithGiving();
            if (years == null) {
                continue; // no giving at all
            }
            int thisYear = LocalDate.ofInstant(timestamps.now(), ZoneOffset.UTC).getYear();
            int before = end.getYear() - years[0] + 1;
            int after = Math.max(years[1], thisYear) - end.getYear() + 1;
            if (before <= after + 2) {
                plan.add(i, 1, LocalDate.of(Math.min(years[0], end.getYear()), 1, 1), end);
            } else {
                // all time (one row per donor and kind) minus everything from the end on
                plan.years.add(new Range(i, 1, AggregateMath.ALL_TIME, AggregateMath.ALL_TIME + 1));
                plan.add(i, -1, end, null);
            }
        }
        CreditSums sums = new CreditSums(periods.count());
        read(plan.months, "giving_donor_months", "ym", kinds, soft, sums);
        read(plan.years, "giving_donor_years", "calendar_year", kinds, soft, sums);
        for (Days days : plan.days) {
            ledger.addCredit(days.from(), days.to(), kinds, soft, days.period(), days.sign(), sums);
        }
        sums.emit(sink, within, soft);
    }

    /** The first and last calendar year with giving, or null when there is none. */
    private int[] yearsWithGiving() {
        return sql.one(
                        "SELECT MIN(calendar_year) AS first_year, MAX(calendar_year) AS last_year"
                                + " FROM giving_donor_years WHERE calendar_year > 0",
                        rs -> {
                            int first = rs.getInt("first_year");
                            return rs.wasNull() ? new int[0] : new int[] {first, rs.getInt("last_year")};
                        })
                .filter(years -> years.length == 2)
                .orElse(null);
    }

    /** Adds the rows of {@code table} whose month or year falls in any of the ranges, to each range's period. */
    private void read(List<Range> ranges, String table, String at, Set<GiftKind> kinds, boolean soft, CreditSums sums) {
        if (ranges.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("(");
        for (int r = 0; r < ranges.size(); r++) {
            Range range = ranges.get(r);
            where.append(r == 0 ? "" : " OR ").append("(").append(at).append(" >= ?");
            params.add(range.from());
            if (range.to() != Integer.MAX_VALUE) {
                where.append(" AND ").append(at).append(" < ?");
                params.add(range.to());
            }
            where.append(")");
        }
        where.append(") AND kind IN (").append(Sql.marks(kinds.size())).append(")");
        if (!soft) {
            where.append(" AND hard_count <> 0"); // a row without gifts of the donor's own holds only soft credit
        }
        kinds.stream().sorted().forEach(params::add);
        RowReader reader = new RowReader(ranges, soft, sums);
        sql.stream(
                "SELECT " + at + ", constituent_id, hard_total, hard_count" + (soft ? ", soft_total, soft_count" : "")
                        + " FROM " + table + " WHERE " + where,
                reader::read,
                params.toArray());
    }

    /**
     * Adds each row to its periods. Hundreds of thousands of rows go through here for one report: columns are read
     * by position, and over Connector/J the id and the amounts straight from their bytes (no String, no BigDecimal
     * per row); the periods of a month or year are looked up once per run of rows with the same one (the primary
     * key's order).
     */
    private static final class RowReader {
        private final List<Range> ranges;
        private final boolean soft;
        private final CreditSums sums;
        private Boolean mysql;
        private int lastAt = Integer.MIN_VALUE;
        private int[] lastTargets;

        RowReader(List<Range> ranges, boolean soft, CreditSums sums) {
            this.ranges = ranges;
            this.soft = soft;
            this.sums = sums;
        }

        void read(ResultSet rs) throws SQLException {
            if (mysql == null) {
                mysql = Sql.isMysql(rs.getStatement());
            }
            int at = rs.getInt(1);
            if (at != lastAt || lastTargets == null) {
                lastAt = at;
                lastTargets = targets(ranges, at);
            }
            int[] to = lastTargets;
            if (mysql) { // columns in order: the driver finds each by walking the row from the last one read
                byte[] id = rs.getBytes(2);
                long hard = CreditSums.cents(rs.getBytes(3));
                long hardCount = rs.getLong(4);
                long softCents = soft ? CreditSums.cents(rs.getBytes(5)) : 0;
                long softCount = soft ? rs.getLong(6) : 0;
                for (int t = 0; t < to.length; t += 2) {
                    sums.add(id, to[t], to[t + 1], hard, hardCount, softCents, softCount);
                }
            } else {
                String id = rs.getString(2);
                long hard = CreditSums.cents(rs.getBigDecimal(3));
                long hardCount = rs.getLong(4);
                long softCents = soft ? CreditSums.cents(rs.getBigDecimal(5)) : 0;
                long softCount = soft ? rs.getLong(6) : 0;
                for (int t = 0; t < to.length; t += 2) {
                    sums.add(id, to[t], to[t + 1], hard, hardCount, softCents, softCount);
                }
            }
        }
    }

    /** (period, sign) pairs of the ranges holding {@code value}. */
    private static int[] targets(List<Range> ranges, int value) {
        List<Range> holding =
                ranges.stream().filter(r -> r.from() <= value && value < r.to()).toList();
        int[] result = new int[2 * holding.size()];
        for (int i = 0; i < holding.size(); i++) {
            result[2 * i] = holding.get(i).period();
            result[2 * i + 1] = holding.get(i).sign();
        }
        return result;
    }

    /** A range of months (yyyymm) or years, [from, to) ({@code to} MAX_VALUE: open), for a period with a sign. */
    record Range(int period, int sign, int from, int to) {}

    /** Days [from, to) ({@code to} null: open) read from the ledger, for a period with a sign. */
    record Days(int period, int sign, LocalDate from, LocalDate to) {}

    /** What to read for each period: whole years, whole months, and the days at the edges. */
    static final class Plan {
        final List<Range> years = new ArrayList<>();
        final List<Range> months = new ArrayList<>();
        final List<Days> days = new ArrayList<>();

        /** Cuts [from, to) ({@code to} null: no end) into days, months and years. */
        void add(int period, int sign, LocalDate from, LocalDate to) {
            LocalDate firstMonth =
                    from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
            LocalDate lastMonth = to == null ? null : to.withDayOfMonth(1); // whole months end here (exclusive)
            if (lastMonth != null && !firstMonth.isBefore(lastMonth)) {
                days.add(new Days(period, sign, from, to)); // no whole month
                return;
            }
            if (from.isBefore(firstMonth)) {
                days.add(new Days(period, sign, from, firstMonth));
            }
            if (lastMonth != null && lastMonth.isBefore(to)) {
                days.add(new Days(period, sign, lastMonth, to));
            }
            // whole months [firstMonth, lastMonth)
            int firstYear = firstMonth.getMonthValue() == 1 ? firstMonth.getYear() : firstMonth.getYear() + 1;
            int endYear = lastMonth == null ? Integer.MAX_VALUE : lastMonth.getYear(); // whole years end (exclusive)
            if (firstYear < endYear) {
                if (firstMonth.getYear() < firstYear) {
                    months.add(new Range(period, sign, AggregateMath.ym(firstMonth), firstYear * 100 + 1));
                }
                years.add(new Range(period, sign, firstYear, endYear));
                if (lastMonth != null && lastMonth.getMonthValue() > 1) {
                    months.add(new Range(period, sign, endYear * 100 + 1, AggregateMath.ym(lastMonth)));
                }
            } else {
                months.add(new Range(
                        period,
                        sign,
                        AggregateMath.ym(firstMonth),
                        lastMonth == null ? Integer.MAX_VALUE : AggregateMath.ym(lastMonth)));
            }
        }
    }

    @Override
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public List<DimensionTotal> totalsBy(
            Dimension dimension, LocalDate from, LocalDate toExclusive, Set<GiftKind> kinds) {
        if (!built()) {
            return ledger.totalsBy(dimension, from, toExclusive, kinds);
        }
        Map<String, LedgerGivingFacts.Share> shares = new HashMap<>();
        if (kinds.isEmpty()) {
            return List.of();
        }
        LocalDate firstMonth = from == null
                ? null
                : from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate lastMonth = toExclusive == null ? null : toExclusive.withDayOfMonth(1);
        if (firstMonth != null && lastMonth != null && !firstMonth.isBefore(lastMonth)) {
            ledger.addTotals(dimension, from, toExclusive, kinds, shares);
        } else {
            if (from != null && from.isBefore(firstMonth)) {
                ledger.addTotals(dimension, from, firstMonth, kinds, shares);
            }
            if (lastMonth != null && lastMonth.isBefore(toExclusive)) {
                ledger.addTotals(dimension, lastMonth, toExclusive, kinds, shares);
            }
            summary(dimension, firstMonth, lastMonth, kinds, shares);
        }
        shares.values().removeIf(s -> s.gifts == 0);
        return LedgerGivingFacts.sorted(shares);
    }

    /** Adds the summary's whole months [firstMonth, lastMonth) (each bound when not null). */
    private void summary(
            Dimension dimension,
            LocalDate firstMonth,
            LocalDate lastMonth,
            Set<GiftKind> kinds,
            Map<String, LedgerGivingFacts.Share> shares) {
        List<Object> params = new ArrayList<>();
        params.add(dimension == Dimension.MONTH ? Dimension.CAMPAIGN.name() : dimension.name());
        StringBuilder where = new StringBuilder("dimension = ?");
        if (firstMonth != null) {
            where.append(" AND ym >= ?");
            params.add(AggregateMath.ym(firstMonth));
        }
        if (lastMonth != null) {
            where.append(" AND ym < ?");
            params.add(AggregateMath.ym(lastMonth));
        }
        where.append(" AND kind IN (").append(Sql.marks(kinds.size())).append(")");
        kinds.stream().sorted().forEach(params::add);
        String group = dimension == Dimension.MONTH ? "ym" : "key_id";
        sql.list(
                        "SELECT " + group + " AS k, SUM(raised) AS raised, SUM(gift_count) AS gifts"
                                + " FROM giving_summary_months WHERE " + where + " GROUP BY " + group,
                        rs -> {
                            String key;
                            if (dimension == Dimension.MONTH) {
                                int ym = rs.getInt("k");
                                key = YearMonth.of(ym / 100, ym % 100).toString();
                            } else {
                                String id = rs.getString("k");
                                key = id.isEmpty() ? null : id;
                            }
                            LedgerGivingFacts.add(
                                    shares, key, GivingAggregates.money(rs, "raised"), rs.getLong("gifts"));
                            return Boolean.TRUE;
                        },
                        params.toArray())
                .clear();
    }

    @Override
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public List<CreditedGift> creditedGifts(
            Collection<UUID> constituentIds,
            LocalDate from,
            LocalDate toExclusive,
            Set<GiftKind> kinds,
            boolean includeSoft) {
        return ledger.creditedGifts(constituentIds, from, toExclusive, kinds, includeSoft);
    }
}
