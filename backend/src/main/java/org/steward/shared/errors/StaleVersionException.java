package org.steward.shared.errors;

/** Someone else changed the record since the caller read it: reload and apply the change again. */
public class StaleVersionException extends ConflictException {

    public StaleVersionException(String entityType, Object id) {
        super(
                "common.stale-version",
                "Changed by someone else",
                "This " + entityType + " (" + id + ") was changed by someone else after you loaded it. "
                        + "Reload it and apply your change again.");
    }
}
