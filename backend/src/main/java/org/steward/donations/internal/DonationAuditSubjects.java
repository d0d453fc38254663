package org.steward.donations.internal;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.steward.audit.AuditSubject;
import org.steward.audit.AuditSubjects;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentRef;
import org.steward.constituents.ConstituentService;
import org.steward.donations.GiftBatchService;
import org.steward.donations.GiftService;
import org.steward.donations.ReceiptService;
import org.steward.donations.RecurringGiftService;
import org.steward.shared.persistence.Sql;

/**
 * Names in the audit log for the donations module's records: gifts ("$50.00 from Jane Doe on 2026-03-01"), soft
 * credits, batches, pledges, tax receipts, recurring gifts and the receipt template. One query per type, and one
 * more for the donors' names.
 */
@Singleton
class DonationAuditSubjects implements AuditSubjects {

    static final String SOFT_CREDIT = GiftService.ENTITY + "-soft-credit";

    private final Sql sql;
    private final ConstituentService constituents;

    DonationAuditSubjects(Sql sql, ConstituentService constituents) {
        this.sql = sql;
        this.constituents = constituents;
    }

    @Override
    public Map<String, String> entityTypes() {
        return Map.of(
                GiftService.ENTITY,
                "Gift",
                SOFT_CREDIT,
                "Soft credit",
                GiftBatchService.ENTITY,
                "Gift batch",
                PledgeLedger.ENTITY,
                "Pledge",
                ReceiptLedger.ENTITY,
                "Tax receipt",
                RecurringGiftService.ENTITY,
                "Recurring gift",
                ReceiptService.TEMPLATE_ENTITY,
                "Receipt template");
    }

    /** A row of one type: its id, whose it is, and its label given that constituent's name. */
    private record Row(String id, UUID constituent, Function<String, AuditSubject> subject) {}

    @Override
    public Map<String, AuditSubject> describe(String entityType, Collection<String> entityIds) {
        if (entityType.equals(ReceiptService.TEMPLATE_ENTITY)) {
            Map<String, AuditSubject> found = new HashMap<>();
            entityIds.forEach(
                    id -> found.put(id, AuditSubject.shownOn("Receipt template", ReceiptService.TEMPLATE_ENTITY, id)));
            return found;
        }
        List<UUID> ids = AuditSubjects.uuids(entityIds);
        if (ids.isEmpty()) {
            return Map.of();
        }
        String in = " IN (" + Sql.marks(ids.size()) + ")";
        Object[] params = ids.toArray();
        if (entityType.equals(GiftBatchService.ENTITY)) {
            return AuditSubjects.byId(sql.list(
                    "SELECT id, name FROM gift_batches WHERE id" + in,
                    rs -> Map.entry(
                            rs.getString("id"),
                            AuditSubject.shownOn(rs.getString("name"), GiftBatchService.ENTITY, rs.getString("id"))),
                    params));
        }
        if (entityType.equals(ReceiptLedger.ENTITY)) {
            return AuditSubjects.byId(sql.list(
                    "SELECT id, serial_number, donor_name FROM receipts WHERE id" + in,
                    rs -> Map.entry(
                            rs.getString("id"),
                            AuditSubject.shownOn(
                                    "Receipt " + rs.getString("serial_number") + " for " + rs.getString("donor_name"),
                                    ReceiptLedger.ENTITY,
                                    rs.getString("id"))),
                    params));
        }
        List<Row> rows =
                switch (entityType) {
                    case GiftService.ENTITY ->
                        sql.list(
                                "SELECT id, constituent_id, amount, currency, received_on FROM gifts WHERE id" + in,
                                rs -> {
                                    String id = rs.getString("id");
                                    String amount = money(rs.getBigDecimal("amount"), rs.getString("currency"));
                                    String on = String.valueOf(Sql.date(rs, "received_on"));
                                    return new Row(
                                            id,
                                            Sql.uuid(rs, "constituent_id"),
                                            donor -> AuditSubject.shownOn(
                                                    amount + " from " + donor + " on " + on, GiftService.ENTITY, id));
                                },
                                params);
                    case SOFT_CREDIT ->
                        sql.list(
                                "SELECT s.id, s.gift_id, s.constituent_id, s.amount, g.currency FROM gift_soft_credits s"
                                        + " JOIN gifts g ON g.id = s.gift_id WHERE s.id" + in,
                                rs -> {
                                    String gift = rs.getString("gift_id");
                                    String amount = money(rs.getBigDecimal("amount"), rs.getString("currency"));
                                    return new Row(
                                            rs.getString("id"),
                                            Sql.uuid(rs, "constituent_id"),
                                            donor -> AuditSubject.shownOn(
                                                    "Soft credit of " + amount + " to " + donor,
                                                    GiftService.ENTITY,
                                                    gift));
                                },
                                params);
                    case PledgeLedger.ENTITY ->
                        sql.list(
                                "SELECT id, constituent_id, amount, currency, pledged_on FROM pledges WHERE id" + in,
                                rs -> {
                                    String id = rs.getString("id");
                                    String amount = money(rs.getBigDecimal("amount"), rs.getString("currency"));
                                    String on = String.valueOf(Sql.date(rs, "pledged_on"));
                                    return new Row(
                                            id,
                                            Sql.uuid(rs, "constituent_id"),
                                            donor -> AuditSubject.shownOn(
                                                    amount + " pledged by " + donor + " on " + on,
                                                    PledgeLedger.ENTITY,
                                                    id));
                                },
                                params);
                    case RecurringGiftService.ENTITY ->
                        sql.list(
                                "SELECT id, constituent_id, amount, currency, frequency, interval_count"
                                        + " FROM recurring_gifts WHERE id" + in,
                                rs -> {
                                    String id = rs.getString("id");
                                    String amount = money(rs.getBigDecimal("amount"), rs.getString("currency"));
                                    String every = every(rs.getString("frequency"), rs.getInt("interval_count"));
                                    return new Row(
                                            id,
                                            Sql.uuid(rs, "constituent_id"),
                                            donor -> AuditSubject.shownOn(
                                                    amount + " " + every + " from " + donor,
                                                    RecurringGiftService.ENTITY,
                                                    id));
                                },
                                params);
                    default -> List.of();
                };
        Map<ConstituentId, ConstituentRef> names = constituents.refs(
                rows.stream().map(r -> new ConstituentId(r.constituent())).toList());
        Map<String, AuditSubject> found = new HashMap<>();
        for (Row row : rows) {
            ConstituentRef donor = names.get(new ConstituentId(row.constituent()));
            found.put(row.id(), row.subject().apply(donor == null ? "(removed)" : donor.displayName()));
        }
        return found;
    }

    private static String money(BigDecimal amount, String currency) {
        return AuditSubject.money(amount, currency);
    }

    /** "monthly", "every 2 weeks". */
    static String every(String frequency, int intervalCount) {
        String unit =
                switch (frequency) {
                    case "WEEKLY" -> "week";
                    case "MONTHLY" -> "month";
                    case "QUARTERLY" -> "quarter";
                    case "YEARLY" -> "year";
                    default -> frequency.toLowerCase(java.util.Locale.ROOT);
                };
        if (intervalCount <= 1) {
            return unit.equals("year") ? "yearly" : unit.equals("quarter") ? "quarterly" : unit + "ly";
        }
        return "every " + intervalCount + " " + unit + "s";
    }
}
