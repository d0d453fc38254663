package org.steward.reporting.internal.schedules;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.reporting.ReportsConfig;
import org.steward.shared.scheduling.ScheduledTask;
import org.steward.shared.time.Timestamps;

/**
 * Daily, on one instance ({@code app.reports.purge-cron}): deletes the files of runs past their retention
 * ({@code app.reports.run-retention}). The runs themselves stay in the history; their downloads answer 410.
 */
@Singleton
public class RunPurgeTask implements ScheduledTask {

    private static final Logger LOG = LoggerFactory.getLogger(RunPurgeTask.class);

    private final RunStore runs;
    private final ReportsConfig config;
    private final Timestamps timestamps;

    RunPurgeTask(RunStore runs, ReportsConfig config, Timestamps timestamps) {
        this.runs = runs;
        this.config = config;
        this.timestamps = timestamps;
    }

    @Override
    public String name() {
        return "reports.purge-expired-runs";
    }

    @Override
    public String cron() {
        return config.purgeCron();
    }

    @Override
    @Transactional
    public void run(Instant scheduledTime) {
        int deleted = runs.purgeFiles(timestamps.now());
        if (deleted > 0) {
            LOG.info("Deleted {} file(s) of expired report runs", deleted);
        }
    }
}
