package org.steward.reporting.internal.schedules;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.reporting.internal.schedules.ScheduleStore.ScheduleRow;
import org.steward.shared.scheduling.ScheduleHandler;
import org.steward.shared.scheduling.Schedules;

/**
 * A firing of a report schedule (Quartz trigger {@code reports.export}/{@code <schedule id>}): claims the slot by
 * inserting its run (a second instance firing the same slot finds it taken and does nothing), then runs the first
 * attempt. A trigger whose schedule is gone or disabled removes itself.
 */
@Singleton
public class ReportExportHandler implements ScheduleHandler {

    public static final String NAME = "reports.export";
    private static final Logger LOG = LoggerFactory.getLogger(ReportExportHandler.class);

    private final RunLedger ledger;
    private final RunAttempts attempts;
    private final Provider<Schedules> schedules; // the scheduler injects its handlers: a provider breaks the cycle

    ReportExportHandler(RunLedger ledger, RunAttempts attempts, Provider<Schedules> schedules) {
        this.ledger = ledger;
        this.attempts = attempts;
        this.schedules = schedules;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(String key, Map<String, String> data, Instant scheduledTime) {
        UUID id;
        try {
            id = UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            schedules.get().remove(NAME, key);
            return;
        }
        Optional<ScheduleRow> schedule = ledger.schedule(id);
        if (schedule.isEmpty() || !schedule.get().enabled()) {
            // deleted or disabled while its trigger was left behind (e.g. a transaction that failed at commit)
            schedules.get().remove(NAME, key);
            LOG.info("Report schedule {} is gone or disabled: its trigger is removed", id);
            return;
        }
        Instant slot = scheduledTime.truncatedTo(ChronoUnit.SECONDS);
        Optional<UUID> run = ledger.claimSlot(id, slot, false, attempts.instance(), "reports");
        if (run.isEmpty()) {
            LOG.info("Report schedule {}: the slot {} already has its run; nothing to do", id, slot);
            return;
        }
        attempts.attempt(run.get());
    }
}
