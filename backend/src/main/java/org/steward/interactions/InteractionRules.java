package org.steward.interactions;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The interactions' rules that need no database: dates and who may change what. */
final class InteractionRules {

    /** How far ahead an interaction may be dated: allows for time zones and logging the evening before. */
    static final Duration MAX_AHEAD = Duration.ofDays(1);

    private InteractionRules() {}

    /** The date to store (whole seconds), refusing dates more than {@link #MAX_AHEAD} after now. */
    static Instant occurredAt(Instant requested, Instant now) {
        Instant at = requested.truncatedTo(ChronoUnit.SECONDS);
        if (at.isAfter(now.plus(MAX_AHEAD))) {
            throw InteractionProblems.futureDate();
        }
        return at;
    }

    /**
     * Administrators and development officers change any interaction; other roles (event coordinators) only the
     * ones they logged or are the staff member of.
     */
    static boolean mayChange(boolean mayChangeAll, String actor, String createdBy, String staffUsername) {
        return mayChangeAll || actor.equals(createdBy) || actor.equals(staffUsername);
    }

    static String normalizeUsername(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
