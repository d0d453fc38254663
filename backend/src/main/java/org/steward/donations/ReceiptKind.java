package org.steward.donations;

/** A receipt for one gift, or an annual receipt for a donor's gifts of a year. */
public enum ReceiptKind {
    SINGLE,
    ANNUAL
}
