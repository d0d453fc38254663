package org.steward.reporting;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * {@code app.reports}: scheduled report runs (docs/adr/0025-report-schedules-and-runs.md, docs/operations.md).
 *
 * @param runRetention how long a run's files stay downloadable after it finished (then 410 and deleted)
 * @param maxAttempts attempts of a run before it counts as failed and its owner is alerted
 * @param retryDelay the wait after the first failed attempt; it doubles after each further one
 * @param runTimeout how long an instance holds an attempt it runs; an attempt held longer (its instance died) is
 *     taken over by another instance as the next attempt
 * @param retryCron how often (a Quartz cron, on one instance) runs waiting for a retry are looked for
 * @param purgeCron when (a Quartz cron, UTC, on one instance) the files of expired runs are deleted
 * @param maxAttachmentBytes the most a run's files may weigh together to go with the email; larger ones are only
 *     downloadable (the email says so)
 */
@ConfigurationProperties("app.reports")
public record ReportsConfig(
        @Bindable(defaultValue = "P90D") @NotNull Duration runRetention,
        @Bindable(defaultValue = "3") @Min(1) int maxAttempts,
        @Bindable(defaultValue = "1m") @NotNull Duration retryDelay,
        @Bindable(defaultValue = "30m") @NotNull Duration runTimeout,
        @Bindable(defaultValue = "0/15 * * * * ?") @NotNull String retryCron,
        @Bindable(defaultValue = "0 20 3 * * ?") @NotNull String purgeCron,
        @Bindable(defaultValue = "10485760") @Min(0) long maxAttachmentBytes) {

    /** The wait before attempt {@code attempts + 1}, after {@code attempts} failed ones (at most a day). */
    public Duration delayAfter(int attempts) {
        Duration delay = retryDelay;
        for (int i = 1; i < attempts && delay.compareTo(Duration.ofDays(1)) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : delay;
    }
}
