package org.steward.constituents.internal;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.steward.shared.persistence.DatabaseFailures;
import org.steward.shared.persistence.Sql;

/**
 * The pairs users said are not duplicates ({@code constituent_not_duplicates}): one row per unordered pair, the
 * smaller id first.
 */
@Singleton
public class DismissalStore {

    /** A stored "not a duplicate": the other constituent of the pair, seen from one of them. */
    public record Row(UUID otherId, String reason, Instant createdAt, String createdBy) {}

    private final Sql sql;

    public DismissalStore(Sql sql) {
        this.sql = sql;
    }

    /**
     * Stores the pair; false when it was stored already (also by a transaction that committed meanwhile: the
     * refusal of the primary key is caught here, so the caller's transaction goes on).
     */
    public boolean insert(UUID one, UUID other, String reason, Instant now, String by) {
        Pair pair = Pair.of(one, other);
        try {
            sql.update(
                    "INSERT INTO constituent_not_duplicates (low_id, high_id, reason, created_at, created_by)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    pair.low(),
                    pair.high(),
                    reason,
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

    /** The pair as stored, read with a lock (so a row committed by another transaction just now is seen). */
    public Optional<Row> find(UUID one, UUID other) {
        Pair pair = Pair.of(one, other);
        return sql.one(
                "SELECT reason, created_at, created_by FROM constituent_not_duplicates WHERE low_id = ? AND high_id = ?"
                        + " FOR UPDATE",
                rs -> new Row(other, rs.getString("reason"), Sql.instant(rs, "created_at"), rs.getString("created_by")),
                pair.low(),
                pair.high());
    }

    /** Removes the pair; false when it was not stored. */
    public boolean delete(UUID one, UUID other) {
        Pair pair = Pair.of(one, other);
        return sql.update(
                        "DELETE FROM constituent_not_duplicates WHERE low_id = ? AND high_id = ?",
                        pair.low(),
                        pair.high())
                > 0;
    }

    /** Every pair {@code id} is part of, newest first. */
    public List<Row> of(UUID id) {
        return sql.list(
                "SELECT CASE WHEN low_id = ? THEN high_id ELSE low_id END AS other_id, reason, created_at, created_by"
                        + " FROM constituent_not_duplicates WHERE low_id = ? OR high_id = ?"
                        + " ORDER BY created_at DESC, other_id",
                rs -> new Row(
                        Sql.uuid(rs, "other_id"),
                        rs.getString("reason"),
                        Sql.instant(rs, "created_at"),
                        rs.getString("created_by")),
                id,
                id,
                id);
    }

    /** An unordered pair as the table keeps it: the smaller id first, ids compared as their text. */
    record Pair(UUID low, UUID high) {
        static Pair of(UUID one, UUID other) {
            return one.toString().compareTo(other.toString()) <= 0 ? new Pair(one, other) : new Pair(other, one);
        }
    }
}
