package org.steward.donations;

/**
 * Where a recurring gift stands, derived on each payment, change and daily run (ADR 0014): ACTIVE; PAUSED while a
 * pause covers today; LAPSED after {@code app.donations.recurring.lapse-after-missed} missed payments in a row;
 * CLOSED when its schedule is completed or ended, or when someone closed it.
 */
public enum RecurringGiftStatus {
    ACTIVE,
    PAUSED,
    LAPSED,
    CLOSED
}
