package org.steward.interactions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.steward.audit.AuditTrail;
import org.steward.audit.Changes;
import org.steward.audit.FieldChange;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentRef;
import org.steward.constituents.ConstituentService;
import org.steward.constituents.HouseholdService;
import org.steward.interactions.internal.Interaction;
import org.steward.interactions.internal.InteractionRepository;
import org.steward.shared.errors.StaleVersionException;
import org.steward.shared.ids.Ids;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.security.Roles;
import org.steward.shared.security.StaffDirectory;
import org.steward.shared.time.Timestamps;

/**
 * The contact timeline: calls, emails, meetings and other interactions with constituents, each by a staff member.
 * Interactions are soft-deleted; every change is audited (entity type {@code interaction}). Administrators and
 * development officers change any interaction, event coordinators only their own. A household's timeline shows its
 * current members' interactions with its own (ADR 0032).
 */
@Singleton
public class InteractionService {

    public static final String ENTITY = "interaction";

    /** How many interactions the constituent summary shows. */
    public static final int SUMMARY_RECENT = 5;

    private static final Sort NEWEST_FIRST =
            Sort.of(Sort.Order.desc("occurredAt"), Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final InteractionRepository interactions;
    private final TaskService tasks;
    private final ConstituentService constituents;
    private final HouseholdService households;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Timestamps timestamps;

    InteractionService(
            InteractionRepository interactions,
            TaskService tasks,
            ConstituentService constituents,
            HouseholdService households,
            StaffDirectory staff,
            AuditTrail audit,
            CurrentActor actor,
            Timestamps timestamps) {
        this.interactions = interactions;
        this.tasks = tasks;
        this.constituents = constituents;
        this.households = households;
        this.staff = staff;
        this.audit = audit;
        this.actor = actor;
        this.timestamps = timestamps;
    }

    /** Logs an interaction and, if asked, its follow-up task: both are saved or neither is. */
    @Transactional
    public InteractionView log(LogInteractionCommand command) {
        constituents.requireActive(command.constituentId());
        Instant now = timestamps.now();
        Instant occurredAt =
                InteractionRules.occurredAt(command.occurredAt() == null ? now : command.occurredAt(), now);
        StaffNames names = new StaffNames(staff);
        String staffUsername =
                checkedStaff(command.staffUsername() == null ? actor.name() : command.staffUsername(), names);
        Interaction interaction = insert(command, occurredAt, staffUsername, now);
        TaskView followUp = null;
        FollowUpCommand wanted = command.followUp();
        if (wanted != null) {
            followUp = tasks.create(new CreateTaskCommand(
                    command.constituentId(),
                    interaction.getId(),
                    wanted.title(),
                    wanted.notes(),
                    wanted.assignee(),
                    wanted.dueDate()));
        }
        return view(interaction, names).withFollowUpTask(followUp);
    }

    /**
     * Records an interaction another module saw happen (an event registration, an attendance) in the caller's
     * transaction. The staff member is {@code staffUsername}, else the signed-in user, else {@code system} (work no
     * user started, such as a public sign-up); it is not checked against the staff accounts, because the contact was
     * not logged by hand. A follow-up in the command is ignored.
     */
    @Transactional
    public InteractionView record(LogInteractionCommand command) {
        constituents.requireActive(command.constituentId());
        Instant now = timestamps.now();
        Instant occurredAt =
                InteractionRules.occurredAt(command.occurredAt() == null ? now : command.occurredAt(), now);
        String staffUsername = InteractionRules.normalizeUsername(
                command.staffUsername() == null ? actor.name() : command.staffUsername());
        return view(insert(command, occurredAt, staffUsername, now), new StaffNames(staff));
    }

    /** Saves and audits a new interaction whose date and staff member were checked. */
    private Interaction insert(LogInteractionCommand command, Instant occurredAt, String staffUsername, Instant now) {
        Interaction interaction = new Interaction();
        interaction.setId(Ids.next());
        interaction.setConstituentId(command.constituentId().value());
        interaction.setChannel(command.channel());
        interaction.setDirection(command.direction());
        interaction.setSubject(command.subject().trim());
        interaction.setNotes(InteractionRules.blankToNull(command.notes()));
        interaction.setOccurredAt(occurredAt);
        interaction.setStaffUsername(staffUsername);
        interaction.setVersion(0L);
        interaction.stampCreated(actor.name(), now);
        interaction = interactions.save(interaction);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("constituentId", interaction.getConstituentId());
        fields.put("channel", interaction.getChannel());
        fields.put("direction", interaction.getDirection());
        fields.put("subject", interaction.getSubject());
        fields.put("notes", interaction.getNotes());
        fields.put("occurredAt", interaction.getOccurredAt());
        fields.put("staffUsername", staffUsername);
        audit.record(ENTITY, interaction.getId(), AuditTrail.CREATED, Changes.created(fields));
        return interaction;
    }

    /**
     * Removes from the timeline an interaction another module recorded, when what it recorded was undone (a check-in
     * taken back), whoever logged it; the row and its audit trail stay. One already deleted or unknown is left alone.
     */
    @Transactional
    public void retract(UUID id, String reason) {
        Interaction interaction = interactions.findById(id).orElse(null);
        if (interaction == null || interaction.isDeleted()) {
            return;
        }
        Instant now = timestamps.now();
        interaction.setDeletedAt(now);
        interaction.stampUpdated(actor.name(), now);
        interactions.update(interaction);
        audit.record(
                ENTITY,
                interaction.getId(),
                AuditTrail.DELETED,
                Changes.track().field("deletedAt", null, now).list(),
                reason);
    }

    /**
     * A constituent's interactions, newest first, optionally of one channel; deleted ones are left out. A household's
     * timeline has its current members' interactions too, each labelled with the member.
     */
    @Transactional(readOnly = true)
    public Page<InteractionView> timeline(ConstituentId id, @Nullable Channel channel, int page, int size) {
        constituents.requireActive(id);
        return find(id, channel, Pageable.from(page, size, NEWEST_FIRST));
    }

    /** The {@code interactions} section of the constituent summary (a household's with its members'). */
    @Transactional(readOnly = true)
    public InteractionsSummary summary(ConstituentId id) {
        Page<InteractionView> recent = find(id, null, Pageable.from(0, SUMMARY_RECENT, NEWEST_FIRST));
        return new InteractionsSummary(recent.getContent(), recent.getTotalSize());
    }

    @Transactional(readOnly = true)
    public InteractionView get(UUID id) {
        return withFollowUps(List.of(view(load(id), new StaffNames(staff)))).get(0);
    }

    @Transactional
    public InteractionView update(UUID id, UpdateInteractionCommand command) {
        Interaction interaction = load(id);
        checkMayChange(interaction);
        if (!Objects.equals(interaction.getVersion(), command.version())) {
            throw new StaleVersionException(ENTITY, id);
        }
        Instant occurredAt = InteractionRules.occurredAt(command.occurredAt(), timestamps.now());
        StaffNames names = new StaffNames(staff);
        String staffUsername = InteractionRules.normalizeUsername(command.staffUsername());
        if (!staffUsername.equals(interaction.getStaffUsername())) {
            checkedStaff(staffUsername, names); // an unchanged staff member may have left since: keep them
        }
        String subject = command.subject().trim();
        String notes = InteractionRules.blankToNull(command.notes());
        List<FieldChange> changes = Changes.track()
                .field("channel", interaction.getChannel(), command.channel())
                .field("direction", interaction.getDirection(), command.direction())
                .field("subject", interaction.getSubject(), subject)
                .field("notes", interaction.getNotes(), notes)
                .field("occurredAt", interaction.getOccurredAt(), occurredAt)
                .field("staffUsername", interaction.getStaffUsername(), staffUsername)
                .list();
        if (changes.isEmpty()) {
            return withFollowUps(List.of(view(interaction, names))).get(0);
        }
        interaction.setChannel(command.channel());
        interaction.setDirection(command.direction());
        interaction.setSubject(subject);
        interaction.setNotes(notes);
        interaction.setOccurredAt(occurredAt);
        interaction.setStaffUsername(staffUsername);
        interaction.stampUpdated(actor.name(), timestamps.now());
        interaction = interactions.update(interaction);
        audit.record(ENTITY, interaction.getId(), AuditTrail.UPDATED, changes);
        return withFollowUps(List.of(view(interaction, names))).get(0);
    }

    /** Hides the interaction from the timeline; the row and its audit trail stay. Its tasks are kept. */
    @Transactional
    public void delete(UUID id) {
        Interaction interaction = load(id);
        checkMayChange(interaction);
        Instant now = timestamps.now();
        interaction.setDeletedAt(now);
        interaction.stampUpdated(actor.name(), now);
        interactions.update(interaction);
        audit.record(
                ENTITY,
                interaction.getId(),
                AuditTrail.DELETED,
                Changes.track().field("deletedAt", null, now).list());
    }

    /** The timeline of the constituent and, for a household, of its members (none for anyone else). */
    private Page<InteractionView> find(ConstituentId id, @Nullable Channel channel, Pageable pageable) {
        Map<UUID, ConstituentRef> members = new HashMap<>();
        households.activeMembers(id).forEach(m -> members.put(m.id().value(), m));
        List<UUID> ids = new ArrayList<>(members.keySet());
        ids.add(id.value());
        Page<Interaction> found = channel == null
                ? interactions.findByConstituentIdInAndDeletedAtIsNull(ids, pageable)
                : interactions.findByConstituentIdInAndChannelAndDeletedAtIsNull(ids, channel, pageable);
        StaffNames names = new StaffNames(staff);
        List<InteractionView> views = withFollowUps(found.getContent().stream()
                .map(i -> view(i, names).withMember(members.get(i.getConstituentId())))
                .toList());
        return Page.of(views, found.getPageable(), found.getTotalSize());
    }

    /** The views with their follow-up tasks, read in one query. */
    private List<InteractionView> withFollowUps(List<InteractionView> views) {
        Map<UUID, List<TaskView>> followUps =
                tasks.followUpsOf(views.stream().map(InteractionView::id).toList());
        return views.stream()
                .map(v -> v.withFollowUpTasks(followUps.getOrDefault(v.id(), List.of())))
                .toList();
    }

    private void checkMayChange(Interaction interaction) {
        boolean mayChangeAll = actor.hasAnyRole(Roles.ADMIN, Roles.DEVELOPMENT_OFFICER);
        if (!InteractionRules.mayChange(
                mayChangeAll, actor.name(), interaction.getCreatedBy(), interaction.getStaffUsername())) {
            throw InteractionProblems.notYours();
        }
    }

    private String checkedStaff(String username, StaffNames names) {
        String normalized = InteractionRules.normalizeUsername(username);
        String displayName =
                staff.displayNameOf(normalized).orElseThrow(() -> InteractionProblems.unknownStaff(normalized));
        names.put(normalized, displayName);
        return normalized;
    }

    private Interaction load(UUID id) {
        return interactions
                .findById(id)
                .filter(i -> !i.isDeleted())
                .orElseThrow(() -> InteractionProblems.notFound(id));
    }

    private static InteractionView view(Interaction interaction, StaffNames names) {
        return new InteractionView(
                interaction.getId(),
                new ConstituentId(interaction.getConstituentId()),
                null,
                interaction.getChannel(),
                interaction.getDirection(),
                interaction.getSubject(),
                interaction.getNotes(),
                interaction.getOccurredAt(),
                interaction.getStaffUsername(),
                names.of(interaction.getStaffUsername()),
                interaction.getVersion(),
                interaction.getCreatedAt(),
                interaction.getCreatedBy(),
                interaction.getUpdatedAt(),
                interaction.getUpdatedBy(),
                List.of(),
                null);
    }
}
