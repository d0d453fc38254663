package org.steward.reporting.internal.schedules;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.reporting.ReportResult;
import org.steward.reporting.ReportsConfig;
import org.steward.reporting.internal.schedules.DeliveryMails.Produced;
import org.steward.reporting.internal.schedules.RunStore.RunRow;
import org.steward.reporting.internal.schedules.ScheduleStore.ScheduleRow;
import org.steward.shared.ids.Ids;
import org.steward.shared.mail.Mailer;
import org.steward.shared.security.StaffDirectory;
import org.steward.shared.security.StaffDirectory.StaffAccount;
import org.steward.shared.time.Timestamps;

/**
 * The transactions of a run's life: claiming a slot or a retry, and recording the outcome of an attempt together
 * with what follows from it (files and delivery mail on success; the owner's alert on the final failure), so that
 * either all of it is written or none.
 */
@Singleton
public class RunLedger {

    private static final Logger LOG = LoggerFactory.getLogger(RunLedger.class);

    private final ScheduleStore schedules;
    private final RunStore runs;
    private final Mailer mailer;
    private final StaffDirectory staff;
    private final ReportsConfig config;
    private final Timestamps timestamps;

    RunLedger(
            ScheduleStore schedules,
            RunStore runs,
            Mailer mailer,
            StaffDirectory staff,
            ReportsConfig config,
            Timestamps timestamps) {
        this.schedules = schedules;
        this.runs = runs;
        this.mailer = mailer;
        this.staff = staff;
        this.config = config;
        this.timestamps = timestamps;
    }

    /** What an attempt needs: the run, its schedule, and the owner as they are now (empty when no longer enabled). */
    public record Attempt(RunRow run, ScheduleRow schedule, Optional<StaffAccount> owner) {}

    @Transactional(readOnly = true)
    public Optional<ScheduleRow> schedule(UUID id) {
        return schedules.find(id);
    }

    /**
     * Claims the slot {@code scheduledFor} of the schedule with a new run held by {@code instance}: its id, or empty
     * when the slot already has a run.
     */
    @Transactional
    public Optional<UUID> claimSlot(UUID scheduleId, Instant scheduledFor, boolean manual, String instance, String by) {
        UUID id = Ids.next();
        Instant now = timestamps.now();
        return runs.insert(id, scheduleId, scheduledFor, manual, instance, now, now.plus(config.runTimeout()), by)
                ? Optional.of(id)
                : Optional.empty();
    }

    @Transactional(readOnly = true)
    public Optional<RunRow> slot(UUID scheduleId, Instant scheduledFor) {
        return runs.findBySlot(scheduleId, scheduledFor);
    }

    @Transactional(readOnly = true)
    public List<UUID> due(int limit) {
        return runs.due(timestamps.now(), limit);
    }

    /** Takes a due run for its next attempt; false if another instance took it first or it is no longer due. */
    @Transactional
    public boolean claim(UUID runId, String instance) {
        Instant now = timestamps.now();
        return runs.claim(runId, instance, now, now.plus(config.runTimeout()));
    }

    /** The run as this instance holds it for an attempt; empty when it does not hold it (any more). */
    @Transactional(readOnly = true)
    public Optional<Attempt> begin(UUID runId, String instance) {
        return runs.find(runId)
                .filter(r -> r.status() == org.steward.reporting.ReportRunStatus.RUNNING)
                .filter(r -> instance.equals(r.claimedBy()))
                .flatMap(r -> schedules.find(r.scheduleId()).map(s -> new Attempt(r, s, staff.accountOf(s.owner()))));
    }

    /**
     * Records the success: the run, its files and one mail per recipient, in one transaction. False (and nothing
     * written) when this instance no longer holds the run.
     */
    @Transactional
    public boolean succeeded(Attempt attempt, String instance, ReportResult result, List<Produced> files, long millis) {
        Instant now = timestamps.now();
        Instant expires = now.plus(config.runRetention());
        RunRow run = attempt.run();
        if (!runs.succeeded(run.id(), instance, now, millis, result.rowCount(), result.namesHidden(), expires)) {
            return false;
        }
        for (Produced f : files) {
            runs.insertFile(run.id(), f.format(), f.fileName(), f.content(), now);
        }
        long size = files.stream().mapToLong(f -> f.content().length).sum();
        boolean attach = size <= config.maxAttachmentBytes();
        for (String address : attempt.schedule().recipients()) {
            mailer.send(DeliveryMails.delivery(
                    attempt.schedule(), run.id(), run.scheduledFor(), result, files, attach, expires, address));
        }
        return true;
    }

    /**
     * Records a failed attempt: the next one is due after the retry delay, or, when {@code last}, the run has failed
     * and its owner is alerted by email (when they have an address). False when this instance no longer holds it.
     */
    @Transactional
    public boolean failed(Attempt attempt, String instance, String error, boolean last, long millis) {
        Instant now = timestamps.now();
        RunRow run = attempt.run();
        if (!last) {
            // at whole seconds, rounded up: never sooner than the delay
            Instant next = now.plus(config.delayAfter(run.attempt())).plusSeconds(1);
            return runs.retryLater(run.id(), instance, next, error, millis, now);
        }
        int attempts = Math.min(run.attempt(), config.maxAttempts());
        if (!runs.failed(run.id(), instance, attempts, error, millis, now, now.plus(config.runRetention()))) {
            return false;
        }
        Optional<StaffAccount> owner = attempt.owner();
        if (owner.isPresent()
                && owner.get().email() != null
                && !owner.get().email().isBlank()) {
            StaffAccount o = owner.get();
            mailer.send(DeliveryMails.alert(
                    attempt.schedule(), run.id(), run.scheduledFor(), attempts, error, o.email(), o.displayName()));
        } else {
            LOG.warn(
                    "Report run {} of schedule {} failed; its owner has no email address or is no longer enabled:"
                            + " no alert sent",
                    run.id(),
                    run.scheduleId());
        }
        return true;
    }
}
