package org.steward.reporting.internal.schedules;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.steward.reporting.ReportRunStatus;
import org.steward.reporting.ReportRunView;
import org.steward.shared.persistence.DatabaseFailures;
import org.steward.shared.persistence.Sql;

/**
 * The {@code report_runs} and {@code report_run_files} tables, in the caller's transaction. Every change of a run's
 * state is one conditional statement that names the instance holding it, so an instance that lost its hold (it ran
 * past {@code claimed_until} and another took over) changes nothing.
 */
@Singleton
public class RunStore {

    private static final String COLUMNS = "id, schedule_id, scheduled_for, manual, status, attempt, next_attempt_at,"
            + " claimed_by, claimed_until, started_at, finished_at, duration_ms, row_count, names_hidden, error,"
            + " expires_at";
    private static final String BY = "reports";

    private final Sql sql;

    RunStore(Sql sql) {
        this.sql = sql;
    }

    /** A stored run. */
    public record RunRow(
            UUID id,
            UUID scheduleId,
            Instant scheduledFor,
            boolean manual,
            ReportRunStatus status,
            int attempt,
            Instant nextAttemptAt,
            String claimedBy,
            Instant claimedUntil,
            Instant startedAt,
            Instant finishedAt,
            Long durationMs,
            Long rowCount,
            boolean namesHidden,
            String error,
            Instant expiresAt) {}

    /**
     * Claims the slot {@code (scheduleId, scheduledFor)} with a new run, held by {@code instance} for its first attempt
     * until {@code until}; false when the slot already has a run (the unique key refused the row: another instance
     * fired it first). The refusal is caught here, inside the transaction, so the caller's transaction goes on.
     */
    public boolean insert(
            UUID id,
            UUID scheduleId,
            Instant scheduledFor,
            boolean manual,
            String instance,
            Instant now,
            Instant until,
            String by) {
        try {
            sql.update(
                    "INSERT INTO report_runs (id, schedule_id, scheduled_for, manual, status, attempt, claimed_by,"
                            + " claimed_until, started_at, names_hidden, created_at, created_by, updated_at, updated_by)"
                            + " VALUES (?, ?, ?, ?, 'RUNNING', 1, ?, ?, ?, FALSE, ?, ?, ?, ?)",
                    id,
                    scheduleId,
                    scheduledFor,
                    manual,
                    instance,
                    until,
                    now,
                    now,
                    by,
                    now,
                    by);
            return true;
        } catch (DataAccessException e) {
            if (DatabaseFailures.isConstraintViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    public Optional<RunRow> find(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM report_runs WHERE id = ?", RunStore::row, id);
    }

    public Optional<RunRow> findBySlot(UUID scheduleId, Instant scheduledFor) {
        return sql.one(
                "SELECT " + COLUMNS + " FROM report_runs WHERE schedule_id = ? AND scheduled_for = ?",
                RunStore::row,
                scheduleId,
                scheduledFor);
    }

    /** A schedule's runs, the latest slot first. */
    public List<RunRow> runsOf(UUID scheduleId, int limit) {
        return sql.list(
                "SELECT " + COLUMNS + " FROM report_runs WHERE schedule_id = ? ORDER BY scheduled_for DESC, id DESC"
                        + " LIMIT ?",
                RunStore::row,
                scheduleId,
                limit);
    }

    /** The latest run (by slot) of each of these schedules that has one. */
    public Map<UUID, RunRow> latest(Collection<UUID> scheduleIds) {
        Map<UUID, RunRow> latest = new LinkedHashMap<>();
        if (scheduleIds.isEmpty()) {
            return latest;
        }
        List<UUID> ids = List.copyOf(scheduleIds);
        List<RunRow> rows = sql.list(
                "SELECT " + COLUMNS + " FROM report_runs r WHERE r.schedule_id IN (" + Sql.marks(ids.size()) + ")"
                        + " AND r.scheduled_for = (SELECT MAX(l.scheduled_for) FROM report_runs l"
                        + " WHERE l.schedule_id = r.schedule_id)",
                RunStore::row,
                ids.toArray());
        rows.forEach(r -> latest.put(r.scheduleId(), r));
        return latest;
    }

    /**
     * Runs whose next attempt is due: waiting for a retry since {@code next_attempt_at}, or held past
     * {@code claimed_until} by an instance that stopped.
     */
    public List<UUID> due(Instant now, int limit) {
        return sql.list(
                "SELECT id FROM report_runs WHERE status = 'RUNNING' AND ((claimed_by IS NULL AND next_attempt_at <= ?)"
                        + " OR (claimed_by IS NOT NULL AND claimed_until < ?)) ORDER BY scheduled_for LIMIT ?",
                rs -> Sql.uuid(rs, "id"),
                now,
                now,
                limit);
    }

    /** Takes a due run for its next attempt (counted); of several instances at most one gets it. */
    public boolean claim(UUID id, String instance, Instant now, Instant until) {
        return sql.update(
                        "UPDATE report_runs SET claimed_by = ?, claimed_until = ?, next_attempt_at = NULL,"
                                + " attempt = attempt + 1, updated_at = ?, updated_by = ? WHERE id = ?"
                                + " AND status = 'RUNNING' AND ((claimed_by IS NULL AND next_attempt_at <= ?)"
                                + " OR (claimed_by IS NOT NULL AND claimed_until < ?))",
                        instance,
                        until,
                        now,
                        BY,
                        id,
                        now,
                        now)
                == 1;
    }

    public boolean succeeded(
            UUID id,
            String instance,
            Instant now,
            long durationMs,
            long rowCount,
            boolean namesHidden,
            Instant expires) {
        return sql.update(
                        "UPDATE report_runs SET status = 'SUCCEEDED', finished_at = ?, duration_ms = ?, row_count = ?,"
                                + " names_hidden = ?, error = NULL, expires_at = ?, claimed_by = NULL,"
                                + " claimed_until = NULL, updated_at = ?, updated_by = ?"
                                + " WHERE id = ? AND status = 'RUNNING' AND claimed_by = ?",
                        now,
                        durationMs,
                        rowCount,
                        namesHidden,
                        expires,
                        now,
                        BY,
                        id,
                        instance)
                == 1;
    }

    /** Lets go of the run after a failed attempt; the next one is due at {@code next}. */
    public boolean retryLater(UUID id, String instance, Instant next, String error, long durationMs, Instant now) {
        return sql.update(
                        "UPDATE report_runs SET next_attempt_at = ?, error = ?, duration_ms = ?, claimed_by = NULL,"
                                + " claimed_until = NULL, updated_at = ?, updated_by = ?"
                                + " WHERE id = ? AND status = 'RUNNING' AND claimed_by = ?",
                        next,
                        error,
                        durationMs,
                        now,
                        BY,
                        id,
                        instance)
                == 1;
    }

    public boolean failed(
            UUID id, String instance, int attempt, String error, long durationMs, Instant now, Instant expires) {
        return sql.update(
                        "UPDATE report_runs SET status = 'FAILED', attempt = ?, error = ?, finished_at = ?,"
                                + " duration_ms = ?, expires_at = ?, next_attempt_at = NULL, claimed_by = NULL,"
                                + " claimed_until = NULL, updated_at = ?, updated_by = ?"
                                + " WHERE id = ? AND status = 'RUNNING' AND claimed_by = ?",
                        attempt,
                        error,
                        now,
                        durationMs,
                        expires,
                        now,
                        BY,
                        id,
                        instance)
                == 1;
    }

    public void insertFile(UUID runId, String format, String fileName, byte[] content, Instant now) {
        sql.update(
                "INSERT INTO report_run_files (run_id, format, file_name, content, size, created_at, created_by,"
                        + " updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                runId,
                format,
                fileName,
                content,
                (long) content.length,
                now,
                BY,
                now,
                BY);
    }

    /** The files (without their content) of these runs, xlsx before pdf. */
    public Map<UUID, List<ReportRunView.FileView>> files(Collection<UUID> runIds) {
        Map<UUID, List<ReportRunView.FileView>> files = new LinkedHashMap<>();
        if (runIds.isEmpty()) {
            return files;
        }
        List<UUID> ids = List.copyOf(runIds);
        sql.list(
                        "SELECT run_id, format, file_name, size FROM report_run_files WHERE run_id IN ("
                                + Sql.marks(ids.size()) + ") ORDER BY run_id, format DESC",
                        rs -> Map.entry(
                                Sql.uuid(rs, "run_id"),
                                new ReportRunView.FileView(
                                        rs.getString("format"), rs.getString("file_name"), rs.getLong("size"))),
                        ids.toArray())
                .forEach(e -> files.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return files;
    }

    public record StoredFile(String fileName, byte[] content) {}

    public Optional<StoredFile> file(UUID runId, String format) {
        return sql.one(
                "SELECT file_name, content FROM report_run_files WHERE run_id = ? AND format = ?",
                rs -> new StoredFile(rs.getString("file_name"), rs.getBytes("content")),
                runId,
                format);
    }

    /** Deletes the files of runs that expired before {@code now}; returns how many. */
    public int purgeFiles(Instant now) {
        return sql.update(
                "DELETE FROM report_run_files WHERE run_id IN (SELECT id FROM report_runs WHERE expires_at < ?)", now);
    }

    private static RunRow row(ResultSet rs) throws SQLException {
        return new RunRow(
                Sql.uuid(rs, "id"),
                Sql.uuid(rs, "schedule_id"),
                Sql.instant(rs, "scheduled_for"),
                rs.getBoolean("manual"),
                ReportRunStatus.valueOf(rs.getString("status")),
                rs.getInt("attempt"),
                Sql.instant(rs, "next_attempt_at"),
                rs.getString("claimed_by"),
                Sql.instant(rs, "claimed_until"),
                Sql.instant(rs, "started_at"),
                Sql.instant(rs, "finished_at"),
                nullableLong(rs, "duration_ms"),
                nullableLong(rs, "row_count"),
                rs.getBoolean("names_hidden"),
                rs.getString("error"),
                Sql.instant(rs, "expires_at"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
