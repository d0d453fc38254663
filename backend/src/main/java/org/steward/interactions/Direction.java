package org.steward.interactions;

/** Who reached out: the constituent (inbound) or the organization (outbound). */
public enum Direction {
    INBOUND,
    OUTBOUND
}
