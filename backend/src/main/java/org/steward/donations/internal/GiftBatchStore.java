package org.steward.donations.internal;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.steward.donations.GiftBatchStatus;
import org.steward.shared.persistence.Sql;

/** Gift batches and their rows in plain SQL, inside the caller's transaction. */
@Singleton
public class GiftBatchStore {

    private static final String BATCH_COLUMNS = "b.id, b.name, b.currency, b.expected_count, b.expected_total,"
            + " b.status, b.posted_at, b.posted_by, b.created_at, b.created_by,"
            + " (SELECT COUNT(*) FROM gift_batch_rows r WHERE r.batch_id = b.id) AS entered_count,"
            + " (SELECT COALESCE(SUM(r.amount), 0) FROM gift_batch_rows r WHERE r.batch_id = b.id) AS entered_total";

    private static final String ROW_COLUMNS = "id, batch_id, constituent_id, amount, currency, exchange_rate,"
            + " exchange_rate_date, received_on, fund_id, campaign_id, appeal_id, payment_method, reference,"
            + " anonymous, notes, gift_id, created_at, created_by, updated_at, updated_by";

    private final Sql sql;

    public GiftBatchStore(Sql sql) {
        this.sql = sql;
    }

    /** A batch with what has been entered so far. */
    public record BatchRow(
            UUID id,
            String name,
            String currency,
            int expectedCount,
            BigDecimal expectedTotal,
            GiftBatchStatus status,
            Instant postedAt,
            String postedBy,
            Instant createdAt,
            String createdBy,
            int enteredCount,
            BigDecimal enteredTotal) {}

    /** One entered row: the fields of a simple gift, not yet a gift ({@code giftId} once posted). */
    public record EntryRow(
            UUID id,
            UUID batchId,
            UUID constituentId,
            BigDecimal amount,
            String currency,
            BigDecimal exchangeRate,
            LocalDate exchangeRateDate,
            LocalDate receivedOn,
            UUID fundId,
            UUID campaignId,
            UUID appealId,
            String paymentMethod,
            String reference,
            boolean anonymous,
            String notes,
            UUID giftId,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy) {}

    public void insertBatch(
            UUID id, String name, String currency, int expectedCount, BigDecimal expectedTotal, Instant at, String by) {
        sql.update(
                "INSERT INTO gift_batches (id, name, currency, expected_count, expected_total, status, created_at,"
                        + " created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                name,
                currency,
                expectedCount,
                expectedTotal,
                GiftBatchStatus.OPEN,
                at,
                by,
                at,
                by);
    }

    public Optional<BatchRow> find(UUID id) {
        return sql.one("SELECT " + BATCH_COLUMNS + " FROM gift_batches b WHERE b.id = ?", GiftBatchStore::batch, id);
    }

    /**
     * Locks the batch row until the transaction ends: row changes and posting of one batch queue here, so a batch
     * is posted once and never changes while it is being posted.
     */
    public Optional<GiftBatchStatus> lock(UUID id) {
        return sql.one(
                "SELECT status FROM gift_batches WHERE id = ? FOR UPDATE",
                rs -> GiftBatchStatus.valueOf(rs.getString("status")),
                id);
    }

    public List<BatchRow> list(GiftBatchStatus status, int page, int size) {
        String where = status == null ? "" : " WHERE b.status = ?";
        Object[] params = status == null
                ? new Object[] {size, (long) page * size}
                : new Object[] {status, size, (long) page * size};
        return sql.list(
                "SELECT " + BATCH_COLUMNS + " FROM gift_batches b" + where
                        + " ORDER BY b.created_at DESC, b.id DESC LIMIT ? OFFSET ?",
                GiftBatchStore::batch,
                params);
    }

    public long count(GiftBatchStatus status) {
        return status == null
                ? sql.count("SELECT COUNT(*) FROM gift_batches")
                : sql.count("SELECT COUNT(*) FROM gift_batches WHERE status = ?", status);
    }

    public void markPosted(UUID id, Instant at, String by) {
        sql.update(
                "UPDATE gift_batches SET status = ?, posted_at = ?, posted_by = ?, updated_at = ?, updated_by = ?"
                        + " WHERE id = ?",
                GiftBatchStatus.POSTED,
                at,
                by,
                at,
                by,
                id);
    }

    public List<EntryRow> rows(UUID batchId) {
        return sql.list(
                "SELECT " + ROW_COLUMNS + " FROM gift_batch_rows WHERE batch_id = ? ORDER BY id",
                GiftBatchStore::entry,
                batchId);
    }

    public Optional<EntryRow> row(UUID batchId, UUID rowId) {
        return sql.one(
                "SELECT " + ROW_COLUMNS + " FROM gift_batch_rows WHERE id = ? AND batch_id = ?",
                GiftBatchStore::entry,
                rowId,
                batchId);
    }

    /** The row's number in entry order (ids are time-ordered). */
    public int rowNumber(UUID batchId, UUID rowId) {
        return (int) sql.count("SELECT COUNT(*) FROM gift_batch_rows WHERE batch_id = ? AND id <= ?", batchId, rowId);
    }

    public long rowCount(UUID batchId) {
        return sql.count("SELECT COUNT(*) FROM gift_batch_rows WHERE batch_id = ?", batchId);
    }

    public void insertRow(EntryRow r) {
        sql.update(
                "INSERT INTO gift_batch_rows (" + ROW_COLUMNS + ") VALUES (" + Sql.marks(20) + ")",
                r.id(),
                r.batchId(),
                r.constituentId(),
                r.amount(),
                r.currency(),
                r.exchangeRate(),
                r.exchangeRateDate(),
                r.receivedOn(),
                r.fundId(),
                r.campaignId(),
                r.appealId(),
                r.paymentMethod(),
                r.reference(),
                r.anonymous(),
                r.notes(),
                r.giftId(),
                r.createdAt(),
                r.createdBy(),
                r.updatedAt(),
                r.updatedBy());
    }

    public void updateRow(EntryRow r) {
        sql.update(
                "UPDATE gift_batch_rows SET constituent_id = ?, amount = ?, currency = ?, exchange_rate = ?,"
                        + " exchange_rate_date = ?, received_on = ?, fund_id = ?, campaign_id = ?, appeal_id = ?,"
                        + " payment_method = ?, reference = ?, anonymous = ?, notes = ?, updated_at = ?, updated_by = ?"
                        + " WHERE id = ? AND batch_id = ?",
                r.constituentId(),
                r.amount(),
                r.currency(),
                r.exchangeRate(),
                r.exchangeRateDate(),
                r.receivedOn(),
                r.fundId(),
                r.campaignId(),
                r.appealId(),
                r.paymentMethod(),
                r.reference(),
                r.anonymous(),
                r.notes(),
                r.updatedAt(),
                r.updatedBy(),
                r.id(),
                r.batchId());
    }

    public int deleteRow(UUID batchId, UUID rowId) {
        return sql.update("DELETE FROM gift_batch_rows WHERE id = ? AND batch_id = ?", rowId, batchId);
    }

    public void linkGift(UUID rowId, UUID giftId) {
        sql.update("UPDATE gift_batch_rows SET gift_id = ? WHERE id = ?", giftId, rowId);
    }

    private static BatchRow batch(ResultSet rs) throws SQLException {
        return new BatchRow(
                Sql.uuid(rs, "id"),
                rs.getString("name"),
                rs.getString("currency"),
                rs.getInt("expected_count"),
                rs.getBigDecimal("expected_total"),
                GiftBatchStatus.valueOf(rs.getString("status")),
                Sql.instant(rs, "posted_at"),
                rs.getString("posted_by"),
                Sql.instant(rs, "created_at"),
                rs.getString("created_by"),
                rs.getInt("entered_count"),
                rs.getBigDecimal("entered_total"));
    }

    private static EntryRow entry(ResultSet rs) throws SQLException {
        return new EntryRow(
                Sql.uuid(rs, "id"),
                Sql.uuid(rs, "batch_id"),
                Sql.uuid(rs, "constituent_id"),
                rs.getBigDecimal("amount"),
                rs.getString("currency"),
                rs.getBigDecimal("exchange_rate"),
                Sql.date(rs, "exchange_rate_date"),
                Sql.date(rs, "received_on"),
                Sql.uuid(rs, "fund_id"),
                Sql.uuid(rs, "campaign_id"),
                Sql.uuid(rs, "appeal_id"),
                rs.getString("payment_method"),
                rs.getString("reference"),
                rs.getBoolean("anonymous"),
                rs.getString("notes"),
                Sql.uuid(rs, "gift_id"),
                Sql.instant(rs, "created_at"),
                rs.getString("created_by"),
                Sql.instant(rs, "updated_at"),
                rs.getString("updated_by"));
    }
}
