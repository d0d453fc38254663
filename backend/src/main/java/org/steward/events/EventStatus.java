package org.steward.events;

/**
 * DRAFT (being set up, no registrations) → PUBLISHED (open for registration within its window) → COMPLETED (once it
 * has started); DRAFT or PUBLISHED → CANCELLED. COMPLETED and CANCELLED are final.
 */
public enum EventStatus {
    DRAFT,
    PUBLISHED,
    CANCELLED,
    COMPLETED;

    public boolean isClosed() {
        return this == CANCELLED || this == COMPLETED;
    }
}
