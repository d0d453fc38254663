package org.steward.reporting.internal.schedules;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;
import org.steward.reporting.ReportsConfig;
import org.steward.shared.scheduling.ScheduledTask;

/**
 * On one instance at a time ({@code app.reports.retry-cron}, every 15 s by default): runs the next attempt of each
 * run that is due one (a failed attempt after its delay, or an attempt whose instance stopped holding it).
 */
@Singleton
public class RunRetryTask implements ScheduledTask {

    private final RunLedger ledger;
    private final RunAttempts attempts;
    private final ReportsConfig config;

    RunRetryTask(RunLedger ledger, RunAttempts attempts, ReportsConfig config) {
        this.ledger = ledger;
        this.attempts = attempts;
        this.config = config;
    }

    @Override
    public String name() {
        return "reports.run-retries";
    }

    @Override
    public String cron() {
        return config.retryCron();
    }

    @Override
    public void run(Instant scheduledTime) {
        for (UUID id : ledger.due(50)) {
            if (ledger.claim(id, attempts.instance())) {
                attempts.attempt(id);
            }
        }
    }
}
