package org.steward.donations.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The arithmetic of gifts and rollups, free of the database: money rounding, fiscal years, and what a donor's
 * ledger adds up to. The same functions serve the write path, the recomputation and the read path.
 */
public final class GivingMath {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private GivingMath() {}

    /** amount × rate in the base currency, rounded half-even to cents. */
    public static BigDecimal toBase(BigDecimal amount, BigDecimal rate) {
        return amount.multiply(rate).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** The fiscal year a date falls in, named after the calendar year it ends in. */
    public static int fiscalYear(LocalDate date, int startMonth) {
        if (startMonth == 1) {
            return date.getYear();
        }
        return date.getMonthValue() >= startMonth ? date.getYear() + 1 : date.getYear();
    }

    /** A hard-credit gift as the rollups see it: counted only while COMPLETED, at its amount net of refunds. */
    public record LedgerGift(UUID id, LocalDate receivedOn, BigDecimal netBase) {}

    /** A soft credit of a completed gift, in the base currency. */
    public record LedgerSoftCredit(LocalDate receivedOn, BigDecimal base) {}

    public record Dated(LocalDate date, BigDecimal amount) {}

    public record Year(int fiscalYear, BigDecimal total, BigDecimal softTotal, int giftCount) {}

    /** What is stored for one constituent: the rollup row and the per-fiscal-year rows. */
    public record Rollup(
            BigDecimal lifetimeTotal,
            int giftCount,
            BigDecimal softCreditTotal,
            Dated firstGift,
            Dated lastGift,
            Dated largestGift,
            SortedMap<Integer, Year> years) {

        public static Rollup empty() {
            return new Rollup(ZERO, 0, ZERO, null, null, null, new TreeMap<>());
        }
    }

    /** A donor's rollup from their ledger. First and last break date ties by gift id (time-ordered). */
    public static Rollup rollup(
            Collection<LedgerGift> gifts, Collection<LedgerSoftCredit> softCredits, int startMonth) {
        BigDecimal lifetime = ZERO;
        BigDecimal soft = ZERO;
        TreeMap<Integer, Year> years = new TreeMap<>();
        Comparator<LedgerGift> byDate =
                Comparator.comparing(LedgerGift::receivedOn).thenComparing(LedgerGift::id);
        LedgerGift first = null;
        LedgerGift last = null;
        LedgerGift largest = null;
        for (LedgerGift gift : gifts) {
            lifetime = lifetime.add(gift.netBase());
            int fy = fiscalYear(gift.receivedOn(), startMonth);
            Year year = years.getOrDefault(fy, new Year(fy, ZERO, ZERO, 0));
            years.put(fy, new Year(fy, year.total().add(gift.netBase()), year.softTotal(), year.giftCount() + 1));
            if (first == null || byDate.compare(gift, first) < 0) {
                first = gift;
            }
            if (last == null || byDate.compare(gift, last) > 0) {
                last = gift;
            }
            if (largest == null
                    || gift.netBase().compareTo(largest.netBase()) > 0
                    || (gift.netBase().compareTo(largest.netBase()) == 0 && byDate.compare(gift, largest) < 0)) {
                largest = gift;
            }
        }
        for (LedgerSoftCredit credit : softCredits) {
            soft = soft.add(credit.base());
            int fy = fiscalYear(credit.receivedOn(), startMonth);
            Year year = years.getOrDefault(fy, new Year(fy, ZERO, ZERO, 0));
            years.put(fy, new Year(fy, year.total(), year.softTotal().add(credit.base()), year.giftCount()));
        }
        return new Rollup(lifetime, gifts.size(), soft, dated(first), dated(last), dated(largest), years);
    }

    private static Dated dated(LedgerGift gift) {
        return gift == null ? null : new Dated(gift.receivedOn(), gift.netBase());
    }

    /** What the giving endpoint derives from the per-year totals, relative to the current fiscal year. */
    public record Derived(
            BigDecimal thisFiscalYear,
            BigDecimal lastFiscalYear,
            int consecutiveYears,
            Optional<Year> bestYear,
            int yearsGiven) {}

    /**
     * Years given are fiscal years with at least one counted gift. The streak counts consecutive such years ending
     * with the current fiscal year, or with the last one when nothing has come in yet this year (a donor who gave
     * every year so far has not broken the streak on the first day of a new year). The best year has the highest
     * total; ties go to the earlier year.
     */
    public static Derived derive(Map<Integer, Year> years, int currentFiscalYear) {
        BigDecimal thisYear = total(years.get(currentFiscalYear));
        BigDecimal lastYear = total(years.get(currentFiscalYear - 1));
        int streak = 0;
        int from = given(years.get(currentFiscalYear)) ? currentFiscalYear : currentFiscalYear - 1;
        for (int fy = from; given(years.get(fy)); fy--) {
            streak++;
        }
        Year best = null;
        int count = 0;
        for (Year year : new TreeMap<>(years).values()) {
            if (!given(year)) {
                continue;
            }
            count++;
            if (best == null || year.total().compareTo(best.total()) > 0) {
                best = year;
            }
        }
        return new Derived(thisYear, lastYear, streak, Optional.ofNullable(best), count);
    }

    private static boolean given(Year year) {
        return year != null && year.giftCount() > 0;
    }

    private static BigDecimal total(Year year) {
        return year == null ? ZERO : year.total();
    }

    /** Several constituents' years added up by fiscal year (a household and its members). */
    public static SortedMap<Integer, Year> sum(List<? extends Map<Integer, Year>> all) {
        TreeMap<Integer, Year> sum = new TreeMap<>();
        for (Map<Integer, Year> years : all) {
            for (Year year : years.values()) {
                Year had = sum.getOrDefault(year.fiscalYear(), new Year(year.fiscalYear(), ZERO, ZERO, 0));
                sum.put(
                        year.fiscalYear(),
                        new Year(
                                year.fiscalYear(),
                                had.total().add(year.total()),
                                had.softTotal().add(year.softTotal()),
                                had.giftCount() + year.giftCount()));
            }
        }
        return sum;
    }
}
