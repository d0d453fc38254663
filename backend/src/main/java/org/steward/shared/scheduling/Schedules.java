package org.steward.shared.scheduling;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Adds, replaces and removes user-defined schedules (see {@link ScheduleHandler}). Schedules live in the database,
 * so they survive restarts and are shared by every instance; any instance may change them.
 */
public interface Schedules {

    /**
     * Stores the schedule, replacing the one with the same handler and key. Throws {@code InvalidInputException}
     * (field {@code cron}) when the cron expression is not valid or never fires again.
     */
    void put(Schedule schedule);

    /**
     * Checks a cron expression as {@link #put} would, without storing anything (e.g. for a schedule saved disabled).
     * Throws {@code InvalidInputException} (field {@code cron}) when it is not valid or never fires again.
     */
    void check(String cron, ZoneId zone);

    /** Removes the schedule; false if there was none. */
    boolean remove(String handler, String key);

    Optional<Schedule> find(String handler, String key);

    /** When the schedule fires next, if it exists and will fire again. */
    Optional<Instant> nextRun(String handler, String key);
}
