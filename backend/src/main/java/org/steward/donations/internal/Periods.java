package org.steward.donations.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The half-open periods of {@code GivingFacts.donorTotals}: boundaries b0 &lt; b1 &lt; … &lt; bn, b0 null for "since the
 * beginning", period i = [b(i), b(i+1)).
 */
final class Periods {

    private final LocalDate first;
    private final List<LocalDate> ends;

    private Periods(LocalDate first, List<LocalDate> ends) {
        this.first = first;
        this.ends = ends;
    }

    static Periods of(List<LocalDate> boundaries) {
        if (boundaries == null || boundaries.size() < 2) {
            throw new IllegalArgumentException("At least two boundaries (one period) are needed: " + boundaries);
        }
        List<LocalDate> ends = new ArrayList<>(boundaries.subList(1, boundaries.size()));
        LocalDate previous = boundaries.get(0);
        for (LocalDate end : ends) {
            if (end == null) {
                throw new IllegalArgumentException("Only the first boundary may be null: " + boundaries);
            }
            if (previous != null && !previous.isBefore(end)) {
                throw new IllegalArgumentException("Boundaries must increase: " + boundaries);
            }
            previous = end;
        }
        return new Periods(boundaries.get(0), Collections.unmodifiableList(ends));
    }

    /** Rejects period indexes that are not periods of {@code periods}. */
    static void checkWithin(Periods periods, java.util.Set<Integer> within) {
        for (Integer period : within) {
            if (period == null || period < 0 || period >= periods.count()) {
                throw new IllegalArgumentException("No period " + period + " among " + periods.count());
            }
        }
    }

    int count() {
        return ends.size();
    }

    /** b0, null when the first period has no start. */
    LocalDate first() {
        return first;
    }

    /** bn, the end (exclusive) of the last period. */
    LocalDate last() {
        return ends.get(ends.size() - 1);
    }

    /** b(i), the start of period i (null for an open first period). */
    LocalDate start(int period) {
        return period == 0 ? first : ends.get(period - 1);
    }

    /** b(i+1), the end (exclusive) of period i. */
    LocalDate end(int period) {
        return ends.get(period);
    }

    /** The period a date falls in, or -1 when outside every period. */
    int indexOf(LocalDate date) {
        if (first != null && date.isBefore(first)) {
            return -1;
        }
        int i = Collections.binarySearch(ends, date);
        // found: the date is b(i+1), the start of period i+1; not found: the first end after it is period i
        int period = i >= 0 ? i + 1 : -i - 1;
        return period < ends.size() ? period : -1;
    }

    /**
     * {@code CASE WHEN column < ? THEN 0 WHEN column < ? THEN 1 … END}, adding b1…bn to {@code params}; rows must be
     * restricted to [b0, bn) separately.
     */
    String caseOf(String column, List<Object> params) {
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = 0; i < ends.size(); i++) {
            sql.append(" WHEN ").append(column).append(" < ? THEN ").append(i);
            params.add(ends.get(i));
        }
        return sql.append(" END").toString();
    }
}
