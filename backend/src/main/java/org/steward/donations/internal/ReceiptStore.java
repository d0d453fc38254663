package org.steward.donations.internal;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.steward.donations.ReceiptKind;
import org.steward.donations.ReceiptStatus;
import org.steward.shared.persistence.DatabaseFailures;
import org.steward.shared.persistence.Sql;

/** Receipts, their serial counters, the receipt template and gift acknowledgements, in the caller's transaction. */
@Singleton
public class ReceiptStore {

    static final String RECEIPT_COLUMNS = "id, serial_number, receipt_year, sequence_number, kind, status,"
            + " constituent_id, donor_name, donor_address, issued_on, currency, total_amount, benefits_amount,"
            + " eligible_amount, replaces_receipt_id, replaces_serial, replaced_by_receipt_id, void_reason, voided_at,"
            + " voided_by, print_count, version, created_at, created_by, updated_at, updated_by";

    private final Sql sql;

    public ReceiptStore(Sql sql) {
        this.sql = sql;
    }

    public record ReceiptRow(
            UUID id,
            String serialNumber,
            int receiptYear,
            long sequenceNumber,
            ReceiptKind kind,
            ReceiptStatus status,
            UUID constituentId,
            String donorName,
            String donorAddress,
            LocalDate issuedOn,
            String currency,
            BigDecimal totalAmount,
            BigDecimal benefitsAmount,
            BigDecimal eligibleAmount,
            UUID replacesReceiptId,
            String replacesSerial,
            UUID replacedByReceiptId,
            String voidReason,
            Instant voidedAt,
            String voidedBy,
            int printCount,
            long version,
            Instant createdAt,
            String createdBy) {}

    public record LineRow(
            UUID giftId,
            LocalDate receivedOn,
            String description,
            BigDecimal amount,
            BigDecimal benefitsAmount,
            BigDecimal eligibleAmount) {}

    // --- serial counters -------------------------------------------------------------------------------------------

    /** True if the year has its counter row (a plain read: takes no lock). */
    public boolean hasSerialYear(int year) {
        return sql.count("SELECT COUNT(*) FROM receipt_serials WHERE receipt_year = ?", year) > 0;
    }

    /** Creates the counter row of a year, starting at 1; a concurrent creation of the same row is not an error. */
    public void createSerialYear(int year, Instant at, String by) {
        try {
            sql.update(
                    "INSERT INTO receipt_serials (receipt_year, next_number, created_at, created_by, updated_at,"
                            + " updated_by) VALUES (?, 1, ?, ?, ?, ?)",
                    year,
                    at,
                    by,
                    at,
                    by);
        } catch (DataAccessException e) {
            if (!DatabaseFailures.isConstraintViolation(e)) {
                throw e;
            }
        }
    }

    /**
     * Draws the next number of the year: locks the year's counter row until the caller's transaction ends and moves
     * it on by one. A rollback puts the number back. Empty if the year has no counter row yet.
     */
    public Optional<Long> drawSerial(int year, Instant at, String by) {
        Optional<Long> next = sql.one(
                "SELECT next_number FROM receipt_serials WHERE receipt_year = ? FOR UPDATE",
                rs -> rs.getLong("next_number"),
                year);
        if (next.isPresent()) {
            sql.update(
                    "UPDATE receipt_serials SET next_number = next_number + 1, updated_at = ?, updated_by = ?"
                            + " WHERE receipt_year = ?",
                    at,
                    by,
                    year);
        }
        return next;
    }

    // --- receipts --------------------------------------------------------------------------------------------------

    public void insert(ReceiptRow r) {
        sql.update(
                "INSERT INTO receipts (" + RECEIPT_COLUMNS + ") VALUES (" + Sql.marks(26) + ")",
                r.id(),
                r.serialNumber(),
                r.receiptYear(),
                r.sequenceNumber(),
                r.kind(),
                r.status(),
                r.constituentId(),
                r.donorName(),
                r.donorAddress(),
                r.issuedOn(),
                r.currency(),
                r.totalAmount(),
                r.benefitsAmount(),
                r.eligibleAmount(),
                r.replacesReceiptId(),
                r.replacesSerial(),
                r.replacedByReceiptId(),
                r.voidReason(),
                r.voidedAt(),
                r.voidedBy(),
                r.printCount(),
                r.version(),
                r.createdAt(),
                r.createdBy(),
                r.createdAt(),
                r.createdBy());
    }

    /**
     * Links one gift to a live receipt. Returns false when the gift is already on another live receipt (the unique
     * key on {@code active_gift_id} refused it); the caller must then fail its transaction.
     */
    public boolean insertLine(UUID receiptId, LineRow line, Instant at, String by) {
        try {
            sql.update(
                    "INSERT INTO receipt_gifts (receipt_id, gift_id, active_gift_id, received_on, description, amount,"
                            + " benefits_amount, eligible_amount, created_at, created_by, updated_at, updated_by)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    receiptId,
                    line.giftId(),
                    line.giftId(),
                    line.receivedOn(),
                    line.description(),
                    line.amount(),
                    line.benefitsAmount(),
                    line.eligibleAmount(),
                    at,
                    by,
                    at,
                    by);
            return true;
        } catch (DataAccessException e) {
            if (DatabaseFailures.isConstraintViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    public Optional<ReceiptRow> find(UUID id) {
        return sql.one("SELECT " + RECEIPT_COLUMNS + " FROM receipts WHERE id = ?", ReceiptStore::receipt, id);
    }

    public Optional<ReceiptRow> lock(UUID id) {
        return sql.one(
                "SELECT " + RECEIPT_COLUMNS + " FROM receipts WHERE id = ? FOR UPDATE", ReceiptStore::receipt, id);
    }

    public List<LineRow> lines(UUID receiptId) {
        return sql.list(
                "SELECT gift_id, received_on, description, amount, benefits_amount, eligible_amount FROM receipt_gifts"
                        + " WHERE receipt_id = ? ORDER BY received_on, gift_id",
                rs -> new LineRow(
                        Sql.uuid(rs, "gift_id"),
                        Sql.date(rs, "received_on"),
                        rs.getString("description"),
                        rs.getBigDecimal("amount"),
                        rs.getBigDecimal("benefits_amount"),
                        rs.getBigDecimal("eligible_amount")),
                receiptId);
    }

    public List<ReceiptRow> search(UUID constituentId, Integer year, int page, int size) {
        List<Object> params = new ArrayList<>();
        String where = where(constituentId, year, params);
        params.add(size);
        params.add(page * size);
        return sql.list(
                "SELECT " + RECEIPT_COLUMNS + " FROM receipts" + where
                        + " ORDER BY receipt_year DESC, sequence_number DESC LIMIT ? OFFSET ?",
                ReceiptStore::receipt,
                params.toArray());
    }

    public long count(UUID constituentId, Integer year) {
        List<Object> params = new ArrayList<>();
        return sql.count("SELECT COUNT(*) FROM receipts" + where(constituentId, year, params), params.toArray());
    }

    private static String where(UUID constituentId, Integer year, List<Object> params) {
        List<String> terms = new ArrayList<>();
        if (constituentId != null) {
            terms.add("constituent_id = ?");
            params.add(constituentId);
        }
        if (year != null) {
            terms.add("receipt_year = ?");
            params.add(year);
        }
        return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }

    /** Cancels a receipt (VOID or REPLACED) and frees its gifts for another receipt. */
    public void cancel(
            UUID id, ReceiptStatus status, String reason, UUID replacedBy, long version, Instant at, String by) {
        sql.update(
                "UPDATE receipts SET status = ?, void_reason = ?, replaced_by_receipt_id = ?, voided_at = ?,"
                        + " voided_by = ?, version = ?, updated_at = ?, updated_by = ? WHERE id = ?",
                status,
                reason,
                replacedBy,
                at,
                by,
                version + 1,
                at,
                by,
                id);
        sql.update(
                "UPDATE receipt_gifts SET active_gift_id = NULL, updated_at = ?, updated_by = ? WHERE receipt_id = ?",
                at,
                by,
                id);
    }

    public void countPrint(UUID id, Instant at, String by) {
        sql.update(
                "UPDATE receipts SET print_count = print_count + 1, updated_at = ?, updated_by = ? WHERE id = ?",
                at,
                by,
                id);
    }

    public List<UUID> receiptIdsOf(UUID constituentId) {
        return sql.list("SELECT id FROM receipts WHERE constituent_id = ?", rs -> Sql.uuid(rs, "id"), constituentId);
    }

    /** Moves receipts to another constituent (merges); the donor name and address printed on them stay. */
    public void moveReceipts(UUID from, UUID to, List<UUID> ids, Instant at, String by) {
        if (ids.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>(List.of(to, at, by, from));
        params.addAll(ids);
        sql.update(
                "UPDATE receipts SET constituent_id = ?, updated_at = ?, updated_by = ? WHERE constituent_id = ?"
                        + " AND id IN (" + Sql.marks(ids.size()) + ")",
                params.toArray());
    }

    /** Ids of the donor's completed gifts received in the period that are on no live receipt, oldest first. */
    public List<UUID> unreceiptedGifts(UUID constituentId, LocalDate from, LocalDate to) {
        return sql.list(
                "SELECT g.id FROM gifts g WHERE g.constituent_id = ? AND g.received_on BETWEEN ? AND ?"
                        + " AND g.status = 'COMPLETED' AND NOT EXISTS (SELECT 1 FROM receipt_gifts rg"
                        + " WHERE rg.active_gift_id = g.id) ORDER BY g.id",
                rs -> Sql.uuid(rs, "id"),
                constituentId,
                from,
                to);
    }

    /** The live receipt a gift is on, if any. */
    public Optional<UUID> liveReceiptOf(UUID giftId) {
        return sql.one(
                "SELECT receipt_id FROM receipt_gifts WHERE active_gift_id = ?",
                rs -> Sql.uuid(rs, "receipt_id"),
                giftId);
    }

    private static ReceiptRow receipt(ResultSet rs) throws SQLException {
        return new ReceiptRow(
                Sql.uuid(rs, "id"),
                rs.getString("serial_number"),
                rs.getInt("receipt_year"),
                rs.getLong("sequence_number"),
                ReceiptKind.valueOf(rs.getString("kind")),
                ReceiptStatus.valueOf(rs.getString("status")),
                Sql.uuid(rs, "constituent_id"),
                rs.getString("donor_name"),
                rs.getString("donor_address"),
                Sql.date(rs, "issued_on"),
                rs.getString("currency"),
                rs.getBigDecimal("total_amount"),
                rs.getBigDecimal("benefits_amount"),
                rs.getBigDecimal("eligible_amount"),
                Sql.uuid(rs, "replaces_receipt_id"),
                rs.getString("replaces_serial"),
                Sql.uuid(rs, "replaced_by_receipt_id"),
                rs.getString("void_reason"),
                Sql.instant(rs, "voided_at"),
                rs.getString("voided_by"),
                rs.getInt("print_count"),
                rs.getLong("version"),
                Sql.instant(rs, "created_at"),
                rs.getString("created_by"));
    }
}
