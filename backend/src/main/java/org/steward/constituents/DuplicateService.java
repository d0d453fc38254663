package org.steward.constituents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.steward.audit.AuditTrail;
import org.steward.audit.FieldChange;
import org.steward.constituents.internal.ContactPointStore;
import org.steward.constituents.internal.DismissalStore;
import org.steward.constituents.internal.DraftRules;
import org.steward.constituents.internal.DuplicateFinder;
import org.steward.constituents.internal.DuplicateRuleRepository;
import org.steward.constituents.internal.DuplicateRuleSetting;
import org.steward.constituents.internal.Names;
import org.steward.constituents.internal.PhoneNumbers;
import org.steward.shared.errors.InvalidInputException;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

/**
 * Duplicate detection: which rules are on, and the candidate pairs they find, across all constituents or for one.
 * Merging a pair is {@link MergeService}'s job.
 */
@Singleton
public class DuplicateService {

    public static final String RULE_ENTITY = "duplicate-rule";
    /** The field of a constituent's audit entries that records "not a duplicate of" (the other's id). */
    static final String NOT_DUPLICATE_FIELD = "notDuplicateOf";

    static final int MAX_CANDIDATES = 100;

    private final DuplicateRuleRepository settings;
    private final DuplicateFinder finder;
    private final DismissalStore dismissals;
    private final ConstituentService constituents;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Timestamps timestamps;

    private final ConstituentsConfig config;

    DuplicateService(
            DuplicateRuleRepository settings,
            DuplicateFinder finder,
            DismissalStore dismissals,
            ConstituentService constituents,
            AuditTrail audit,
            CurrentActor actor,
            Timestamps timestamps,
            ConstituentsConfig config) {
        this.config = config;
        this.settings = settings;
        this.finder = finder;
        this.dismissals = dismissals;
        this.constituents = constituents;
        this.audit = audit;
        this.actor = actor;
        this.timestamps = timestamps;
    }

    @Transactional(readOnly = true)
    public List<DuplicateRuleView> rules() {
        Map<String, DuplicateRuleSetting> stored = stored();
        return Arrays.stream(DuplicateRule.values())
                .map(rule -> view(rule, stored.get(rule.code())))
                .toList();
    }

    /** Switches a rule on or off; 404 {@code constituents.duplicate-rule-not-found} for an unknown code. */
    @Transactional
    public DuplicateRuleView setEnabled(String code, boolean enabled) {
        DuplicateRule rule = DuplicateRule.byCode(code).orElseThrow(() -> MergeProblems.ruleNotFound(code));
        DuplicateRuleSetting setting = settings.findById(rule.code()).orElse(null);
        boolean isNew = setting == null;
        boolean was = isNew || setting.isEnabled();
        if (!isNew && was == enabled) {
            return view(rule, setting);
        }
        var now = timestamps.now();
        if (isNew) {
            setting = new DuplicateRuleSetting();
            setting.setCode(rule.code());
            setting.setCreatedAt(now);
            setting.setCreatedBy(actor.name());
        }
        setting.setEnabled(enabled);
        setting.setUpdatedAt(now);
        setting.setUpdatedBy(actor.name());
        if (isNew) {
            settings.save(setting);
        } else {
            settings.update(setting);
        }
        if (was != enabled) {
            audit.record(
                    RULE_ENTITY,
                    rule.code(),
                    AuditTrail.UPDATED,
                    List.of(new FieldChange("enabled", String.valueOf(was), String.valueOf(enabled))));
        }
        return view(rule, setting);
    }

    /** The rules currently switched on, in their fixed order. */
    @Transactional(readOnly = true)
    public List<DuplicateRule> enabledRules() {
        Map<String, DuplicateRuleSetting> stored = stored();
        return Arrays.stream(DuplicateRule.values())
                .filter(rule -> stored.get(rule.code()) == null
                        || stored.get(rule.code()).isEnabled())
                .toList();
    }

    /**
     * Candidate pairs over all active constituents, most reasons first, then by name; with a {@code name}, only
     * pairs where either side's sort name starts with it.
     */
    @Transactional(readOnly = true)
    public Page<DuplicatePair> scan(@Nullable String name, int page, int size) {
        return finder.scan(enabledRules(), name, page, size);
    }

    /** The candidates for one active constituent (at most 100), that constituent as {@code a}. */
    @Transactional(readOnly = true)
    public List<DuplicatePair> candidatesFor(ConstituentId id) {
        constituents.requireActive(id);
        return finder.candidatesFor(id.value(), enabledRules(), MAX_CANDIDATES);
    }

    /**
     * The existing individual a person giving this email address is, by the same-email duplicate rule: the oldest
     * active individual with that address; empty when there is none or the rule is switched off (then callers
     * create a new constituent, and the duplicate scan finds the pair later if the rule is switched on).
     */
    @Transactional(readOnly = true)
    public java.util.Optional<ConstituentId> matchByEmail(String email) {
        if (email == null || email.isBlank() || !enabledRules().contains(DuplicateRule.SAME_EMAIL)) {
            return java.util.Optional.empty();
        }
        return finder.individualsWithEmail(email.strip(), 1).stream()
                .findFirst()
                .map(ConstituentId::new);
    }

    /**
     * The active individuals a new person (about to be created with this email address and phone number, either
     * may be null) probably is, by the duplicate rules switched on: each with the codes of the rules that matched,
     * most reasons first, then by name; at most {@value #MAX_CANDIDATES}. Empty means no likely duplicate.
     */
    @Transactional(readOnly = true)
    public List<DuplicateCandidate> candidatesForNewPerson(@Nullable String email, @Nullable String phone) {
        String phoneKey = phone == null
                ? null
                : PhoneNumbers.read(phone, config.defaultCountry()).key();
        var found = finder.individualsMatching(enabledRules(), email, phoneKey, MAX_CANDIDATES);
        return candidates(found);
    }

    /** A dismissal, and whether this call stored it (false: it was there already). */
    public record Dismissed(DuplicateDismissal dismissal, boolean created) {}

    /**
     * Says that two active constituents are not duplicates: the pair leaves the scan and both constituents'
     * candidates for good (until an administrator takes it back). Audited on both. Saying it again changes nothing
     * and answers the stored dismissal; 400 for the constituent itself, 404 for one that is not active.
     */
    @Transactional
    public Dismissed dismiss(ConstituentId id, ConstituentId other, @Nullable String reason) {
        if (id.equals(other)) {
            throw InvalidInputException.of("otherId", "must be another constituent");
        }
        constituents.requireActive(id);
        ConstituentRef that = constituents.requireActive(other);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        var now = timestamps.now();
        if (dismissals.insert(id.value(), other.value(), why, now, actor.name())) {
            audit.record(
                    ConstituentService.ENTITY,
                    id.value(),
                    AuditTrail.UPDATED,
                    List.of(new FieldChange(
                            NOT_DUPLICATE_FIELD, null, other.value().toString())),
                    why);
            audit.record(
                    ConstituentService.ENTITY,
                    other.value(),
                    AuditTrail.UPDATED,
                    List.of(new FieldChange(
                            NOT_DUPLICATE_FIELD, null, id.value().toString())),
                    why);
            return new Dismissed(new DuplicateDismissal(that, why, now, actor.name()), true);
        }
        DismissalStore.Row row =
                dismissals.find(id.value(), other.value()).orElseThrow(() -> MergeProblems.notDismissed(id, other));
        return new Dismissed(new DuplicateDismissal(that, row.reason(), row.createdAt(), row.createdBy()), false);
    }

    /**
     * Takes a "not a duplicate" back (administrators): the duplicate rules may pair the two again. Audited on both;
     * 404 {@code constituents.not-duplicate-not-found} when the pair was not dismissed.
     */
    @Transactional
    public void undoDismissal(ConstituentId id, ConstituentId other) {
        if (!dismissals.delete(id.value(), other.value())) {
            throw MergeProblems.notDismissed(id, other);
        }
        audit.record(
                ConstituentService.ENTITY,
                id.value(),
                AuditTrail.UPDATED,
                List.of(new FieldChange(NOT_DUPLICATE_FIELD, other.value().toString(), null)));
        audit.record(
                ConstituentService.ENTITY,
                other.value(),
                AuditTrail.UPDATED,
                List.of(new FieldChange(NOT_DUPLICATE_FIELD, id.value().toString(), null)));
    }

    /** The constituents {@code id} was said not to be a duplicate of, newest first. */
    @Transactional(readOnly = true)
    public List<DuplicateDismissal> dismissalsOf(ConstituentId id) {
        constituents.get(id, true); // 404 for an id that never was
        List<DismissalStore.Row> rows = dismissals.of(id.value());
        var refs = constituents.refs(
                rows.stream().map(r -> new ConstituentId(r.otherId())).toList());
        return rows.stream()
                .filter(r -> refs.containsKey(new ConstituentId(r.otherId())))
                .map(r -> new DuplicateDismissal(
                        refs.get(new ConstituentId(r.otherId())), r.reason(), r.createdAt(), r.createdBy()))
                .toList();
    }

    /**
     * The active constituents a record about to be created from {@code draft} probably is, by every duplicate rule
     * switched on (the same rules as the scan: email, phone, name with postal code, name with birth date,
     * organization name), each with the codes of the rules that matched, most reasons first, then by name; at most
     * {@value #MAX_CANDIDATES}. Pairs said not to be duplicates do not come into it: the draft has no id yet.
     */
    @Transactional(readOnly = true)
    public List<DuplicateCandidate> candidatesForDraft(ConstituentDraft draft) {
        boolean individual = draft.type() == ConstituentType.INDIVIDUAL;
        String phoneCountry = DraftRules.phoneCountry(draft, config.defaultCountry());
        var keys = new DuplicateFinder.DraftKeys(
                draft.type().name(),
                draft.emails().stream()
                        .map(e -> Names.key(e.address()))
                        .filter(k -> k != null && !k.isEmpty())
                        .distinct()
                        .toList(),
                draft.phones().stream()
                        .map(p -> PhoneNumbers.read(p.number(), phoneCountry).key())
                        .filter(d -> !d.isEmpty())
                        .distinct()
                        .toList(),
                individual ? Names.key(draft.firstName()) : null,
                individual ? Names.key(draft.lastName()) : Names.key(draft.name()),
                individual ? draft.birthDate() : null,
                draft.addresses().stream()
                        .map(a -> ContactPointStore.postalKey(a.postalCode()))
                        .filter(k -> k != null && !k.isEmpty())
                        .distinct()
                        .toList());
        var found = finder.matchingDraft(enabledRules(), keys, MAX_CANDIDATES);
        return candidates(found);
    }

    /** The constituents found, with their rules' codes: most reasons first, then by name, at most the maximum. */
    private List<DuplicateCandidate> candidates(Map<java.util.UUID, List<String>> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        var refs = constituents.refs(
                found.keySet().stream().map(ConstituentId::new).toList());
        return found.entrySet().stream()
                .filter(e -> refs.containsKey(new ConstituentId(e.getKey())))
                .map(e -> new DuplicateCandidate(refs.get(new ConstituentId(e.getKey())), List.copyOf(e.getValue())))
                .sorted(java.util.Comparator.comparingInt(
                                (DuplicateCandidate c) -> -c.reasons().size())
                        .thenComparing(c -> c.constituent().displayName()))
                .limit(MAX_CANDIDATES)
                .toList();
    }

    private Map<String, DuplicateRuleSetting> stored() {
        return java.util.stream.StreamSupport.stream(settings.findAll().spliterator(), false)
                .collect(Collectors.toMap(DuplicateRuleSetting::getCode, Function.identity()));
    }

    private static DuplicateRuleView view(DuplicateRule rule, DuplicateRuleSetting setting) {
        return setting == null
                ? new DuplicateRuleView(rule.code(), rule.description(), true, null, null)
                : new DuplicateRuleView(
                        rule.code(),
                        rule.description(),
                        setting.isEnabled(),
                        setting.getUpdatedAt(),
                        setting.getUpdatedBy());
    }
}
