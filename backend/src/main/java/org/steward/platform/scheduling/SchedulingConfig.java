package org.steward.platform.scheduling;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code app.scheduling}: the clustered Quartz scheduler (docs/adr/0011, docs/operations.md).
 *
 * @param enabled whether this instance runs jobs; when false it still stores and changes schedules, but leaves
 *     running them to the other instances
 * @param checkInInterval how often an instance tells the others it is alive; an instance silent for longer (plus
 *     Quartz's 7.5 s margin) counts as failed, and its jobs are taken over
 * @param threads how many jobs one instance runs at the same time
 * @param misfireThreshold how late a firing may be before it counts as missed; a missed firing of a task runs once
 *     as soon as possible, then the schedule continues
 * @param idleWait how long an instance that found no job due waits before looking again (it is woken early for
 *     schedules changed on it); after an instance stops cleanly, another one takes its next firing within this time
 * @param instanceId this instance's name in the cluster; {@code AUTO} makes one from the host name and the time
 */
@ConfigurationProperties("app.scheduling")
public record SchedulingConfig(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "5s") Duration checkInInterval,
        @Bindable(defaultValue = "2") int threads,
        @Bindable(defaultValue = "60s") Duration misfireThreshold,
        @Bindable(defaultValue = "30s") Duration idleWait,
        @Bindable(defaultValue = "AUTO") String instanceId) {}
