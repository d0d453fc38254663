package org.steward.reporting;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import org.steward.audit.AuditTrail;
import org.steward.audit.FieldChange;
import org.steward.shared.errors.StaleVersionException;
import org.steward.shared.persistence.Sql;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

/** The reporting settings an administrator sets: whether board members see named donor lists. */
@Singleton
public class ReportSettings {

    public static final String ENTITY = "report-settings";

    @Serdeable
    public record View(boolean boardSeesDonorNames, long version) {}

    private final Sql sql;
    private final Timestamps timestamps;
    private final CurrentActor actor;
    private final AuditTrail audit;

    ReportSettings(Sql sql, Timestamps timestamps, CurrentActor actor, AuditTrail audit) {
        this.sql = sql;
        this.timestamps = timestamps;
        this.actor = actor;
        this.audit = audit;
    }

    /** The settings; before an administrator saves any, board members do not see names (version 0). */
    @Transactional(readOnly = true)
    public View get() {
        return sql.one(
                        "SELECT board_sees_donor_names, version FROM report_settings WHERE id = 1",
                        rs -> new View(rs.getBoolean(1), rs.getLong(2)))
                .orElse(new View(false, 0));
    }

    /** Saves the settings if {@code version} is still current (409 otherwise); audited. */
    @Transactional
    public View save(boolean boardSeesDonorNames, long version) {
        Instant now = timestamps.now();
        String by = actor.name();
        View before = sql.one(
                        "SELECT board_sees_donor_names, version FROM report_settings WHERE id = 1 FOR UPDATE",
                        rs -> new View(rs.getBoolean(1), rs.getLong(2)))
                .orElse(null);
        if (before == null) {
            if (version != 0) {
                throw new StaleVersionException("report settings", 1);
            }
            sql.update(
                    "INSERT INTO report_settings (id, board_sees_donor_names, version, created_at, created_by,"
                            + " updated_at, updated_by) VALUES (1, ?, 1, ?, ?, ?, ?)",
                    boardSeesDonorNames,
                    now,
                    by,
                    now,
                    by);
        } else {
            if (before.version() != version) {
                throw new StaleVersionException("report settings", 1);
            }
            sql.update(
                    "UPDATE report_settings SET board_sees_donor_names = ?, version = version + 1, updated_at = ?,"
                            + " updated_by = ? WHERE id = 1",
                    boardSeesDonorNames,
                    now,
                    by);
        }
        boolean was = before != null && before.boardSeesDonorNames();
        if (was != boardSeesDonorNames) {
            audit.record(
                    ENTITY,
                    1,
                    AuditTrail.UPDATED,
                    List.of(new FieldChange(
                            "boardSeesDonorNames", String.valueOf(was), String.valueOf(boardSeesDonorNames))));
        }
        return new View(boardSeesDonorNames, version + 1);
    }
}
