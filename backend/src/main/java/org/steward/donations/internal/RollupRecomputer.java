package org.steward.donations.internal;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.steward.donations.DonationsConfig;
import org.steward.shared.persistence.Sql;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

/**
 * Keeps {@code giving_rollups} and {@code giving_years} equal to what the ledger adds up to, and the giving
 * aggregates with them (ADR 0023). Every change to gifts, refunds, adjustments, soft credits or a gift's campaign or
 * appeal calls {@link #refresh} for the constituents it touched, in the same transaction: their rollup rows are locked
 * in id order (created first when missing), then their ledger is read again and the rows that differ are written;
 * the differences of their designation lines are added to the global summary just before the transaction commits,
 * in key order ({@link SummaryDifferences}). Under READ
 * COMMITTED the read after the lock sees every gift a concurrent transaction committed before it released that lock,
 * so no change is lost; the cost is two indexed reads of the donors' own gifts and soft credits and three of their
 * aggregate rows (ADR 0010, 0023). {@link #compute} is the rollup without writing, and {@link #recomputeAll}
 * rebuilds everything in the caller's transaction (after a change of fiscal year start, or to repair the tables).
 */
@Singleton
public class RollupRecomputer {

    /** Donors refreshed per statement (IN lists) by {@link #recomputeAll} and the back-fill. */
    public static final int CHUNK = 1_000;

    private final Sql sql;
    private final GiftStore gifts;
    private final AggregateStore aggregates;
    private final SummaryDifferences summaryDifferences;
    private final DonationsConfig config;
    private final Timestamps timestamps;
    private final CurrentActor actor;

    public RollupRecomputer(
            Sql sql,
            GiftStore gifts,
            AggregateStore aggregates,
            SummaryDifferences summaryDifferences,
            DonationsConfig config,
            Timestamps timestamps,
            CurrentActor actor) {
        this.sql = sql;
        this.gifts = gifts;
        this.aggregates = aggregates;
        this.summaryDifferences = summaryDifferences;
        this.config = config;
        this.timestamps = timestamps;
        this.actor = actor;
    }

    /** What a constituent's ledger adds up to now. */
    public GivingMath.Rollup compute(UUID constituentId) {
        return GivingMath.rollup(
                gifts.countedGifts(constituentId),
                gifts.countedSoftCredits(constituentId),
                config.fiscalYearStartMonth());
    }

    /** Brings these constituents' rollups up to date; call inside the transaction that changed their ledger. */
    public void refresh(Collection<UUID> constituentIds) {
        TreeSet<UUID> ids = new TreeSet<>(Comparator.BY_TEXT);
        constituentIds.stream().filter(Objects::nonNull).forEach(ids::add);
        if (ids.isEmpty()) {
            return;
        }
        Instant now = timestamps.now();
        String by = actor.name();
        // one batch (a multi-row insert over Connector/J with rewriteBatchedStatements), in id order
        sql.batch(
                "INSERT INTO giving_rollups (constituent_id, base_currency, lifetime_total, gift_count,"
                        + " soft_credit_total, created_at, created_by, updated_at, updated_by)"
                        + " VALUES (?, ?, 0, 0, 0, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE constituent_id = constituent_id",
                ids,
                id -> new Object[] {id, config.baseCurrency(), now, by, now, by});
        Map<UUID, String> currencies = new HashMap<>();
        sql.list(
                        "SELECT constituent_id, base_currency FROM giving_rollups WHERE constituent_id IN ("
                                + Sql.marks(ids.size()) + ") ORDER BY constituent_id FOR UPDATE",
                        rs -> {
                            currencies.put(Sql.uuid(rs, "constituent_id"), rs.getString("base_currency"));
                            return Boolean.TRUE;
                        },
                        ids.toArray())
                .clear();
        Map<UUID, GivingMath.Rollup> storedRollups = storedAll(ids);
        Ledgers ledgers = ledgers(ids);
        Map<UUID, AggregateMath.DonorRows> stored = aggregates.stored(ids);
        AggregateStore.Changes changes = new AggregateStore.Changes();
        Map<AggregateMath.SummaryKey, AggregateMath.Raised> summary = new HashMap<>();
        for (UUID id : ids) {
            List<AggregateMath.HardLine> hard = ledgers.hard(id);
            List<AggregateMath.SoftLine> soft = ledgers.soft(id);
            GivingMath.Rollup rollup = GivingMath.rollup(
                    hard.stream()
                            .map(g -> new GivingMath.LedgerGift(g.giftId(), g.receivedOn(), g.net()))
                            .toList(),
                    soft.stream()
                            .map(c -> new GivingMath.LedgerSoftCredit(c.receivedOn(), c.base()))
                            .toList(),
                    config.fiscalYearStartMonth());
            GivingMath.Rollup hadRollup = storedRollups.getOrDefault(id, GivingMath.Rollup.empty());
            if (!rollup.equals(hadRollup) || !config.baseCurrency().equals(currencies.get(id))) {
                write(id, rollup, hadRollup, now, by); // only what changed: a back-fill mostly finds them right
            }
            AggregateMath.DonorRows had = stored.getOrDefault(id, AggregateMath.DonorRows.empty());
            AggregateMath.DonorRows wanted = AggregateMath.rows(hard, soft);
            changes.add(id, had, wanted);
            if (!had.designations().equals(wanted.designations())) {
                AggregateMath.addToSummary(summary, had.designations(), -1);
                AggregateMath.addToSummary(summary, wanted.designations(), 1);
            }
        }
        aggregates.write(changes);
        summaryDifferences.add(summary); // just before commit, with every other refresh of this transaction
    }

    /** The giving aggregates' rows these donors' ledgers add up to now, without writing (the check's oracle). */
    public Map<UUID, AggregateMath.DonorRows> computeAggregates(Collection<UUID> constituentIds) {
        Ledgers ledgers = ledgers(constituentIds);
        Map<UUID, AggregateMath.DonorRows> result = new HashMap<>();
        for (UUID id : constituentIds) {
            result.put(id, AggregateMath.rows(ledgers.hard(id), ledgers.soft(id)));
        }
        return result;
    }

    private Ledgers ledgers(Collection<UUID> ids) {
        Map<UUID, List<AggregateMath.HardLine>> hard = new HashMap<>();
        Map<UUID, List<AggregateMath.SoftLine>> soft = new HashMap<>();
        gifts.countedHardLines(ids).forEach(g -> hard.computeIfAbsent(g.constituentId(), k -> new ArrayList<>())
                .add(g));
        gifts.countedSoftLines(ids).forEach(c -> soft.computeIfAbsent(c.constituentId(), k -> new ArrayList<>())
                .add(c));
        return new Ledgers(hard, soft);
    }

    private record Ledgers(
            Map<UUID, List<AggregateMath.HardLine>> hardByDonor, Map<UUID, List<AggregateMath.SoftLine>> softByDonor) {
        List<AggregateMath.HardLine> hard(UUID id) {
            return hardByDonor.getOrDefault(id, List.of());
        }

        List<AggregateMath.SoftLine> soft(UUID id) {
            return softByDonor.getOrDefault(id, List.of());
        }
    }

    /**
     * Rebuilds every rollup and the giving aggregates from the ledger, in the caller's transaction: every donor is
     * refreshed ({@link #CHUNK} at a time), then the summary is repaired ({@link #repairSummary}). Returns how many
     * constituents were visited. On a large database prefer {@code AggregatesBackfill.rebuild}, one transaction per
     * chunk.
     */
    public int recomputeAll() {
        List<UUID> ids = gifts.constituentsWithGiving();
        for (int start = 0; start < ids.size(); start += CHUNK) {
            refresh(ids.subList(start, Math.min(ids.size(), start + CHUNK)));
        }
        repairSummary();
        return ids.size();
    }

    /**
     * Makes the global summary equal to the sum of every donor's designation lines, by adding the differences that
     * one statement (a consistent read) finds between the two; transactions that commit meanwhile add their own
     * differences on top, so none is lost. Returns how many summary rows were corrected.
     */
    public int repairSummary() {
        Map<AggregateMath.SummaryKey, AggregateMath.Raised> differences = summaryDifferences();
        aggregates.addToSummary(differences);
        return differences.size();
    }

    /** What the summary lacks (positive) or has too much (negative) against the designation lines, by row. */
    public Map<AggregateMath.SummaryKey, AggregateMath.Raised> summaryDifferences() {
        Map<AggregateMath.SummaryKey, AggregateMath.Raised> differences = new TreeMap<>();
        sql.list(
                        "SELECT dimension, ym, key_id, kind, SUM(raised) AS raised, SUM(gift_count) AS gifts FROM ("
                                + " SELECT 'CAMPAIGN' AS dimension, ym, campaign_key AS key_id, kind,"
                                + " hard_total AS raised, hard_count AS gift_count FROM giving_donor_designations"
                                + " UNION ALL SELECT 'APPEAL', ym, appeal_key, kind, hard_total, hard_count"
                                + " FROM giving_donor_designations"
                                + " UNION ALL SELECT 'FUND', ym, fund_key, kind, hard_total, fund_count"
                                + " FROM giving_donor_designations"
                                + " UNION ALL SELECT dimension, ym, key_id, kind, -raised, -gift_count"
                                + " FROM giving_summary_months) t GROUP BY dimension, ym, key_id, kind"
                                + " HAVING SUM(raised) <> 0 OR SUM(gift_count) <> 0",
                        rs -> differences.put(
                                new AggregateMath.SummaryKey(
                                        rs.getString("dimension"),
                                        rs.getInt("ym"),
                                        rs.getString("key_id"),
                                        rs.getString("kind")),
                                new AggregateMath.Raised(
                                        rs.getBigDecimal("raised").setScale(2), rs.getLong("gifts"))),
                        new Object[0])
                .clear();
        return differences;
    }

    /** The stored rollup of a constituent (empty when none), as {@link #compute} would return it. */
    public GivingMath.Rollup stored(UUID constituentId) {
        return storedAll(List.of(constituentId)).getOrDefault(constituentId, GivingMath.Rollup.empty());
    }

    /** The stored rollups of these constituents, in two queries. */
    public Map<UUID, GivingMath.Rollup> storedAll(Collection<UUID> constituentIds) {
        Map<UUID, GivingMath.Rollup> result = new HashMap<>();
        if (constituentIds.isEmpty()) {
            return result;
        }
        Object[] ids = constituentIds.toArray();
        Map<UUID, SortedMap<Integer, GivingMath.Year>> years = new HashMap<>();
        sql.list(
                        "SELECT constituent_id, fiscal_year, total, soft_total, gift_count FROM giving_years"
                                + " WHERE constituent_id IN (" + Sql.marks(ids.length) + ")",
                        rs -> Map.entry(
                                Sql.uuid(rs, "constituent_id"),
                                new GivingMath.Year(
                                        rs.getInt("fiscal_year"),
                                        rs.getBigDecimal("total").setScale(2),
                                        rs.getBigDecimal("soft_total").setScale(2),
                                        rs.getInt("gift_count"))),
                        ids)
                .forEach(e -> years.computeIfAbsent(e.getKey(), k -> new TreeMap<>())
                        .put(e.getValue().fiscalYear(), e.getValue()));
        sql.list(
                        "SELECT * FROM giving_rollups WHERE constituent_id IN (" + Sql.marks(ids.length) + ")",
                        rs -> {
                            UUID id = Sql.uuid(rs, "constituent_id");
                            return Map.entry(
                                    id,
                                    new GivingMath.Rollup(
                                            rs.getBigDecimal("lifetime_total").setScale(2),
                                            rs.getInt("gift_count"),
                                            rs.getBigDecimal("soft_credit_total")
                                                    .setScale(2),
                                            dated(rs, "first_gift"),
                                            dated(rs, "last_gift"),
                                            dated(rs, "largest_gift"),
                                            years.getOrDefault(id, new TreeMap<>())));
                        },
                        ids)
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    private static GivingMath.Dated dated(java.sql.ResultSet rs, String prefix) throws java.sql.SQLException {
        var date = Sql.date(rs, prefix + "_date");
        BigDecimal amount = rs.getBigDecimal(prefix + "_amount");
        return date == null ? null : new GivingMath.Dated(date, amount.setScale(2));
    }

    private void write(UUID id, GivingMath.Rollup rollup, GivingMath.Rollup stored, Instant now, String by) {
        sql.update(
                "UPDATE giving_rollups SET base_currency = ?, lifetime_total = ?, gift_count = ?,"
                        + " soft_credit_total = ?, first_gift_date = ?, first_gift_amount = ?, last_gift_date = ?,"
                        + " last_gift_amount = ?, largest_gift_date = ?, largest_gift_amount = ?, updated_at = ?,"
                        + " updated_by = ? WHERE constituent_id = ?",
                config.baseCurrency(),
                rollup.lifetimeTotal(),
                rollup.giftCount(),
                rollup.softCreditTotal(),
                date(rollup.firstGift()),
                amount(rollup.firstGift()),
                date(rollup.lastGift()),
                amount(rollup.lastGift()),
                date(rollup.largestGift()),
                amount(rollup.largestGift()),
                now,
                by,
                id);
        Map<Integer, GivingMath.Year> before = new HashMap<>(stored.years());
        for (GivingMath.Year year : rollup.years().values()) {
            GivingMath.Year had = before.remove(year.fiscalYear());
            if (had == null) {
                sql.update(
                        "INSERT INTO giving_years (constituent_id, fiscal_year, total, soft_total, gift_count,"
                                + " created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        id,
                        year.fiscalYear(),
                        year.total(),
                        year.softTotal(),
                        year.giftCount(),
                        now,
                        by,
                        now,
                        by);
            } else if (!had.equals(year)) {
                sql.update(
                        "UPDATE giving_years SET total = ?, soft_total = ?, gift_count = ?, updated_at = ?,"
                                + " updated_by = ? WHERE constituent_id = ? AND fiscal_year = ?",
                        year.total(),
                        year.softTotal(),
                        year.giftCount(),
                        now,
                        by,
                        id,
                        year.fiscalYear());
            }
        }
        for (Integer gone : before.keySet()) {
            sql.update("DELETE FROM giving_years WHERE constituent_id = ? AND fiscal_year = ?", id, gone);
        }
    }

    private static java.time.LocalDate date(GivingMath.Dated dated) {
        return dated == null ? null : dated.date();
    }

    private static BigDecimal amount(GivingMath.Dated dated) {
        return dated == null ? null : dated.amount();
    }

    /** CHAR(36) order, the order the database locks in. */
    private static final class Comparator {
        static final java.util.Comparator<UUID> BY_TEXT = java.util.Comparator.comparing(UUID::toString);
    }
}
