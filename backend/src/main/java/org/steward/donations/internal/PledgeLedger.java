package org.steward.donations.internal;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.steward.audit.AuditTrail;
import org.steward.audit.Changes;
import org.steward.donations.DonationProblems;
import org.steward.donations.GiftKind;
import org.steward.donations.GiftStatus;
import org.steward.donations.PledgeStatus;
import org.steward.donations.internal.PledgeStore.ApplicationRow;
import org.steward.donations.internal.PledgeStore.InstallmentRow;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

/**
 * What a pledge payment does to its pledge, called by the gift ledger inside the gift's transaction: a payment is
 * applied to the oldest open installments first, a refund or a lower adjustment takes back from the latest ones
 * first, and the pledge's sums and status follow. Every call locks the pledge row first (after the gift's own row),
 * so payments of one pledge queue and none can pay more than the balance (ADR 0015). Audited as entity
 * {@code pledge}.
 */
@Singleton
public class PledgeLedger {

    public static final String ENTITY = "pledge";

    private final PledgeStore store;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Timestamps timestamps;

    public PledgeLedger(PledgeStore store, AuditTrail audit, CurrentActor actor, Timestamps timestamps) {
        this.store = store;
        this.audit = audit;
        this.actor = actor;
        this.timestamps = timestamps;
    }

    /** The rules a new payment must meet before anything is written; the balance is checked again under lock. */
    public void check(UUID pledgeId, UUID donor, String currency, GiftKind kind, GiftStatus status) {
        PledgeRow pledge = store.find(pledgeId).orElseThrow(() -> DonationProblems.pledgeNotFound(pledgeId));
        requireFits(pledge, donor, currency, kind, status);
    }

    /** Applies a newly recorded payment (its row is written) to the pledge it names. */
    public void applyNew(GiftRow gift) {
        PledgeRow pledge =
                store.lock(gift.pledgeId()).orElseThrow(() -> DonationProblems.pledgeNotFound(gift.pledgeId()));
        requireFits(pledge, gift.constituentId(), gift.currency(), gift.kind(), gift.status());
        apply(pledge, gift.id(), gift.amount(), "Payment " + gift.id() + " applied");
    }

    /** Applies {@code extra} more of a payment whose amount was adjusted upwards (refused beyond the balance). */
    public void applyMore(GiftRow gift, BigDecimal extra) {
        PledgeRow pledge = store.lock(gift.pledgeId()).orElseThrow();
        apply(pledge, gift.id(), extra, "Payment " + gift.id() + " adjusted up");
    }

    /** Takes back {@code amount} of a payment (refunded, or adjusted down), latest installments first. */
    public void takeBack(GiftRow gift, BigDecimal amount, String why) {
        PledgeRow pledge = store.lock(gift.pledgeId()).orElseThrow();
        Instant now = timestamps.now();
        String by = actor.name();
        List<ApplicationRow> applications = store.applicationsOf(gift.id());
        List<PledgeMath.Part> parts = PledgeMath.spread(
                amount,
                applications.stream()
                        .map(a -> new PledgeMath.Slot(a.id(), a.amount()))
                        .toList());
        Map<UUID, ApplicationRow> byId =
                applications.stream().collect(Collectors.toMap(ApplicationRow::id, Function.identity()));
        Map<UUID, InstallmentRow> installments =
                store.installments(pledge.id()).stream().collect(Collectors.toMap(InstallmentRow::id, i -> i));
        List<PledgeMath.Part> fromInstallments = new ArrayList<>();
        for (PledgeMath.Part part : parts) {
            ApplicationRow a = byId.get(part.id());
            fromInstallments.add(new PledgeMath.Part(a.installmentId(), part.amount()));
            BigDecimal rest = a.amount().subtract(part.amount());
            if (rest.signum() == 0) {
                store.deleteApplication(a.id());
            } else {
                store.updateApplication(a.id(), rest, now, by);
            }
            InstallmentRow i = installments.get(a.installmentId());
            store.updateInstallment(
                    new InstallmentRow(
                            i.id(),
                            i.sequence(),
                            i.dueOn(),
                            i.amount(),
                            i.paidAmount().subtract(part.amount()),
                            i.writtenOffAmount()),
                    now,
                    by);
        }
        PledgeRow is = pledge.withSums(
                pledge.amount(), pledge.paidAmount().subtract(amount), pledge.writtenOffAmount(), now, by);
        store.update(is);
        audit.record(
                ENTITY,
                pledge.id(),
                AuditTrail.UPDATED,
                Changes.track()
                        .field("paidAmount", pledge.paidAmount(), is.paidAmount())
                        .field("status", pledge.status(), is.status())
                        .list(),
                why + ": " + AmountRules.text(amount) + " " + pledge.currency() + " of payment " + gift.id()
                        + " taken back from " + describe(fromInstallments, installments));
    }

    /** A payment's donor does not change apart from its pledge's (a merge moves both). */
    public void requireSameDonor(GiftRow gift, UUID donor) {
        if (!donor.equals(gift.constituentId())) {
            throw DonationProblems.pledgePaymentMismatch(
                    "Gift " + gift.id() + " pays pledge " + gift.pledgeId() + "; its donor is the pledge's donor.");
        }
    }

    private void apply(PledgeRow pledge, UUID giftId, BigDecimal amount, String why) {
        BigDecimal balance = pledge.balance();
        if (amount.compareTo(balance) > 0) {
            throw DonationProblems.pledgeOverpayment(AmountRules.text(balance), pledge.currency());
        }
        Instant now = timestamps.now();
        String by = actor.name();
        List<InstallmentRow> schedule = store.installments(pledge.id());
        List<PledgeMath.Part> parts = PledgeMath.spread(
                amount,
                schedule.stream()
                        .map(i -> new PledgeMath.Slot(i.id(), i.open()))
                        .toList());
        Map<UUID, InstallmentRow> installments =
                schedule.stream().collect(Collectors.toMap(InstallmentRow::id, i -> i));
        for (PledgeMath.Part part : parts) {
            InstallmentRow i = installments.get(part.id());
            store.insertApplication(pledge.id(), giftId, i.id(), part.amount(), now, by);
            store.updateInstallment(
                    new InstallmentRow(
                            i.id(),
                            i.sequence(),
                            i.dueOn(),
                            i.amount(),
                            i.paidAmount().add(part.amount()),
                            i.writtenOffAmount()),
                    now,
                    by);
        }
        PledgeRow is =
                pledge.withSums(pledge.amount(), pledge.paidAmount().add(amount), pledge.writtenOffAmount(), now, by);
        store.update(is);
        audit.record(
                ENTITY,
                pledge.id(),
                AuditTrail.UPDATED,
                Changes.track()
                        .field("paidAmount", pledge.paidAmount(), is.paidAmount())
                        .field("status", pledge.status(), is.status())
                        .list(),
                why + ": " + AmountRules.text(amount) + " " + pledge.currency() + " to "
                        + describe(parts, installments));
    }

    private static String describe(List<PledgeMath.Part> parts, Map<UUID, InstallmentRow> installments) {
        return parts.stream()
                .map(p -> "installment " + installments.get(p.id()).sequence() + " ("
                        + installments.get(p.id()).dueOn() + ") " + AmountRules.text(p.amount()))
                .collect(Collectors.joining(", "));
    }

    private static void requireFits(PledgeRow pledge, UUID donor, String currency, GiftKind kind, GiftStatus status) {
        if (kind != GiftKind.PLEDGE_PAYMENT) {
            throw DonationProblems.pledgePaymentMismatch(
                    "A gift that pays a pledge is of kind PLEDGE_PAYMENT, not " + kind + ".");
        }
        if (status != GiftStatus.COMPLETED) {
            throw DonationProblems.pledgePaymentMismatch(
                    "A pledge payment is recorded once received (COMPLETED), not " + status + ".");
        }
        if (!pledge.constituentId().equals(donor)) {
            throw DonationProblems.pledgePaymentMismatch("Pledge " + pledge.id() + " is constituent "
                    + pledge.constituentId() + "'s; a payment comes from the pledge's donor.");
        }
        if (!pledge.currency().equals(currency)) {
            throw DonationProblems.pledgePaymentMismatch(
                    "Pledge " + pledge.id() + " is in " + pledge.currency() + "; pay it in that currency.");
        }
        if (pledge.status() != PledgeStatus.OPEN) {
            throw DonationProblems.pledgeNotOpen(pledge.id(), pledge.status());
        }
    }
}
