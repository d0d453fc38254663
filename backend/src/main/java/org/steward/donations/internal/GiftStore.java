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
import org.steward.donations.AcknowledgementMethod;
import org.steward.donations.GiftKind;
import org.steward.donations.GiftQuery;
import org.steward.donations.GiftStatus;
import org.steward.donations.TributeType;
import org.steward.shared.persistence.Sql;

/** The gift ledger in plain SQL, inside the caller's transaction. */
@Singleton
public class GiftStore {

    static final String GIFT_COLUMNS = "id, constituent_id, amount, currency, exchange_rate, exchange_rate_date,"
            + " base_amount, base_currency, refunded_amount, refunded_base_amount, received_on, status, kind, fund_id,"
            + " campaign_id, appeal_id, payment_method, reference, anonymous, tribute_type, tribute_honoree_name,"
            + " tribute_notify_constituent_id, description, fair_market_value, notes, recurring_gift_id, pledge_id,"
            + " version, created_at, created_by, updated_at, updated_by";

    private final Sql sql;

    public GiftStore(Sql sql) {
        this.sql = sql;
    }

    public record AllocationRow(UUID id, UUID fundId, BigDecimal amount) {}

    public record SoftCreditRow(UUID id, UUID constituentId, BigDecimal amount, String role) {}

    public record AdjustmentRow(
            UUID id,
            UUID previousConstituentId,
            UUID newConstituentId,
            BigDecimal previousAmount,
            BigDecimal newAmount,
            BigDecimal previousBaseAmount,
            BigDecimal newBaseAmount,
            LocalDate previousReceivedOn,
            LocalDate newReceivedOn,
            String reason,
            Instant createdAt,
            String createdBy) {}

    public record RefundRow(
            UUID id,
            BigDecimal amount,
            BigDecimal baseAmount,
            LocalDate refundedOn,
            String reason,
            Instant createdAt,
            String createdBy) {}

    public void insert(GiftRow g) {
        insert(g, null);
    }

    /** Inserts a gift, of a batch being posted when {@code batchId} is not null. */
    public void insert(GiftRow g, UUID batchId) {
        sql.update(
                "INSERT INTO gifts (" + GIFT_COLUMNS + ", batch_id) VALUES (" + Sql.marks(33) + ")",
                g.id(),
                g.constituentId(),
                g.amount(),
                g.currency(),
                g.exchangeRate(),
                g.exchangeRateDate(),
                g.baseAmount(),
                g.baseCurrency(),
                g.refundedAmount(),
                g.refundedBaseAmount(),
                g.receivedOn(),
                g.status(),
                g.kind(),
                g.fundId(),
                g.campaignId(),
                g.appealId(),
                g.paymentMethod(),
                g.reference(),
                g.anonymous(),
                g.tributeType(),
                g.tributeHonoreeName(),
                g.tributeNotifyConstituentId(),
                g.description(),
                g.fairMarketValue(),
                g.notes(),
                g.recurringGiftId(),
                g.pledgeId(),
                g.version(),
                g.createdAt(),
                g.createdBy(),
                g.updatedAt(),
                g.updatedBy(),
                batchId);
    }

    public void insertAllocations(UUID giftId, List<AllocationRow> rows, Instant at, String by) {
        sql.batch(
                "INSERT INTO gift_allocations (id, gift_id, fund_id, amount, created_at, created_by, updated_at,"
                        + " updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
                a -> new Object[] {a.id(), giftId, a.fundId(), a.amount(), at, by, at, by});
    }

    public void updateAllocation(UUID id, BigDecimal amount, Instant at, String by) {
        sql.update(
                "UPDATE gift_allocations SET amount = ?, updated_at = ?, updated_by = ? WHERE id = ?",
                amount,
                at,
                by,
                id);
    }

    public void deleteAllocation(UUID id) {
        sql.update("DELETE FROM gift_allocations WHERE id = ?", id);
    }

    public void insertSoftCredits(UUID giftId, List<SoftCreditRow> rows, Instant at, String by) {
        sql.batch(
                "INSERT INTO gift_soft_credits (id, gift_id, constituent_id, amount, credit_role, created_at,"
                        + " created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
                s -> new Object[] {s.id(), giftId, s.constituentId(), s.amount(), s.role(), at, by, at, by});
    }

    public Optional<GiftRow> find(UUID id) {
        return sql.one("SELECT " + GIFT_COLUMNS + " FROM gifts WHERE id = ?", GiftStore::gift, id);
    }

    public List<AllocationRow> allocations(UUID giftId) {
        return sql.list(
                "SELECT id, fund_id, amount FROM gift_allocations WHERE gift_id = ? ORDER BY id",
                rs -> new AllocationRow(Sql.uuid(rs, "id"), Sql.uuid(rs, "fund_id"), rs.getBigDecimal("amount")),
                giftId);
    }

    public List<SoftCreditRow> softCredits(UUID giftId) {
        return sql.list(
                "SELECT id, constituent_id, amount, credit_role FROM gift_soft_credits WHERE gift_id = ? ORDER BY id",
                rs -> new SoftCreditRow(
                        Sql.uuid(rs, "id"),
                        Sql.uuid(rs, "constituent_id"),
                        rs.getBigDecimal("amount"),
                        rs.getString("credit_role")),
                giftId);
    }

    public List<AdjustmentRow> adjustments(UUID giftId) {
        return sql.list(
                "SELECT * FROM gift_adjustments WHERE gift_id = ? ORDER BY created_at, id",
                rs -> new AdjustmentRow(
                        Sql.uuid(rs, "id"),
                        Sql.uuid(rs, "previous_constituent_id"),
                        Sql.uuid(rs, "new_constituent_id"),
                        rs.getBigDecimal("previous_amount"),
                        rs.getBigDecimal("new_amount"),
                        rs.getBigDecimal("previous_base_amount"),
                        rs.getBigDecimal("new_base_amount"),
                        Sql.date(rs, "previous_received_on"),
                        Sql.date(rs, "new_received_on"),
                        rs.getString("reason"),
                        Sql.instant(rs, "created_at"),
                        rs.getString("created_by")),
                giftId);
    }

    public List<RefundRow> refunds(UUID giftId) {
        return sql.list(
                "SELECT * FROM gift_refunds WHERE gift_id = ? ORDER BY created_at, id",
                rs -> new RefundRow(
                        Sql.uuid(rs, "id"),
                        rs.getBigDecimal("amount"),
                        rs.getBigDecimal("base_amount"),
                        Sql.date(rs, "refunded_on"),
                        rs.getString("reason"),
                        Sql.instant(rs, "created_at"),
                        rs.getString("created_by")),
                giftId);
    }

    /** Replaces the fields that are not money, if the version is still {@code version}. */
    public boolean updateDetails(GiftRow g, long version) {
        return sql.update(
                        "UPDATE gifts SET status = ?, campaign_id = ?, appeal_id = ?, payment_method = ?,"
                                + " reference = ?, anonymous = ?, notes = ?, version = version + 1, updated_at = ?,"
                                + " updated_by = ? WHERE id = ? AND version = ?",
                        g.status(),
                        g.campaignId(),
                        g.appealId(),
                        g.paymentMethod(),
                        g.reference(),
                        g.anonymous(),
                        g.notes(),
                        g.updatedAt(),
                        g.updatedBy(),
                        g.id(),
                        version)
                == 1;
    }

    /** Writes an adjusted amount, date and donor (the gift row was read under lock). */
    public void updateMoney(GiftRow g) {
        sql.update(
                "UPDATE gifts SET constituent_id = ?, amount = ?, base_amount = ?, received_on = ?,"
                        + " version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?",
                g.constituentId(),
                g.amount(),
                g.baseAmount(),
                g.receivedOn(),
                g.updatedAt(),
                g.updatedBy(),
                g.id());
    }

    public void updateRefunded(GiftRow g) {
        sql.update(
                "UPDATE gifts SET refunded_amount = ?, refunded_base_amount = ?, status = ?, version = version + 1,"
                        + " updated_at = ?, updated_by = ? WHERE id = ?",
                g.refundedAmount(),
                g.refundedBaseAmount(),
                g.status(),
                g.updatedAt(),
                g.updatedBy(),
                g.id());
    }

    /** Locks the gift row for a money change (adjustment, refund). */
    public Optional<GiftRow> lock(UUID id) {
        return sql.one("SELECT " + GIFT_COLUMNS + " FROM gifts WHERE id = ? FOR UPDATE", GiftStore::gift, id);
    }

    public void insertAdjustment(UUID giftId, AdjustmentRow a) {
        sql.update(
                "INSERT INTO gift_adjustments (id, gift_id, previous_constituent_id, new_constituent_id,"
                        + " previous_amount, new_amount, previous_base_amount, new_base_amount, previous_received_on,"
                        + " new_received_on, reason, created_at, created_by, updated_at, updated_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                a.id(),
                giftId,
                a.previousConstituentId(),
                a.newConstituentId(),
                a.previousAmount(),
                a.newAmount(),
                a.previousBaseAmount(),
                a.newBaseAmount(),
                a.previousReceivedOn(),
                a.newReceivedOn(),
                a.reason(),
                a.createdAt(),
                a.createdBy(),
                a.createdAt(),
                a.createdBy());
    }

    public void insertRefund(UUID giftId, RefundRow r) {
        sql.update(
                "INSERT INTO gift_refunds (id, gift_id, amount, base_amount, refunded_on, reason, created_at,"
                        + " created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                r.id(),
                giftId,
                r.amount(),
                r.baseAmount(),
                r.refundedOn(),
                r.reason(),
                r.createdAt(),
                r.createdBy(),
                r.createdAt(),
                r.createdBy());
    }

    // the list

    public List<GiftRow> search(GiftQuery query, int page, int size) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        params.add(size);
        params.add((long) page * size);
        return sql.list(
                "SELECT " + GIFT_COLUMNS + " FROM gifts" + where
                        + " ORDER BY received_on DESC, id DESC LIMIT ? OFFSET ?",
                GiftStore::gift,
                params.toArray());
    }

    public long count(GiftQuery query) {
        List<Object> params = new ArrayList<>();
        return sql.count("SELECT COUNT(*) FROM gifts" + where(query, params), params.toArray());
    }

    private static String where(GiftQuery query, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (query.constituentId() != null) {
            conditions.add("constituent_id = ?");
            params.add(query.constituentId());
        }
        if (query.campaignId() != null) {
            conditions.add("campaign_id = ?");
            params.add(query.campaignId());
        }
        if (query.from() != null) {
            conditions.add("received_on >= ?");
            params.add(query.from());
        }
        if (query.to() != null) {
            conditions.add("received_on <= ?");
            params.add(query.to());
        }
        if (query.acknowledged() != null) {
            conditions.add((query.acknowledged() ? "" : "NOT ")
                    + "EXISTS (SELECT 1 FROM gift_acknowledgements ga WHERE ga.gift_id = gifts.id)");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    // acknowledgements

    public record AcknowledgementRow(
            AcknowledgementMethod method,
            LocalDate acknowledgedOn,
            String notes,
            Instant updatedAt,
            String updatedBy) {}

    public Optional<AcknowledgementRow> acknowledgement(UUID giftId) {
        return sql.one(
                "SELECT method, acknowledged_on, notes, updated_at, updated_by FROM gift_acknowledgements"
                        + " WHERE gift_id = ?",
                rs -> new AcknowledgementRow(
                        AcknowledgementMethod.valueOf(rs.getString("method")),
                        Sql.date(rs, "acknowledged_on"),
                        rs.getString("notes"),
                        Sql.instant(rs, "updated_at"),
                        rs.getString("updated_by")),
                giftId);
    }

    /** Records the thank-you of a gift whose row the caller has locked: inserts it, or replaces the earlier one. */
    public void saveAcknowledgement(UUID giftId, AcknowledgementRow a, boolean exists) {
        if (exists) {
            sql.update(
                    "UPDATE gift_acknowledgements SET method = ?, acknowledged_on = ?, notes = ?, updated_at = ?,"
                            + " updated_by = ? WHERE gift_id = ?",
                    a.method(),
                    a.acknowledgedOn(),
                    a.notes(),
                    a.updatedAt(),
                    a.updatedBy(),
                    giftId);
        } else {
            sql.update(
                    "INSERT INTO gift_acknowledgements (gift_id, method, acknowledged_on, notes, created_at, created_by,"
                            + " updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    giftId,
                    a.method(),
                    a.acknowledgedOn(),
                    a.notes(),
                    a.updatedAt(),
                    a.updatedBy(),
                    a.updatedAt(),
                    a.updatedBy());
        }
    }

    // idempotency keys

    public record IdempotencyKey(String requestHash, UUID giftId) {}

    /** The key as {@code user} took it: keys are each user's own, as a client generates them. */
    public Optional<IdempotencyKey> idempotencyKey(String user, String key) {
        return sql.one(
                "SELECT request_hash, gift_id FROM gift_idempotency_keys WHERE created_by = ? AND idempotency_key = ?",
                rs -> new IdempotencyKey(rs.getString("request_hash"), Sql.uuid(rs, "gift_id")),
                user,
                key);
    }

    /**
     * Takes the key for the user {@code by}; a concurrent transaction of the same user inserting the same key waits
     * for this one, then fails.
     */
    public void insertIdempotencyKey(String key, String hash, UUID giftId, Instant at, String by) {
        sql.update(
                "INSERT INTO gift_idempotency_keys (idempotency_key, request_hash, gift_id, created_at, created_by,"
                        + " updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                key,
                hash,
                giftId,
                at,
                by,
                at,
                by);
    }

    // the ledger as rollups read it

    /** A donor's completed gifts, at their base amount net of refunds. */
    public List<GivingMath.LedgerGift> countedGifts(UUID constituentId) {
        return sql.list(
                "SELECT id, received_on, base_amount - refunded_base_amount AS net FROM gifts"
                        + " WHERE constituent_id = ? AND status = 'COMPLETED'",
                rs -> new GivingMath.LedgerGift(
                        Sql.uuid(rs, "id"),
                        Sql.date(rs, "received_on"),
                        rs.getBigDecimal("net").setScale(2)),
                constituentId);
    }

    /**
     * Soft credits of a constituent on completed gifts of someone else (a merge can leave a soft credit on the
     * donor's own gift: it does not count), in the base currency at each gift's rate.
     */
    public List<GivingMath.LedgerSoftCredit> countedSoftCredits(UUID constituentId) {
        return sql.list(
                "SELECT g.received_on, s.amount, g.exchange_rate FROM gift_soft_credits s JOIN gifts g"
                        + " ON g.id = s.gift_id WHERE s.constituent_id = ? AND g.status = 'COMPLETED'"
                        + " AND g.constituent_id <> s.constituent_id",
                rs -> new GivingMath.LedgerSoftCredit(
                        Sql.date(rs, "received_on"),
                        GivingMath.toBase(rs.getBigDecimal("amount"), rs.getBigDecimal("exchange_rate"))),
                constituentId);
    }

    /**
     * The counted (COMPLETED) gifts of these donors with what the aggregates need: kind, campaign, appeal, net base
     * amount and the fund allocations in id order (the order {@link Apportioning} breaks ties in). One query.
     */
    public List<AggregateMath.HardLine> countedHardLines(Collection<UUID> constituentIds) {
        List<AggregateMath.HardLine> lines = new ArrayList<>();
        if (constituentIds.isEmpty()) {
            return lines;
        }
        record Row(AggregateMath.HardLine gift, AggregateMath.Allocation allocation) {}
        List<Row> rows = sql.list(
                "SELECT g.id, g.constituent_id, g.received_on, g.kind, g.campaign_id, g.appeal_id,"
                        + " g.base_amount - g.refunded_base_amount AS net, a.fund_id, a.amount AS allocated"
                        + " FROM gifts g LEFT JOIN gift_allocations a ON a.gift_id = g.id"
                        + " WHERE g.constituent_id IN (" + Sql.marks(constituentIds.size()) + ")"
                        + " AND g.status = 'COMPLETED' ORDER BY g.id, a.id",
                rs -> {
                    String fund = rs.getString("fund_id");
                    return new Row(
                            new AggregateMath.HardLine(
                                    Sql.uuid(rs, "constituent_id"),
                                    Sql.uuid(rs, "id"),
                                    Sql.date(rs, "received_on"),
                                    GiftKind.valueOf(rs.getString("kind")),
                                    rs.getBigDecimal("net").setScale(2),
                                    Sql.uuid(rs, "campaign_id"),
                                    Sql.uuid(rs, "appeal_id"),
                                    List.of()),
                            fund == null
                                    ? null
                                    : new AggregateMath.Allocation(
                                            UUID.fromString(fund),
                                            rs.getBigDecimal("allocated").setScale(2)));
                },
                constituentIds.toArray());
        for (int start = 0; start < rows.size(); ) {
            int end = start;
            List<AggregateMath.Allocation> allocations = new ArrayList<>();
            while (end < rows.size()
                    && rows.get(end)
                            .gift()
                            .giftId()
                            .equals(rows.get(start).gift().giftId())) {
                if (rows.get(end).allocation() != null) {
                    allocations.add(rows.get(end).allocation());
                }
                end++;
            }
            AggregateMath.HardLine g = rows.get(start).gift();
            lines.add(new AggregateMath.HardLine(
                    g.constituentId(),
                    g.giftId(),
                    g.receivedOn(),
                    g.kind(),
                    g.net(),
                    g.campaignId(),
                    g.appealId(),
                    List.copyOf(allocations)));
            start = end;
        }
        return lines;
    }

    /**
     * The soft credits of these constituents on completed gifts of someone else, in the base currency at each
     * gift's rate (as {@link #countedSoftCredits}), with the gift and its kind. One query.
     */
    public List<AggregateMath.SoftLine> countedSoftLines(Collection<UUID> constituentIds) {
        if (constituentIds.isEmpty()) {
            return new ArrayList<>();
        }
        return sql.list(
                "SELECT s.constituent_id, s.gift_id, g.received_on, g.kind, s.amount, g.exchange_rate"
                        + " FROM gift_soft_credits s JOIN gifts g ON g.id = s.gift_id"
                        + " WHERE s.constituent_id IN (" + Sql.marks(constituentIds.size()) + ")"
                        + " AND g.status = 'COMPLETED' AND g.constituent_id <> s.constituent_id",
                rs -> new AggregateMath.SoftLine(
                        Sql.uuid(rs, "constituent_id"),
                        Sql.uuid(rs, "gift_id"),
                        Sql.date(rs, "received_on"),
                        GiftKind.valueOf(rs.getString("kind")),
                        GivingMath.toBase(rs.getBigDecimal("amount"), rs.getBigDecimal("exchange_rate"))),
                constituentIds.toArray());
    }

    /**
     * Every constituent that has a gift, a soft credit, a rollup row or rows in the giving aggregates: what a full
     * rebuild visits.
     */
    public List<UUID> constituentsWithGiving() {
        return sql.list(
                "SELECT constituent_id FROM gifts UNION SELECT constituent_id FROM gift_soft_credits"
                        + " UNION SELECT constituent_id FROM giving_rollups"
                        + " UNION SELECT constituent_id FROM giving_donor_years WHERE calendar_year = 0"
                        + " UNION SELECT constituent_id FROM giving_donor_designations",
                rs -> UUID.fromString(rs.getString(1)));
    }

    // merges

    public List<UUID> giftIdsOf(UUID constituentId) {
        return sql.list("SELECT id FROM gifts WHERE constituent_id = ?", rs -> Sql.uuid(rs, "id"), constituentId);
    }

    public List<UUID> softCreditIdsOf(UUID constituentId) {
        return sql.list(
                "SELECT id FROM gift_soft_credits WHERE constituent_id = ?", rs -> Sql.uuid(rs, "id"), constituentId);
    }

    public List<UUID> tributeGiftIdsOf(UUID constituentId) {
        return sql.list(
                "SELECT id FROM gifts WHERE tribute_notify_constituent_id = ?",
                rs -> Sql.uuid(rs, "id"),
                constituentId);
    }

    /** Moves these gifts from one donor to another (only those still with {@code from}), bumping their version. */
    public void moveGifts(UUID from, UUID to, Collection<UUID> ids, Instant at, String by) {
        move("gifts", "constituent_id", true, from, to, ids, at, by);
    }

    public void moveSoftCredits(UUID from, UUID to, Collection<UUID> ids, Instant at, String by) {
        move("gift_soft_credits", "constituent_id", false, from, to, ids, at, by);
    }

    public void moveTributes(UUID from, UUID to, Collection<UUID> ids, Instant at, String by) {
        move("gifts", "tribute_notify_constituent_id", true, from, to, ids, at, by);
    }

    /** Points {@code column} of these rows from one constituent to another, only where it still points at {@code from}. */
    private void move(
            String table,
            String column,
            boolean bumpVersion,
            UUID from,
            UUID to,
            Collection<UUID> ids,
            Instant at,
            String by) {
        if (ids.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>(List.of(to, at, by, from));
        params.addAll(ids);
        sql.update(
                "UPDATE " + table + " SET " + column + " = ?," + (bumpVersion ? " version = version + 1," : "")
                        + " updated_at = ?, updated_by = ? WHERE " + column + " = ? AND id IN ("
                        + Sql.marks(ids.size()) + ")",
                params.toArray());
    }

    static GiftRow gift(ResultSet rs) throws SQLException {
        String tribute = rs.getString("tribute_type");
        BigDecimal fmv = rs.getBigDecimal("fair_market_value");
        return new GiftRow(
                Sql.uuid(rs, "id"),
                Sql.uuid(rs, "constituent_id"),
                rs.getBigDecimal("amount").setScale(2),
                rs.getString("currency"),
                rs.getBigDecimal("exchange_rate"),
                Sql.date(rs, "exchange_rate_date"),
                rs.getBigDecimal("base_amount").setScale(2),
                rs.getString("base_currency"),
                rs.getBigDecimal("refunded_amount").setScale(2),
                rs.getBigDecimal("refunded_base_amount").setScale(2),
                Sql.date(rs, "received_on"),
                GiftStatus.valueOf(rs.getString("status")),
                GiftKind.valueOf(rs.getString("kind")),
                Sql.uuid(rs, "fund_id"),
                Sql.uuid(rs, "campaign_id"),
                Sql.uuid(rs, "appeal_id"),
                rs.getString("payment_method"),
                rs.getString("reference"),
                rs.getBoolean("anonymous"),
                tribute == null ? null : TributeType.valueOf(tribute),
                rs.getString("tribute_honoree_name"),
                Sql.uuid(rs, "tribute_notify_constituent_id"),
                rs.getString("description"),
                fmv == null ? null : fmv.setScale(2),
                rs.getString("notes"),
                Sql.uuid(rs, "recurring_gift_id"),
                Sql.uuid(rs, "pledge_id"),
                rs.getLong("version"),
                Sql.instant(rs, "created_at"),
                rs.getString("created_by"),
                Sql.instant(rs, "updated_at"),
                rs.getString("updated_by"));
    }
}
