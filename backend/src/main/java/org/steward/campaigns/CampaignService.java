package org.steward.campaigns;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.steward.audit.AuditTrail;
import org.steward.audit.Changes;
import org.steward.campaigns.internal.CampaignStore;
import org.steward.campaigns.internal.CampaignStore.CampaignRow;
import org.steward.shared.errors.StaleVersionException;
import org.steward.shared.ids.Ids;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

/**
 * Funds, campaigns and appeals: administrators create, change and retire them ({@code active = false}); nothing is
 * ever deleted, so gifts recorded against them keep their meaning. Other modules look them up here by id.
 */
@Singleton
public class CampaignService {

    public static final String FUND = "fund";
    public static final String CAMPAIGN = "campaign";
    public static final String APPEAL = "appeal";

    private final CampaignStore store;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Timestamps timestamps;

    CampaignService(CampaignStore store, AuditTrail audit, CurrentActor actor, Timestamps timestamps) {
        this.store = store;
        this.audit = audit;
        this.actor = actor;
        this.timestamps = timestamps;
    }

    // funds

    @Transactional
    public FundView createFund(SaveFundCommand command) {
        String code = fundCode(command.code());
        if (store.fundIdByCode(code).isPresent()) {
            throw CampaignProblems.fundCodeTaken(code);
        }
        UUID id = Ids.next();
        Instant now = timestamps.now();
        String name = command.name().trim();
        store.insertFund(id, code, name, command.restricted(), command.active(), now, actor.name());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("name", name);
        fields.put("restricted", command.restricted());
        fields.put("active", command.active());
        audit.record(FUND, id, AuditTrail.CREATED, Changes.created(fields));
        return store.fund(id).orElseThrow();
    }

    @Transactional
    public FundView updateFund(UUID id, SaveFundCommand command, long version) {
        FundView was = fund(id);
        if (was.version() != version) {
            throw new StaleVersionException(FUND, id);
        }
        String code = fundCode(command.code());
        Optional<UUID> holder = store.fundIdByCode(code);
        if (holder.isPresent() && !holder.get().equals(id)) {
            throw CampaignProblems.fundCodeTaken(code);
        }
        String name = command.name().trim();
        var changes = Changes.track()
                .field("code", was.code(), code)
                .field("name", was.name(), name)
                .field("restricted", was.restricted(), command.restricted())
                .field("active", was.active(), command.active())
                .list();
        if (changes.isEmpty()) {
            return was;
        }
        if (!store.updateFund(
                id, version, code, name, command.restricted(), command.active(), timestamps.now(), actor.name())) {
            throw new StaleVersionException(FUND, id);
        }
        audit.record(FUND, id, AuditTrail.UPDATED, changes);
        return fund(id);
    }

    @Transactional(readOnly = true)
    public FundView fund(UUID id) {
        return store.fund(id).orElseThrow(() -> CampaignProblems.fundNotFound(id));
    }

    @Transactional(readOnly = true)
    public List<FundView> funds(boolean activeOnly) {
        return store.funds(activeOnly);
    }

    /** The funds with these ids that exist (retired ones included), by id, in one query. */
    @Transactional(readOnly = true)
    public Map<UUID, FundView> fundsById(Collection<UUID> ids) {
        Map<UUID, FundView> found = new LinkedHashMap<>();
        store.funds(Set.copyOf(ids)).forEach(f -> found.put(f.id(), f));
        return found;
    }

    // campaigns

    @Transactional
    public CampaignView createCampaign(SaveCampaignCommand command) {
        UUID id = Ids.next();
        CampaignRow row = campaignRow(id, command);
        Instant now = timestamps.now();
        store.insertCampaign(id, row, now, actor.name());
        audit.record(CAMPAIGN, id, AuditTrail.CREATED, Changes.created(snapshot(row)));
        return store.campaign(id).orElseThrow();
    }

    @Transactional
    public CampaignView updateCampaign(UUID id, SaveCampaignCommand command, long version) {
        CampaignView was = campaign(id);
        if (was.version() != version) {
            throw new StaleVersionException(CAMPAIGN, id);
        }
        CampaignRow row = campaignRow(id, command);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("name", was.name());
        before.put("goal", was.goal());
        before.put("currency", was.currency());
        before.put("startDate", was.startDate());
        before.put("endDate", was.endDate());
        before.put("parentId", was.parentId());
        before.put("active", was.active());
        Changes changes = Changes.track();
        snapshot(row).forEach((field, value) -> changes.field(field, before.get(field), value));
        var list = changes.list();
        if (list.isEmpty()) {
            return was;
        }
        if (!store.updateCampaign(id, version, row, timestamps.now(), actor.name())) {
            throw new StaleVersionException(CAMPAIGN, id);
        }
        audit.record(CAMPAIGN, id, AuditTrail.UPDATED, list);
        return campaign(id);
    }

    @Transactional(readOnly = true)
    public CampaignView campaign(UUID id) {
        return store.campaign(id).orElseThrow(() -> CampaignProblems.campaignNotFound(id));
    }

    @Transactional(readOnly = true)
    public Optional<CampaignView> findCampaign(UUID id) {
        return store.campaign(id);
    }

    @Transactional(readOnly = true)
    public List<CampaignView> campaigns(boolean activeOnly) {
        return store.campaigns(activeOnly);
    }

    // appeals

    @Transactional
    public AppealView createAppeal(SaveAppealCommand command) {
        requireCampaign(command.campaignId());
        UUID id = Ids.next();
        String name = command.name().trim();
        store.insertAppeal(id, command.campaignId(), name, command.active(), timestamps.now(), actor.name());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("campaignId", command.campaignId());
        fields.put("name", name);
        fields.put("active", command.active());
        audit.record(APPEAL, id, AuditTrail.CREATED, Changes.created(fields));
        return store.appeal(id).orElseThrow();
    }

    @Transactional
    public AppealView updateAppeal(UUID id, SaveAppealCommand command, long version) {
        AppealView was = appeal(id);
        if (was.version() != version) {
            throw new StaleVersionException(APPEAL, id);
        }
        if (!command.campaignId().equals(was.campaignId())) {
            requireCampaign(command.campaignId());
        }
        String name = command.name().trim();
        var changes = Changes.track()
                .field("campaignId", was.campaignId(), command.campaignId())
                .field("name", was.name(), name)
                .field("active", was.active(), command.active())
                .list();
        if (changes.isEmpty()) {
            return was;
        }
        if (!store.updateAppeal(
                id, version, command.campaignId(), name, command.active(), timestamps.now(), actor.name())) {
            throw new StaleVersionException(APPEAL, id);
        }
        audit.record(APPEAL, id, AuditTrail.UPDATED, changes);
        return appeal(id);
    }

    @Transactional(readOnly = true)
    public AppealView appeal(UUID id) {
        return store.appeal(id).orElseThrow(() -> CampaignProblems.appealNotFound(id));
    }

    @Transactional(readOnly = true)
    public Optional<AppealView> findAppeal(UUID id) {
        return store.appeal(id);
    }

    @Transactional(readOnly = true)
    public List<AppealView> appeals(@Nullable UUID campaignId, boolean activeOnly) {
        return store.appeals(campaignId, activeOnly);
    }

    // rules

    private void requireCampaign(UUID campaignId) {
        if (store.campaign(campaignId).isEmpty()) {
            throw CampaignProblems.unknownCampaign(campaignId);
        }
    }

    private CampaignRow campaignRow(UUID id, SaveCampaignCommand command) {
        BigDecimal goal = null;
        String currency = null;
        boolean hasGoal = command.goal() != null && !command.goal().isBlank();
        boolean hasCurrency = command.currency() != null && !command.currency().isBlank();
        if (hasGoal != hasCurrency) {
            throw CampaignProblems.invalidGoal("Give the goal together with its currency, or neither.");
        }
        if (hasGoal) {
            goal = goal(command.goal().trim());
            currency = currency(command.currency().trim());
        }
        if (command.startDate() != null
                && command.endDate() != null
                && command.endDate().isBefore(command.startDate())) {
            throw CampaignProblems.dates();
        }
        if (command.parentId() != null) {
            checkParent(id, command.parentId());
        }
        return new CampaignRow(
                command.name().trim(),
                goal,
                currency,
                command.startDate(),
                command.endDate(),
                command.parentId(),
                command.active());
    }

    /** The parent must exist and must not be the campaign itself or one of its sub-campaigns. */
    private void checkParent(UUID id, UUID parentId) {
        Set<UUID> seen = new HashSet<>();
        UUID current = parentId;
        boolean first = true;
        while (current != null && seen.add(current)) {
            if (current.equals(id)) {
                throw CampaignProblems.parentCycle(id);
            }
            Optional<CampaignView> found = store.campaign(current);
            if (found.isEmpty()) {
                if (first) {
                    throw CampaignProblems.unknownParent(parentId);
                }
                return;
            }
            first = false;
            current = found.get().parentId();
        }
    }

    private static BigDecimal goal(String text) {
        BigDecimal goal;
        try {
            goal = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw CampaignProblems.invalidGoal("The goal '" + text + "' is not a decimal number.");
        }
        if (goal.signum() <= 0) {
            throw CampaignProblems.invalidGoal("The goal must be more than zero.");
        }
        if (goal.stripTrailingZeros().scale() > 2) {
            throw CampaignProblems.invalidGoal("The goal has more than two decimals.");
        }
        if (goal.precision() - goal.scale() > 17) {
            throw CampaignProblems.invalidGoal("The goal is too large.");
        }
        return goal.setScale(2);
    }

    private static String currency(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        try {
            Currency.getInstance(upper);
        } catch (IllegalArgumentException e) {
            throw CampaignProblems.invalidGoal("'" + code + "' is not an ISO 4217 currency code.");
        }
        return upper;
    }

    private static String fundCode(String code) {
        return code.trim().toUpperCase(Locale.ROOT);
    }

    private static Map<String, Object> snapshot(CampaignRow row) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", row.name());
        fields.put("goal", row.goal() == null ? null : row.goal().toPlainString());
        fields.put("currency", row.currency());
        fields.put("startDate", row.startDate());
        fields.put("endDate", row.endDate());
        fields.put("parentId", row.parentId());
        fields.put("active", row.active());
        return fields;
    }
}
