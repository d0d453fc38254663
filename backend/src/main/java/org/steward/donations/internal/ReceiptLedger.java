package org.steward.donations.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.steward.audit.AuditTrail;
import org.steward.audit.Changes;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentService;
import org.steward.constituents.ConstituentView;
import org.steward.constituents.ContactPoints;
import org.steward.donations.DonationProblems;
import org.steward.donations.DonationsConfig;
import org.steward.donations.GiftKind;
import org.steward.donations.GiftStatus;
import org.steward.donations.ReceiptKind;
import org.steward.donations.ReceiptStatus;
import org.steward.donations.internal.ReceiptStore.LineRow;
import org.steward.donations.internal.ReceiptStore.ReceiptRow;
import org.steward.shared.ids.Ids;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

/**
 * The receipt ledger's transactions (docs/adr/0013-receipt-serials.md). Each issue locks the gifts (in id order),
 * then draws the year's next serial under the counter row's lock, and inserts the receipt and its gift links in the
 * same transaction: whatever fails after the draw rolls the counter back with it, so numbers have no gaps.
 */
@Singleton
public class ReceiptLedger {

    public static final String ENTITY = "receipt";

    private final ReceiptStore store;
    private final GiftStore gifts;
    private final ReceiptTemplateStore templates;
    private final ConstituentService constituents;
    private final DonationsConfig config;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Timestamps timestamps;

    ReceiptLedger(
            ReceiptStore store,
            GiftStore gifts,
            ReceiptTemplateStore templates,
            ConstituentService constituents,
            DonationsConfig config,
            AuditTrail audit,
            CurrentActor actor,
            Timestamps timestamps) {
        this.store = store;
        this.gifts = gifts;
        this.templates = templates;
        this.constituents = constituents;
        this.config = config;
        this.audit = audit;
        this.actor = actor;
        this.timestamps = timestamps;
    }

    /** A receipt with its lines, as read in one transaction. */
    public record Receipt(ReceiptRow row, List<LineRow> lines) {}

    /** The year a gift would be receipted in (the calendar year it was received in). */
    @Transactional(readOnly = true)
    public int yearOfGift(UUID giftId) {
        return gifts.find(giftId)
                .orElseThrow(() -> DonationProblems.giftNotFound(giftId))
                .receivedOn()
                .getYear();
    }

    @Transactional(readOnly = true)
    public int yearOfReceipt(UUID receiptId) {
        return store.find(receiptId)
                .orElseThrow(() -> DonationProblems.receiptNotFound(receiptId))
                .receiptYear();
    }

    /**
     * Makes sure the year has its counter row, in a short transaction of its own before the issuing one: creating
     * the row inside the issuing transactions would make concurrent first issues of a year deadlock on the insert.
     * An empty counter row burns no number.
     */
    @Transactional
    public void ensureSerialYear(int year) {
        if (!store.hasSerialYear(year)) {
            store.createSerialYear(year, timestamps.now(), actor.name());
        }
    }

    @Transactional
    public Receipt issueSingle(UUID giftId) {
        GiftRow gift = gifts.lock(giftId).orElseThrow(() -> DonationProblems.giftNotFound(giftId));
        requireReceiptable(gift);
        return issue(ReceiptKind.SINGLE, gift.constituentId(), gift.receivedOn().getYear(), List.of(gift), null);
    }

    @Transactional
    public Receipt issueAnnual(UUID constituentId, int year) {
        List<UUID> candidates =
                store.unreceiptedGifts(constituentId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        List<GiftRow> locked = new ArrayList<>();
        for (UUID id : candidates) {
            GiftRow gift = gifts.lock(id).orElseThrow();
            if (gift.status() == GiftStatus.COMPLETED
                    && gift.constituentId().equals(constituentId)
                    && gift.receivedOn().getYear() == year
                    && store.liveReceiptOf(id).isEmpty()
                    && net(gift).signum() > 0) {
                locked.add(gift);
            }
        }
        if (locked.isEmpty()) {
            throw DonationProblems.nothingToReceipt(constituentId, year);
        }
        locked.sort((a, b) -> a.receivedOn().equals(b.receivedOn())
                ? a.id().compareTo(b.id())
                : a.receivedOn().compareTo(b.receivedOn()));
        return issue(ReceiptKind.ANNUAL, constituentId, year, locked, null);
    }

    @Transactional
    public Receipt voidReceipt(UUID id, String reason) {
        ReceiptRow r = store.lock(id).orElseThrow(() -> DonationProblems.receiptNotFound(id));
        if (r.status() != ReceiptStatus.ISSUED) {
            throw DonationProblems.receiptNotIssued(id, r.status());
        }
        store.cancel(id, ReceiptStatus.VOID, reason, null, r.version(), timestamps.now(), actor.name());
        audit.record(
                ENTITY,
                id,
                "VOIDED",
                Changes.track().field("status", r.status(), ReceiptStatus.VOID).list(),
                reason);
        return get(id);
    }

    /** Cancels the receipt and issues a new one, with the next serial of its year, for the same gifts. */
    @Transactional
    public Receipt replace(UUID id, String reason) {
        ReceiptRow old = store.lock(id).orElseThrow(() -> DonationProblems.receiptNotFound(id));
        if (old.status() != ReceiptStatus.ISSUED) {
            throw DonationProblems.receiptNotIssued(id, old.status());
        }
        List<LineRow> lines = store.lines(id);
        List<GiftRow> locked = new ArrayList<>();
        lines.stream()
                .map(LineRow::giftId)
                .sorted()
                .forEach(giftId -> locked.add(gifts.lock(giftId).orElseThrow()));
        UUID newId = Ids.next();
        Instant now = timestamps.now();
        store.cancel(id, ReceiptStatus.REPLACED, reason, newId, old.version(), now, actor.name());
        List<GiftRow> ordered = new ArrayList<>();
        for (LineRow line : lines) {
            locked.stream()
                    .filter(g -> g.id().equals(line.giftId()))
                    .findFirst()
                    .filter(g -> g.status() == GiftStatus.COMPLETED && net(g).signum() > 0)
                    .ifPresent(ordered::add);
        }
        if (ordered.isEmpty()) {
            throw DonationProblems.nothingToReceipt(old.constituentId(), old.receiptYear());
        }
        audit.record(
                ENTITY,
                id,
                "REPLACED",
                Changes.track()
                        .field("status", old.status(), ReceiptStatus.REPLACED)
                        .field("replacedBy", null, newId)
                        .list(),
                reason);
        return issue(old.kind(), old.constituentId(), old.receiptYear(), ordered, old, newId);
    }

    /** A receipt to render with the template to render it with. */
    public record Printed(Receipt receipt, ReceiptTemplateStore.TemplateRow template) {}

    /** Counts a download and returns the receipt as it was before it (print count 0: the original). */
    @Transactional
    public Printed print(UUID id) {
        ReceiptRow r = store.lock(id).orElseThrow(() -> DonationProblems.receiptNotFound(id));
        store.countPrint(id, timestamps.now(), actor.name());
        return new Printed(new Receipt(r, store.lines(id)), templates.findOrDefaults());
    }

    /** A covered gift that no longer matches what an issued receipt printed for it. */
    public record GiftChange(UUID giftId, GiftStatus status, BigDecimal printedEligible, BigDecimal currentEligible) {}

    /**
     * What changed in the gifts of an issued receipt since it was issued: refunded (wholly or partly), adjusted,
     * cancelled. Such a receipt overstates (or understates) the gift and should be replaced; a void or replaced
     * receipt is already cancelled, so it has none.
     */
    @Transactional(readOnly = true)
    public List<GiftChange> changesSinceIssue(Receipt r) {
        if (r.row().status() != ReceiptStatus.ISSUED) {
            return List.of();
        }
        List<GiftChange> changes = new ArrayList<>();
        for (LineRow line : r.lines()) {
            GiftRow g = gifts.find(line.giftId()).orElse(null);
            if (g == null) {
                continue;
            }
            BigDecimal eligible = GivingMath.ZERO;
            if (g.status() == GiftStatus.COMPLETED && net(g).signum() > 0) {
                BigDecimal amount = net(g);
                eligible = amount.subtract(benefits(g).min(amount));
            }
            if (g.status() != GiftStatus.COMPLETED || eligible.compareTo(line.eligibleAmount()) != 0) {
                changes.add(new GiftChange(g.id(), g.status(), line.eligibleAmount(), eligible));
            }
        }
        return changes;
    }

    @Transactional(readOnly = true)
    public Receipt get(UUID id) {
        ReceiptRow r = store.find(id).orElseThrow(() -> DonationProblems.receiptNotFound(id));
        return new Receipt(r, store.lines(id));
    }

    @Transactional(readOnly = true)
    public List<Receipt> search(UUID constituentId, Integer year, int page, int size) {
        List<Receipt> found = new ArrayList<>();
        for (ReceiptRow r : store.search(constituentId, year, page, size)) {
            found.add(new Receipt(r, store.lines(r.id())));
        }
        return found;
    }

    @Transactional(readOnly = true)
    public long count(UUID constituentId, Integer year) {
        return store.count(constituentId, year);
    }

    private Receipt issue(ReceiptKind kind, UUID constituentId, int year, List<GiftRow> covered, ReceiptRow old) {
        return issue(kind, constituentId, year, covered, old, Ids.next());
    }

    private Receipt issue(
            ReceiptKind kind, UUID constituentId, int year, List<GiftRow> covered, ReceiptRow old, UUID id) {
        ConstituentView donor = constituents.get(new ConstituentId(constituentId), true);
        Instant now = timestamps.now();
        String by = actor.name();
        List<LineRow> lines = new ArrayList<>();
        BigDecimal total = GivingMath.ZERO;
        BigDecimal benefits = GivingMath.ZERO;
        for (GiftRow g : covered) {
            BigDecimal amount = net(g);
            BigDecimal benefit = benefits(g).min(amount);
            lines.add(new LineRow(g.id(), g.receivedOn(), description(g), amount, benefit, amount.subtract(benefit)));
            total = total.add(amount);
            benefits = benefits.add(benefit);
        }
        // The serial is drawn last, just before the inserts: the counter row stays locked only for the end of the
        // transaction. Everything that fails from here on (a gift that turned out to be on another live receipt)
        // rolls the counter back with the receipt.
        long number = store.drawSerial(year, now, by)
                .orElseThrow(() -> new IllegalStateException("No receipt counter for " + year));
        String serial = serial(year, number);
        ReceiptRow row = new ReceiptRow(
                id,
                serial,
                year,
                number,
                kind,
                ReceiptStatus.ISSUED,
                constituentId,
                donor.displayName(),
                address(donor),
                LocalDate.ofInstant(now, ZoneOffset.UTC),
                config.baseCurrency(),
                total,
                benefits,
                total.subtract(benefits),
                old == null ? null : old.id(),
                old == null ? null : old.serialNumber(),
                null,
                null,
                null,
                null,
                0,
                0,
                now,
                by);
        store.insert(row);
        for (LineRow line : lines) {
            if (!store.insertLine(id, line, now, by)) {
                throw DonationProblems.alreadyReceipted(line.giftId());
            }
        }
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("serialNumber", serial);
        snapshot.put("kind", kind);
        snapshot.put("constituentId", constituentId);
        snapshot.put("gifts", lines.stream().map(l -> l.giftId().toString()).toList());
        snapshot.put("totalAmount", total.toPlainString());
        snapshot.put("eligibleAmount", total.subtract(benefits).toPlainString());
        if (old != null) {
            snapshot.put("replacesSerial", old.serialNumber());
        }
        audit.record(ENTITY, id, "ISSUED", Changes.created(snapshot));
        return new Receipt(row, lines);
    }

    /** "2026-000042". */
    public static String serial(int year, long number) {
        return year + "-" + String.format("%06d", number);
    }

    private void requireReceiptable(GiftRow gift) {
        if (gift.status() != GiftStatus.COMPLETED || net(gift).signum() <= 0) {
            throw DonationProblems.notReceiptable(gift.id(), gift.status());
        }
    }

    /** What the gift came to in the base currency, net of refunds. */
    static BigDecimal net(GiftRow g) {
        return g.baseAmount().subtract(g.refundedBaseAmount());
    }

    /**
     * The fair market value of what the donor received in return, in the base currency. On an in-kind gift the fair
     * market value is the value of the thing given (the gift itself), not a benefit, so it counts as none.
     */
    static BigDecimal benefits(GiftRow g) {
        if (g.fairMarketValue() == null || g.kind() == GiftKind.IN_KIND) {
            return GivingMath.ZERO;
        }
        return GivingMath.toBase(g.fairMarketValue(), g.exchangeRate()).setScale(2, RoundingMode.HALF_EVEN);
    }

    private static String description(GiftRow g) {
        String text = g.kind() == GiftKind.IN_KIND && g.description() != null ? g.description() : "Gift";
        return text.length() > 400 ? text.substring(0, 400) : text;
    }

    private static String address(ConstituentView donor) {
        Optional<ContactPoints.Address> address = donor.addresses().stream()
                .filter(ContactPoints.Address::primary)
                .findFirst()
                .or(() -> donor.addresses().stream().findFirst());
        if (address.isEmpty()) {
            return null;
        }
        var a = address.get();
        List<String> lines = new ArrayList<>();
        addLine(lines, a.line1());
        addLine(lines, a.line2());
        addLine(lines, String.join(" ", nonBlank(a.city(), a.region(), a.postalCode())));
        addLine(lines, a.country());
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static List<String> nonBlank(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                kept.add(p.trim());
            }
        }
        return kept;
    }

    private static void addLine(List<String> lines, String line) {
        if (line != null && !line.isBlank()) {
            lines.add(line.trim());
        }
    }
}
