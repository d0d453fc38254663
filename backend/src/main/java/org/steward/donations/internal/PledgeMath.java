package org.steward.donations.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.steward.donations.PledgeFrequency;
import org.steward.donations.PledgeStatus;

/** The arithmetic of pledges, exact to the cent and without a database: schedules, applications, status. */
public final class PledgeMath {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PledgeMath() {}

    /**
     * Splits {@code total} into {@code count} installments of whole cents: each gets the total divided by the count,
     * rounded down to the cent, and the last one also takes what is left, so they add up to the total exactly.
     * Returns an empty list when the total has fewer cents than the count (some installment would be zero).
     */
    public static List<BigDecimal> split(BigDecimal total, int count) {
        long cents = total.multiply(HUNDRED).longValueExact();
        if (count < 1 || cents < count) {
            return List.of();
        }
        long each = cents / count;
        List<BigDecimal> parts = new ArrayList<>(count);
        for (int i = 0; i < count - 1; i++) {
            parts.add(BigDecimal.valueOf(each, 2));
        }
        parts.add(BigDecimal.valueOf(cents - each * (count - 1), 2));
        return parts;
    }

    /**
     * Due dates {@code months} apart, each counted from the first (31 January monthly gives 28 or 29 February, then
     * 31 March), so a short month does not pull the later dates earlier.
     */
    public static List<LocalDate> dueDates(LocalDate first, PledgeFrequency frequency, int count) {
        List<LocalDate> dates = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            dates.add(first.plusMonths((long) i * frequency.months()));
        }
        return dates;
    }

    /** Something with room for {@code room} more: an installment's open amount, a payment's applied amount. */
    public record Slot(UUID id, BigDecimal room) {}

    /** How much goes to one slot. */
    public record Part(UUID id, BigDecimal amount) {}

    /**
     * Spreads {@code amount} over the slots in their order, filling each before the next. The caller has checked
     * that the slots have room for all of it; throws {@link IllegalStateException} if not.
     */
    public static List<Part> spread(BigDecimal amount, List<Slot> slots) {
        List<Part> parts = new ArrayList<>();
        BigDecimal left = amount;
        for (Slot slot : slots) {
            if (left.signum() == 0) {
                break;
            }
            if (slot.room().signum() <= 0) {
                continue;
            }
            BigDecimal take = left.min(slot.room());
            parts.add(new Part(slot.id(), take));
            left = left.subtract(take);
        }
        if (left.signum() != 0) {
            throw new IllegalStateException("No room for " + left.toPlainString() + " more");
        }
        return parts;
    }

    /** What is left to pay: the amount less what was paid and written off. */
    public static BigDecimal balance(BigDecimal amount, BigDecimal paid, BigDecimal writtenOff) {
        return amount.subtract(paid).subtract(writtenOff);
    }

    /** The status these sums give: open while a balance is left, else fulfilled or written off; cancelled stays. */
    public static PledgeStatus status(PledgeStatus current, BigDecimal amount, BigDecimal paid, BigDecimal writtenOff) {
        if (current == PledgeStatus.CANCELLED) {
            return PledgeStatus.CANCELLED;
        }
        if (balance(amount, paid, writtenOff).signum() > 0) {
            return PledgeStatus.OPEN;
        }
        return writtenOff.signum() > 0 ? PledgeStatus.WRITTEN_OFF : PledgeStatus.FULFILLED;
    }
}
