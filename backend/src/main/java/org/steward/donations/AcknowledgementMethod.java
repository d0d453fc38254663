package org.steward.donations;

/** How a gift was thanked. */
public enum AcknowledgementMethod {
    LETTER,
    EMAIL,
    PHONE,
    IN_PERSON,
    OTHER
}
