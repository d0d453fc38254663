package org.steward.reporting.internal.schedules;

import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.reporting.ReportFormat;
import org.steward.reporting.ReportResult;
import org.steward.reporting.ReportService;
import org.steward.reporting.ReportSettings;
import org.steward.reporting.ReportViewer;
import org.steward.reporting.ReportsConfig;
import org.steward.reporting.internal.schedules.DeliveryMails.Produced;
import org.steward.reporting.internal.schedules.RunLedger.Attempt;
import org.steward.shared.errors.FailureTrace;
import org.steward.shared.errors.InvalidInputException;
import org.steward.shared.errors.StewardException;
import org.steward.shared.security.StaffDirectory.StaffAccount;

/**
 * Runs one attempt of a run this instance holds: the report as the schedule's owner sees it today (their current
 * roles, the board-names setting), as of the run's date in the schedule's zone, exported to each format; then the
 * outcome is recorded through {@link RunLedger}. A failure is retried up to {@code app.reports.max-attempts} times,
 * unless retrying cannot help (the parameters, the report or the owner's rights are at fault). Logs name runs and
 * schedules by id and failures by exception class and stack frames, never by message or content.
 */
@Singleton
public class RunAttempts {

    private static final Logger LOG = LoggerFactory.getLogger(RunAttempts.class);
    static final String LOST = "reports.attempt-lost: the instance running the last attempt stopped before it finished";

    private final String instance = "reports-" + UUID.randomUUID();
    private final RunLedger ledger;
    private final ReportService reports;
    private final ReportSettings settings;
    private final ReportsConfig config;
    private final ExecutorService executor;

    RunAttempts(
            RunLedger ledger,
            ReportService reports,
            ReportSettings settings,
            ReportsConfig config,
            @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.ledger = ledger;
        this.reports = reports;
        this.settings = settings;
        this.config = config;
        this.executor = executor;
    }

    /** This instance's name in {@code report_runs.claimed_by}. */
    public String instance() {
        return instance;
    }

    /**
     * Runs the attempt off the caller's thread (a "run now" answers at once). If it cannot start here (shutting
     * down), another instance takes the run over once this one's hold expires.
     */
    public void attemptInBackground(UUID runId) {
        try {
            executor.execute(() -> {
                // the executor carries the request's context; the attempt opens transactions of its own
                try (PropagatedContext.Scope ignored = PropagatedContext.empty().propagate()) {
                    attempt(runId);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("Report run {} could not start on this instance; another takes it over later", runId);
        }
    }

    /** Runs the attempt this instance holds on the run; does nothing when it does not hold it. */
    public void attempt(UUID runId) {
        long start = System.nanoTime();
        Attempt attempt;
        try {
            attempt = ledger.begin(runId, instance).orElse(null);
        } catch (RuntimeException e) {
            LOG.error("Report run {} could not be read:\n{}", runId, FailureTrace.describe(e));
            return;
        }
        if (attempt == null) {
            LOG.info("Report run {} is not held by this instance (any more): attempt skipped", runId);
            return;
        }
        int number = attempt.run().attempt();
        UUID scheduleId = attempt.schedule().id();
        if (number > config.maxAttempts()) {
            record(attempt, LOST, true, 0);
            LOG.warn(
                    "Report run {} of schedule {} failed: its last attempt was lost with its instance",
                    runId,
                    scheduleId);
            return;
        }
        try {
            StaffAccount owner = attempt.owner().orElseThrow(OwnerUnavailable::new);
            var schedule = attempt.schedule();
            Map<String, String> raw = new LinkedHashMap<>(schedule.parameters());
            raw.put(
                    "asOf",
                    LocalDate.ofInstant(attempt.run().scheduledFor(), schedule.zone())
                            .toString());
            ReportViewer viewer = new ReportViewer(owner.roles(), settings.get().boardSeesDonorNames());
            ReportResult result = reports.run(schedule.report(), raw, viewer, schedule.zone(), true);
            List<Produced> files = new ArrayList<>();
            for (ReportFormat format : schedule.format().formats()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                reports.export(result, format, out);
                files.add(new Produced(
                        format.extension(),
                        result.fileBaseName() + "." + format.extension(),
                        format.mediaType(),
                        out.toByteArray()));
            }
            long millis = millisSince(start);
            if (ledger.succeeded(attempt, instance, result, files, millis)) {
                LOG.info(
                        "Report run {} of schedule {} succeeded (attempt {}): {} row(s) in {} ms",
                        runId,
                        scheduleId,
                        number,
                        result.rowCount(),
                        millis);
            } else {
                LOG.warn(
                        "Report run {} of schedule {} finished after this instance lost its hold: result dropped",
                        runId,
                        scheduleId);
            }
        } catch (IOException | RuntimeException e) {
            boolean last = permanent(e) || number >= config.maxAttempts();
            LOG.warn(
                    "Report run {} of schedule {} failed (attempt {} of {}; {}):\n{}",
                    runId,
                    scheduleId,
                    number,
                    config.maxAttempts(),
                    last ? "no further attempt, the owner is alerted" : "it is tried again",
                    FailureTrace.describe(e));
            record(attempt, describe(e), last, millisSince(start));
        }
    }

    private void record(Attempt attempt, String error, boolean last, long millis) {
        try {
            if (!ledger.failed(attempt, instance, error, last, millis)) {
                LOG.warn(
                        "Report run {}: this instance lost its hold before recording the failure",
                        attempt.run().id());
            }
        } catch (RuntimeException e) {
            // the hold expires and another instance (or this one) takes the run over as its next attempt
            LOG.error(
                    "Report run {}: the failure could not be recorded:\n{}",
                    attempt.run().id(),
                    FailureTrace.describe(e));
        }
    }

    /** Failures that another attempt would meet again: the request itself is at fault. */
    static boolean permanent(Throwable e) {
        return e instanceof StewardException s && s.status() >= 400 && s.status() < 500;
    }

    /** The failure in words for the run's {@code error} and the owner's alert: never a message that may quote data. */
    static String describe(Throwable e) {
        if (e instanceof InvalidInputException invalid) {
            return "validation.failed: the report's parameters are not valid ("
                    + String.join(
                            ", ",
                            invalid.errors().stream()
                                    .map(InvalidInputException.FieldError::field)
                                    .distinct()
                                    .toList())
                    + ")";
        }
        if (e instanceof StewardException s) {
            return s.code() + ": " + s.title();
        }
        return "Unexpected failure (" + e.getClass().getSimpleName() + ")";
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The owner is no longer an enabled user: no one's rights to run the report with. */
    static final class OwnerUnavailable extends StewardException {
        OwnerUnavailable() {
            super(
                    "reports.owner-unavailable",
                    "The schedule's owner is no longer an enabled user",
                    "The schedule's owner is no longer an enabled user.");
        }

        @Override
        public int status() {
            return 422;
        }
    }
}
