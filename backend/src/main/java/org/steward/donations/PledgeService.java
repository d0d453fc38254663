package org.steward.donations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.steward.audit.AuditTrail;
import org.steward.audit.Changes;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentRef;
import org.steward.constituents.ConstituentService;
import org.steward.donations.PledgeCommands.CancelPledgeCommand;
import org.steward.donations.PledgeCommands.CreatePledgeCommand;
import org.steward.donations.PledgeCommands.Installment;
import org.steward.donations.PledgeCommands.PledgePaymentCommand;
import org.steward.donations.PledgeCommands.UpdatePledgeCommand;
import org.steward.donations.PledgeCommands.WriteOffPledgeCommand;
import org.steward.donations.internal.AmountRules;
import org.steward.donations.internal.PledgeLedger;
import org.steward.donations.internal.PledgeMath;
import org.steward.donations.internal.PledgeRow;
import org.steward.donations.internal.PledgeStore;
import org.steward.donations.internal.PledgeStore.InstallmentRow;
import org.steward.shared.errors.StaleVersionException;
import org.steward.shared.ids.Ids;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;
import org.steward.shared.web.PageResponse;

/**
 * Pledges: a donor's promise of an amount, paid in installments (ADR 0015). A pledge is not a gift and never counts
 * in the rollups; its payments are PLEDGE_PAYMENT gifts recorded through {@link GiftService} (here or with
 * {@code pledgeId} on a gift), applied to the oldest open installments first. Every change is audited (entity type
 * {@code pledge}) and takes the pledge row's lock first.
 */
@Singleton
public class PledgeService {

    static final String ENTITY = PledgeLedger.ENTITY;
    /** At most this many installments: twenty years of monthly payments. */
    public static final int MAX_INSTALLMENTS = 240;

    private final PledgeStore store;
    private final GiftService gifts;
    private final ConstituentService constituents;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Timestamps timestamps;

    PledgeService(
            PledgeStore store,
            GiftService gifts,
            ConstituentService constituents,
            AuditTrail audit,
            CurrentActor actor,
            Timestamps timestamps) {
        this.store = store;
        this.gifts = gifts;
        this.constituents = constituents;
        this.audit = audit;
        this.actor = actor;
        this.timestamps = timestamps;
    }

    /** Records a pledge with an explicit or a generated schedule. */
    @Transactional
    public PledgeView create(CreatePledgeCommand c) {
        gifts.requireDonor(c.constituentId());
        String currency = AmountRules.currency(c.currency());
        BigDecimal amount = AmountRules.amount("amount", c.amount());
        if (c.fundId() != null) {
            gifts.requireActiveFunds(List.of(c.fundId()));
        }
        UUID campaignId = gifts.campaignOf(c.campaignId(), c.appealId());
        List<Planned> planned = schedule(c, amount);
        Instant now = timestamps.now();
        String by = actor.name();
        UUID id = Ids.next();
        PledgeRow pledge = new PledgeRow(
                id,
                c.constituentId(),
                amount,
                currency,
                PledgeMath.ZERO,
                PledgeMath.ZERO,
                c.pledgedOn(),
                PledgeStatus.OPEN,
                c.fundId(),
                campaignId,
                c.appealId(),
                blank(c.notes()),
                0L,
                now,
                by,
                now,
                by);
        store.insert(pledge);
        List<InstallmentRow> rows = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            rows.add(new InstallmentRow(
                    Ids.next(),
                    i + 1,
                    planned.get(i).dueOn(),
                    planned.get(i).amount(),
                    PledgeMath.ZERO,
                    PledgeMath.ZERO));
        }
        store.insertInstallments(id, rows, now, by);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("constituentId", pledge.constituentId());
        fields.put("amount", pledge.amount());
        fields.put("currency", currency);
        fields.put("pledgedOn", pledge.pledgedOn());
        fields.put("fundId", pledge.fundId());
        fields.put("campaignId", pledge.campaignId());
        fields.put("appealId", pledge.appealId());
        fields.put("installments", describe(rows));
        fields.put("notes", pledge.notes());
        audit.record(ENTITY, id, AuditTrail.CREATED, Changes.created(fields));
        return view(load(id));
    }

    /** A pledge, whatever has become of its donor since. */
    @Transactional(readOnly = true)
    public PledgeView get(UUID id) {
        return view(load(id));
    }

    /** Pledges, latest pledged first, filtered. */
    @Transactional(readOnly = true)
    public PageResponse<PledgeListItem> search(PledgeQuery query, int page, int size) {
        LocalDate today = today();
        List<PledgeStore.ListRow> rows = store.search(query, today, page, size);
        long total = store.count(query, today);
        Map<ConstituentId, ConstituentRef> names = constituents.refs(rows.stream()
                .map(r -> new ConstituentId(r.pledge().constituentId()))
                .distinct()
                .toList());
        List<PledgeListItem> items = rows.stream()
                .map(r -> {
                    PledgeRow p = r.pledge();
                    LocalDate next = p.status() == PledgeStatus.OPEN ? r.nextDueOn() : null;
                    return new PledgeListItem(
                            p.id(),
                            p.constituentId(),
                            nameOf(names, p.constituentId()),
                            AmountRules.text(p.amount()),
                            p.currency(),
                            AmountRules.text(p.paidAmount()),
                            AmountRules.text(p.writtenOffAmount()),
                            AmountRules.text(p.balance()),
                            p.pledgedOn(),
                            p.status(),
                            p.fundId(),
                            p.campaignId(),
                            p.appealId(),
                            next,
                            next != null && next.isBefore(today));
                })
                .toList();
        return new PageResponse<>(items, page, size, total);
    }

    /**
     * Reschedules what nothing has touched yet (see {@link UpdatePledgeCommand}); the amount may change too, but not
     * below what was paid and written off. Only an open pledge, and only at the version the client read.
     */
    @Transactional
    public PledgeView update(UUID id, UpdatePledgeCommand c) {
        PledgeRow was = store.lock(id).orElseThrow(() -> DonationProblems.pledgeNotFound(id));
        if (was.version() != c.version()) {
            throw new StaleVersionException(ENTITY, id);
        }
        if (was.status() != PledgeStatus.OPEN) {
            throw DonationProblems.pledgeNotOpen(id, was.status());
        }
        BigDecimal amount = c.amount() == null ? was.amount() : AmountRules.amount("amount", c.amount());
        List<InstallmentRow> before = store.installments(id);
        List<InstallmentRow> kept =
                before.stream().filter(InstallmentRow::touched).toList();
        List<Planned> planned = explicit(c.installments(), was.pledgedOn());
        BigDecimal keptSum = kept.stream().map(InstallmentRow::amount).reduce(PledgeMath.ZERO, BigDecimal::add);
        BigDecimal plannedSum = sum(planned);
        if (keptSum.add(plannedSum).compareTo(amount) != 0) {
            throw DonationProblems.pledgeScheduleMismatch("The installments already paid or written off come to "
                    + AmountRules.text(keptSum) + " and the new ones to " + AmountRules.text(plannedSum)
                    + "; together they must make the pledge's " + AmountRules.text(amount) + ".");
        }
        if (kept.size() + planned.size() > MAX_INSTALLMENTS) {
            throw DonationProblems.pledgeScheduleMismatch(
                    "A pledge has at most " + MAX_INSTALLMENTS + " installments.");
        }
        Instant now = timestamps.now();
        String by = actor.name();
        // the untouched rows take the new installments in due order (keeping their ids); extra ones are inserted,
        // left-over ones deleted; then every row is numbered again in due order
        List<InstallmentRow> free = before.stream().filter(i -> !i.touched()).toList();
        List<InstallmentRow> after = new ArrayList<>(kept);
        List<InstallmentRow> inserts = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            Planned p = planned.get(i);
            if (i < free.size()) {
                after.add(new InstallmentRow(
                        free.get(i).id(), 0, p.dueOn(), p.amount(), PledgeMath.ZERO, PledgeMath.ZERO));
            } else {
                InstallmentRow row =
                        new InstallmentRow(Ids.next(), 0, p.dueOn(), p.amount(), PledgeMath.ZERO, PledgeMath.ZERO);
                after.add(row);
                inserts.add(row);
            }
        }
        for (int i = planned.size(); i < free.size(); i++) {
            store.deleteInstallment(free.get(i).id());
        }
        after.sort(Comparator.comparing(InstallmentRow::dueOn).thenComparing(r -> !r.touched()));
        Map<UUID, InstallmentRow> had = before.stream().collect(Collectors.toMap(InstallmentRow::id, r -> r));
        List<InstallmentRow> numbered = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            InstallmentRow r = after.get(i);
            numbered.add(
                    new InstallmentRow(r.id(), i + 1, r.dueOn(), r.amount(), r.paidAmount(), r.writtenOffAmount()));
        }
        List<InstallmentRow> newRows = new ArrayList<>();
        for (InstallmentRow r : numbered) {
            InstallmentRow old = had.get(r.id());
            if (old == null) {
                newRows.add(r);
            } else if (!old.equals(r)) {
                store.updateInstallment(r, now, by);
            }
        }
        store.insertInstallments(id, newRows, now, by);
        PledgeRow is = was.withSums(amount, was.paidAmount(), was.writtenOffAmount(), now, by)
                .withNotes(blank(c.notes()));
        var changes = Changes.track()
                .field("amount", was.amount(), is.amount())
                .field("installments", describe(before), describe(numbered))
                .field("notes", was.notes(), is.notes())
                .field("status", was.status(), is.status())
                .list();
        if (changes.isEmpty()) {
            return view(was);
        }
        store.update(is);
        audit.record(ENTITY, id, AuditTrail.UPDATED, changes);
        return view(load(id));
    }

    /** Writes off part or all of the balance, from the latest installments back. */
    @Transactional
    public PledgeView writeOff(UUID id, WriteOffPledgeCommand c) {
        PledgeRow was = store.lock(id).orElseThrow(() -> DonationProblems.pledgeNotFound(id));
        if (was.status() != PledgeStatus.OPEN) {
            throw DonationProblems.pledgeNotOpen(id, was.status());
        }
        BigDecimal balance = was.balance();
        BigDecimal amount = c.amount() == null ? balance : AmountRules.amount("amount", c.amount());
        if (amount.compareTo(balance) > 0) {
            throw DonationProblems.pledgeWriteOffTooLarge(AmountRules.text(balance), was.currency());
        }
        Instant now = timestamps.now();
        String by = actor.name();
        List<InstallmentRow> latestFirst = new ArrayList<>(store.installments(id));
        java.util.Collections.reverse(latestFirst);
        Map<UUID, InstallmentRow> byId = latestFirst.stream().collect(Collectors.toMap(InstallmentRow::id, r -> r));
        List<PledgeMath.Part> parts = PledgeMath.spread(
                amount,
                latestFirst.stream()
                        .map(i -> new PledgeMath.Slot(i.id(), i.open()))
                        .toList());
        for (PledgeMath.Part part : parts) {
            InstallmentRow i = byId.get(part.id());
            store.updateInstallment(
                    new InstallmentRow(
                            i.id(),
                            i.sequence(),
                            i.dueOn(),
                            i.amount(),
                            i.paidAmount(),
                            i.writtenOffAmount().add(part.amount())),
                    now,
                    by);
        }
        PledgeRow is = was.withSums(
                was.amount(), was.paidAmount(), was.writtenOffAmount().add(amount), now, by);
        store.update(is);
        audit.record(
                ENTITY,
                id,
                "WRITTEN_OFF",
                Changes.track()
                        .field("writtenOffAmount", was.writtenOffAmount(), is.writtenOffAmount())
                        .field("status", was.status(), is.status())
                        .list(),
                "Write-off of " + AmountRules.text(amount) + " " + was.currency() + ": "
                        + c.reason().trim());
        return view(load(id));
    }

    /** Cancels an open pledge nothing was paid on. */
    @Transactional
    public PledgeView cancel(UUID id, CancelPledgeCommand c) {
        PledgeRow was = store.lock(id).orElseThrow(() -> DonationProblems.pledgeNotFound(id));
        if (was.status() != PledgeStatus.OPEN) {
            throw DonationProblems.pledgeNotOpen(id, was.status());
        }
        if (was.paidAmount().signum() != 0 || !store.payments(id).isEmpty()) {
            throw DonationProblems.pledgeHasPayments(id);
        }
        PledgeRow is = was.cancelled(timestamps.now(), actor.name());
        store.update(is);
        audit.record(
                ENTITY,
                id,
                "CANCELLED",
                Changes.track().field("status", was.status(), is.status()).list(),
                c.reason().trim());
        return view(load(id));
    }

    /**
     * Records a payment: a completed PLEDGE_PAYMENT gift of the pledge's donor in its currency, fund, campaign and
     * appeal, applied to the oldest open installments. With an idempotency key, as {@link GiftService#record}.
     */
    @Transactional
    public GiftView pay(
            UUID id, PledgePaymentCommand c, @Nullable String idempotencyKey, @Nullable String requestHash) {
        PledgeRow pledge = load(id);
        return gifts.record(
                new RecordGiftCommand(
                        pledge.constituentId(),
                        c.amount(),
                        pledge.currency(),
                        c.receivedOn(),
                        GiftStatus.COMPLETED,
                        GiftKind.PLEDGE_PAYMENT,
                        c.exchangeRate(),
                        c.exchangeRateDate(),
                        pledge.fundId(),
                        pledge.campaignId(),
                        pledge.appealId(),
                        c.paymentMethod(),
                        c.reference(),
                        c.anonymous(),
                        List.of(),
                        List.of(),
                        null,
                        null,
                        null,
                        c.notes(),
                        id),
                idempotencyKey,
                requestHash);
    }

    // rules

    private record Planned(LocalDate dueOn, BigDecimal amount) {}

    private List<Planned> schedule(CreatePledgeCommand c, BigDecimal amount) {
        if (c.installments() != null && c.schedule() != null) {
            throw DonationProblems.pledgeScheduleMismatch("Give either installments or a schedule, not both.");
        }
        if (c.schedule() != null) {
            var s = c.schedule();
            if (s.count() < 1 || s.count() > MAX_INSTALLMENTS) {
                throw DonationProblems.pledgeScheduleMismatch(
                        "A schedule has 1 to " + MAX_INSTALLMENTS + " installments.");
            }
            if (s.firstDueOn().isBefore(c.pledgedOn())) {
                throw DonationProblems.pledgeScheduleMismatch("The first installment falls due before the pledge.");
            }
            List<BigDecimal> amounts = PledgeMath.split(amount, s.count());
            if (amounts.isEmpty()) {
                throw DonationProblems.pledgeScheduleMismatch(AmountRules.text(amount) + " cannot be split into "
                        + s.count() + " installments of a cent" + " or more.");
            }
            List<LocalDate> dates = PledgeMath.dueDates(s.firstDueOn(), s.frequency(), s.count());
            List<Planned> planned = new ArrayList<>();
            for (int i = 0; i < amounts.size(); i++) {
                planned.add(new Planned(dates.get(i), amounts.get(i)));
            }
            return planned;
        }
        if (c.installments() == null) {
            return List.of(new Planned(c.pledgedOn(), amount));
        }
        List<Planned> planned = explicit(c.installments(), c.pledgedOn());
        if (planned.isEmpty()) {
            throw DonationProblems.pledgeScheduleMismatch("A pledge has at least one installment.");
        }
        if (planned.size() > MAX_INSTALLMENTS) {
            throw DonationProblems.pledgeScheduleMismatch(
                    "A pledge has at most " + MAX_INSTALLMENTS + " installments.");
        }
        BigDecimal sum = sum(planned);
        if (sum.compareTo(amount) != 0) {
            throw DonationProblems.pledgeScheduleMismatch("The installments add up to " + AmountRules.text(sum)
                    + " but the pledge is " + AmountRules.text(amount) + ".");
        }
        return planned;
    }

    /** Checked installments (each amount positive, to the cent; none due before the pledge), in due order. */
    private static List<Planned> explicit(List<Installment> installments, LocalDate pledgedOn) {
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < installments.size(); i++) {
            Installment given = installments.get(i);
            if (given.dueOn().isBefore(pledgedOn)) {
                throw DonationProblems.pledgeScheduleMismatch("installments[" + i + "] falls due on " + given.dueOn()
                        + ", before the pledge (" + pledgedOn + ").");
            }
            planned.add(
                    new Planned(given.dueOn(), AmountRules.amount("installments[" + i + "].amount", given.amount())));
        }
        planned.sort(Comparator.comparing(Planned::dueOn));
        return planned;
    }

    private static BigDecimal sum(List<Planned> planned) {
        return planned.stream().map(Planned::amount).reduce(PledgeMath.ZERO, BigDecimal::add);
    }

    private static List<String> describe(List<InstallmentRow> rows) {
        return rows.stream()
                .map(r -> r.dueOn() + "=" + AmountRules.text(r.amount()))
                .toList();
    }

    private PledgeRow load(UUID id) {
        return store.find(id).orElseThrow(() -> DonationProblems.pledgeNotFound(id));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(timestamps.now(), ZoneOffset.UTC);
    }

    private PledgeView view(PledgeRow p) {
        LocalDate today = today();
        boolean open = p.status() == PledgeStatus.OPEN;
        List<InstallmentRow> installments = store.installments(p.id());
        BigDecimal overdue = PledgeMath.ZERO;
        LocalDate next = null;
        List<PledgeView.Installment> shown = new ArrayList<>();
        for (InstallmentRow i : installments) {
            boolean late = open && i.open().signum() > 0 && i.dueOn().isBefore(today);
            if (late) {
                overdue = overdue.add(i.open());
            }
            if (open && next == null && i.open().signum() > 0) {
                next = i.dueOn();
            }
            shown.add(new PledgeView.Installment(
                    i.id(),
                    i.sequence(),
                    i.dueOn(),
                    AmountRules.text(i.amount()),
                    AmountRules.text(i.paidAmount()),
                    AmountRules.text(i.writtenOffAmount()),
                    AmountRules.text(i.open()),
                    late));
        }
        Map<UUID, BigDecimal> applied = store.appliedByGift(p.id());
        List<PledgeView.Payment> payments = store.payments(p.id()).stream()
                .map(g -> new PledgeView.Payment(
                        g.giftId(),
                        g.receivedOn(),
                        AmountRules.text(g.amount()),
                        AmountRules.text(g.refundedAmount()),
                        AmountRules.text(applied.getOrDefault(g.giftId(), PledgeMath.ZERO)),
                        g.status()))
                .toList();
        var names = constituents.refs(List.of(new ConstituentId(p.constituentId())));
        return new PledgeView(
                p.id(),
                p.constituentId(),
                nameOf(names, p.constituentId()),
                AmountRules.text(p.amount()),
                p.currency(),
                AmountRules.text(p.paidAmount()),
                AmountRules.text(p.writtenOffAmount()),
                AmountRules.text(p.balance()),
                AmountRules.text(overdue),
                p.pledgedOn(),
                p.status(),
                p.fundId(),
                p.campaignId(),
                p.appealId(),
                p.notes(),
                next,
                shown,
                payments,
                p.version(),
                p.createdAt(),
                p.createdBy(),
                p.updatedAt(),
                p.updatedBy());
    }

    private static String nameOf(Map<ConstituentId, ConstituentRef> names, UUID id) {
        ConstituentRef ref = names.get(new ConstituentId(id));
        return ref == null ? null : ref.displayName();
    }

    private static String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
