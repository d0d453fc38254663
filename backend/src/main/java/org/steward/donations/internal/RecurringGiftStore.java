package org.steward.donations.internal;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.steward.donations.GiftStatus;
import org.steward.donations.RecurringFrequency;
import org.steward.donations.RecurringGiftClosure;
import org.steward.donations.RecurringGiftStatus;
import org.steward.shared.persistence.Sql;

/** Recurring gifts, their pauses, change log and payments, in plain SQL inside the caller's transaction. */
@Singleton
public class RecurringGiftStore {

    static final String COLUMNS = "id, constituent_id, amount, currency, fund_id, campaign_id, appeal_id,"
            + " payment_method, frequency, interval_count, day_of_month, start_on, schedule_start_on,"
            + " prior_expected_count, end_on, max_payments, status, closed_reason, closed_on, paid_count,"
            + " written_off_count, missed_count, next_expected_on, notes, version, created_at, created_by, updated_at,"
            + " updated_by";

    private final Sql sql;

    public RecurringGiftStore(Sql sql) {
        this.sql = sql;
    }

    public record PauseRow(UUID id, LocalDate pausedOn, LocalDate resumedOn, String reason) {

        public RecurringSchedule.Pause pause() {
            return new RecurringSchedule.Pause(pausedOn, resumedOn);
        }
    }

    public record ChangeRow(
            UUID id,
            String field,
            String oldValue,
            String newValue,
            LocalDate effectiveOn,
            String reason,
            Instant createdAt,
            String createdBy) {}

    public record PaymentRow(
            UUID giftId,
            int expectedIndex,
            LocalDate expectedOn,
            BigDecimal amount,
            String currency,
            LocalDate receivedOn,
            GiftStatus status) {}

    public void insert(RecurringGiftRow r) {
        sql.update(
                "INSERT INTO recurring_gifts (" + COLUMNS + ") VALUES (" + Sql.marks(29) + ")",
                r.id(),
                r.constituentId(),
                r.amount(),
                r.currency(),
                r.fundId(),
                r.campaignId(),
                r.appealId(),
                r.paymentMethod(),
                r.frequency(),
                r.intervalCount(),
                r.dayOfMonth(),
                r.startOn(),
                r.scheduleStartOn(),
                r.priorExpectedCount(),
                r.endOn(),
                r.maxPayments(),
                r.status(),
                r.closedReason(),
                r.closedOn(),
                r.paidCount(),
                r.writtenOffCount(),
                r.missedCount(),
                r.nextExpectedOn(),
                r.notes(),
                r.version(),
                r.createdAt(),
                r.createdBy(),
                r.updatedAt(),
                r.updatedBy());
    }

    /** Writes every field that changes of a row the caller has locked, bumping the version. */
    public void update(RecurringGiftRow r) {
        sql.update(
                "UPDATE recurring_gifts SET amount = ?, fund_id = ?, campaign_id = ?, appeal_id = ?, payment_method = ?,"
                        + " frequency = ?, interval_count = ?, day_of_month = ?, schedule_start_on = ?,"
                        + " prior_expected_count = ?, end_on = ?, max_payments = ?, status = ?, closed_reason = ?,"
                        + " closed_on = ?, paid_count = ?, written_off_count = ?, missed_count = ?,"
                        + " next_expected_on = ?, notes = ?, version = version + 1, updated_at = ?, updated_by = ?"
                        + " WHERE id = ?",
                r.amount(),
                r.fundId(),
                r.campaignId(),
                r.appealId(),
                r.paymentMethod(),
                r.frequency(),
                r.intervalCount(),
                r.dayOfMonth(),
                r.scheduleStartOn(),
                r.priorExpectedCount(),
                r.endOn(),
                r.maxPayments(),
                r.status(),
                r.closedReason(),
                r.closedOn(),
                r.paidCount(),
                r.writtenOffCount(),
                r.missedCount(),
                r.nextExpectedOn(),
                r.notes(),
                r.updatedAt(),
                r.updatedBy(),
                r.id());
    }

    public Optional<RecurringGiftRow> find(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM recurring_gifts WHERE id = ?", RecurringGiftStore::row, id);
    }

    /** Locks the row: payments, changes and the daily task on one recurring gift run one after the other. */
    public Optional<RecurringGiftRow> lock(UUID id) {
        return sql.one(
                "SELECT " + COLUMNS + " FROM recurring_gifts WHERE id = ? FOR UPDATE", RecurringGiftStore::row, id);
    }

    public List<RecurringGiftRow> search(UUID constituentId, RecurringGiftStatus status, int page, int size) {
        List<Object> params = new ArrayList<>();
        String where = where(constituentId, status, params);
        params.add(size);
        params.add((long) page * size);
        return sql.list(
                "SELECT " + COLUMNS + " FROM recurring_gifts" + where + " ORDER BY start_on DESC, id DESC LIMIT ?"
                        + " OFFSET ?",
                RecurringGiftStore::row,
                params.toArray());
    }

    public long count(UUID constituentId, RecurringGiftStatus status) {
        List<Object> params = new ArrayList<>();
        return sql.count(
                "SELECT COUNT(*) FROM recurring_gifts" + where(constituentId, status, params), params.toArray());
    }

    private static String where(UUID constituentId, RecurringGiftStatus status, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (constituentId != null) {
            conditions.add("constituent_id = ?");
            params.add(constituentId);
        }
        if (status != null) {
            conditions.add("status = ?");
            params.add(status);
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Ids of the recurring gifts the daily task re-derives (all but closed ones), in id order after {@code after}. */
    public List<UUID> openIdsAfter(UUID after, int limit) {
        return sql.list(
                "SELECT id FROM recurring_gifts WHERE status <> 'CLOSED' AND id > ? ORDER BY id LIMIT ?",
                rs -> Sql.uuid(rs, "id"),
                after == null ? "" : after.toString(),
                limit);
    }

    // pauses

    public List<PauseRow> pauses(UUID recurringGiftId) {
        return sql.list(
                "SELECT id, paused_on, resumed_on, reason FROM recurring_gift_pauses WHERE recurring_gift_id = ?"
                        + " ORDER BY paused_on, id",
                rs -> new PauseRow(
                        Sql.uuid(rs, "id"),
                        Sql.date(rs, "paused_on"),
                        Sql.date(rs, "resumed_on"),
                        rs.getString("reason")),
                recurringGiftId);
    }

    public void insertPause(UUID recurringGiftId, PauseRow p, Instant at, String by) {
        sql.update(
                "INSERT INTO recurring_gift_pauses (id, recurring_gift_id, paused_on, resumed_on, reason, created_at,"
                        + " created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                p.id(),
                recurringGiftId,
                p.pausedOn(),
                p.resumedOn(),
                p.reason(),
                at,
                by,
                at,
                by);
    }

    public void endPause(UUID pauseId, LocalDate resumedOn, Instant at, String by) {
        sql.update(
                "UPDATE recurring_gift_pauses SET resumed_on = ?, updated_at = ?, updated_by = ? WHERE id = ?",
                resumedOn,
                at,
                by,
                pauseId);
    }

    public void deletePause(UUID pauseId) {
        sql.update("DELETE FROM recurring_gift_pauses WHERE id = ?", pauseId);
    }

    // change log

    public List<ChangeRow> changes(UUID recurringGiftId) {
        return sql.list(
                "SELECT id, field, old_value, new_value, effective_on, reason, created_at, created_by"
                        + " FROM recurring_gift_changes WHERE recurring_gift_id = ? ORDER BY created_at, id",
                rs -> new ChangeRow(
                        Sql.uuid(rs, "id"),
                        rs.getString("field"),
                        rs.getString("old_value"),
                        rs.getString("new_value"),
                        Sql.date(rs, "effective_on"),
                        rs.getString("reason"),
                        Sql.instant(rs, "created_at"),
                        rs.getString("created_by")),
                recurringGiftId);
    }

    public void insertChanges(UUID recurringGiftId, Collection<ChangeRow> rows) {
        sql.batch(
                "INSERT INTO recurring_gift_changes (id, recurring_gift_id, field, old_value, new_value, effective_on,"
                        + " reason, created_at, created_by, updated_at, updated_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
                c -> new Object[] {
                    c.id(),
                    recurringGiftId,
                    c.field(),
                    c.oldValue(),
                    c.newValue(),
                    c.effectiveOn(),
                    c.reason(),
                    c.createdAt(),
                    c.createdBy(),
                    c.createdAt(),
                    c.createdBy()
                });
    }

    // payments

    public List<PaymentRow> payments(UUID recurringGiftId) {
        return sql.list(
                "SELECT p.gift_id, p.expected_index, p.expected_on, g.amount, g.currency, g.received_on, g.status"
                        + " FROM recurring_gift_payments p JOIN gifts g ON g.id = p.gift_id"
                        + " WHERE p.recurring_gift_id = ? ORDER BY p.expected_index",
                rs -> new PaymentRow(
                        Sql.uuid(rs, "gift_id"),
                        rs.getInt("expected_index"),
                        Sql.date(rs, "expected_on"),
                        rs.getBigDecimal("amount").setScale(2),
                        rs.getString("currency"),
                        Sql.date(rs, "received_on"),
                        GiftStatus.valueOf(rs.getString("status"))),
                recurringGiftId);
    }

    public boolean isPayment(UUID giftId) {
        return sql.count("SELECT COUNT(*) FROM recurring_gift_payments WHERE gift_id = ?", giftId) > 0;
    }

    /** Records that the gift covers the expected date at {@code index}, and points the gift at the recurring gift. */
    public void insertPayment(
            UUID recurringGiftId, UUID giftId, int index, LocalDate expectedOn, Instant at, String by) {
        sql.update(
                "INSERT INTO recurring_gift_payments (gift_id, recurring_gift_id, expected_index, expected_on,"
                        + " created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                giftId,
                recurringGiftId,
                index,
                expectedOn,
                at,
                by,
                at,
                by);
        sql.update("UPDATE gifts SET recurring_gift_id = ? WHERE id = ?", recurringGiftId, giftId);
    }

    // merges

    public List<UUID> idsOf(UUID constituentId) {
        return sql.list(
                "SELECT id FROM recurring_gifts WHERE constituent_id = ?", rs -> Sql.uuid(rs, "id"), constituentId);
    }

    /** Moves these recurring gifts (only those still with {@code from}) to another donor, bumping their version. */
    public void move(UUID from, UUID to, Collection<UUID> ids, Instant at, String by) {
        if (ids.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>(List.of(to, at, by, from));
        params.addAll(ids);
        sql.update(
                "UPDATE recurring_gifts SET constituent_id = ?, version = version + 1, updated_at = ?, updated_by = ?"
                        + " WHERE constituent_id = ? AND id IN (" + Sql.marks(ids.size()) + ")",
                params.toArray());
    }

    static RecurringGiftRow row(ResultSet rs) throws SQLException {
        String closed = rs.getString("closed_reason");
        int day = rs.getInt("day_of_month");
        Integer dayOfMonth = rs.wasNull() ? null : day;
        int max = rs.getInt("max_payments");
        Integer maxPayments = rs.wasNull() ? null : max;
        return new RecurringGiftRow(
                Sql.uuid(rs, "id"),
                Sql.uuid(rs, "constituent_id"),
                rs.getBigDecimal("amount").setScale(2),
                rs.getString("currency"),
                Sql.uuid(rs, "fund_id"),
                Sql.uuid(rs, "campaign_id"),
                Sql.uuid(rs, "appeal_id"),
                rs.getString("payment_method"),
                RecurringFrequency.valueOf(rs.getString("frequency")),
                rs.getInt("interval_count"),
                dayOfMonth,
                Sql.date(rs, "start_on"),
                Sql.date(rs, "schedule_start_on"),
                rs.getInt("prior_expected_count"),
                Sql.date(rs, "end_on"),
                maxPayments,
                RecurringGiftStatus.valueOf(rs.getString("status")),
                closed == null ? null : RecurringGiftClosure.valueOf(closed),
                Sql.date(rs, "closed_on"),
                rs.getInt("paid_count"),
                rs.getInt("written_off_count"),
                rs.getInt("missed_count"),
                Sql.date(rs, "next_expected_on"),
                rs.getString("notes"),
                rs.getLong("version"),
                Sql.instant(rs, "created_at"),
                rs.getString("created_by"),
                Sql.instant(rs, "updated_at"),
                rs.getString("updated_by"));
    }
}
