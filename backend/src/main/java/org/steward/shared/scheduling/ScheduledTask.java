package org.steward.shared.scheduling;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A job that runs on a fixed schedule, once per firing across all Steward instances (docs/adr/0011). A module adds
 * one by declaring a {@code @Singleton} implementing this interface; it is registered at start-up, may inject any
 * service, and never overlaps itself: a firing that comes while the previous run is still going (on any instance)
 * waits for it to end.
 *
 * <p>{@link #run(Instant)} runs outside any transaction on a scheduler thread, with no signed-in user; it calls the
 * module's services as any caller would. A run that throws is logged; the schedule continues.
 */
public interface ScheduledTask {

    /** Stable, unique name (e.g. {@code donations.recurring-gifts}); renaming it makes a new schedule. */
    String name();

    /**
     * When to run, as a Quartz cron expression: seconds, minutes, hours, day of month, month, day of week, e.g.
     * {@code 0 30 2 * * ?} for 02:30 every day. A changed expression replaces the schedule at the next start.
     */
    String cron();

    /** The zone {@link #cron()} is read in; UTC unless a task says otherwise. */
    default ZoneId zone() {
        return ZoneOffset.UTC;
    }

    /**
     * One firing. {@code scheduledTime} is when it was due: a firing that runs late (every instance was down at the
     * time, or the previous run was still going) still says which time it was for, e.g. which day's gifts are due.
     */
    void run(Instant scheduledTime);
}
