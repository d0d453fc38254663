package org.steward.platform.mail;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.steward.shared.persistence.DatabaseFailures;
import org.steward.shared.persistence.Sql;

/**
 * The {@code mail_outbox} table. Each method joins the caller's transaction, or runs in its own: delivery claims,
 * reads and marks a message in separate short transactions, never holding one open while it talks to the server.
 */
@Singleton
@Transactional
class MailOutbox {

    static final String PENDING = "PENDING";
    static final String SENDING = "SENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";

    private final Sql sql;

    MailOutbox(Sql sql) {
        this.sql = sql;
    }

    record Entry(
            UUID id,
            String dedupeKey,
            String status,
            String recipient,
            String subject,
            int attempts,
            Instant nextAttemptAt,
            String lastError,
            Instant sentAt,
            Instant createdAt,
            String createdBy) {}

    private static final String COLUMNS = "id, dedupe_key, status, recipient, subject, attempts, next_attempt_at,"
            + " last_error, sent_at, created_at, created_by";

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Entry(
                Sql.uuid(rs, "id"),
                rs.getString("dedupe_key"),
                rs.getString("status"),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getInt("attempts"),
                Sql.instant(rs, "next_attempt_at"),
                rs.getString("last_error"),
                Sql.instant(rs, "sent_at"),
                Sql.instant(rs, "created_at"),
                rs.getString("created_by"));
    }

    /**
     * Inserts the message; false when its dedupe key is already taken (by a transaction that committed first: a
     * concurrent one with the same key waits for it). The violation is caught here, inside the transactional
     * method, so the caller's transaction goes on.
     */
    public boolean insert(
            UUID id, String dedupeKey, String recipient, String subject, byte[] message, Instant at, String by) {
        try {
            sql.update(
                    "INSERT INTO mail_outbox (id, dedupe_key, status, recipient, subject, message, attempts,"
                            + " next_attempt_at, created_at, created_by, updated_at, updated_by)"
                            + " VALUES (?, ?, 'PENDING', ?, ?, ?, 0, ?, ?, ?, ?, ?)",
                    id,
                    dedupeKey,
                    recipient,
                    subject,
                    message,
                    at,
                    at,
                    by,
                    at,
                    by);
            return true;
        } catch (DataAccessException e) {
            if (dedupeKey != null && DatabaseFailures.isConstraintViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    public Optional<UUID> idOfDedupeKey(String key) {
        return sql.one("SELECT id FROM mail_outbox WHERE dedupe_key = ?", rs -> Sql.uuid(rs, "id"), key);
    }

    /** Messages due now: waiting for their attempt, or held too long by an instance that died mid-send. */
    public List<UUID> due(Instant now, int limit) {
        return sql.list(
                "SELECT id FROM mail_outbox WHERE (status = 'PENDING' AND next_attempt_at <= ?)"
                        + " OR (status = 'SENDING' AND claimed_until < ?) ORDER BY next_attempt_at LIMIT ?",
                rs -> Sql.uuid(rs, "id"),
                now,
                now,
                limit);
    }

    /**
     * Takes the message for this instance if it is still due: one statement, so of two instances (or two threads)
     * at most one gets it. Counts the attempt.
     */
    public boolean claim(UUID id, String instance, Instant now, Instant until) {
        return sql.update(
                        "UPDATE mail_outbox SET status = 'SENDING', claimed_by = ?, claimed_until = ?,"
                                + " attempts = attempts + 1, updated_at = ?, updated_by = ? WHERE id = ?"
                                + " AND ((status = 'PENDING' AND next_attempt_at <= ?)"
                                + " OR (status = 'SENDING' AND claimed_until < ?))",
                        instance,
                        until,
                        now,
                        "mail",
                        id,
                        now,
                        now)
                == 1;
    }

    record Claimed(byte[] message, int attempts) {}

    public Optional<Claimed> claimed(UUID id, String instance) {
        return sql.one(
                "SELECT message, attempts FROM mail_outbox WHERE id = ? AND status = 'SENDING' AND claimed_by = ?",
                rs -> new Claimed(rs.getBytes("message"), rs.getInt("attempts")),
                id,
                instance);
    }

    public void sent(UUID id, String instance, Instant now) {
        sql.update(
                "UPDATE mail_outbox SET status = 'SENT', sent_at = ?, claimed_by = NULL, claimed_until = NULL,"
                        + " last_error = NULL, updated_at = ?, updated_by = 'mail'"
                        + " WHERE id = ? AND claimed_by = ?",
                now,
                now,
                id,
                instance);
    }

    public void retryLater(UUID id, String instance, Instant next, String error, Instant now) {
        sql.update(
                "UPDATE mail_outbox SET status = 'PENDING', next_attempt_at = ?, last_error = ?, claimed_by = NULL,"
                        + " claimed_until = NULL, updated_at = ?, updated_by = 'mail' WHERE id = ? AND claimed_by = ?",
                next,
                error,
                now,
                id,
                instance);
    }

    public void failed(UUID id, String instance, String error, Instant now) {
        sql.update(
                "UPDATE mail_outbox SET status = 'FAILED', last_error = ?, claimed_by = NULL, claimed_until = NULL,"
                        + " updated_at = ?, updated_by = 'mail' WHERE id = ? AND claimed_by = ?",
                error,
                now,
                id,
                instance);
    }

    /** An administrator's retry of a failed message: due at once, with a fresh count of attempts. */
    public boolean requeue(UUID id, Instant now, String by) {
        return sql.update(
                        "UPDATE mail_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?, updated_at = ?,"
                                + " updated_by = ? WHERE id = ? AND status = 'FAILED'",
                        now,
                        now,
                        by,
                        id)
                == 1;
    }

    public Optional<Entry> find(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM mail_outbox WHERE id = ?", MailOutbox::entry, id);
    }

    public List<Entry> list(String status, int page, int size) {
        return status == null
                ? sql.list(
                        "SELECT " + COLUMNS + " FROM mail_outbox ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
                        MailOutbox::entry,
                        size,
                        (long) page * size)
                : sql.list(
                        "SELECT " + COLUMNS + " FROM mail_outbox WHERE status = ?"
                                + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
                        MailOutbox::entry,
                        status,
                        size,
                        (long) page * size);
    }

    public long count(String status) {
        return status == null
                ? sql.count("SELECT COUNT(*) FROM mail_outbox")
                : sql.count("SELECT COUNT(*) FROM mail_outbox WHERE status = ?", status);
    }
}
