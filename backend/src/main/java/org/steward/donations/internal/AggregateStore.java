package org.steward.donations.internal;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.steward.donations.internal.AggregateMath.Credit;
import org.steward.donations.internal.AggregateMath.Designation;
import org.steward.donations.internal.AggregateMath.DesignationKey;
import org.steward.donations.internal.AggregateMath.Diff;
import org.steward.donations.internal.AggregateMath.DonorRows;
import org.steward.donations.internal.AggregateMath.PeriodKey;
import org.steward.donations.internal.AggregateMath.Raised;
import org.steward.donations.internal.AggregateMath.SummaryKey;
import org.steward.shared.persistence.Sql;

/**
 * The giving aggregates' tables in plain SQL, inside the caller's transaction (ADR 0023): {@code giving_donor_months},
 * {@code giving_donor_years}, {@code giving_donor_designations} (each donor's rows, written only under the donor's
 * rollup lock) and {@code giving_summary_months} (changed only by adding differences, in key order).
 */
@Singleton
public class AggregateStore {

    static final String BUILT = "BUILT";
    static final String PENDING = "PENDING";

    private final Sql sql;

    public AggregateStore(Sql sql) {
        this.sql = sql;
    }

    /** The stored rows of these donors, by donor (donors without rows are absent). */
    public Map<UUID, DonorRows> stored(Collection<UUID> constituentIds) {
        Map<UUID, DonorRows> result = new HashMap<>();
        if (constituentIds.isEmpty()) {
            return result;
        }
        Object[] ids = constituentIds.toArray();
        String in = " WHERE constituent_id IN (" + Sql.marks(ids.length) + ")";
        sql.list(
                        "SELECT constituent_id, ym, kind, hard_total, hard_count, soft_total, soft_count"
                                + " FROM giving_donor_months" + in,
                        rs -> {
                            rows(result, Sql.uuid(rs, "constituent_id"))
                                    .months()
                                    .put(new PeriodKey(rs.getInt("ym"), rs.getString("kind")), credit(rs));
                            return Boolean.TRUE;
                        },
                        ids)
                .clear();
        sql.list(
                        "SELECT constituent_id, calendar_year, kind, hard_total, hard_count, soft_total, soft_count"
                                + " FROM giving_donor_years" + in,
                        rs -> {
                            rows(result, Sql.uuid(rs, "constituent_id"))
                                    .years()
                                    .put(new PeriodKey(rs.getInt("calendar_year"), rs.getString("kind")), credit(rs));
                            return Boolean.TRUE;
                        },
                        ids)
                .clear();
        sql.list(
                        "SELECT constituent_id, ym, kind, campaign_key, appeal_key, fund_key, hard_total, hard_count,"
                                + " fund_count FROM giving_donor_designations" + in,
                        rs -> {
                            rows(result, Sql.uuid(rs, "constituent_id"))
                                    .designations()
                                    .put(
                                            new DesignationKey(
                                                    rs.getInt("ym"),
                                                    rs.getString("kind"),
                                                    rs.getString("campaign_key"),
                                                    rs.getString("appeal_key"),
                                                    rs.getString("fund_key")),
                                            new Designation(
                                                    rs.getBigDecimal("hard_total")
                                                            .setScale(2),
                                                    rs.getInt("hard_count"),
                                                    rs.getInt("fund_count")));
                            return Boolean.TRUE;
                        },
                        ids)
                .clear();
        return result;
    }

    private static DonorRows rows(Map<UUID, DonorRows> result, UUID id) {
        return result.computeIfAbsent(id, k -> DonorRows.empty());
    }

    private static Credit credit(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Credit(
                rs.getBigDecimal("hard_total").setScale(2),
                rs.getInt("hard_count"),
                rs.getBigDecimal("soft_total").setScale(2),
                rs.getInt("soft_count"));
    }

    /** Rows to write for many donors at once: one batch per table and kind of change. */
    public static final class Changes {
        final List<Object[]> monthInserts = new ArrayList<>();
        final List<Object[]> monthUpdates = new ArrayList<>();
        final List<Object[]> monthDeletes = new ArrayList<>();
        final List<Object[]> yearInserts = new ArrayList<>();
        final List<Object[]> yearUpdates = new ArrayList<>();
        final List<Object[]> yearDeletes = new ArrayList<>();
        final List<Object[]> designationInserts = new ArrayList<>();
        final List<Object[]> designationUpdates = new ArrayList<>();
        final List<Object[]> designationDeletes = new ArrayList<>();

        /** Adds what turns {@code stored} into {@code wanted} for one donor. */
        public void add(UUID id, DonorRows stored, DonorRows wanted) {
            credits(id, AggregateMath.diff(stored.months(), wanted.months()), monthInserts, monthUpdates, monthDeletes);
            credits(id, AggregateMath.diff(stored.years(), wanted.years()), yearInserts, yearUpdates, yearDeletes);
            Diff<DesignationKey, Designation> d = AggregateMath.diff(stored.designations(), wanted.designations());
            d.inserts()
                    .forEach((k, v) -> designationInserts.add(new Object[] {
                        id, k.ym(), k.kind(), k.campaign(), k.appeal(), k.fund(), v.hard(), v.hardCount(), v.fundCount()
                    }));
            d.updates()
                    .forEach((k, v) -> designationUpdates.add(new Object[] {
                        v.hard(), v.hardCount(), v.fundCount(), id, k.ym(), k.kind(), k.campaign(), k.appeal(), k.fund()
                    }));
            d.deletes()
                    .forEach(k -> designationDeletes.add(
                            new Object[] {id, k.ym(), k.kind(), k.campaign(), k.appeal(), k.fund()}));
        }

        private static void credits(
                UUID id,
                Diff<PeriodKey, Credit> d,
                List<Object[]> inserts,
                List<Object[]> updates,
                List<Object[]> deletes) {
            d.inserts()
                    .forEach((k, v) -> inserts.add(
                            new Object[] {k.at(), id, k.kind(), v.hard(), v.hardCount(), v.soft(), v.softCount()}));
            d.updates()
                    .forEach((k, v) -> updates.add(
                            new Object[] {v.hard(), v.hardCount(), v.soft(), v.softCount(), k.at(), id, k.kind()}));
            d.deletes().forEach(k -> deletes.add(new Object[] {k.at(), id, k.kind()}));
        }

        public boolean isEmpty() {
            return monthInserts.isEmpty()
                    && monthUpdates.isEmpty()
                    && monthDeletes.isEmpty()
                    && yearInserts.isEmpty()
                    && yearUpdates.isEmpty()
                    && yearDeletes.isEmpty()
                    && designationInserts.isEmpty()
                    && designationUpdates.isEmpty()
                    && designationDeletes.isEmpty();
        }
    }

    /** Writes the donors' changes (the caller holds their rollup locks). */
    public void write(Changes c) {
        credits("giving_donor_months", "ym", c.monthInserts, c.monthUpdates, c.monthDeletes);
        credits("giving_donor_years", "calendar_year", c.yearInserts, c.yearUpdates, c.yearDeletes);
        sql.batch(
                "INSERT INTO giving_donor_designations (constituent_id, ym, kind, campaign_key, appeal_key, fund_key,"
                        + " hard_total, hard_count, fund_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                c.designationInserts,
                row -> row);
        sql.batch(
                "UPDATE giving_donor_designations SET hard_total = ?, hard_count = ?, fund_count = ?"
                        + " WHERE constituent_id = ? AND ym = ? AND kind = ? AND campaign_key = ? AND appeal_key = ?"
                        + " AND fund_key = ?",
                c.designationUpdates,
                row -> row);
        sql.batch(
                "DELETE FROM giving_donor_designations WHERE constituent_id = ? AND ym = ? AND kind = ?"
                        + " AND campaign_key = ? AND appeal_key = ? AND fund_key = ?",
                c.designationDeletes,
                row -> row);
    }

    private void credits(
            String table, String at, List<Object[]> inserts, List<Object[]> updates, List<Object[]> deletes) {
        sql.batch(
                "INSERT INTO " + table + " (" + at + ", constituent_id, kind, hard_total, hard_count, soft_total,"
                        + " soft_count) VALUES (?, ?, ?, ?, ?, ?, ?)",
                inserts,
                row -> row);
        sql.batch(
                "UPDATE " + table + " SET hard_total = ?, hard_count = ?, soft_total = ?, soft_count = ? WHERE " + at
                        + " = ? AND constituent_id = ? AND kind = ?",
                updates,
                row -> row);
        sql.batch(
                "DELETE FROM " + table + " WHERE " + at + " = ? AND constituent_id = ? AND kind = ?",
                deletes,
                row -> row);
    }

    /**
     * Adds these differences to the global summary now, one upsert per row in key order (the repair; gift
     * transactions add theirs just before commit through {@link SummaryDifferences}), in one batch. Rows whose difference is
     * nothing are skipped; rows are never deleted (a row at zero counts nowhere).
     */
    public void addToSummary(Map<SummaryKey, Raised> differences) {
        TreeMap<SummaryKey, Raised> ordered = new TreeMap<>(differences);
        ordered.values().removeIf(Raised::isZero);
        sql.batch(SummaryDifferences.UPSERT, ordered.entrySet(), e -> new Object[] {
            e.getKey().dimension(),
            e.getKey().ym(),
            e.getKey().key(),
            e.getKey().kind(),
            e.getValue().raised(),
            e.getValue().giftCount(),
            e.getValue().raised(),
            e.getValue().giftCount()
        });
    }

    /** The whole stored summary, rows at zero left out. */
    public Map<SummaryKey, Raised> summary() {
        Map<SummaryKey, Raised> result = new TreeMap<>();
        sql.list(
                        "SELECT dimension, ym, key_id, kind, raised, gift_count FROM giving_summary_months",
                        rs -> {
                            Raised r = new Raised(rs.getBigDecimal("raised").setScale(2), rs.getLong("gift_count"));
                            if (!r.isZero()) {
                                result.put(
                                        new SummaryKey(
                                                rs.getString("dimension"),
                                                rs.getInt("ym"),
                                                rs.getString("key_id"),
                                                rs.getString("kind")),
                                        r);
                            }
                            return Boolean.TRUE;
                        },
                        new Object[0])
                .clear();
        return result;
    }

    /** Whether the aggregates have been filled from the ledger (after the migration that created them). */
    public boolean built() {
        return sql.one("SELECT status FROM giving_aggregates_state WHERE id = 1", rs -> rs.getString(1))
                .map(BUILT::equals)
                .orElse(false);
    }

    public void markBuilt(java.time.Instant at, String by) {
        sql.update(
                "UPDATE giving_aggregates_state SET status = ?, updated_at = ?, updated_by = ? WHERE id = 1",
                BUILT,
                at,
                by);
    }

    static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? GivingMath.ZERO : value.setScale(2);
    }
}
