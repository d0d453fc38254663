package org.steward.donations;

/** How often a recurring gift is expected: every {@code intervalCount} weeks, months, quarters or years. */
public enum RecurringFrequency {
    WEEKLY,
    MONTHLY,
    QUARTERLY,
    YEARLY
}
