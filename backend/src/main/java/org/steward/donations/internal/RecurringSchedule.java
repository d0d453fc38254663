package org.steward.donations.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.steward.donations.RecurringFrequency;

/**
 * The dates a recurring gift is expected on, from {@code startOn}: every {@code intervalCount} weeks (on the start's
 * weekday), or every {@code intervalCount} months, quarters or years on {@code dayOfMonth} (the start's day if
 * null), moved to the last day of shorter months (31 → 30 April, 28 or 29 February). The first date is the first
 * on or after the start. Dates stop after {@code endOn} (inclusive) or after {@code maxDates} dates, whichever
 * comes first; dates inside a pause are not expected and do not count towards {@code maxDates}. Pure java.time.
 */
public record RecurringSchedule(
        RecurringFrequency frequency,
        int intervalCount,
        Integer dayOfMonth,
        LocalDate startOn,
        LocalDate endOn,
        Integer maxDates) {

    /** Dates from {@code from} up to, not including, {@code until}; {@code until} null: open (until resumed). */
    public record Pause(LocalDate from, LocalDate until) {

        public boolean covers(LocalDate date) {
            return !date.isBefore(from) && (until == null || date.isBefore(until));
        }
    }

    /** Some of the schedule's dates, in order; {@code exhausted}: the schedule has no date after these. */
    public record Dates(List<LocalDate> dates, boolean exhausted) {}

    static final int MAX_INTERVAL = 99;

    public RecurringSchedule {
        if (intervalCount < 1 || intervalCount > MAX_INTERVAL) {
            throw new IllegalArgumentException("intervalCount must be 1 to " + MAX_INTERVAL);
        }
        if (dayOfMonth != null && (dayOfMonth < 1 || dayOfMonth > 31 || frequency == RecurringFrequency.WEEKLY)) {
            throw new IllegalArgumentException("dayOfMonth is 1 to 31, and only for monthly, quarterly or yearly");
        }
    }

    /** The {@code n}-th date of the schedule (from 0), ignoring end, limit and pauses. */
    public LocalDate occurrence(long n) {
        if (frequency == RecurringFrequency.WEEKLY) {
            return startOn.plusWeeks(n * intervalCount);
        }
        int day = dayOfMonth == null ? startOn.getDayOfMonth() : dayOfMonth;
        YearMonth first = YearMonth.from(startOn);
        if (on(first, day).isBefore(startOn)) {
            first = first.plusMonths(monthsPerStep());
        }
        return on(first.plusMonths(n * monthsPerStep()), day);
    }

    /**
     * The expected dates up to {@code horizon} (inclusive), and more after it until there are at least
     * {@code atLeast}, if the schedule has them. An open pause stops the dates at its start (nothing after it is
     * expected until it is resumed), without counting as the end of the schedule.
     */
    public Dates dates(LocalDate horizon, int atLeast, List<Pause> pauses) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate openFrom = pauses.stream()
                .filter(p -> p.until() == null)
                .map(Pause::from)
                .min(LocalDate::compareTo)
                .orElse(null);
        for (long n = 0; ; n++) {
            LocalDate date = occurrence(n);
            if (endOn != null && date.isAfter(endOn)) {
                return new Dates(dates, true);
            }
            if (maxDates != null && dates.size() >= maxDates) {
                return new Dates(dates, true);
            }
            if (openFrom != null && !date.isBefore(openFrom)) {
                return new Dates(dates, false);
            }
            if (date.isAfter(horizon) && dates.size() >= atLeast) {
                return new Dates(dates, false);
            }
            if (pauses.stream().noneMatch(p -> p.covers(date))) {
                dates.add(date);
            }
        }
    }

    private int monthsPerStep() {
        return switch (frequency) {
            case MONTHLY -> intervalCount;
            case QUARTERLY -> 3 * intervalCount;
            case YEARLY -> 12 * intervalCount;
            case WEEKLY -> throw new IllegalStateException("weeks are not months");
        };
    }

    private static LocalDate on(YearMonth month, int day) {
        return month.atDay(Math.min(day, month.lengthOfMonth()));
    }
}
