package org.steward.donations;

/** Why a recurring gift is CLOSED: every expected payment came, its schedule ran out, or someone closed it. */
public enum RecurringGiftClosure {
    COMPLETED,
    ENDED,
    BY_USER
}
