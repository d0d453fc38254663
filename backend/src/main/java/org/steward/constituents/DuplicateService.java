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
import org.steward.constituents.internal.DuplicateFinder;
import org.steward.constituents.internal.DuplicateRuleRepository;
import org.steward.constituents.internal.DuplicateRuleSetting;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

/**
 * Duplicate detection: which rules are on, and the candidate pairs they find, across all constituents or for one.
 * Merging a pair is {@link MergeService}'s job.
 */
@Singleton
public class DuplicateService {

    static final String RULE_ENTITY = "duplicate-rule";
    static final int MAX_CANDIDATES = 100;

    private final DuplicateRuleRepository settings;
    private final DuplicateFinder finder;
    private final ConstituentService constituents;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Timestamps timestamps;

    DuplicateService(
            DuplicateRuleRepository settings,
            DuplicateFinder finder,
            ConstituentService constituents,
            AuditTrail audit,
            CurrentActor actor,
            Timestamps timestamps) {
        this.settings = settings;
        this.finder = finder;
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
