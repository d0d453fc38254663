package org.steward.donations;

/** A gift batch is entered while OPEN and becomes POSTED, for good, when its rows become gifts. */
public enum GiftBatchStatus {
    OPEN,
    POSTED
}
