package org.steward.platform.scheduling;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.shared.scheduling.ScheduledTask;

/**
 * Runs one firing of a {@link ScheduledTask}, found by the job's name. {@link DisallowConcurrentExecution} is kept in
 * the job store, so across the cluster a task never runs twice at once.
 */
@Singleton
@DisallowConcurrentExecution
class TaskJob implements Job {

    private static final Logger LOG = LoggerFactory.getLogger(TaskJob.class);
    private final Map<String, ScheduledTask> tasks;

    TaskJob(List<ScheduledTask> tasks) {
        this.tasks = tasks.stream().collect(Collectors.toMap(ScheduledTask::name, Function.identity()));
    }

    @Override
    public void execute(JobExecutionContext context) {
        String name = context.getJobDetail().getKey().getName();
        ScheduledTask task = tasks.get(name);
        if (task == null) {
            // stored by an instance running another version of Steward (a rolling upgrade): skip this firing
            LOG.warn("Scheduled task {} is unknown to this instance; firing skipped", name);
            return;
        }
        JobRuns.run(
                "task " + name, () -> task.run(context.getScheduledFireTime().toInstant()));
    }
}
