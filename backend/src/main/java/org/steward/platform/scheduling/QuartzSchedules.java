package org.steward.platform.scheduling;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.steward.shared.errors.InvalidInputException;
import org.steward.shared.scheduling.Schedule;
import org.steward.shared.scheduling.Schedules;

/**
 * User-defined schedules kept in Quartz's job store: one job per (handler, key), in a group per handler, run by
 * {@link ScheduleJob}. A firing missed while no instance was up runs once when one is back.
 */
@Singleton
class QuartzSchedules implements Schedules {

    private final Scheduler quartz;

    QuartzSchedules(ClusteredScheduler scheduler) {
        this.quartz = scheduler.quartz();
    }

    @Override
    public void put(Schedule schedule) {
        var cron = CronSchedules.parse(schedule.cron(), schedule.zone())
                .orElseThrow(() -> InvalidInputException.of("cron", "not a valid cron expression that fires again"))
                .withMisfireHandlingInstructionFireAndProceed();
        JobDetail job = JobBuilder.newJob(ScheduleJob.class)
                .withIdentity(JobKeys.schedule(schedule.handler(), schedule.key()))
                .usingJobData(new JobDataMap(schedule.data()))
                .build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(JobKeys.scheduleTrigger(schedule.handler(), schedule.key()))
                .forJob(job)
                .withSchedule(cron)
                .build();
        call(() -> {
            quartz.scheduleJob(job, Set.of(trigger), true);
            return null;
        });
    }

    @Override
    public void check(String cron, ZoneId zone) {
        if (CronSchedules.parse(cron, zone).isEmpty()) {
            throw InvalidInputException.of("cron", "not a valid cron expression that fires again");
        }
    }

    @Override
    public boolean remove(String handler, String key) {
        return call(() -> quartz.deleteJob(JobKeys.schedule(handler, key)));
    }

    @Override
    public Optional<Schedule> find(String handler, String key) {
        return call(() -> {
            JobDetail job = quartz.getJobDetail(JobKeys.schedule(handler, key));
            if (job == null
                    || !(quartz.getTrigger(JobKeys.scheduleTrigger(handler, key)) instanceof CronTrigger trigger)) {
                return Optional.empty();
            }
            Map<String, String> data = new HashMap<>();
            job.getJobDataMap().forEach((name, value) -> data.put(name, String.valueOf(value)));
            return Optional.of(new Schedule(
                    handler,
                    key,
                    trigger.getCronExpression(),
                    trigger.getTimeZone().toZoneId(),
                    data));
        });
    }

    @Override
    public Optional<Instant> nextRun(String handler, String key) {
        return call(() -> Optional.ofNullable(quartz.getTrigger(JobKeys.scheduleTrigger(handler, key)))
                .map(Trigger::getNextFireTime)
                .map(java.util.Date::toInstant));
    }

    private interface QuartzCall<T> {
        T call() throws SchedulerException;
    }

    private static <T> T call(QuartzCall<T> call) {
        try {
            return call.call();
        } catch (SchedulerException e) {
            throw new IllegalStateException("The scheduler's job store failed", e);
        }
    }
}
