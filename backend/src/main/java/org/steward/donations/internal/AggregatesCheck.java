package org.steward.donations.internal;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import org.steward.donations.internal.AggregateMath.DonorRows;
import org.steward.shared.persistence.Sql;

/**
 * Compares the stored giving aggregates with a full recomputation from the ledger, in one REPEATABLE READ snapshot:
 * every donor's month, year and designation rows against what {@link AggregateMath#rows} makes of their gifts and
 * soft credits now, rows of nobody with giving, and the summary against the sum of the designation lines. Used by
 * tests and the benchmark; writes nothing.
 */
@Singleton
public class AggregatesCheck {

    static final int CHUNK = 1_000;
    static final int EXAMPLES = 50;

    private final RollupRecomputer recomputer;
    private final GiftStore gifts;
    private final AggregateStore store;
    private final Sql sql;

    AggregatesCheck(RollupRecomputer recomputer, GiftStore gifts, AggregateStore store, Sql sql) {
        this.recomputer = recomputer;
        this.gifts = gifts;
        this.store = store;
        this.sql = sql;
    }

    /** What the check found: counts, and the first {@link #EXAMPLES} mismatches in words. */
    public record Result(long donors, long rows, long mismatches, List<String> examples) {
        public boolean ok() {
            return mismatches == 0;
        }
    }

    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public Result run() {
        List<UUID> donors = new ArrayList<>(gifts.constituentsWithGiving());
        donors.sort(Comparator.comparing(UUID::toString));
        Found found = new Found();
        long months = 0;
        long years = 0;
        long designations = 0;
        for (int start = 0; start < donors.size(); start += CHUNK) {
            List<UUID> chunk = donors.subList(start, Math.min(donors.size(), start + CHUNK));
            Map<UUID, DonorRows> wanted = recomputer.computeAggregates(chunk);
            Map<UUID, DonorRows> stored = store.stored(chunk);
            for (UUID id : chunk) {
                DonorRows w = wanted.get(id);
                DonorRows s = stored.getOrDefault(id, DonorRows.empty());
                months += w.months().size();
                years += w.years().size();
                designations += w.designations().size();
                compare(found, "giving_donor_months", id, s.months(), w.months());
                compare(found, "giving_donor_years", id, s.years(), w.years());
                compare(found, "giving_donor_designations", id, s.designations(), w.designations());
            }
        }
        count(found, "giving_donor_months", months);
        count(found, "giving_donor_years", years);
        count(found, "giving_donor_designations", designations);
        recomputer
                .summaryDifferences()
                .forEach((k, d) -> found.add("giving_summary_months " + k + " differs from the designation lines by "
                        + d.raised() + " / " + d.giftCount() + " gifts"));
        return new Result(donors.size(), months + years + designations, found.count, found.examples);
    }

    private static <K extends Comparable<K>, V> void compare(
            Found found, String table, UUID id, Map<K, V> stored, Map<K, V> wanted) {
        if (stored.equals(wanted)) {
            return;
        }
        TreeSet<K> keys = new TreeSet<>(stored.keySet());
        keys.addAll(wanted.keySet());
        for (K key : keys) {
            V s = stored.get(key);
            V w = wanted.get(key);
            if (!Objects.equals(s, w)) {
                found.add(table + " of " + id + " at " + key + ": stored " + s + ", ledger " + w);
            }
        }
    }

    private void count(Found found, String table, long expected) {
        long stored = sql.count("SELECT COUNT(*) FROM " + table);
        if (stored != expected) {
            found.add(table + " holds " + stored + " rows, the ledger makes " + expected
                    + " (rows of constituents without giving?)");
        }
    }

    private static final class Found {
        long count;
        final List<String> examples = new ArrayList<>();

        void add(String mismatch) {
            count++;
            if (examples.size() < EXAMPLES) {
                examples.add(mismatch);
            }
        }
    }
}
