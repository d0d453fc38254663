package org.steward.shared.scheduling;

import java.time.Instant;
import java.util.Map;

/**
 * Runs the schedules that users define at run time (e.g. a report mailed every Monday), which a module adds and
 * removes through {@link Schedules}. One {@code @Singleton} per kind of schedule; its {@link #name()} is what
 * {@link Schedule#handler()} names. Like a {@link ScheduledTask}, a schedule runs once per firing across all
 * instances and never overlaps itself.
 */
public interface ScheduleHandler {

    /** Stable, unique name (e.g. {@code reports.export}). */
    String name();

    /** Runs one firing of the schedule {@code key}, with the data it was stored with and the time it was due. */
    void run(String key, Map<String, String> data, Instant scheduledTime);
}
