package org.steward.donations.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import org.steward.donations.GivingFacts.PeriodSink;

/**
 * Hard and soft credit with their gift counts per constituent and period, added up in cents (exact: every amount
 * has two decimals), for {@code GivingFacts.donorTotals}. Parts may be subtracted (all time minus what came after);
 * a constituent and period is reported when either count is not zero.
 *
 * <p>A report adds up hundreds of thousands of rows here, so it is kept lean: constituents are keyed by their id's
 * 128 bits (read straight from the {@code CHAR(36)} bytes, no {@code String} per row) in an open-addressing table,
 * and the sums live in one {@code long[]}, four slots per period.
 */
final class CreditSums {

    private final int periods;
    private final int width;
    private long[] slots = new long[3 * 1024]; // by slot: msb, lsb of the id, entry + 1 (0: free); one cache line
    private int capacity = 1024;
    private long[] sums; // entry * width + 4 * period + {hard cents, hard count, soft cents, soft count}
    private long[] ids = new long[2 * 256]; // entry -> msb, lsb (insertion order)
    private int size;

    CreditSums(int periods) {
        this.periods = periods;
        this.width = 4 * periods;
        this.sums = new long[256 * width];
    }

    /** Exact cents of an amount with at most two decimals. */
    static long cents(BigDecimal amount) {
        return amount.setScale(2).unscaledValue().longValueExact();
    }

    /**
     * Exact cents of a DECIMAL as Connector/J's text protocol sends it ({@code -123.45}); anything unexpected (more
     * than two decimals that are not zeros, an exponent) goes through {@link BigDecimal} and must still be exact.
     */
    static long cents(byte[] text) {
        if (text == null) {
            throw new IllegalStateException("An amount is missing");
        }
        int i = 0;
        boolean negative = false;
        if (text.length > 0 && text[0] == '-') {
            negative = true;
            i = 1;
        }
        long value = 0;
        int decimals = -1;
        boolean digits = false;
        for (; i < text.length; i++) {
            byte b = text[i];
            if (b == '.' && decimals < 0) {
                decimals = 0;
            } else if (b >= '0' && b <= '9' && decimals < 2 && value < 100_000_000_000_000_000L) {
                value = value * 10 + (b - '0');
                digits = true;
                if (decimals >= 0) {
                    decimals++;
                }
            } else {
                return cents(new BigDecimal(new String(text, java.nio.charset.StandardCharsets.US_ASCII)));
            }
        }
        if (!digits) {
            throw new IllegalStateException(
                    "Not an amount: " + new String(text, java.nio.charset.StandardCharsets.US_ASCII));
        }
        for (int d = Math.max(decimals, 0); d < 2; d++) {
            value *= 10;
        }
        return negative ? -value : value;
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
        UUID id = UUID.fromString(constituentId);
        add(
                id.getMostSignificantBits(),
                id.getLeastSignificantBits(),
                period,
                sign,
                hardCents,
                hardCount,
                softCents,
                softCount);
    }

    /** As {@link #add(String, int, int, long, long, long, long)}, the id being its 36 ASCII bytes. */
    void add(
            byte[] constituentId,
            int period,
            int sign,
            long hardCents,
            long hardCount,
            long softCents,
            long softCount) {
        if (constituentId == null || constituentId.length != 36) {
            add(
                    constituentId == null
                            ? null
                            : new String(constituentId, java.nio.charset.StandardCharsets.US_ASCII),
                    period,
                    sign,
                    hardCents,
                    hardCount,
                    softCents,
                    softCount);
            return;
        }
        if (constituentId[8] != '-'
                || constituentId[13] != '-'
                || constituentId[18] != '-'
                || constituentId[23] != '-') {
            throw new IllegalArgumentException(
                    "Not a UUID: " + new String(constituentId, java.nio.charset.StandardCharsets.US_ASCII));
        }
        long msb = hex(constituentId, 0, 8) << 32 | hex(constituentId, 9, 13) << 16 | hex(constituentId, 14, 18);
        long lsb = hex(constituentId, 19, 23) << 48 | hex(constituentId, 24, 36);
        add(msb, lsb, period, sign, hardCents, hardCount, softCents, softCount);
    }

    private static long hex(byte[] text, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            int b = text[i];
            int digit;
            if (b >= '0' && b <= '9') {
                digit = b - '0';
            } else if (b >= 'a' && b <= 'f') {
                digit = b - 'a' + 10;
            } else if (b >= 'A' && b <= 'F') {
                digit = b - 'A' + 10;
            } else {
                throw new IllegalArgumentException(
                        "Not a UUID: " + new String(text, java.nio.charset.StandardCharsets.US_ASCII));
            }
            value = value << 4 | digit;
        }
        return value;
    }

    private void add(
            long msb, long lsb, int period, int sign, long hardCents, long hardCount, long softCents, long softCount) {
        int at = entry(msb, lsb) * width + 4 * period;
        sums[at] += sign * hardCents;
        sums[at + 1] += sign * hardCount;
        sums[at + 2] += sign * softCents;
        sums[at + 3] += sign * softCount;
    }

    /** The entry of this id, created when missing. */
    private int entry(long msb, long lsb) {
        int mask = capacity - 1;
        int slot = slot(msb, lsb) & mask;
        while (true) {
            int at = 3 * slot;
            long e = slots[at + 2];
            if (e == 0) {
                break;
            }
            if (slots[at] == msb && slots[at + 1] == lsb) {
                return (int) e - 1;
            }
            slot = (slot + 1) & mask;
        }
        int entry = size++;
        if (2 * entry + 1 >= ids.length) {
            ids = Arrays.copyOf(ids, 2 * ids.length);
        }
        if ((entry + 1) * width > sums.length) {
            sums = Arrays.copyOf(sums, 2 * sums.length);
        }
        ids[2 * entry] = msb;
        ids[2 * entry + 1] = lsb;
        slots[3 * slot] = msb;
        slots[3 * slot + 1] = lsb;
        slots[3 * slot + 2] = entry + 1;
        if (2 * size > capacity) {
            grow();
        }
        return entry;
    }

    private static int slot(long msb, long lsb) {
        long h = (msb ^ Long.rotateLeft(lsb, 29)) * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 32);
    }

    private void grow() {
        capacity *= 2;
        slots = new long[3 * capacity];
        int mask = capacity - 1;
        for (int e = 0; e < size; e++) {
            long msb = ids[2 * e];
            long lsb = ids[2 * e + 1];
            int slot = slot(msb, lsb) & mask;
            while (slots[3 * slot + 2] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[3 * slot] = msb;
            slots[3 * slot + 1] = lsb;
            slots[3 * slot + 2] = e + 1;
        }
    }

    /** One call per constituent and period with credit, in no particular order. */
    void emit(PeriodSink sink) {
        emit(sink, Set.of(), true);
    }

    /**
     * As {@link #emit(PeriodSink)}, for only the constituents with a gift counted in one of the periods {@code within}
     * (hard, or also soft when {@code soft}); every constituent when {@code within} is empty.
     */
    void emit(PeriodSink sink, Set<Integer> within, boolean soft) {
        int[] wanted = within.stream().mapToInt(Integer::intValue).toArray();
        for (int e = 0; e < size; e++) {
            int base = e * width;
            if (wanted.length > 0 && !present(base, wanted, soft)) {
                continue;
            }
            UUID constituentId = null;
            for (int period = 0; period < periods; period++) {
                int at = base + 4 * period;
                if (sums[at + 1] < 0 || sums[at + 3] < 0) {
                    throw new IllegalStateException(
                            "Negative gift count for " + new UUID(ids[2 * e], ids[2 * e + 1]) + " in period " + period);
                }
                if (sums[at + 1] != 0 || sums[at + 3] != 0) {
                    if (constituentId == null) {
                        constituentId = new UUID(ids[2 * e], ids[2 * e + 1]);
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
        }
    }

    private boolean present(int base, int[] within, boolean soft) {
        for (int period : within) {
            int at = base + 4 * period;
            if (sums[at + 1] > 0 || (soft && sums[at + 3] > 0)) {
                return true;
            }
        }
        return false;
    }
}
