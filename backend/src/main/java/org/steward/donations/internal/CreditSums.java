package org.steward.donations.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.steward.donations.GivingFacts.PeriodSink;

/**
 * Hard and soft credit with their gift counts per constituent and period, added up in cents (exact: every amount
 * has two decimals), for {@code GivingFacts.donorTotals}. Parts may be subtracted (all time minus what came after);
 * a constituent and period is reported when either count is not zero.
 */
final class CreditSums {

    private final int periods;
    private final Map<String, long[]> byConstituent = new HashMap<>();

    CreditSums(int periods) {
        this.periods = periods;
    }

    static long cents(BigDecimal amount) {
        return amount.setScale(2).unscaledValue().longValueExact();
    }

    /** Adds (sign 1) or subtracts (sign -1) one part; {@code constituentId} is the id as text. */
    void add(
            String constituentId,
            int period,
            int sign,
            long hardCents,
            long hardCount,
            long softCents,
            long softCount) {
        long[] sums = byConstituent.computeIfAbsent(constituentId, k -> new long[4 * periods]);
        int at = 4 * period;
        sums[at] += sign * hardCents;
        sums[at + 1] += sign * hardCount;
        sums[at + 2] += sign * softCents;
        sums[at + 3] += sign * softCount;
    }

    /** One call per constituent and period with credit, in no particular order. */
    void emit(PeriodSink sink) {
        byConstituent.forEach((id, sums) -> {
            UUID constituentId = null;
            for (int period = 0; period < periods; period++) {
                int at = 4 * period;
                if (sums[at + 1] < 0 || sums[at + 3] < 0) {
                    throw new IllegalStateException("Negative gift count for " + id + " in period " + period);
                }
                if (sums[at + 1] != 0 || sums[at + 3] != 0) {
                    if (constituentId == null) {
                        constituentId = UUID.fromString(id);
                    }
                    sink.accept(
                            constituentId,
                            period,
                            BigDecimal.valueOf(sums[at], 2),
                            Math.toIntExact(sums[at + 1]),
                            BigDecimal.valueOf(sums[at + 2], 2),
                            Math.toIntExact(sums[at + 3]));
                }
            }
        });
    }
}
