package org.steward.donations;

public enum GiftKind {
    ONE_TIME,
    RECURRING_PAYMENT,
    PLEDGE_PAYMENT,
    IN_KIND,
    MATCHING_CLAIM
}
