package org.steward.donations;

public enum GiftKind {
    ONE_TIME,
    RECURRING_PAYMENT,
    PLEDGE_PAYMENT,
    IN_KIND,
    MATCHING_CLAIM,
    /** The fee of an event registration (events module); its benefits' fair-market value is not deductible. */
    EVENT_FEE
}
