package org.steward.donations.internal;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.steward.shared.persistence.Sql;

/**
 * Sums of the gift ledger for campaign progress and the board's giving summary: amounts only, never a donor or a
 * gift id. What counts as <em>raised</em> is defined once, here: gifts whose status is COMPLETED, at their
 * base-currency amount as it stands after adjustments (adjustments rewrite {@code gifts.base_amount} and keep the
 * history apart) minus what was refunded ({@code refunded_base_amount}). Pending, failed, cancelled and fully
 * refunded gifts count nowhere; soft credits are never read, so no gift is counted twice; a donor is the hard-credit
 * donor ({@code gifts.constituent_id}). The same rule as the donors' rollups (ADR 0010).
 *
 * <p>Every sum is a SQL {@code SUM} of {@code DECIMAL(19,2)} columns, read through {@link #money}, which refuses a
 * column the driver does not report as DECIMAL: a floating-point expression slipped into a query fails rather than
 * rounding silently. The one division (a split gift's amount over its funds) is done in Java ({@link Apportioning}).
 */
@Singleton
public class GivingAggregates {

    static final String COUNTED = "g.status = 'COMPLETED'";
    static final String NET = "(g.base_amount - g.refunded_base_amount)";

    private final Sql sql;

    public GivingAggregates(Sql sql) {
        this.sql = sql;
    }

    /**
     * Which counted gifts to add up: those attributed to any of {@code campaignIds} (when not null; an empty set
     * matches nothing), received between {@code from} and {@code to} inclusive (each when not null).
     */
    public record Scope(Set<UUID> campaignIds, LocalDate from, LocalDate to) {

        public static Scope campaigns(Collection<UUID> ids) {
            return new Scope(Set.copyOf(ids), null, null);
        }

        public static Scope period(LocalDate from, LocalDate to) {
            return new Scope(null, from, to);
        }

        String where(List<Object> params) {
            StringBuilder where = new StringBuilder(" WHERE ").append(COUNTED);
            if (campaignIds != null) {
                if (campaignIds.isEmpty()) {
                    where.append(" AND 1 = 0");
                } else {
                    where.append(" AND g.campaign_id IN (")
                            .append(Sql.marks(campaignIds.size()))
                            .append(")");
                    params.addAll(campaignIds);
                }
            }
            if (from != null) {
                where.append(" AND g.received_on >= ?");
                params.add(from);
            }
            if (to != null) {
                where.append(" AND g.received_on <= ?");
                params.add(to);
            }
            return where.toString();
        }
    }

    /** Raised (base currency), how many gifts, how many distinct hard-credit donors. */
    public record Totals(BigDecimal raised, long giftCount, long donorCount) {
        public static final Totals NONE = new Totals(GivingMath.ZERO, 0, 0);
    }

    /** A share of the raised amount; {@code key} is null for gifts without one (no appeal, no fund, no campaign). */
    public record Share(UUID key, BigDecimal raised, long giftCount) {}

    public record Month(YearMonth month, BigDecimal raised, long giftCount, long donorCount) {}

    public Totals totals(Scope scope) {
        List<Object> params = new ArrayList<>();
        String where = scope.where(params);
        return sql.one(
                        "SELECT SUM(" + NET + ") AS raised, COUNT(*) AS gifts,"
                                + " COUNT(DISTINCT g.constituent_id) AS donors FROM gifts g" + where,
                        rs -> new Totals(money(rs, "raised"), rs.getLong("gifts"), rs.getLong("donors")),
                        params.toArray())
                .orElse(Totals.NONE);
    }

    /** Totals per campaign named on the gifts (each gift under its own campaign; null key: no campaign). */
    public Map<UUID, Totals> totalsByCampaign(Scope scope) {
        List<Object> params = new ArrayList<>();
        String where = scope.where(params);
        Map<UUID, Totals> result = new LinkedHashMap<>();
        sql.list(
                        "SELECT g.campaign_id AS k, SUM(" + NET + ") AS raised, COUNT(*) AS gifts,"
                                + " COUNT(DISTINCT g.constituent_id) AS donors FROM gifts g" + where
                                + " GROUP BY g.campaign_id",
                        rs -> Map.entry(
                                key(rs), new Totals(money(rs, "raised"), rs.getLong("gifts"), rs.getLong("donors"))),
                        params.toArray())
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    public List<Share> byAppeal(Scope scope) {
        return grouped("g.appeal_id", scope);
    }

    public List<Share> byCampaign(Scope scope) {
        return grouped("g.campaign_id", scope);
    }

    public List<Month> byMonth(Scope scope) {
        List<Object> params = new ArrayList<>();
        String where = scope.where(params);
        return sql.list(
                "SELECT YEAR(g.received_on) AS y, MONTH(g.received_on) AS m, SUM(" + NET + ") AS raised,"
                        + " COUNT(*) AS gifts, COUNT(DISTINCT g.constituent_id) AS donors FROM gifts g" + where
                        + " GROUP BY YEAR(g.received_on), MONTH(g.received_on) ORDER BY y, m",
                rs -> new Month(
                        YearMonth.of(rs.getInt("y"), rs.getInt("m")),
                        money(rs, "raised"),
                        rs.getLong("gifts"),
                        rs.getLong("donors")),
                params.toArray());
    }

    /**
     * Raised per fund. A gift allocated wholly to one fund counts there at its full net amount (summed in SQL); a
     * gift split over several funds is apportioned in proportion to its allocations ({@link Apportioning}), so its
     * parts add up to exactly its net amount, and it counts as one gift in each of its funds; a gift with no
     * allocation counts under the null key. The shares therefore add up to {@link #totals} of the same scope.
     */
    public List<Share> byFund(Scope scope) {
        Map<UUID, BigDecimal> raised = new HashMap<>();
        Map<UUID, Long> gifts = new HashMap<>();
        List<Object> params = new ArrayList<>();
        String where = scope.where(params);
        sql.list(
                        "SELECT a.fund_id AS k, SUM(" + NET + ") AS raised, COUNT(*) AS gifts FROM gifts g"
                                + " JOIN gift_allocations a ON a.gift_id = g.id" + where + " AND a.amount = g.amount"
                                + " GROUP BY a.fund_id",
                        rs -> new Share(key(rs), money(rs, "raised"), rs.getLong("gifts")),
                        params.toArray())
                .forEach(s -> add(raised, gifts, s.key(), s.raised(), s.giftCount()));

        params = new ArrayList<>();
        where = scope.where(params);
        sql
                .list(
                        "SELECT NULL AS k, SUM(" + NET + ") AS raised, COUNT(*) AS gifts FROM gifts g" + where
                                + " AND NOT EXISTS (SELECT 1 FROM gift_allocations a WHERE a.gift_id = g.id)",
                        rs -> new Share(null, money(rs, "raised"), rs.getLong("gifts")),
                        params.toArray())
                .stream()
                .filter(s -> s.giftCount() > 0)
                .forEach(s -> add(raised, gifts, null, s.raised(), s.giftCount()));

        params = new ArrayList<>();
        where = scope.where(params);
        List<SplitRow> split = sql.list(
                "SELECT g.id AS gift_id, " + NET + " AS net, a.fund_id AS fund_id, a.amount AS allocated"
                        + " FROM gifts g JOIN gift_allocations a ON a.gift_id = g.id" + where
                        + " AND a.amount <> g.amount ORDER BY g.id, a.id",
                rs -> new SplitRow(
                        Sql.uuid(rs, "gift_id"), money(rs, "net"), Sql.uuid(rs, "fund_id"), money(rs, "allocated")),
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
                add(raised, gifts, rows.get(i).fundId(), parts.get(i), 1);
            }
            start = end;
        }
        List<Share> result = new ArrayList<>();
        raised.forEach((fund, amount) -> result.add(new Share(fund, amount, gifts.get(fund))));
        return result;
    }

    private record SplitRow(UUID giftId, BigDecimal net, UUID fundId, BigDecimal allocated) {}

    private static void add(
            Map<UUID, BigDecimal> raised, Map<UUID, Long> gifts, UUID key, BigDecimal amount, long count) {
        raised.merge(key, amount, BigDecimal::add);
        gifts.merge(key, count, Long::sum);
    }

    private List<Share> grouped(String column, Scope scope) {
        List<Object> params = new ArrayList<>();
        String where = scope.where(params);
        return sql.list(
                "SELECT " + column + " AS k, SUM(" + NET + ") AS raised, COUNT(*) AS gifts FROM gifts g" + where
                        + " GROUP BY " + column,
                rs -> new Share(key(rs), money(rs, "raised"), rs.getLong("gifts")),
                params.toArray());
    }

    private static UUID key(ResultSet rs) throws SQLException {
        return Sql.uuid(rs, "k");
    }

    /**
     * A money column at two decimals (zero for the SUM of no rows), refusing anything the driver does not report
     * as an exact decimal: DOUBLE, FLOAT or REAL would mean a query computed money in floating point.
     */
    static BigDecimal money(ResultSet rs, String column) throws SQLException {
        int type = rs.getMetaData().getColumnType(rs.findColumn(column));
        if (type != Types.DECIMAL && type != Types.NUMERIC) {
            throw new IllegalStateException(
                    "Money column " + column + " came back as SQL type " + type + ", not DECIMAL");
        }
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? GivingMath.ZERO : value.setScale(2);
    }
}
