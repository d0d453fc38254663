package org.steward.donations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.steward.audit.AuditTrail;
import org.steward.audit.Changes;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentRef;
import org.steward.constituents.ConstituentService;
import org.steward.donations.GiftBatchCommands.CreateGiftBatchCommand;
import org.steward.donations.GiftBatchCommands.GiftBatchRowCommand;
import org.steward.donations.internal.AmountRules;
import org.steward.donations.internal.GiftBatchStore;
import org.steward.donations.internal.GiftBatchStore.BatchRow;
import org.steward.donations.internal.GiftBatchStore.EntryRow;
import org.steward.donations.internal.RollupRecomputer;
import org.steward.shared.errors.StewardException;
import org.steward.shared.ids.Ids;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;
import org.steward.shared.web.PageResponse;

/**
 * Batch gift entry (ADR 0010): a batch is entered row by row while OPEN, each row checked by the same rules as a
 * single gift, and posted all or nothing in one transaction once its rows match the expected count and total.
 * Changes to a batch's rows and its posting queue on the batch row's lock. Creation and posting are audited
 * (entity type {@code gift-batch}); every posted gift is audited as a gift.
 */
@Singleton
public class GiftBatchService {

    public static final String ENTITY = "gift-batch";

    /** The most rows a batch holds: posting is one transaction (ADR 0010). */
    public static final int MAX_ROWS = 500;

    private final GiftBatchStore store;
    private final GiftService gifts;
    private final RollupRecomputer rollups;
    private final ConstituentService constituents;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Timestamps timestamps;

    GiftBatchService(
            GiftBatchStore store,
            GiftService gifts,
            RollupRecomputer rollups,
            ConstituentService constituents,
            AuditTrail audit,
            CurrentActor actor,
            Timestamps timestamps) {
        this.store = store;
        this.gifts = gifts;
        this.rollups = rollups;
        this.constituents = constituents;
        this.audit = audit;
        this.actor = actor;
        this.timestamps = timestamps;
    }

    @Transactional
    public GiftBatchView create(CreateGiftBatchCommand c) {
        String currency = AmountRules.currency(c.currency());
        BigDecimal expectedTotal = AmountRules.amount("expectedTotal", c.expectedTotal());
        UUID id = Ids.next();
        Instant now = timestamps.now();
        String name = c.name().trim();
        store.insertBatch(id, name, currency, c.expectedCount(), expectedTotal, now, actor.name());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("currency", currency);
        fields.put("expectedCount", c.expectedCount());
        fields.put("expectedTotal", expectedTotal);
        audit.record(ENTITY, id, AuditTrail.CREATED, Changes.created(fields));
        return view(load(id), List.of());
    }

    @Transactional(readOnly = true)
    public PageResponse<GiftBatchView> list(@Nullable GiftBatchStatus status, int page, int size) {
        List<GiftBatchView> items =
                store.list(status, page, size).stream().map(b -> view(b, null)).toList();
        return new PageResponse<>(items, page, size, store.count(status));
    }

    @Transactional(readOnly = true)
    public GiftBatchView get(UUID id) {
        return view(load(id), store.rows(id));
    }

    /** Adds a row to an open batch; the row must pass every rule a gift would (it is not a gift yet). */
    @Transactional
    public GiftBatchView.Row addRow(UUID batchId, GiftBatchRowCommand c) {
        BatchRow batch = lockOpen(batchId);
        if (store.rowCount(batchId) >= MAX_ROWS) {
            throw DonationProblems.batchFull(MAX_ROWS);
        }
        Instant now = timestamps.now();
        String by = actor.name();
        EntryRow row = entry(Ids.next(), batch, c, null, now, by);
        store.insertRow(row);
        return rowView(row, store.rowNumber(batchId, row.id()));
    }

    @Transactional
    public GiftBatchView.Row updateRow(UUID batchId, UUID rowId, GiftBatchRowCommand c) {
        BatchRow batch = lockOpen(batchId);
        EntryRow was = store.row(batchId, rowId).orElseThrow(() -> DonationProblems.batchRowNotFound(batchId, rowId));
        EntryRow is = entry(rowId, batch, c, was, timestamps.now(), actor.name());
        store.updateRow(is);
        return rowView(is, store.rowNumber(batchId, rowId));
    }

    @Transactional
    public void deleteRow(UUID batchId, UUID rowId) {
        lockOpen(batchId);
        if (store.deleteRow(batchId, rowId) == 0) {
            throw DonationProblems.batchRowNotFound(batchId, rowId);
        }
    }

    /**
     * Posts a batch: all or nothing, in this one transaction. Refused while the rows do not match the expected
     * count and total; otherwise every row is recorded as a COMPLETED gift through {@link GiftService} (same rules,
     * audit entries), each gift carries the batch id, the rollups of every donor touched are refreshed once, and the
     * batch becomes POSTED. A row that no longer passes the rules fails the whole post, naming the row.
     */
    @Transactional
    public GiftBatchView post(UUID id) {
        GiftBatchStatus status = store.lock(id).orElseThrow(() -> DonationProblems.batchNotFound(id));
        if (status == GiftBatchStatus.POSTED) {
            throw DonationProblems.batchPosted(id);
        }
        BatchRow batch = load(id);
        if (!balanced(batch)) {
            throw DonationProblems.batchMismatch(
                    batch.expectedCount(),
                    batch.enteredCount(),
                    AmountRules.text(batch.expectedTotal()),
                    AmountRules.text(batch.enteredTotal()),
                    batch.currency());
        }
        List<EntryRow> rows = store.rows(id);
        Set<UUID> touched = new LinkedHashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            EntryRow row = rows.get(i);
            GiftService.BatchGift gift;
            try {
                gift = gifts.recordForBatch(command(row), id);
            } catch (StewardException e) {
                throw DonationProblems.batchRowInvalid(i + 1, row.id(), e);
            }
            store.linkGift(row.id(), gift.giftId());
            touched.addAll(gift.touched());
        }
        rollups.refresh(touched);
        Instant now = timestamps.now();
        store.markPosted(id, now, actor.name());
        audit.record(
                ENTITY,
                id,
                AuditTrail.UPDATED,
                Changes.track()
                        .field("status", GiftBatchStatus.OPEN, GiftBatchStatus.POSTED)
                        .field("giftCount", null, rows.size())
                        .field("total", null, batch.enteredTotal())
                        .list(),
                "Posted " + rows.size() + " gifts totalling " + AmountRules.text(batch.enteredTotal()) + " "
                        + batch.currency());
        return view(load(id), store.rows(id));
    }

    // rules

    private BatchRow lockOpen(UUID id) {
        GiftBatchStatus status = store.lock(id).orElseThrow(() -> DonationProblems.batchNotFound(id));
        if (status == GiftBatchStatus.POSTED) {
            throw DonationProblems.batchPosted(id);
        }
        return load(id);
    }

    private BatchRow load(UUID id) {
        return store.find(id).orElseThrow(() -> DonationProblems.batchNotFound(id));
    }

    /** Checks a row by the rules of a gift in the batch's currency and returns it as stored. */
    private EntryRow entry(
            UUID rowId, BatchRow batch, GiftBatchRowCommand c, @Nullable EntryRow was, Instant now, String by) {
        String currency = c.currency() == null ? batch.currency() : AmountRules.currency(c.currency());
        if (!currency.equals(batch.currency())) {
            throw DonationProblems.batchCurrencyMismatch(currency, batch.currency());
        }
        EntryRow row = new EntryRow(
                rowId,
                batch.id(),
                c.constituentId(),
                AmountRules.amount("amount", c.amount()),
                currency,
                c.exchangeRate() == null ? null : AmountRules.rate(c.exchangeRate()),
                c.exchangeRateDate(),
                c.receivedOn(),
                c.fundId(),
                c.campaignId(),
                c.appealId(),
                blank(c.paymentMethod()),
                blank(c.reference()),
                c.anonymous(),
                blank(c.notes()),
                null,
                was == null ? now : was.createdAt(),
                was == null ? by : was.createdBy(),
                now,
                by);
        gifts.check(command(row));
        return row;
    }

    private static RecordGiftCommand command(EntryRow r) {
        return new RecordGiftCommand(
                r.constituentId(),
                AmountRules.text(r.amount()),
                r.currency(),
                r.receivedOn(),
                GiftStatus.COMPLETED,
                GiftKind.ONE_TIME,
                rate(r),
                r.exchangeRateDate(),
                r.fundId(),
                r.campaignId(),
                r.appealId(),
                r.paymentMethod(),
                r.reference(),
                r.anonymous(),
                List.of(),
                List.of(),
                null,
                null,
                null,
                r.notes());
    }

    private static String rate(EntryRow r) {
        return r.exchangeRate() == null
                ? null
                : r.exchangeRate().stripTrailingZeros().toPlainString();
    }

    private static boolean balanced(BatchRow b) {
        return b.enteredCount() == b.expectedCount() && b.enteredTotal().compareTo(b.expectedTotal()) == 0;
    }

    private GiftBatchView view(BatchRow b, @Nullable List<EntryRow> rows) {
        List<GiftBatchView.Row> rowViews = null;
        if (rows != null) {
            Map<ConstituentId, ConstituentRef> names = constituents.refs(rows.stream()
                    .map(r -> new ConstituentId(r.constituentId()))
                    .distinct()
                    .toList());
            rowViews = new java.util.ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                EntryRow r = rows.get(i);
                ConstituentRef ref = names.get(new ConstituentId(r.constituentId()));
                rowViews.add(rowView(r, i + 1, ref == null ? null : ref.displayName()));
            }
        }
        return new GiftBatchView(
                b.id(),
                b.name(),
                b.currency(),
                b.expectedCount(),
                AmountRules.text(b.expectedTotal()),
                b.enteredCount(),
                AmountRules.text(b.enteredTotal()),
                balanced(b),
                b.status(),
                b.postedAt(),
                b.postedBy(),
                b.createdAt(),
                b.createdBy(),
                rowViews);
    }

    private GiftBatchView.Row rowView(EntryRow r, int number) {
        ConstituentRef ref = constituents
                .refs(List.of(new ConstituentId(r.constituentId())))
                .get(new ConstituentId(r.constituentId()));
        return rowView(r, number, ref == null ? null : ref.displayName());
    }

    private static GiftBatchView.Row rowView(EntryRow r, int number, @Nullable String donorName) {
        return new GiftBatchView.Row(
                r.id(),
                number,
                r.constituentId(),
                donorName,
                AmountRules.text(r.amount()),
                r.currency(),
                rate(r),
                r.exchangeRateDate(),
                r.receivedOn(),
                r.fundId(),
                r.campaignId(),
                r.appealId(),
                r.paymentMethod(),
                r.reference(),
                r.anonymous(),
                r.notes(),
                r.giftId());
    }

    private static String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
