package org.steward.donations;

/** ISSUED is live; VOID and REPLACED are cancelled (a REPLACED receipt names its replacement). */
public enum ReceiptStatus {
    ISSUED,
    VOID,
    REPLACED
}
