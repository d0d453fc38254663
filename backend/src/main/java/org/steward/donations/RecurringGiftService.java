package org.steward.donations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.steward.audit.AuditTrail;
import org.steward.audit.Changes;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentRef;
import org.steward.constituents.ConstituentService;
import org.steward.donations.RecurringGiftCommands.ChangeRecurringGiftCommand;
import org.steward.donations.RecurringGiftCommands.CreateRecurringGiftCommand;
import org.steward.donations.RecurringGiftCommands.PauseRecurringGiftCommand;
import org.steward.donations.RecurringGiftCommands.RecordRecurringPaymentCommand;
import org.steward.donations.internal.AmountRules;
import org.steward.donations.internal.RecurringGiftRow;
import org.steward.donations.internal.RecurringGiftStore;
import org.steward.donations.internal.RecurringGiftStore.ChangeRow;
import org.steward.donations.internal.RecurringGiftStore.PauseRow;
import org.steward.donations.internal.RecurringGiftStore.PaymentRow;
import org.steward.donations.internal.RecurringSchedule;
import org.steward.donations.internal.RecurringStanding;
import org.steward.shared.errors.StaleVersionException;
import org.steward.shared.ids.Ids;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;
import org.steward.shared.web.PageResponse;

/**
 * Recurring gifts (ADR 0014): a schedule and an amount; payments are gifts of kind RECURRING_PAYMENT recorded through
 * {@link GiftService} in the same transaction, each covering the earliest expected date not yet covered. Counts and
 * status are derived by {@link RecurringStanding} under the recurring gift's row lock on every payment and change,
 * and daily by {@link RecurringGiftsTask}. Every change is audited (entity type {@code recurring-gift}); changes of
 * amount, schedule, end and status also go to the gift's own change log.
 */
@Singleton
public class RecurringGiftService {

    public static final String ENTITY = "recurring-gift";
    /** How many past expected dates the page shows. */
    static final int PAST_SHOWN = 24;

    static final int MAX_PAUSE_YEARS = 5;

    private final RecurringGiftStore store;
    private final GiftService gifts;
    private final ConstituentService constituents;
    private final RecurringGiftsConfig config;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Timestamps timestamps;

    RecurringGiftService(
            RecurringGiftStore store,
            GiftService gifts,
            ConstituentService constituents,
            RecurringGiftsConfig config,
            AuditTrail audit,
            CurrentActor actor,
            Timestamps timestamps) {
        this.store = store;
        this.gifts = gifts;
        this.constituents = constituents;
        this.config = config;
        this.audit = audit;
        this.actor = actor;
        this.timestamps = timestamps;
    }

    @Transactional
    public RecurringGiftView create(CreateRecurringGiftCommand c) {
        BigDecimal amount = AmountRules.amount("amount", c.amount());
        String currency = AmountRules.currency(c.currency());
        RecurringSchedule schedule =
                schedule(c.frequency(), c.intervalCount(), c.dayOfMonth(), c.startOn(), c.endOn(), c.maxPayments(), 0);
        if (c.endOn() != null && c.endOn().isBefore(c.startOn())) {
            throw RecurringGiftProblems.endBeforeStart(c.startOn(), c.endOn());
        }
        checkAsGift(c.constituentId(), amount, currency, c.fundId(), c.campaignId(), c.appealId(), c.startOn());
        Instant now = timestamps.now();
        String by = actor.name();
        RecurringGiftRow row = new RecurringGiftRow(
                Ids.next(),
                c.constituentId(),
                amount,
                currency,
                c.fundId(),
                c.campaignId(),
                c.appealId(),
                blank(c.paymentMethod()),
                schedule.frequency(),
                schedule.intervalCount(),
                schedule.dayOfMonth(),
                c.startOn(),
                c.startOn(),
                0,
                c.endOn(),
                c.maxPayments(),
                RecurringGiftStatus.ACTIVE,
                null,
                null,
                0,
                0,
                0,
                null,
                blank(c.notes()),
                0L,
                now,
                by,
                now,
                by);
        row = derived(row, List.of(), today(), now, by);
        store.insert(row);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("constituentId", row.constituentId());
        fields.put("amount", row.amount());
        fields.put("currency", row.currency());
        fields.put("fundId", row.fundId());
        fields.put("campaignId", row.campaignId());
        fields.put("appealId", row.appealId());
        fields.put("paymentMethod", row.paymentMethod());
        fields.put("frequency", row.frequency());
        fields.put("intervalCount", row.intervalCount());
        fields.put("dayOfMonth", row.dayOfMonth());
        fields.put("startOn", row.startOn());
        fields.put("endOn", row.endOn());
        fields.put("maxPayments", row.maxPayments());
        fields.put("status", row.status());
        audit.record(ENTITY, row.id(), AuditTrail.CREATED, Changes.created(fields));
        return view(row);
    }

    @Transactional(readOnly = true)
    public RecurringGiftView get(UUID id) {
        return view(store.find(id).orElseThrow(() -> RecurringGiftProblems.notFound(id)));
    }

    /** Newest start first, optionally of one donor and in one status. */
    @Transactional(readOnly = true)
    public PageResponse<RecurringGiftListItem> search(
            @Nullable UUID constituentId, @Nullable RecurringGiftStatus status, int page, int size) {
        List<RecurringGiftRow> rows = store.search(constituentId, status, page, size);
        long total = store.count(constituentId, status);
        Map<ConstituentId, ConstituentRef> names = names(
                rows.stream().map(RecurringGiftRow::constituentId).distinct().toList());
        List<RecurringGiftListItem> items = rows.stream()
                .map(r -> new RecurringGiftListItem(
                        r.id(),
                        r.constituentId(),
                        nameOf(names, r.constituentId()),
                        AmountRules.text(r.amount()),
                        r.currency(),
                        r.frequency(),
                        r.intervalCount(),
                        r.dayOfMonth(),
                        r.startOn(),
                        r.endOn(),
                        r.status(),
                        r.paidCount(),
                        r.missedCount(),
                        r.nextExpectedOn(),
                        r.fundId()))
                .toList();
        return new PageResponse<>(items, page, size, total);
    }

    /**
     * Changes amount, designation, schedule or end, if the version is still the one read. A new frequency, interval
     * or day of month starts a new schedule today: the dates expected before stay counted (those unpaid and past
     * their grace as missed), and those not yet due are replaced by the new schedule's.
     */
    @Transactional
    public RecurringGiftView change(UUID id, ChangeRecurringGiftCommand c) {
        RecurringGiftRow was = store.lock(id).orElseThrow(() -> RecurringGiftProblems.notFound(id));
        if (was.version() != c.version()) {
            throw new StaleVersionException(ENTITY, id);
        }
        if (was.status() == RecurringGiftStatus.CLOSED) {
            throw RecurringGiftProblems.closed(id);
        }
        BigDecimal amount = AmountRules.amount("amount", c.amount());
        LocalDate today = today();
        if (c.endOn() != null && c.endOn().isBefore(was.startOn())) {
            throw RecurringGiftProblems.endBeforeStart(was.startOn(), c.endOn());
        }
        if (c.maxPayments() != null && c.maxPayments() < was.paidCount()) {
            throw RecurringGiftProblems.invalidSchedule(
                    "maxPayments cannot be less than the " + was.paidCount() + " payments already received.");
        }
        boolean designationChanged = !Objects.equals(c.fundId(), was.fundId())
                || !Objects.equals(c.campaignId(), was.campaignId())
                || !Objects.equals(c.appealId(), was.appealId());
        if (designationChanged) {
            checkAsGift(was.constituentId(), amount, was.currency(), c.fundId(), c.campaignId(), c.appealId(), today);
        }
        boolean scheduleChanged = c.frequency() != was.frequency()
                || c.intervalCount() != was.intervalCount()
                || !Objects.equals(c.dayOfMonth(), was.dayOfMonth());
        List<PauseRow> pauses = store.pauses(id);
        LocalDate scheduleStart = was.scheduleStartOn();
        int prior = was.priorExpectedCount();
        if (scheduleChanged) {
            prior = priorAtRebase(was, pauses, today);
            scheduleStart = today.isAfter(was.startOn()) ? today : was.startOn();
        }
        RecurringSchedule schedule = schedule(
                c.frequency(), c.intervalCount(), c.dayOfMonth(), scheduleStart, c.endOn(), c.maxPayments(), prior);
        Instant now = timestamps.now();
        String by = actor.name();
        RecurringGiftRow is = new RecurringGiftRow(
                was.id(),
                was.constituentId(),
                amount,
                was.currency(),
                c.fundId(),
                c.campaignId(),
                c.appealId(),
                blank(c.paymentMethod()),
                schedule.frequency(),
                schedule.intervalCount(),
                schedule.dayOfMonth(),
                was.startOn(),
                scheduleStart,
                prior,
                c.endOn(),
                c.maxPayments(),
                was.status(),
                was.closedReason(),
                was.closedOn(),
                was.paidCount(),
                was.writtenOffCount(),
                was.missedCount(),
                was.nextExpectedOn(),
                blank(c.notes()),
                was.version(),
                was.createdAt(),
                was.createdBy(),
                now,
                by);
        is = derived(is, pauses, today, now, by);
        var logged = Changes.track()
                .field("amount", was.amount(), is.amount())
                .field("frequency", was.frequency(), is.frequency())
                .field("intervalCount", was.intervalCount(), is.intervalCount())
                .field("dayOfMonth", was.dayOfMonth(), is.dayOfMonth())
                .field("endOn", was.endOn(), is.endOn())
                .field("maxPayments", was.maxPayments(), is.maxPayments())
                .field("status", was.status(), is.status())
                .list();
        var audited = new ArrayList<>(logged);
        audited.addAll(Changes.track()
                .field("fundId", was.fundId(), is.fundId())
                .field("campaignId", was.campaignId(), is.campaignId())
                .field("appealId", was.appealId(), is.appealId())
                .field("paymentMethod", was.paymentMethod(), is.paymentMethod())
                .field("notes", was.notes(), is.notes())
                .field("scheduleStartOn", was.scheduleStartOn(), is.scheduleStartOn())
                .list());
        if (audited.isEmpty()) {
            return view(was);
        }
        String reason = blank(c.reason());
        store.update(is);
        store.insertChanges(
                id,
                logged.stream()
                        .map(f -> new ChangeRow(Ids.next(), f.field(), f.from(), f.to(), today, reason, now, by))
                        .toList());
        audit.record(ENTITY, id, AuditTrail.UPDATED, audited, reason);
        return view(store.find(id).orElseThrow());
    }

    /** Stops expecting payments from a date (today by default), until a date or until resumed. */
    @Transactional
    public RecurringGiftView pause(UUID id, PauseRecurringGiftCommand c) {
        RecurringGiftRow was = open(id);
        LocalDate today = today();
        List<PauseRow> pauses = store.pauses(id);
        if (pauses.stream().anyMatch(p -> p.resumedOn() == null || p.resumedOn().isAfter(today))) {
            throw RecurringGiftProblems.invalidTransition(
                    "Recurring gift " + id + " is already paused, or a pause is planned; resume it first.");
        }
        LocalDate from = c.from() == null ? today : c.from();
        LocalDate earliest =
                was.nextExpectedOn() != null && was.nextExpectedOn().isBefore(today) ? was.nextExpectedOn() : today;
        if (from.isBefore(earliest)) {
            throw RecurringGiftProblems.invalidPause(
                    "A pause starts on " + earliest + " at the earliest: the next payment still expected, or today.");
        }
        if (c.until() != null && !c.until().isAfter(from)) {
            throw RecurringGiftProblems.invalidPause("A pause ends after it starts.");
        }
        if (c.until() != null && c.until().isAfter(from.plusYears(MAX_PAUSE_YEARS))) {
            throw RecurringGiftProblems.invalidPause(
                    "A pause lasts at most " + MAX_PAUSE_YEARS + " years; close the recurring gift instead.");
        }
        Instant now = timestamps.now();
        String by = actor.name();
        String reason = blank(c.reason());
        PauseRow pause = new PauseRow(Ids.next(), from, c.until(), reason);
        store.insertPause(id, pause, now, by);
        List<PauseRow> after = new ArrayList<>(pauses);
        after.add(pause);
        RecurringGiftRow is = derived(was, after, today, now, by);
        store.update(is);
        String window = "from " + from + (c.until() == null ? " until resumed" : " until " + c.until());
        log(id, "pause", null, window, from, reason, now, by);
        statusLogged(was, is, today, reason, now, by);
        audit.record(
                ENTITY,
                id,
                AuditTrail.UPDATED,
                Changes.track()
                        .field("pause", null, window)
                        .field("status", was.status(), is.status())
                        .list(),
                reason);
        return view(store.find(id).orElseThrow());
    }

    /** Ends the current pause today, or cancels a planned one. */
    @Transactional
    public RecurringGiftView resume(UUID id, @Nullable String reasonText) {
        RecurringGiftRow was = open(id);
        LocalDate today = today();
        List<PauseRow> pauses = store.pauses(id);
        PauseRow current = pauses.stream()
                .filter(p -> p.resumedOn() == null || p.resumedOn().isAfter(today))
                .findFirst()
                .orElseThrow(() -> RecurringGiftProblems.invalidTransition(
                        "Recurring gift " + id + " is not paused and has no pause planned."));
        Instant now = timestamps.now();
        String by = actor.name();
        String reason = blank(reasonText);
        List<PauseRow> after = new ArrayList<>(pauses);
        after.remove(current);
        if (current.pausedOn().isBefore(today)) {
            store.endPause(current.id(), today, now, by);
            after.add(new PauseRow(current.id(), current.pausedOn(), today, current.reason()));
        } else {
            store.deletePause(current.id());
        }
        RecurringGiftRow is = derived(was, after, today, now, by);
        store.update(is);
        log(id, "pause", "from " + current.pausedOn(), "resumed on " + today, today, reason, now, by);
        statusLogged(was, is, today, reason, now, by);
        audit.record(
                ENTITY,
                id,
                AuditTrail.UPDATED,
                Changes.track()
                        .field("pause", "from " + current.pausedOn(), "resumed on " + today)
                        .field("status", was.status(), is.status())
                        .list(),
                reason);
        return view(store.find(id).orElseThrow());
    }

    /** Closes the recurring gift for good: no more payments are expected or accepted. */
    @Transactional
    public RecurringGiftView close(UUID id, @Nullable String reasonText) {
        RecurringGiftRow was = open(id);
        LocalDate today = today();
        Instant now = timestamps.now();
        String by = actor.name();
        String reason = blank(reasonText);
        RecurringGiftRow closed = withStanding(
                was,
                RecurringGiftStatus.CLOSED,
                RecurringGiftClosure.BY_USER,
                today,
                was.writtenOffCount(),
                was.missedCount(),
                null,
                now,
                by);
        store.update(closed);
        statusLogged(was, closed, today, reason, now, by);
        audit.record(
                ENTITY,
                id,
                AuditTrail.UPDATED,
                Changes.track()
                        .field("status", was.status(), closed.status())
                        .field("closedReason", null, RecurringGiftClosure.BY_USER)
                        .list(),
                reason);
        return view(store.find(id).orElseThrow());
    }

    /**
     * Records a payment that arrived as a gift of kind RECURRING_PAYMENT for the recurring gift's donor,
     * designation and (unless given) amount, covering the earliest expected date not yet covered; a lapsed gift's
     * missed dates are written off first, so it is active again. With an idempotency key the same request sent again
     * returns the same gift, covering nothing more.
     */
    @Transactional
    public GiftView recordPayment(
            UUID id, RecordRecurringPaymentCommand c, @Nullable String idempotencyKey, @Nullable String requestHash) {
        RecurringGiftRow was = store.lock(id).orElseThrow(() -> RecurringGiftProblems.notFound(id));
        if (was.status() == RecurringGiftStatus.CLOSED) {
            throw RecurringGiftProblems.closed(id);
        }
        LocalDate today = today();
        Instant now = timestamps.now();
        String by = actor.name();
        GiftView gift = gifts.record(
                new RecordGiftCommand(
                        was.constituentId(),
                        c.amount() == null ? AmountRules.text(was.amount()) : c.amount(),
                        was.currency(),
                        c.receivedOn() == null ? today : c.receivedOn(),
                        GiftStatus.COMPLETED,
                        GiftKind.RECURRING_PAYMENT,
                        c.exchangeRate(),
                        c.exchangeRateDate(),
                        was.fundId(),
                        was.campaignId(),
                        was.appealId(),
                        c.paymentMethod() == null ? was.paymentMethod() : c.paymentMethod(),
                        c.reference(),
                        false,
                        List.of(),
                        List.of(),
                        null,
                        null,
                        null,
                        c.notes()),
                idempotencyKey,
                requestHash);
        if (store.isPayment(gift.id())) {
            return gifts.get(gift.id());
        }
        List<PauseRow> pauses = store.pauses(id);
        RecurringStanding.Standing before = standing(was, pauses, today);
        int writtenOff = was.writtenOffCount();
        if (before.status() == RecurringGiftStatus.LAPSED) {
            writtenOff += before.missedNow();
            log(
                    id,
                    "writtenOff",
                    String.valueOf(was.writtenOffCount()),
                    String.valueOf(writtenOff),
                    today,
                    "Paid again after lapsing: " + before.missedNow() + " missed payments written off",
                    now,
                    by);
        }
        int index = was.paidCount() + writtenOff;
        RecurringGiftRow counted = new RecurringGiftRow(
                was.id(),
                was.constituentId(),
                was.amount(),
                was.currency(),
                was.fundId(),
                was.campaignId(),
                was.appealId(),
                was.paymentMethod(),
                was.frequency(),
                was.intervalCount(),
                was.dayOfMonth(),
                was.startOn(),
                was.scheduleStartOn(),
                was.priorExpectedCount(),
                was.endOn(),
                was.maxPayments(),
                was.status(),
                was.closedReason(),
                was.closedOn(),
                was.paidCount() + 1,
                writtenOff,
                was.missedCount(),
                was.nextExpectedOn(),
                was.notes(),
                was.version(),
                was.createdAt(),
                was.createdBy(),
                now,
                by);
        LocalDate expectedOn = dateAt(was, pauses, today, index);
        store.insertPayment(id, gift.id(), index, expectedOn, now, by);
        RecurringGiftRow is = derived(counted, pauses, today, now, by);
        store.update(is);
        statusLogged(was, is, today, "Payment " + gift.id(), now, by);
        audit.record(
                ENTITY,
                id,
                AuditTrail.UPDATED,
                Changes.track()
                        .field("paidCount", was.paidCount(), is.paidCount())
                        .field("writtenOffCount", was.writtenOffCount(), is.writtenOffCount())
                        .field("missedCount", was.missedCount(), is.missedCount())
                        .field("status", was.status(), is.status())
                        .list(),
                "Payment " + gift.id() + (expectedOn == null ? "" : " for " + expectedOn));
        return gifts.get(gift.id());
    }

    /**
     * Re-derives counts and status of one recurring gift as of {@code today} (the daily task); writes only when
     * something changed, so running it again the same day changes nothing. Closed gifts stay as they are.
     */
    @Transactional
    public boolean refresh(UUID id, LocalDate today) {
        RecurringGiftRow was = store.lock(id).orElse(null);
        if (was == null || was.status() == RecurringGiftStatus.CLOSED) {
            return false;
        }
        Instant now = timestamps.now();
        String by = actor.name();
        RecurringGiftRow is = derived(was, store.pauses(id), today, now, by);
        if (sameStanding(was, is)) {
            return false;
        }
        store.update(is);
        statusLogged(was, is, today, "Daily review", now, by);
        audit.record(
                ENTITY,
                id,
                AuditTrail.UPDATED,
                Changes.track()
                        .field("missedCount", was.missedCount(), is.missedCount())
                        .field("nextExpectedOn", was.nextExpectedOn(), is.nextExpectedOn())
                        .field("status", was.status(), is.status())
                        .list(),
                "Daily review of recurring gifts");
        return true;
    }

    /** A page of ids of recurring gifts that are not closed, in id order after {@code after} (null: from the start). */
    @Transactional(readOnly = true)
    public List<UUID> openIdsAfter(@Nullable UUID after, int limit) {
        return store.openIdsAfter(after, limit);
    }

    // rules

    private RecurringGiftRow open(UUID id) {
        RecurringGiftRow row = store.lock(id).orElseThrow(() -> RecurringGiftProblems.notFound(id));
        if (row.status() == RecurringGiftStatus.CLOSED) {
            throw RecurringGiftProblems.closed(id);
        }
        return row;
    }

    private static RecurringSchedule schedule(
            RecurringFrequency frequency,
            int intervalCount,
            @Nullable Integer dayOfMonth,
            LocalDate startOn,
            @Nullable LocalDate endOn,
            @Nullable Integer maxPayments,
            int prior) {
        if (intervalCount < 1 || intervalCount > 99) {
            throw RecurringGiftProblems.invalidSchedule("intervalCount is 1 to 99 (every 1 to 99 "
                    + frequency.name().toLowerCase() + " periods).");
        }
        if (dayOfMonth != null && frequency == RecurringFrequency.WEEKLY) {
            throw RecurringGiftProblems.invalidSchedule(
                    "A weekly schedule falls on the start's weekday; dayOfMonth is for monthly, quarterly and yearly"
                            + " ones.");
        }
        if (dayOfMonth != null && (dayOfMonth < 1 || dayOfMonth > 31)) {
            throw RecurringGiftProblems.invalidSchedule("dayOfMonth is 1 to 31 (31: the last day of each month).");
        }
        if (maxPayments != null && maxPayments < 1) {
            throw RecurringGiftProblems.invalidSchedule("maxPayments is at least 1.");
        }
        return new RecurringSchedule(
                frequency,
                intervalCount,
                dayOfMonth,
                startOn,
                endOn,
                maxPayments == null ? null : Math.max(0, maxPayments - prior));
    }

    /** The donor, amount, currency and designation pass the rules of a gift (same problem codes). */
    private void checkAsGift(
            UUID donor,
            BigDecimal amount,
            String currency,
            @Nullable UUID fundId,
            @Nullable UUID campaignId,
            @Nullable UUID appealId,
            LocalDate on) {
        gifts.check(new RecordGiftCommand(
                donor,
                AmountRules.text(amount),
                currency,
                on,
                GiftStatus.COMPLETED,
                GiftKind.RECURRING_PAYMENT,
                "1",
                on,
                fundId,
                campaignId,
                appealId,
                null,
                null,
                false,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null));
    }

    /**
     * How many dates count as expected before a new schedule starts today: those already covered, and all past
     * their grace; dates still due within their grace or to come are replaced by the new schedule's.
     */
    private int priorAtRebase(RecurringGiftRow was, List<PauseRow> pauses, LocalDate today) {
        RecurringStanding.Standing s = standing(was, pauses, today);
        int prior = was.priorExpectedCount();
        LocalDate overdue = today.minusDays(config.graceDays());
        int beforeToday = prior;
        int pastGrace = prior;
        for (LocalDate date : s.dates()) {
            if (date.isBefore(today)) {
                beforeToday++;
            }
            if (date.isBefore(overdue)) {
                pastGrace++;
            }
        }
        int cursor = was.paidCount() + was.writtenOffCount();
        return Math.max(pastGrace, Math.min(cursor, beforeToday));
    }

    private RecurringStanding.Standing standing(RecurringGiftRow r, List<PauseRow> pauses, LocalDate today) {
        return RecurringStanding.derive(new RecurringStanding.Inputs(
                r.schedule(),
                r.priorExpectedCount(),
                pauses.stream().map(PauseRow::pause).toList(),
                r.paidCount(),
                r.writtenOffCount(),
                r.closedReason() == RecurringGiftClosure.BY_USER,
                today,
                config.graceDays(),
                config.lapseAfterMissed()));
    }

    /** The date expected at {@code index}, if the current schedule has one there. */
    private LocalDate dateAt(RecurringGiftRow r, List<PauseRow> pauses, LocalDate today, int index) {
        int j = index - r.priorExpectedCount();
        if (j < 0) {
            return null;
        }
        var dates = r.schedule()
                .dates(today, j + 1, pauses.stream().map(PauseRow::pause).toList())
                .dates();
        return j < dates.size() ? dates.get(j) : null;
    }

    /** The row with counts and status derived as of {@code today}. */
    private RecurringGiftRow derived(
            RecurringGiftRow r, List<PauseRow> pauses, LocalDate today, Instant now, String by) {
        RecurringStanding.Standing s = standing(r, pauses, today);
        LocalDate closedOn =
                s.status() == RecurringGiftStatus.CLOSED ? (r.closedOn() == null ? today : r.closedOn()) : null;
        return withStanding(
                r,
                s.status(),
                s.closure(),
                closedOn,
                r.writtenOffCount(),
                s.missedTotal(),
                s.nextExpectedOn(),
                now,
                by);
    }

    private static RecurringGiftRow withStanding(
            RecurringGiftRow r,
            RecurringGiftStatus status,
            @Nullable RecurringGiftClosure closure,
            @Nullable LocalDate closedOn,
            int writtenOff,
            int missed,
            @Nullable LocalDate next,
            Instant now,
            String by) {
        return new RecurringGiftRow(
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
                status,
                closure,
                closedOn,
                r.paidCount(),
                writtenOff,
                missed,
                next,
                r.notes(),
                r.version(),
                r.createdAt(),
                r.createdBy(),
                now,
                by);
    }

    private static boolean sameStanding(RecurringGiftRow a, RecurringGiftRow b) {
        return a.status() == b.status()
                && a.closedReason() == b.closedReason()
                && a.missedCount() == b.missedCount()
                && Objects.equals(a.nextExpectedOn(), b.nextExpectedOn());
    }

    private void statusLogged(
            RecurringGiftRow was, RecurringGiftRow is, LocalDate today, String reason, Instant now, String by) {
        if (was.status() != is.status()) {
            log(was.id(), "status", was.status().name(), is.status().name(), today, reason, now, by);
        }
    }

    private void log(
            UUID id,
            String field,
            @Nullable String from,
            @Nullable String to,
            LocalDate effectiveOn,
            @Nullable String reason,
            Instant now,
            String by) {
        store.insertChanges(id, List.of(new ChangeRow(Ids.next(), field, from, to, effectiveOn, reason, now, by)));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(timestamps.now(), ZoneOffset.UTC);
    }

    private RecurringGiftView view(RecurringGiftRow r) {
        LocalDate today = today();
        List<PauseRow> pauses = store.pauses(r.id());
        List<PaymentRow> payments = store.payments(r.id());
        RecurringStanding.Standing s = standing(r, pauses, today);
        Map<Integer, UUID> paidAt =
                payments.stream().collect(Collectors.toMap(PaymentRow::expectedIndex, PaymentRow::giftId, (a, b) -> a));
        int cursor = r.paidCount() + r.writtenOffCount();
        LocalDate overdue = today.minusDays(config.graceDays());
        List<RecurringGiftView.Expected> expected = new ArrayList<>();
        List<LocalDate> dates = s.dates();
        for (int j = 0; j < dates.size(); j++) {
            int index = r.priorExpectedCount() + j;
            LocalDate date = dates.get(j);
            RecurringGiftView.ExpectedState state;
            if (paidAt.containsKey(index)) {
                state = RecurringGiftView.ExpectedState.PAID;
            } else if (index < cursor || date.isBefore(overdue)) {
                state = RecurringGiftView.ExpectedState.MISSED;
            } else if (!date.isAfter(today)) {
                state = RecurringGiftView.ExpectedState.DUE;
            } else {
                state = RecurringGiftView.ExpectedState.UPCOMING;
            }
            expected.add(new RecurringGiftView.Expected(index, date, state, paidAt.get(index)));
        }
        long past = expected.stream().filter(e -> !e.date().isAfter(today)).count();
        List<RecurringGiftView.Expected> shown =
                expected.subList((int) Math.max(0, past - PAST_SHOWN), expected.size());
        var names = names(List.of(r.constituentId()));
        return new RecurringGiftView(
                r.id(),
                r.constituentId(),
                nameOf(names, r.constituentId()),
                AmountRules.text(r.amount()),
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
                r.endOn(),
                r.maxPayments(),
                r.status(),
                r.closedReason(),
                r.closedOn(),
                s.expectedToDate(),
                r.paidCount(),
                r.missedCount(),
                r.writtenOffCount(),
                r.nextExpectedOn(),
                r.notes(),
                List.copyOf(shown),
                payments.stream()
                        .map(p -> new RecurringGiftView.Payment(
                                p.giftId(),
                                p.expectedIndex(),
                                p.expectedOn(),
                                AmountRules.text(p.amount()),
                                p.currency(),
                                p.receivedOn(),
                                p.status()))
                        .toList(),
                pauses.stream()
                        .map(p -> new RecurringGiftView.Pause(p.pausedOn(), p.resumedOn(), p.reason()))
                        .toList(),
                store.changes(r.id()).stream()
                        .map(c -> new RecurringGiftView.Change(
                                c.field(),
                                c.oldValue(),
                                c.newValue(),
                                c.effectiveOn(),
                                c.reason(),
                                c.createdAt(),
                                c.createdBy()))
                        .toList(),
                r.version(),
                r.createdAt(),
                r.createdBy(),
                r.updatedAt(),
                r.updatedBy());
    }

    private Map<ConstituentId, ConstituentRef> names(List<UUID> ids) {
        return constituents.refs(ids.stream().map(ConstituentId::new).toList());
    }

    private static String nameOf(Map<ConstituentId, ConstituentRef> names, UUID id) {
        ConstituentRef ref = names.get(new ConstituentId(id));
        return ref == null ? null : ref.displayName();
    }

    private static String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
