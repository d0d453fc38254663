package org.steward.reporting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.steward.donations.GivingFacts;
import org.steward.reporting.CreditBasis;
import org.steward.reporting.ReportParameters;

/**
 * Each donor's credit in each of a few consecutive half-open periods, on the report's credit basis: the one place
 * where HARD, HARD_PLUS_SOFT and HOUSEHOLD are told apart. Amounts are exact (BigDecimal, two decimals).
 */
public final class Credits {

    /** One donor's amounts and gift counts, one slot per period. */
    public static final class Donor {
        final BigDecimal[] amounts;
        final int[] counts;

        Donor(int periods) {
            amounts = new BigDecimal[periods];
            counts = new int[periods];
            java.util.Arrays.fill(amounts, BigDecimal.ZERO.setScale(2));
        }

        public BigDecimal amount(int period) {
            return amounts[period];
        }

        public int count(int period) {
            return counts[period];
        }

        /** Gave in the period: a positive credit (a gift netted to zero by refunds does not make a donor). */
        public boolean gave(int period) {
            return amounts[period].signum() > 0;
        }
    }

    private final Map<UUID, Donor> donors;
    private final List<LocalDate> boundaries;

    private Credits(Map<UUID, Donor> donors, List<LocalDate> boundaries) {
        this.donors = donors;
        this.boundaries = boundaries;
    }

    /**
     * Loads every donor's credit in the periods between {@code boundaries} (the first may be null: since the first
     * gift). With HOUSEHOLD credit, members' amounts and gift counts are added to their current household's.
     */
    public static Credits load(
            GivingFacts facts, ReportParameters p, Map<UUID, UUID> households, List<LocalDate> boundaries) {
        return load(facts, p, households, boundaries, 0, Set.of());
    }

    /**
     * As {@link #load(GivingFacts, ReportParameters, Map, List)}, reading only what a report looks at: periods before
     * {@code first} are not read (they stay at zero), and with {@code within} not empty, only donors with a gift
     * counted in one of those periods are loaded (a report whose every row and figure needs a donor who gave in one of
     * them). Under HOUSEHOLD credit every donor is loaded: a household's place depends on all its members' gifts.
     */
    public static Credits load(
            GivingFacts facts,
            ReportParameters p,
            Map<UUID, UUID> households,
            List<LocalDate> boundaries,
            int first,
            Set<Integer> within) {
        int periods = boundaries.size() - 1;
        Map<UUID, Donor> donors = new HashMap<>();
        CreditBasis basis = p.creditBasis();
        Set<Integer> read = new HashSet<>();
        if (basis != CreditBasis.HOUSEHOLD) {
            for (int period : within) {
                if (period < first) {
                    throw new IllegalArgumentException("Period " + period + " is not read (from " + first + ")");
                }
                read.add(period - first);
            }
        }
        facts.donorTotals(
                boundaries.subList(first, boundaries.size()),
                p.kinds(),
                read,
                basis == CreditBasis.HARD_PLUS_SOFT,
                (id, at, hard, hardCount, soft, softCount) -> {
                    int period = at + first;
                    UUID key = basis == CreditBasis.HOUSEHOLD ? households.getOrDefault(id, id) : id;
                    BigDecimal amount = hard;
                    int count = hardCount;
                    if (basis == CreditBasis.HARD_PLUS_SOFT) {
                        amount = amount.add(soft);
                        count += softCount;
                    }
                    if (amount.signum() == 0 && count == 0) {
                        return;
                    }
                    Donor d = donors.computeIfAbsent(key, k -> new Donor(periods));
                    d.amounts[period] = d.amounts[period].add(amount);
                    d.counts[period] += count;
                });
        return new Credits(donors, boundaries);
    }

    public Map<UUID, Donor> donors() {
        return donors;
    }

    public List<LocalDate> boundaries() {
        return boundaries;
    }

    /** The ids of members whose gifts count for {@code creditedId} (itself, and its members under HOUSEHOLD). */
    public static List<UUID> creditedMembers(UUID creditedId, CreditBasis basis, Map<UUID, UUID> households) {
        List<UUID> ids = new ArrayList<>();
        ids.add(creditedId);
        if (basis == CreditBasis.HOUSEHOLD) {
            households.forEach((member, household) -> {
                if (household.equals(creditedId)) {
                    ids.add(member);
                }
            });
        }
        return ids;
    }
}
