package org.steward.donations.internal;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.steward.donations.GiftStatus;
import org.steward.donations.PledgeQuery;
import org.steward.donations.PledgeStatus;
import org.steward.shared.ids.Ids;
import org.steward.shared.persistence.Sql;

/** Pledges, their installments and the applications of payments to them, in plain SQL in the caller's transaction. */
@Singleton
public class PledgeStore {

    static final String PLEDGE_COLUMNS = "id, constituent_id, amount, currency, paid_amount, written_off_amount,"
            + " pledged_on, status, fund_id, campaign_id, appeal_id, notes, version, created_at, created_by, updated_at,"
            + " updated_by";

    /** The first due date of an installment with something still open (null when none). */
    static final String NEXT_DUE = "(SELECT MIN(i.due_on) FROM pledge_installments i WHERE i.pledge_id = pledges.id"
            + " AND i.amount > i.paid_amount + i.written_off_amount)";

    private final Sql sql;

    public PledgeStore(Sql sql) {
        this.sql = sql;
    }

    public record InstallmentRow(
            UUID id,
            int sequence,
            LocalDate dueOn,
            BigDecimal amount,
            BigDecimal paidAmount,
            BigDecimal writtenOffAmount) {

        public BigDecimal open() {
            return amount.subtract(paidAmount).subtract(writtenOffAmount);
        }

        /** Touched by a payment or a write-off: a schedule change leaves it as it is. */
        public boolean touched() {
            return paidAmount.signum() != 0 || writtenOffAmount.signum() != 0;
        }
    }

    /** How much of a payment (gift) is applied to an installment, with that installment's due date. */
    public record ApplicationRow(
            UUID id, UUID giftId, UUID installmentId, LocalDate dueOn, int sequence, BigDecimal amount) {}

    /** A payment of the pledge as the pledge shows it. */
    public record PaymentRow(
            UUID giftId, LocalDate receivedOn, BigDecimal amount, BigDecimal refundedAmount, GiftStatus status) {}

    /** A list row: the pledge and its next open due date. */
    public record ListRow(PledgeRow pledge, LocalDate nextDueOn) {}

    public void insert(PledgeRow p) {
        sql.update(
                "INSERT INTO pledges (" + PLEDGE_COLUMNS + ") VALUES (" + Sql.marks(17) + ")",
                p.id(),
                p.constituentId(),
                p.amount(),
                p.currency(),
                p.paidAmount(),
                p.writtenOffAmount(),
                p.pledgedOn(),
                p.status(),
                p.fundId(),
                p.campaignId(),
                p.appealId(),
                p.notes(),
                p.version(),
                p.createdAt(),
                p.createdBy(),
                p.updatedAt(),
                p.updatedBy());
    }

    public Optional<PledgeRow> find(UUID id) {
        return sql.one("SELECT " + PLEDGE_COLUMNS + " FROM pledges WHERE id = ?", PledgeStore::pledge, id);
    }

    /** Locks the pledge row: every change of a pledge's money or schedule takes this lock first. */
    public Optional<PledgeRow> lock(UUID id) {
        return sql.one("SELECT " + PLEDGE_COLUMNS + " FROM pledges WHERE id = ? FOR UPDATE", PledgeStore::pledge, id);
    }

    /** Writes the amount, sums, status and notes of a pledge read under lock, bumping its version. */
    public void update(PledgeRow p) {
        sql.update(
                "UPDATE pledges SET amount = ?, paid_amount = ?, written_off_amount = ?, status = ?, notes = ?,"
                        + " version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?",
                p.amount(),
                p.paidAmount(),
                p.writtenOffAmount(),
                p.status(),
                p.notes(),
                p.updatedAt(),
                p.updatedBy(),
                p.id());
    }

    // installments

    public void insertInstallments(UUID pledgeId, List<InstallmentRow> rows, Instant at, String by) {
        sql.batch(
                "INSERT INTO pledge_installments (id, pledge_id, sequence_number, due_on, amount, paid_amount,"
                        + " written_off_amount, created_at, created_by, updated_at, updated_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
                i -> new Object[] {
                    i.id(),
                    pledgeId,
                    i.sequence(),
                    i.dueOn(),
                    i.amount(),
                    i.paidAmount(),
                    i.writtenOffAmount(),
                    at,
                    by,
                    at,
                    by
                });
    }

    /** The schedule in due order. */
    public List<InstallmentRow> installments(UUID pledgeId) {
        return sql.list(
                "SELECT id, sequence_number, due_on, amount, paid_amount, written_off_amount FROM pledge_installments"
                        + " WHERE pledge_id = ? ORDER BY due_on, sequence_number, id",
                rs -> new InstallmentRow(
                        Sql.uuid(rs, "id"),
                        rs.getInt("sequence_number"),
                        Sql.date(rs, "due_on"),
                        rs.getBigDecimal("amount").setScale(2),
                        rs.getBigDecimal("paid_amount").setScale(2),
                        rs.getBigDecimal("written_off_amount").setScale(2)),
                pledgeId);
    }

    public void updateInstallment(InstallmentRow i, Instant at, String by) {
        sql.update(
                "UPDATE pledge_installments SET sequence_number = ?, due_on = ?, amount = ?, paid_amount = ?,"
                        + " written_off_amount = ?, updated_at = ?, updated_by = ? WHERE id = ?",
                i.sequence(),
                i.dueOn(),
                i.amount(),
                i.paidAmount(),
                i.writtenOffAmount(),
                at,
                by,
                i.id());
    }

    /** Deletes an installment nothing was applied to (the caller checked it is untouched). */
    public void deleteInstallment(UUID id) {
        sql.update("DELETE FROM pledge_installments WHERE id = ?", id);
    }

    // applications of payments

    public void insertApplication(
            UUID pledgeId, UUID giftId, UUID installmentId, BigDecimal amount, Instant at, String by) {
        sql.update(
                "INSERT INTO pledge_applications (id, pledge_id, gift_id, installment_id, amount, created_at,"
                        + " created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Ids.next(),
                pledgeId,
                giftId,
                installmentId,
                amount,
                at,
                by,
                at,
                by);
    }

    public void updateApplication(UUID id, BigDecimal amount, Instant at, String by) {
        sql.update(
                "UPDATE pledge_applications SET amount = ?, updated_at = ?, updated_by = ? WHERE id = ?",
                amount,
                at,
                by,
                id);
    }

    public void deleteApplication(UUID id) {
        sql.update("DELETE FROM pledge_applications WHERE id = ?", id);
    }

    /** What of this payment is applied where, latest due installment first (the order a reversal takes). */
    public List<ApplicationRow> applicationsOf(UUID giftId) {
        return sql.list(
                "SELECT a.id, a.gift_id, a.installment_id, i.due_on, i.sequence_number, a.amount"
                        + " FROM pledge_applications a JOIN pledge_installments i ON i.id = a.installment_id"
                        + " WHERE a.gift_id = ? ORDER BY i.due_on DESC, i.sequence_number DESC, a.id DESC",
                rs -> new ApplicationRow(
                        Sql.uuid(rs, "id"),
                        Sql.uuid(rs, "gift_id"),
                        Sql.uuid(rs, "installment_id"),
                        Sql.date(rs, "due_on"),
                        rs.getInt("sequence_number"),
                        rs.getBigDecimal("amount").setScale(2)),
                giftId);
    }

    /** The payments of a pledge, oldest first, with how much of each is applied now. */
    public List<PaymentRow> payments(UUID pledgeId) {
        return sql.list(
                "SELECT id, received_on, amount, refunded_amount, status FROM gifts WHERE pledge_id = ?"
                        + " ORDER BY received_on, id",
                rs -> new PaymentRow(
                        Sql.uuid(rs, "id"),
                        Sql.date(rs, "received_on"),
                        rs.getBigDecimal("amount").setScale(2),
                        rs.getBigDecimal("refunded_amount").setScale(2),
                        GiftStatus.valueOf(rs.getString("status"))),
                pledgeId);
    }

    /** Per payment of the pledge, the sum applied now. */
    public Map<UUID, BigDecimal> appliedByGift(UUID pledgeId) {
        Map<UUID, BigDecimal> applied = new HashMap<>();
        sql.list(
                        "SELECT gift_id, SUM(amount) AS applied FROM pledge_applications WHERE pledge_id = ?"
                                + " GROUP BY gift_id",
                        rs -> Map.entry(
                                Sql.uuid(rs, "gift_id"),
                                rs.getBigDecimal("applied").setScale(2)),
                        pledgeId)
                .forEach(e -> applied.put(e.getKey(), e.getValue()));
        return applied;
    }

    // the list

    public List<ListRow> search(PledgeQuery query, LocalDate today, int page, int size) {
        List<Object> params = new ArrayList<>();
        String where = where(query, today, params);
        params.add(size);
        params.add((long) page * size);
        return sql.list(
                "SELECT " + PLEDGE_COLUMNS + ", " + NEXT_DUE + " AS next_due_on FROM pledges" + where
                        + " ORDER BY pledged_on DESC, id DESC LIMIT ? OFFSET ?",
                rs -> new ListRow(pledge(rs), Sql.date(rs, "next_due_on")),
                params.toArray());
    }

    public long count(PledgeQuery query, LocalDate today) {
        List<Object> params = new ArrayList<>();
        return sql.count("SELECT COUNT(*) FROM pledges" + where(query, today, params), params.toArray());
    }

    private static String where(PledgeQuery query, LocalDate today, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (query.constituentId() != null) {
            conditions.add("constituent_id = ?");
            params.add(query.constituentId());
        }
        if (query.status() != null) {
            conditions.add("status = ?");
            params.add(query.status());
        }
        if (query.campaignId() != null) {
            conditions.add("campaign_id = ?");
            params.add(query.campaignId());
        }
        if (query.overdue() != null) {
            conditions.add((query.overdue() ? "" : "NOT ")
                    + "(status = 'OPEN' AND EXISTS (SELECT 1 FROM pledge_installments i WHERE i.pledge_id = pledges.id"
                    + " AND i.due_on < ? AND i.amount > i.paid_amount + i.written_off_amount))");
            params.add(today);
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    // merges

    public List<UUID> pledgeIdsOf(UUID constituentId) {
        return sql.list("SELECT id FROM pledges WHERE constituent_id = ?", rs -> Sql.uuid(rs, "id"), constituentId);
    }

    /** Moves these pledges from one donor to another (only those still with {@code from}), bumping their version. */
    public void movePledges(UUID from, UUID to, Collection<UUID> ids, Instant at, String by) {
        if (ids.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>(List.of(to, at, by, from));
        params.addAll(ids);
        sql.update(
                "UPDATE pledges SET constituent_id = ?, version = version + 1, updated_at = ?, updated_by = ?"
                        + " WHERE constituent_id = ? AND id IN (" + Sql.marks(ids.size()) + ")",
                params.toArray());
    }

    static PledgeRow pledge(ResultSet rs) throws SQLException {
        return new PledgeRow(
                Sql.uuid(rs, "id"),
                Sql.uuid(rs, "constituent_id"),
                rs.getBigDecimal("amount").setScale(2),
                rs.getString("currency"),
                rs.getBigDecimal("paid_amount").setScale(2),
                rs.getBigDecimal("written_off_amount").setScale(2),
                Sql.date(rs, "pledged_on"),
                PledgeStatus.valueOf(rs.getString("status")),
                Sql.uuid(rs, "fund_id"),
                Sql.uuid(rs, "campaign_id"),
                Sql.uuid(rs, "appeal_id"),
                rs.getString("notes"),
                rs.getLong("version"),
                Sql.instant(rs, "created_at"),
                rs.getString("created_by"),
                Sql.instant(rs, "updated_at"),
                rs.getString("updated_by"));
    }
}
