package org.steward.donations;

/** Only COMPLETED gifts count in rollups; REFUNDED is reached through refunds, never set directly. */
public enum GiftStatus {
    PENDING,
    COMPLETED,
    FAILED,
    REFUNDED,
    CANCELLED
}
