package org.steward.donations.internal;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
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
 * Keeps {@code giving_rollups} and {@code giving_years} equal to what the ledger adds up to. Every change to gifts,
 * refunds, adjustments or soft credits calls {@link #refresh} for the constituents it touched, in the same
 * transaction: their rollup rows are locked in id order (created first when missing), then each one's ledger is
 * read again and the rows that differ are written. Under READ COMMITTED the read after the lock sees every gift a
 * concurrent transaction committed before it released that lock, so no change is lost; the cost is one indexed
 * read of the donor's own gifts (ADR 0010). {@link #compute} is the same sum without writing, and
 * {@link #recomputeAll} rebuilds everything (after a change of fiscal year start, or to check the tables).
 */
@Singleton
public class RollupRecomputer {

    private final Sql sql;
    private final GiftStore gifts;
    private final DonationsConfig config;
    private final Timestamps timestamps;
    private final CurrentActor actor;

    public RollupRecomputer(
            Sql sql, GiftStore gifts, DonationsConfig config, Timestamps timestamps, CurrentActor actor) {
        this.sql = sql;
        this.gifts = gifts;
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
        for (UUID id : ids) {
            sql.update(
                    "INSERT INTO giving_rollups (constituent_id, base_currency, lifetime_total, gift_count,"
                            + " soft_credit_total, created_at, created_by, updated_at, updated_by)"
                            + " VALUES (?, ?, 0, 0, 0, ?, ?, ?, ?)"
                            + " ON DUPLICATE KEY UPDATE constituent_id = constituent_id",
                    id,
                    config.baseCurrency(),
                    now,
                    by,
                    now,
                    by);
        }
        sql.list(
                "SELECT constituent_id FROM giving_rollups WHERE constituent_id IN (" + Sql.marks(ids.size())
                        + ") ORDER BY constituent_id FOR UPDATE",
                rs -> rs.getString(1),
                ids.toArray());
        for (UUID id : ids) {
            write(id, compute(id), now, by);
        }
    }

    /** Rebuilds every rollup from the ledger; returns how many constituents were visited. */
    public int recomputeAll() {
        List<UUID> ids = gifts.constituentsWithGiving();
        for (int start = 0; start < ids.size(); start += 200) {
            refresh(ids.subList(start, Math.min(ids.size(), start + 200)));
        }
        return ids.size();
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

    private void write(UUID id, GivingMath.Rollup rollup, Instant now, String by) {
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
        Map<Integer, GivingMath.Year> before = new HashMap<>();
        sql.list(
                        "SELECT fiscal_year, total, soft_total, gift_count FROM giving_years WHERE constituent_id = ?",
                        rs -> new GivingMath.Year(
                                rs.getInt("fiscal_year"),
                                rs.getBigDecimal("total").setScale(2),
                                rs.getBigDecimal("soft_total").setScale(2),
                                rs.getInt("gift_count")),
                        id)
                .forEach(y -> before.put(y.fiscalYear(), y));
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
