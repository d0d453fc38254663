package org.steward.reporting;

/** Whom a gift counts for in a report. */
public enum CreditBasis {
    /** The gift's donor only. */
    HARD,
    /** The donor, plus everyone soft-credited on someone else's gift for the soft-credit amount. */
    HARD_PLUS_SOFT,
    /** The donor's current household (each member's gifts count once, for the household); the donor if none. */
    HOUSEHOLD
}
