package org.steward.reporting.internal.schedules;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.steward.reporting.ScheduleFormat;
import org.steward.shared.persistence.Sql;

/**
 * The {@code report_schedules} table, in the caller's transaction. Parameters and recipients are stored as JSON text
 * (a portable column on MariaDB, MySQL and H2 alike).
 */
@Singleton
public class ScheduleStore {

    private static final String COLUMNS = "id, name, report, parameters, format, cron, time_zone, recipients, enabled,"
            + " owner, version, created_at, created_by, updated_at, updated_by";

    private final Sql sql;
    private final JsonMapper json;

    ScheduleStore(Sql sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    /** A stored schedule. */
    public record ScheduleRow(
            UUID id,
            String name,
            String report,
            Map<String, String> parameters,
            ScheduleFormat format,
            String cron,
            ZoneId zone,
            List<String> recipients,
            boolean enabled,
            String owner,
            long version,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy) {

        public ScheduleRow {
            parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
            recipients = List.copyOf(recipients);
        }
    }

    public void insert(ScheduleRow s) {
        sql.update(
                "INSERT INTO report_schedules (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.id(),
                s.name(),
                s.report(),
                write(s.parameters()),
                s.format(),
                s.cron(),
                s.zone().getId(),
                write(s.recipients()),
                s.enabled(),
                s.owner(),
                s.version(),
                s.createdAt(),
                s.createdBy(),
                s.updatedAt(),
                s.updatedBy());
    }

    /** Writes {@code s} (whose version is the new one) if the stored version is still {@code expected}. */
    public boolean update(ScheduleRow s, long expected) {
        return sql.update(
                        "UPDATE report_schedules SET name = ?, report = ?, parameters = ?, format = ?, cron = ?,"
                                + " time_zone = ?, recipients = ?, enabled = ?, version = ?, updated_at = ?,"
                                + " updated_by = ? WHERE id = ? AND version = ?",
                        s.name(),
                        s.report(),
                        write(s.parameters()),
                        s.format(),
                        s.cron(),
                        s.zone().getId(),
                        write(s.recipients()),
                        s.enabled(),
                        s.version(),
                        s.updatedAt(),
                        s.updatedBy(),
                        s.id(),
                        expected)
                == 1;
    }

    public Optional<ScheduleRow> find(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM report_schedules WHERE id = ?", this::row, id);
    }

    /** The schedule, its row locked until the transaction ends. */
    public Optional<ScheduleRow> lock(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM report_schedules WHERE id = ? FOR UPDATE", this::row, id);
    }

    /** Every schedule, or those of one owner; by name. */
    public List<ScheduleRow> list(String owner) {
        return owner == null
                ? sql.list("SELECT " + COLUMNS + " FROM report_schedules ORDER BY name, id", this::row)
                : sql.list(
                        "SELECT " + COLUMNS + " FROM report_schedules WHERE owner = ? ORDER BY name, id",
                        this::row,
                        owner);
    }

    /** Deletes the schedule with its runs and their files (foreign keys cascade). */
    public boolean delete(UUID id) {
        return sql.update("DELETE FROM report_schedules WHERE id = ?", id) == 1;
    }

    private ScheduleRow row(ResultSet rs) throws SQLException {
        return new ScheduleRow(
                Sql.uuid(rs, "id"),
                rs.getString("name"),
                rs.getString("report"),
                read(rs.getString("parameters"), Argument.mapOf(String.class, String.class)),
                ScheduleFormat.valueOf(rs.getString("format")),
                rs.getString("cron"),
                ZoneId.of(rs.getString("time_zone")),
                read(rs.getString("recipients"), Argument.listOf(String.class)),
                rs.getBoolean("enabled"),
                rs.getString("owner"),
                rs.getLong("version"),
                Sql.instant(rs, "created_at"),
                rs.getString("created_by"),
                Sql.instant(rs, "updated_at"),
                rs.getString("updated_by"));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
