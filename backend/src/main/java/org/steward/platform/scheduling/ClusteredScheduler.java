package org.steward.platform.scheduling;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import javax.sql.DataSource;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.shared.scheduling.ScheduleHandler;
import org.steward.shared.scheduling.ScheduledTask;
import org.steward.shared.web.UnexpectedErrorHandler;

/**
 * Steward's one Quartz scheduler: a clustered JDBC job store in the application's database (tables from
 * db/migration/scheduling), so that every instance shares the schedules and each firing runs on exactly one of them
 * (docs/adr/0011). At start-up it registers every {@link ScheduledTask} bean, then starts unless
 * {@code app.scheduling.enabled} is false, on a thread of its own so the HTTP server does not wait for it; when the
 * context closes it stops after the running jobs have finished.
 */
@Singleton
class ClusteredScheduler {

    static final String NAME = "steward";
    private static final Logger LOG = LoggerFactory.getLogger(ClusteredScheduler.class);

    private final SchedulingConfig config;
    private final List<ScheduledTask> tasks;
    private final Scheduler quartz;
    private final long creating = System.nanoTime();
    private final Thread starter = new Thread(this::startInBackground, "scheduler-start");

    ClusteredScheduler(
            SchedulingConfig config,
            DataSource dataSource,
            BeanJobFactory jobs,
            List<ScheduledTask> tasks,
            List<ScheduleHandler> handlers)
            throws SchedulerException {
        this.config = config;
        this.tasks = tasks;
        JobRuns.ensureUnique(tasks.stream().map(ScheduledTask::name).toList(), "scheduled task");
        ScheduleJob.ensureUnique(handlers);
        // Quartz looks connection providers up by name in a JVM-wide registry: a name of our own per scheduler, so
        // that two application contexts in one JVM (tests) never use each other's pool.
        String connections = "steward-" + UUID.randomUUID();
        DBConnectionManager.getInstance()
                .addConnectionProvider(
                        connections, new PoolConnections(DelegatingDataSource.unwrapDataSource(dataSource)));
        this.quartz = new StdSchedulerFactory(properties(config, connections)).getScheduler();
        // Quartz also keeps schedulers in a JVM-wide registry by name, and hands out the existing one for the same
        // name; this one belongs to this application context only.
        SchedulerRepository.getInstance().remove(NAME);
        quartz.setJobFactory(jobs);
    }

    static Properties properties(SchedulingConfig config, String connections) {
        Properties p = new Properties();
        p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, NAME);
        p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_ID, config.instanceId());
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty(
                "org.quartz.scheduler.idleWaitTime",
                String.valueOf(Math.max(1000, config.idleWait().toMillis())));
        p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(Math.max(1, config.threads())));
        p.setProperty("org.quartz.threadPool.threadNamePrefix", "scheduler");
        p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        p.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", PortableJdbcDelegate.class.getName());
        p.setProperty("org.quartz.jobStore.dataSource", connections);
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty(
                "org.quartz.jobStore.clusterCheckinInterval",
                String.valueOf(config.checkInInterval().toMillis()));
        p.setProperty(
                "org.quartz.jobStore.misfireThreshold",
                String.valueOf(config.misfireThreshold().toMillis()));
        // job data as strings, never Java-serialized objects
        p.setProperty("org.quartz.jobStore.useProperties", "true");
        // instances take the next triggers one at a time under the QRTZ_LOCKS row lock
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        return p;
    }

    Scheduler quartz() {
        return quartz;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        for (ScheduledTask task : tasks) {
            cronOf(task); // a task with an invalid cron stops the start-up here
        }
        // the database work runs beside the rest of the start-up, which does not wait for it
        starter.setDaemon(true);
        starter.start();
    }

    private void startInBackground() {
        try {
            register();
            if (config.enabled()) {
                quartz.start();
                LOG.info(
                        "Scheduler started in {} ms: instance {}, {} task(s), check-in every {} s",
                        (System.nanoTime() - creating) / 1_000_000,
                        quartz.getSchedulerInstanceId(),
                        tasks.size(),
                        config.checkInInterval().toSeconds());
            } else {
                LOG.info("Scheduler not started on this instance (app.scheduling.enabled=false); others run the jobs");
            }
        } catch (SchedulerException | RuntimeException e) {
            LOG.error(
                    "The scheduler could not start; this instance runs no scheduled jobs:\n{}",
                    UnexpectedErrorHandler.describe(e));
        }
    }

    /**
     * Makes the stored tasks match the task beans. Idempotent, and safe when several instances start at once: a
     * trigger whose cron is unchanged is kept (so a firing missed while every instance was down still runs once),
     * a changed one is replaced, and a task without a bean any more is removed.
     */
    void register() throws SchedulerException {
        Set<JobKey> wanted = new HashSet<>();
        for (ScheduledTask task : tasks) {
            wanted.add(JobKeys.task(task.name()));
            CronScheduleBuilder schedule = cronOf(task);
            TriggerKey triggerKey = JobKeys.taskTrigger(task.name());
            if (unchanged(quartz.getTrigger(triggerKey), task)) {
                if (quartz.getTriggerState(triggerKey) == Trigger.TriggerState.ERROR) {
                    quartz.resetTriggerFromErrorState(triggerKey);
                }
                continue;
            }
            JobDetail job = JobBuilder.newJob(TaskJob.class)
                    .withIdentity(JobKeys.task(task.name()))
                    .build();
            Trigger trigger = TriggerBuilder.newTrigger()
                    .withIdentity(triggerKey)
                    .forJob(job)
                    .withSchedule(schedule)
                    .build();
            quartz.scheduleJob(job, Set.of(trigger), true); // replace: another instance may be doing the same
            LOG.info("Scheduled task {} registered: {} ({})", task.name(), task.cron(), task.zone());
        }
        for (JobKey stored : quartz.getJobKeys(GroupMatcher.jobGroupEquals(JobKeys.TASKS))) {
            if (!wanted.contains(stored)) {
                quartz.deleteJob(stored);
                LOG.info("Scheduled task {} removed: no task of that name any more", stored.getName());
            }
        }
    }

    private static CronScheduleBuilder cronOf(ScheduledTask task) {
        return CronSchedules.parse(task.cron(), task.zone())
                .orElseThrow(() -> new IllegalStateException(
                        "Scheduled task " + task.name() + " has an invalid cron expression: " + task.cron()))
                .withMisfireHandlingInstructionFireAndProceed();
    }

    private static boolean unchanged(Trigger stored, ScheduledTask task) {
        return stored instanceof CronTrigger cron
                && cron.getCronExpression().equals(task.cron())
                && cron.getTimeZone().equals(TimeZone.getTimeZone(task.zone()));
    }

    @PreDestroy
    void shutdown() throws SchedulerException, InterruptedException {
        starter.join(30_000); // never start after the context closed
        quartz.shutdown(true); // waits for running jobs; releases the triggers this instance had taken
    }
}
