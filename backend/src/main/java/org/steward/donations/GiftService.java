package org.steward.donations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.steward.audit.AuditTrail;
import org.steward.audit.Changes;
import org.steward.campaigns.AppealView;
import org.steward.campaigns.CampaignService;
import org.steward.campaigns.CampaignView;
import org.steward.campaigns.FundView;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentRef;
import org.steward.constituents.ConstituentService;
import org.steward.constituents.ConstituentView;
import org.steward.donations.internal.AmountRules;
import org.steward.donations.internal.GiftRow;
import org.steward.donations.internal.GiftStore;
import org.steward.donations.internal.GiftStore.AllocationRow;
import org.steward.donations.internal.GiftStore.SoftCreditRow;
import org.steward.donations.internal.GivingMath;
import org.steward.donations.internal.PledgeLedger;
import org.steward.donations.internal.RollupRecomputer;
import org.steward.shared.errors.NotFoundException;
import org.steward.shared.errors.StaleVersionException;
import org.steward.shared.ids.Ids;
import org.steward.shared.persistence.DatabaseFailures;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;
import org.steward.shared.web.PageResponse;

/**
 * The gift ledger. Records gifts (once per Idempotency-Key), lists them, edits their non-money fields, and changes
 * a gift's money only by appending an adjustment or a refund; each change is audited (entity type {@code gift}) and
 * brings the rollups of every constituent it touched up to date in the same transaction (ADR 0010).
 */
@Singleton
public class GiftService {

    public static final String ENTITY = "gift";

    private final GiftStore store;
    private final RollupRecomputer rollups;
    private final ConstituentService constituents;
    private final CampaignService campaigns;
    private final DonationsConfig config;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Timestamps timestamps;
    private final PledgeLedger pledges;

    GiftService(
            GiftStore store,
            RollupRecomputer rollups,
            ConstituentService constituents,
            CampaignService campaigns,
            DonationsConfig config,
            AuditTrail audit,
            CurrentActor actor,
            Timestamps timestamps,
            PledgeLedger pledges) {
        this.store = store;
        this.rollups = rollups;
        this.constituents = constituents;
        this.campaigns = campaigns;
        this.config = config;
        this.audit = audit;
        this.actor = actor;
        this.timestamps = timestamps;
        this.pledges = pledges;
    }

    /**
     * Records a gift. With an idempotency key, the key is taken in the same transaction: a second request with the
     * same key and the same body (hash) gets the gift the first one created, one with another body 409
     * {@code donations.idempotency-key-reused}. Two at the same moment queue on the key's row. Keys are per user.
     */
    @Transactional
    public GiftView record(RecordGiftCommand c, @Nullable String idempotencyKey, @Nullable String requestHash) {
        UUID giftId = Ids.next();
        Instant now = timestamps.now();
        String by = actor.name();
        if (idempotencyKey != null) {
            var existing = store.idempotencyKey(by, idempotencyKey);
            if (existing.isPresent()) {
                return replay(existing.get(), requestHash);
            }
            try {
                store.insertIdempotencyKey(idempotencyKey, requestHash, giftId, now, by);
            } catch (DataAccessException e) {
                if (!DatabaseFailures.isConstraintViolation(e)) {
                    throw e;
                }
                return replay(store.idempotencyKey(by, idempotencyKey).orElseThrow(() -> e), requestHash);
            }
        }
        Prepared prepared = prepare(c, giftId, now, by);
        write(prepared, null);
        if (prepared.gift().status() == GiftStatus.COMPLETED) {
            rollups.refresh(prepared.touched());
        }
        return view(prepared.gift());
    }

    /**
     * Checks a gift as {@link #record} would, writing nothing: batch rows are checked with it when entered (so the
     * same problems appear while typing) and again when the batch is posted.
     */
    void check(RecordGiftCommand c) {
        prepare(c, Ids.next(), timestamps.now(), actor.name());
    }

    /**
     * Records a gift of a batch being posted, in the caller's transaction, without refreshing rollups: the caller
     * refreshes them once for every donor the batch touched. Returns the gift's id and the donors it touched.
     */
    BatchGift recordForBatch(RecordGiftCommand c, UUID batchId) {
        Prepared prepared = prepare(c, Ids.next(), timestamps.now(), actor.name());
        write(prepared, batchId);
        return new BatchGift(prepared.gift().id(), prepared.touched());
    }

    record BatchGift(UUID giftId, Set<UUID> touched) {}

    private record Prepared(GiftRow gift, List<AllocationRow> allocations, List<SoftCreditRow> softCredits) {
        Set<UUID> touched() {
            return GiftService.touched(gift.constituentId(), softCredits);
        }
    }

    /** Every rule of a new gift; throws the first problem found, writes nothing. */
    private Prepared prepare(RecordGiftCommand c, UUID giftId, Instant now, String by) {
        requireDonor(c.constituentId());
        if (c.status() == GiftStatus.REFUNDED) {
            throw DonationProblems.invalidStatus("A gift becomes REFUNDED through a refund, not when it is recorded.");
        }
        String currency = AmountRules.currency(c.currency());
        BigDecimal amount = AmountRules.amount("amount", c.amount());
        BigDecimal rate;
        LocalDate rateDate;
        if (currency.equals(config.baseCurrency())) {
            if (c.exchangeRate() != null && AmountRules.rate(c.exchangeRate()).compareTo(BigDecimal.ONE) != 0) {
                throw DonationProblems.invalidExchangeRate(
                        "A gift in the base currency " + currency + " has the exchange rate 1.");
            }
            rate = BigDecimal.ONE.setScale(8);
            rateDate = c.exchangeRateDate();
        } else {
            if (c.exchangeRate() == null || c.exchangeRateDate() == null) {
                throw DonationProblems.exchangeRateRequired(currency, config.baseCurrency());
            }
            rate = AmountRules.rate(c.exchangeRate());
            rateDate = c.exchangeRateDate();
        }
        BigDecimal base = AmountRules.fits("baseAmount", GivingMath.toBase(amount, rate));
        if (base.signum() <= 0) {
            throw DonationProblems.invalidExchangeRate("At this rate the gift is worth nothing in the base currency.");
        }
        List<AllocationRow> allocations = allocations(c.allocations(), c.fundId(), amount);
        Set<UUID> funds = new LinkedHashSet<>();
        if (c.fundId() != null) {
            funds.add(c.fundId());
        }
        allocations.forEach(a -> funds.add(a.fundId()));
        requireActiveFunds(funds);
        UUID campaignId = campaignOf(c.campaignId(), c.appealId());

        List<SoftCreditRow> softCredits = new ArrayList<>();
        for (int i = 0; i < c.softCredits().size(); i++) {
            var credit = c.softCredits().get(i);
            if (credit.constituentId().equals(c.constituentId())) {
                throw DonationProblems.softCreditToDonor();
            }
            BigDecimal creditAmount = AmountRules.amount("softCredits[" + i + "].amount", credit.amount());
            if (creditAmount.compareTo(amount) > 0) {
                throw DonationProblems.softCreditTooLarge();
            }
            softCredits.add(new SoftCreditRow(Ids.next(), credit.constituentId(), creditAmount, blank(credit.role())));
        }
        Set<UUID> others = new HashSet<>();
        softCredits.forEach(s -> others.add(s.constituentId()));
        var tribute = c.tribute();
        if (tribute != null && tribute.notifyConstituentId() != null) {
            others.add(tribute.notifyConstituentId());
        }
        Set<UUID> active = constituents.activeAmong(others);
        for (int i = 0; i < softCredits.size(); i++) {
            if (!active.contains(softCredits.get(i).constituentId())) {
                throw DonationProblems.unknownConstituent(
                        "softCredits[" + i + "].constituentId",
                        softCredits.get(i).constituentId());
            }
        }
        if (tribute != null
                && tribute.notifyConstituentId() != null
                && !active.contains(tribute.notifyConstituentId())) {
            throw DonationProblems.unknownConstituent("tribute.notifyConstituentId", tribute.notifyConstituentId());
        }
        String description = blank(c.description());
        if (c.kind() == GiftKind.IN_KIND && description == null) {
            throw DonationProblems.inKindDescriptionRequired();
        }
        BigDecimal fairMarketValue =
                c.fairMarketValue() == null ? null : AmountRules.amount("fairMarketValue", c.fairMarketValue());
        if (c.pledgeId() != null) {
            pledges.check(c.pledgeId(), c.constituentId(), currency, c.kind(), c.status());
        }

        GiftRow gift = new GiftRow(
                giftId,
                c.constituentId(),
                amount,
                currency,
                rate,
                rateDate,
                base,
                config.baseCurrency(),
                GivingMath.ZERO,
                GivingMath.ZERO,
                c.receivedOn(),
                c.status(),
                c.kind(),
                c.fundId(),
                campaignId,
                c.appealId(),
                blank(c.paymentMethod()),
                blank(c.reference()),
                c.anonymous(),
                tribute == null ? null : tribute.type(),
                tribute == null ? null : tribute.honoreeName().trim(),
                tribute == null ? null : tribute.notifyConstituentId(),
                description,
                fairMarketValue,
                blank(c.notes()),
                null,
                c.pledgeId(),
                0L,
                now,
                by,
                now,
                by);
        return new Prepared(gift, allocations, softCredits);
    }

    private void write(Prepared p, @Nullable UUID batchId) {
        GiftRow gift = p.gift();
        store.insert(gift, batchId);
        store.insertAllocations(gift.id(), p.allocations(), gift.createdAt(), gift.createdBy());
        store.insertSoftCredits(gift.id(), p.softCredits(), gift.createdAt(), gift.createdBy());
        var fields = snapshot(gift, p.allocations(), p.softCredits());
        if (batchId != null) {
            fields.put("batchId", batchId);
        }
        if (gift.pledgeId() != null) {
            fields.put("pledgeId", gift.pledgeId());
            pledges.applyNew(gift);
        }
        audit.record(ENTITY, gift.id(), AuditTrail.CREATED, Changes.created(fields));
    }

    /**
     * Records how and when the donor was thanked for the gift (replacing an earlier record); audited as
     * {@code ACKNOWLEDGED}. Failed and cancelled gifts are not thanked for.
     */
    @Transactional
    public GiftView acknowledge(UUID id, AcknowledgeGiftCommand c) {
        GiftRow gift = store.lock(id).orElseThrow(() -> DonationProblems.giftNotFound(id));
        if (gift.status() == GiftStatus.FAILED || gift.status() == GiftStatus.CANCELLED) {
            throw DonationProblems.acknowledgementOfUnfinishedGift(id, gift.status());
        }
        var was = store.acknowledgement(id);
        String notes = blank(c.notes());
        store.saveAcknowledgement(
                id,
                new GiftStore.AcknowledgementRow(c.method(), c.acknowledgedOn(), notes, timestamps.now(), actor.name()),
                was.isPresent());
        audit.record(
                ENTITY,
                id,
                "ACKNOWLEDGED",
                Changes.track()
                        .field(
                                "acknowledgement.method",
                                was.map(GiftStore.AcknowledgementRow::method).orElse(null),
                                c.method())
                        .field(
                                "acknowledgement.acknowledgedOn",
                                was.map(GiftStore.AcknowledgementRow::acknowledgedOn)
                                        .orElse(null),
                                c.acknowledgedOn())
                        .field(
                                "acknowledgement.notes",
                                was.map(GiftStore.AcknowledgementRow::notes).orElse(null),
                                notes)
                        .list());
        return view(store.find(id).orElseThrow());
    }

    /** A gift, whatever has become of its donor since (deleted and merged donors' gifts stay visible). */
    @Transactional(readOnly = true)
    public GiftView get(UUID id) {
        return view(load(id));
    }

    /** Gifts newest first (by date received), filtered. */
    @Transactional(readOnly = true)
    public PageResponse<GiftListItem> search(GiftQuery query, int page, int size) {
        List<GiftRow> rows = store.search(query, page, size);
        long total = store.count(query);
        Map<ConstituentId, ConstituentRef> names = constituents.refs(rows.stream()
                .map(r -> new ConstituentId(r.constituentId()))
                .distinct()
                .toList());
        List<GiftListItem> items = rows.stream()
                .map(r -> new GiftListItem(
                        r.id(),
                        r.constituentId(),
                        nameOf(names, r.constituentId()),
                        AmountRules.text(r.amount()),
                        r.currency(),
                        AmountRules.text(r.baseAmount()),
                        AmountRules.text(r.refundedAmount()),
                        r.receivedOn(),
                        r.status(),
                        r.kind(),
                        r.fundId(),
                        r.campaignId(),
                        r.appealId(),
                        r.anonymous()))
                .toList();
        return new PageResponse<>(items, page, size, total);
    }

    /** Replaces the non-money fields; a PENDING gift may become COMPLETED, FAILED or CANCELLED. */
    @Transactional
    public GiftView update(UUID id, UpdateGiftCommand c) {
        GiftRow was = load(id);
        if (was.version() != c.version()) {
            throw new StaleVersionException(ENTITY, id);
        }
        if (c.status() != was.status()
                && !(was.status() == GiftStatus.PENDING
                        && (c.status() == GiftStatus.COMPLETED
                                || c.status() == GiftStatus.FAILED
                                || c.status() == GiftStatus.CANCELLED))) {
            throw DonationProblems.invalidStatus("A " + was.status() + " gift cannot become " + c.status()
                    + "; only pending gifts change status here, refunds go through /refund.");
        }
        UUID campaignId =
                Objects.equals(c.campaignId(), was.campaignId()) && Objects.equals(c.appealId(), was.appealId())
                        ? was.campaignId()
                        : campaignOf(c.campaignId(), c.appealId());
        Instant now = timestamps.now();
        GiftRow is = was.withDetails(
                c.status(),
                campaignId,
                c.appealId(),
                blank(c.paymentMethod()),
                blank(c.reference()),
                c.anonymous(),
                blank(c.notes()),
                now,
                actor.name());
        var changes = Changes.track()
                .field("status", was.status(), is.status())
                .field("campaignId", was.campaignId(), is.campaignId())
                .field("appealId", was.appealId(), is.appealId())
                .field("paymentMethod", was.paymentMethod(), is.paymentMethod())
                .field("reference", was.reference(), is.reference())
                .field("anonymous", was.anonymous(), is.anonymous())
                .field("notes", was.notes(), is.notes())
                .list();
        if (changes.isEmpty()) {
            return view(was);
        }
        if (!store.updateDetails(is, c.version())) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.record(ENTITY, id, AuditTrail.UPDATED, changes);
        boolean designationChanged =
                !Objects.equals(was.campaignId(), is.campaignId()) || !Objects.equals(was.appealId(), is.appealId());
        if (was.status() != is.status() || (is.status() == GiftStatus.COMPLETED && designationChanged)) {
            // the rollups and the giving aggregates (by campaign and appeal) follow
            rollups.refresh(touched(was.constituentId(), store.softCredits(id)));
        }
        return view(load(id));
    }

    /**
     * Changes a gift's amount, date received or donor by appending an adjustment that keeps the previous values.
     * Allocations follow: a single one takes the new amount, several need new ones in the command.
     */
    @Transactional
    public GiftView adjust(UUID id, AdjustGiftCommand c) {
        GiftRow was = store.lock(id).orElseThrow(() -> DonationProblems.giftNotFound(id));
        if (was.status() != GiftStatus.PENDING && was.status() != GiftStatus.COMPLETED) {
            throw DonationProblems.notAdjustable(id, was.status());
        }
        BigDecimal amount = c.amount() == null ? was.amount() : AmountRules.amount("amount", c.amount());
        LocalDate receivedOn = c.receivedOn() == null ? was.receivedOn() : c.receivedOn();
        UUID donor = c.constituentId() == null ? was.constituentId() : c.constituentId();
        boolean amountChanged = amount.compareTo(was.amount()) != 0;
        boolean allocationsGiven = c.allocations() != null;
        if (!amountChanged
                && receivedOn.equals(was.receivedOn())
                && donor.equals(was.constituentId())
                && !allocationsGiven) {
            throw DonationProblems.nothingToAdjust();
        }
        if (was.refundedAmount().signum() > 0 && amount.compareTo(was.refundedAmount()) <= 0) {
            throw DonationProblems.adjustmentBelowRefunded();
        }
        List<SoftCreditRow> softCredits = store.softCredits(id);
        if (was.pledgeId() != null) {
            pledges.requireSameDonor(was, donor);
        }
        if (!donor.equals(was.constituentId())) {
            requireDonor(donor);
            if (softCredits.stream().anyMatch(s -> s.constituentId().equals(donor))) {
                throw DonationProblems.softCreditToDonor();
            }
        }
        if (softCredits.stream().anyMatch(s -> s.amount().compareTo(amount) > 0)) {
            throw DonationProblems.softCreditTooLarge();
        }
        Instant now = timestamps.now();
        String by = actor.name();
        syncAllocations(id, store.allocations(id), c.allocations(), amount, amountChanged, now, by);
        BigDecimal base = AmountRules.fits("baseAmount", GivingMath.toBase(amount, was.exchangeRate()));
        store.insertAdjustment(
                id,
                new GiftStore.AdjustmentRow(
                        Ids.next(),
                        was.constituentId(),
                        donor,
                        was.amount(),
                        amount,
                        was.baseAmount(),
                        base,
                        was.receivedOn(),
                        receivedOn,
                        c.reason().trim(),
                        now,
                        by));
        GiftRow is = was.withMoney(donor, amount, base, receivedOn, now, by);
        store.updateMoney(is);
        if (was.pledgeId() != null && amountChanged) {
            BigDecimal change = amount.subtract(was.amount());
            if (change.signum() > 0) {
                pledges.applyMore(was, change);
            } else {
                pledges.takeBack(
                        was, change.negate(), "Adjustment: " + c.reason().trim());
            }
        }
        audit.record(
                ENTITY,
                id,
                AuditTrail.UPDATED,
                Changes.track()
                        .field("constituentId", was.constituentId(), donor)
                        .field("amount", was.amount(), amount)
                        .field("baseAmount", was.baseAmount(), base)
                        .field("receivedOn", was.receivedOn(), receivedOn)
                        .list(),
                "Adjustment: " + c.reason().trim());
        Set<UUID> touched = touched(donor, softCredits);
        touched.add(was.constituentId());
        if (was.status() == GiftStatus.COMPLETED) {
            rollups.refresh(touched);
        }
        return view(load(id));
    }

    /** Refunds part or all of a completed gift; fully refunded, it becomes REFUNDED and leaves the rollups. */
    @Transactional
    public GiftView refund(UUID id, RefundGiftCommand c) {
        GiftRow was = store.lock(id).orElseThrow(() -> DonationProblems.giftNotFound(id));
        if (was.status() != GiftStatus.COMPLETED) {
            throw DonationProblems.notRefundable(id, was.status());
        }
        BigDecimal remaining = was.amount().subtract(was.refundedAmount());
        BigDecimal amount = c.amount() == null ? remaining : AmountRules.amount("amount", c.amount());
        if (amount.compareTo(remaining) > 0) {
            throw DonationProblems.refundTooLarge(AmountRules.text(remaining) + " " + was.currency());
        }
        boolean full = amount.compareTo(remaining) == 0;
        BigDecimal remainingBase = was.baseAmount().subtract(was.refundedBaseAmount());
        BigDecimal base = full
                ? remainingBase
                : GivingMath.toBase(amount, was.exchangeRate()).min(remainingBase);
        Instant now = timestamps.now();
        String by = actor.name();
        LocalDate refundedOn = c.refundedOn() == null ? LocalDate.ofInstant(now, ZoneOffset.UTC) : c.refundedOn();
        store.insertRefund(
                id,
                new GiftStore.RefundRow(
                        Ids.next(), amount, base, refundedOn, c.reason().trim(), now, by));
        GiftStatus status = full ? GiftStatus.REFUNDED : GiftStatus.COMPLETED;
        GiftRow is = was.withRefund(
                was.refundedAmount().add(amount), was.refundedBaseAmount().add(base), status, now, by);
        store.updateRefunded(is);
        if (was.pledgeId() != null) {
            pledges.takeBack(was, amount, "Refund: " + c.reason().trim());
        }
        audit.record(
                ENTITY,
                id,
                AuditTrail.UPDATED,
                Changes.track()
                        .field("refundedAmount", was.refundedAmount(), is.refundedAmount())
                        .field("status", was.status(), is.status())
                        .list(),
                "Refund of " + AmountRules.text(amount) + " " + was.currency() + ": "
                        + c.reason().trim());
        rollups.refresh(touched(was.constituentId(), store.softCredits(id)));
        return view(load(id));
    }

    // rules

    private GiftView replay(GiftStore.IdempotencyKey key, @Nullable String requestHash) {
        if (!Objects.equals(key.requestHash(), requestHash)) {
            throw DonationProblems.idempotencyKeyReused();
        }
        return view(load(key.giftId()));
    }

    /** The donor must exist and be neither deleted nor merged; each case has its own problem. */
    void requireDonor(UUID id) {
        if (constituents.isActive(id)) {
            return;
        }
        ConstituentView donor;
        try {
            donor = constituents.get(new ConstituentId(id), true);
        } catch (NotFoundException e) {
            throw DonationProblems.donorNotFound(id);
        }
        if (donor.mergedInto() != null) {
            throw DonationProblems.donorMerged(id, donor.mergedInto().value());
        }
        throw DonationProblems.donorDeleted(id);
    }

    private static List<AllocationRow> allocations(
            List<RecordGiftCommand.Allocation> requested, @Nullable UUID fundId, BigDecimal amount) {
        if (requested.isEmpty()) {
            return fundId == null ? List.of() : List.of(new AllocationRow(Ids.next(), fundId, amount));
        }
        List<AllocationRow> rows = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        BigDecimal sum = GivingMath.ZERO;
        for (int i = 0; i < requested.size(); i++) {
            var a = requested.get(i);
            if (!seen.add(a.fundId())) {
                throw DonationProblems.allocationsMismatch("Fund " + a.fundId() + " is allocated twice.");
            }
            BigDecimal part = AmountRules.amount("allocations[" + i + "].amount", a.amount());
            sum = sum.add(part);
            rows.add(new AllocationRow(Ids.next(), a.fundId(), part));
        }
        if (sum.compareTo(amount) != 0) {
            throw DonationProblems.allocationsMismatch("The allocations add up to " + AmountRules.text(sum)
                    + " but the gift is " + AmountRules.text(amount) + ".");
        }
        return rows;
    }

    private void syncAllocations(
            UUID giftId,
            List<AllocationRow> before,
            @Nullable List<RecordGiftCommand.Allocation> requested,
            BigDecimal amount,
            boolean amountChanged,
            Instant now,
            String by) {
        if (requested == null) {
            if (!amountChanged || before.isEmpty()) {
                return;
            }
            if (before.size() > 1) {
                throw DonationProblems.allocationsMismatch(
                        "The gift is split over several funds: give the allocations for the new amount.");
            }
            store.updateAllocation(before.get(0).id(), amount, now, by);
            return;
        }
        List<AllocationRow> after = allocations(requested, null, amount);
        Map<UUID, AllocationRow> byFund = new LinkedHashMap<>();
        before.forEach(a -> byFund.put(a.fundId(), a));
        Set<UUID> newFunds = new LinkedHashSet<>();
        after.stream()
                .map(AllocationRow::fundId)
                .filter(f -> !byFund.containsKey(f))
                .forEach(newFunds::add);
        requireActiveFunds(newFunds);
        List<AllocationRow> inserts = new ArrayList<>();
        for (AllocationRow a : after) {
            AllocationRow had = byFund.remove(a.fundId());
            if (had == null) {
                inserts.add(a);
            } else if (had.amount().compareTo(a.amount()) != 0) {
                store.updateAllocation(had.id(), a.amount(), now, by);
            }
        }
        byFund.values().forEach(a -> store.deleteAllocation(a.id()));
        store.insertAllocations(giftId, inserts, now, by);
    }

    void requireActiveFunds(Collection<UUID> fundIds) {
        if (fundIds.isEmpty()) {
            return;
        }
        Map<UUID, FundView> found = campaigns.fundsById(fundIds);
        for (UUID id : fundIds) {
            FundView fund = found.get(id);
            if (fund == null || !fund.active()) {
                throw DonationProblems.unknownFund(id);
            }
        }
    }

    /** The campaign a gift counts for: the given one, or the appeal's; both must exist, be active and agree. */
    UUID campaignOf(@Nullable UUID campaignId, @Nullable UUID appealId) {
        UUID result = campaignId;
        if (appealId != null) {
            AppealView appeal = campaigns
                    .findAppeal(appealId)
                    .filter(AppealView::active)
                    .orElseThrow(() -> DonationProblems.unknownAppeal(appealId));
            if (campaignId != null && !campaignId.equals(appeal.campaignId())) {
                throw DonationProblems.appealCampaignMismatch(appealId, campaignId);
            }
            result = appeal.campaignId();
        }
        if (result != null) {
            UUID id = result;
            campaigns
                    .findCampaign(id)
                    .filter(CampaignView::active)
                    .orElseThrow(() -> DonationProblems.unknownCampaign(id));
        }
        return result;
    }

    private static Set<UUID> touched(UUID donor, List<SoftCreditRow> softCredits) {
        Set<UUID> ids = new LinkedHashSet<>();
        ids.add(donor);
        softCredits.forEach(s -> ids.add(s.constituentId()));
        return ids;
    }

    private GiftRow load(UUID id) {
        return store.find(id).orElseThrow(() -> DonationProblems.giftNotFound(id));
    }

    private GiftView view(GiftRow g) {
        var names = constituents.refs(List.of(new ConstituentId(g.constituentId())));
        return new GiftView(
                g.id(),
                g.constituentId(),
                nameOf(names, g.constituentId()),
                AmountRules.text(g.amount()),
                g.currency(),
                g.exchangeRate().stripTrailingZeros().toPlainString(),
                g.exchangeRateDate(),
                AmountRules.text(g.baseAmount()),
                g.baseCurrency(),
                AmountRules.text(g.refundedAmount()),
                AmountRules.text(g.amount().subtract(g.refundedAmount())),
                g.receivedOn(),
                g.status(),
                g.kind(),
                g.fundId(),
                g.campaignId(),
                g.appealId(),
                g.paymentMethod(),
                g.reference(),
                g.anonymous(),
                store.allocations(g.id()).stream()
                        .map(a -> new GiftView.Allocation(a.id(), a.fundId(), AmountRules.text(a.amount())))
                        .toList(),
                store.softCredits(g.id()).stream()
                        .map(s -> new GiftView.SoftCredit(
                                s.id(), s.constituentId(), AmountRules.text(s.amount()), s.role()))
                        .toList(),
                g.tributeType() == null
                        ? null
                        : new GiftView.Tribute(g.tributeType(), g.tributeHonoreeName(), g.tributeNotifyConstituentId()),
                g.description(),
                AmountRules.text(g.fairMarketValue()),
                g.notes(),
                g.recurringGiftId(),
                g.pledgeId(),
                store.adjustments(g.id()).stream()
                        .map(a -> new GiftView.Adjustment(
                                a.id(),
                                a.previousConstituentId(),
                                a.newConstituentId(),
                                AmountRules.text(a.previousAmount()),
                                AmountRules.text(a.newAmount()),
                                a.previousReceivedOn(),
                                a.newReceivedOn(),
                                a.reason(),
                                a.createdAt(),
                                a.createdBy()))
                        .toList(),
                store.refunds(g.id()).stream()
                        .map(r -> new GiftView.Refund(
                                r.id(),
                                AmountRules.text(r.amount()),
                                AmountRules.text(r.baseAmount()),
                                r.refundedOn(),
                                r.reason(),
                                r.createdAt(),
                                r.createdBy()))
                        .toList(),
                store.acknowledgement(g.id())
                        .map(a -> new GiftView.Acknowledgement(
                                a.method(), a.acknowledgedOn(), a.notes(), a.updatedAt(), a.updatedBy()))
                        .orElse(null),
                g.version(),
                g.createdAt(),
                g.createdBy(),
                g.updatedAt(),
                g.updatedBy());
    }

    private static String nameOf(Map<ConstituentId, ConstituentRef> names, UUID id) {
        ConstituentRef ref = names.get(new ConstituentId(id));
        return ref == null ? null : ref.displayName();
    }

    private static Map<String, Object> snapshot(
            GiftRow g, List<AllocationRow> allocations, List<SoftCreditRow> softCredits) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("constituentId", g.constituentId());
        fields.put("amount", g.amount());
        fields.put("currency", g.currency());
        fields.put("exchangeRate", g.exchangeRate().stripTrailingZeros());
        fields.put("baseAmount", g.baseAmount());
        fields.put("receivedOn", g.receivedOn());
        fields.put("status", g.status());
        fields.put("kind", g.kind());
        fields.put("fundId", g.fundId());
        fields.put("campaignId", g.campaignId());
        fields.put("appealId", g.appealId());
        fields.put("anonymous", g.anonymous());
        fields.put(
                "allocations",
                allocations.stream()
                        .map(a -> a.fundId() + "=" + AmountRules.text(a.amount()))
                        .toList());
        fields.put(
                "softCredits",
                softCredits.stream()
                        .map(s -> s.constituentId() + "=" + AmountRules.text(s.amount()))
                        .toList());
        fields.put("tributeType", g.tributeType());
        fields.put("notes", g.notes());
        return fields;
    }

    private static String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
