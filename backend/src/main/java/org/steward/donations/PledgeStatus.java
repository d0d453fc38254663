package org.steward.donations;

/**
 * OPEN while something is left to pay; at a zero balance FULFILLED (paid in full) or WRITTEN_OFF (some of it was
 * written off). A refund of a payment reopens a closed pledge. CANCELLED only while nothing was paid, and final.
 */
public enum PledgeStatus {
    OPEN,
    FULFILLED,
    WRITTEN_OFF,
    CANCELLED
}
