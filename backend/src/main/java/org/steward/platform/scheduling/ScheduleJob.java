package org.steward.platform.scheduling;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.shared.scheduling.ScheduleHandler;

/** Runs one firing of a user-defined schedule through its {@link ScheduleHandler}; never overlaps itself. */
@Singleton
@DisallowConcurrentExecution
class ScheduleJob implements Job {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleJob.class);
    private final Map<String, ScheduleHandler> handlers;

    ScheduleJob(List<ScheduleHandler> handlers) {
        this.handlers = handlers.stream().collect(Collectors.toMap(ScheduleHandler::name, Function.identity()));
    }

    @Override
    public void execute(JobExecutionContext context) {
        JobKey job = context.getJobDetail().getKey();
        String handlerName = JobKeys.handlerOf(job);
        ScheduleHandler handler = handlers.get(handlerName);
        if (handler == null) {
            LOG.warn(
                    "Schedule handler {} is unknown to this instance; firing of {} skipped",
                    handlerName,
                    job.getName());
            return;
        }
        Map<String, String> data = new HashMap<>();
        context.getJobDetail().getJobDataMap().forEach((name, value) -> data.put(name, String.valueOf(value)));
        JobRuns.run(
                "schedule " + handlerName + "/" + job.getName(),
                () -> handler.run(
                        job.getName(),
                        Map.copyOf(data),
                        context.getScheduledFireTime().toInstant()));
    }

    static void ensureUnique(List<ScheduleHandler> handlers) {
        JobRuns.ensureUnique(handlers.stream().map(ScheduleHandler::name).toList(), "schedule handler");
    }
}
