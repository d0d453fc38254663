package org.steward.interactions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.steward.audit.AuditTrail;
import org.steward.audit.Changes;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentRef;
import org.steward.constituents.ConstituentService;
import org.steward.interactions.internal.Interaction;
import org.steward.interactions.internal.InteractionRepository;
import org.steward.interactions.internal.Task;
import org.steward.interactions.internal.TaskRepository;
import org.steward.interactions.internal.TaskWorkloads;
import org.steward.shared.errors.StaleVersionException;
import org.steward.shared.ids.Ids;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.security.Roles;
import org.steward.shared.security.StaffDirectory;
import org.steward.shared.time.Timestamps;

/**
 * Follow-up tasks for staff. Administrators and development officers manage all tasks and see the team's; other
 * staff roles create tasks, see the tasks assigned to them and change their status (ADR 0031). Every change is
 * audited (entity type {@code task}).
 */
@Singleton
public class TaskService {

    public static final String ENTITY = "task";

    /** At most this many unfinished tasks in a constituent's summary. */
    public static final int SUMMARY_LIMIT = 20;

    private final TaskRepository tasks;
    private final TaskWorkloads workloads;
    private final InteractionRepository interactions;
    private final ConstituentService constituents;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Timestamps timestamps;

    TaskService(
            TaskRepository tasks,
            TaskWorkloads workloads,
            InteractionRepository interactions,
            ConstituentService constituents,
            StaffDirectory staff,
            AuditTrail audit,
            CurrentActor actor,
            Timestamps timestamps) {
        this.tasks = tasks;
        this.workloads = workloads;
        this.interactions = interactions;
        this.constituents = constituents;
        this.staff = staff;
        this.audit = audit;
        this.actor = actor;
        this.timestamps = timestamps;
    }

    @Transactional
    public TaskView create(CreateTaskCommand command) {
        ConstituentId constituentId = command.constituentId();
        if (command.interactionId() != null) {
            Interaction interaction = interactions
                    .findById(command.interactionId())
                    .filter(i -> !i.isDeleted())
                    .orElseThrow(() -> InteractionProblems.notFound(command.interactionId()));
            ConstituentId about = new ConstituentId(interaction.getConstituentId());
            if (constituentId != null && !constituentId.equals(about)) {
                throw TaskProblems.constituentMismatch();
            }
            constituentId = about;
        }
        if (constituentId != null) {
            constituents.requireActive(constituentId);
        }
        StaffNames names = new StaffNames(staff);
        String assignee = checkedAssignee(command.assignee(), names);
        var now = timestamps.now();
        Task task = new Task();
        task.setId(Ids.next());
        task.setConstituentId(constituentId == null ? null : constituentId.value());
        task.setInteractionId(command.interactionId());
        task.setTitle(command.title().trim());
        task.setNotes(InteractionRules.blankToNull(command.notes()));
        task.setAssigneeUsername(assignee);
        task.setDueDate(command.dueDate());
        task.setStatus(TaskStatus.OPEN);
        task.setVersion(0L);
        task.stampCreated(actor.name(), now);
        task = tasks.save(task);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("constituentId", task.getConstituentId());
        fields.put("interactionId", task.getInteractionId());
        fields.put("title", task.getTitle());
        fields.put("notes", task.getNotes());
        fields.put("assignee", assignee);
        fields.put("dueDate", task.getDueDate());
        fields.put("status", task.getStatus());
        audit.record(ENTITY, task.getId(), AuditTrail.CREATED, Changes.created(fields));
        return views(List.of(task), names).get(0);
    }

    @Transactional(readOnly = true)
    public TaskView get(UUID id) {
        Task task = load(id);
        TaskRules.checkMaySee(mayManageAll(), actor.name(), task.getAssigneeUsername());
        return views(List.of(task), new StaffNames(staff)).get(0);
    }

    @Transactional
    public TaskView update(UUID id, UpdateTaskCommand command) {
        Task task = load(id);
        String requestedAssignee = InteractionRules.normalizeUsername(command.assignee());
        TaskRules.checkMayChange(
                mayManageAll(),
                actor.name(),
                task.getAssigneeUsername(),
                task.getTitle(),
                task.getNotes(),
                task.getDueDate(),
                command,
                requestedAssignee);
        if (!Objects.equals(task.getVersion(), command.version())) {
            throw new StaleVersionException(ENTITY, id);
        }
        StaffNames names = new StaffNames(staff);
        if (!requestedAssignee.equals(task.getAssigneeUsername())) {
            checkedAssignee(requestedAssignee, names);
        }
        var now = timestamps.now();
        var completedAt = TaskRules.completedAt(task.getStatus(), task.getCompletedAt(), command.status(), now);
        String notes = InteractionRules.blankToNull(command.notes());
        var changes = Changes.track()
                .field("title", task.getTitle(), command.title().trim())
                .field("notes", task.getNotes(), notes)
                .field("assignee", task.getAssigneeUsername(), requestedAssignee)
                .field("dueDate", task.getDueDate(), command.dueDate())
                .field("status", task.getStatus(), command.status())
                .field("completedAt", task.getCompletedAt(), completedAt);
        var list = changes.list();
        if (list.isEmpty()) {
            return views(List.of(task), names).get(0);
        }
        task.setTitle(command.title().trim());
        task.setNotes(notes);
        task.setAssigneeUsername(requestedAssignee);
        task.setDueDate(command.dueDate());
        task.setStatus(command.status());
        task.setCompletedAt(completedAt);
        task.stampUpdated(actor.name(), now);
        task = tasks.update(task);
        audit.record(ENTITY, task.getId(), AuditTrail.UPDATED, list);
        return views(List.of(task), names).get(0);
    }

    /** The signed-in user's tasks: overdue first, then by due date (undated last). */
    @Transactional(readOnly = true)
    public Page<TaskView> mine(TaskFilter filter, int page, int size) {
        String me = actor.name();
        List<Task> found = tasks.findAssigned(me, names(filter), today(), size, page * size);
        long total = tasks.countByAssigneeUsernameAndStatusIn(me, filter.statuses());
        return Page.of(views(found, new StaffNames(staff)), Pageable.from(page, size), total);
    }

    /**
     * Everyone's tasks, or one assignee's (any username, so tasks of a disabled account can still be found and handed
     * over), in the same order as {@link #mine}.
     */
    @Transactional(readOnly = true)
    public Page<TaskView> list(@Nullable String assignee, TaskFilter filter, int page, int size) {
        List<Task> found;
        long total;
        if (assignee == null) {
            found = tasks.findWithStatus(names(filter), today(), size, page * size);
            total = tasks.countByStatusIn(filter.statuses());
        } else {
            String username = InteractionRules.normalizeUsername(assignee);
            found = tasks.findAssigned(username, names(filter), today(), size, page * size);
            total = tasks.countByAssigneeUsernameAndStatusIn(username, filter.statuses());
        }
        return Page.of(views(found, new StaffNames(staff)), Pageable.from(page, size), total);
    }

    /**
     * The team view: every assignee with unfinished tasks, those with the most overdue first, then by name, each with
     * their first {@code perAssignee} tasks in the work order. Two reads whatever the team's size.
     */
    @Transactional(readOnly = true)
    public TeamTasksView team(int perAssignee) {
        LocalDate today = today();
        List<TaskWorkloads.Workload> load = workloads.unfinishedByAssignee(today);
        Map<String, List<Task>> first = new HashMap<>();
        for (Task task : tasks.findFirstUnfinishedPerAssignee(today, perAssignee)) {
            first.computeIfAbsent(task.getAssigneeUsername(), k -> new ArrayList<>())
                    .add(task);
        }
        StaffNames names = new StaffNames(staff);
        Map<ConstituentId, ConstituentRef> refs =
                refsOf(first.values().stream().flatMap(List::stream).toList());
        List<TeamTasksView.AssigneeTasks> assignees = load.stream()
                .map(w -> new TeamTasksView.AssigneeTasks(
                        w.assignee(),
                        names.of(w.assignee()),
                        w.open(),
                        w.overdue(),
                        first.getOrDefault(w.assignee(), List.of()).stream()
                                .map(task -> view(task, refs, names.of(w.assignee()), today))
                                .toList()))
                .sorted(Comparator.comparingLong(TeamTasksView.AssigneeTasks::overdue)
                        .reversed()
                        .thenComparing(a -> a.assigneeDisplayName().toLowerCase(Locale.ROOT))
                        .thenComparing(TeamTasksView.AssigneeTasks::assignee))
                .toList();
        return new TeamTasksView(
                assignees,
                load.stream().mapToLong(TaskWorkloads.Workload::open).sum(),
                load.stream().mapToLong(TaskWorkloads.Workload::overdue).sum());
    }

    /** A constituent's tasks in the same order as {@link #mine}. */
    @Transactional(readOnly = true)
    public Page<TaskView> forConstituent(ConstituentId id, TaskFilter filter, int page, int size) {
        constituents.requireActive(id);
        List<Task> found = tasks.findForConstituent(id.value(), names(filter), today(), size, page * size);
        long total = tasks.countByConstituentIdAndStatusIn(id.value(), filter.statuses());
        return Page.of(views(found, new StaffNames(staff)), Pageable.from(page, size), total);
    }

    /** The {@code openTasks} section of the constituent summary. */
    @Transactional(readOnly = true)
    public OpenTasksSummary openSummary(ConstituentId id) {
        List<Task> found = tasks.findForConstituent(id.value(), names(TaskFilter.OPEN), today(), SUMMARY_LIMIT, 0);
        long total = found.size() < SUMMARY_LIMIT
                ? found.size()
                : tasks.countByConstituentIdAndStatusIn(id.value(), TaskStatus.UNFINISHED);
        return new OpenTasksSummary(views(found, new StaffNames(staff)), total);
    }

    /**
     * The follow-up tasks of these interactions, whatever their status, oldest first, by interaction. Their
     * {@code constituent} is left out: it is the interaction's.
     */
    Map<UUID, List<TaskView>> followUpsOf(Collection<UUID> interactionIds) {
        if (interactionIds.isEmpty()) {
            return Map.of();
        }
        StaffNames names = new StaffNames(staff);
        LocalDate today = today();
        Map<UUID, List<TaskView>> byInteraction = new HashMap<>();
        for (Task task : tasks.findFollowUps(interactionIds)) {
            byInteraction
                    .computeIfAbsent(task.getInteractionId(), k -> new ArrayList<>())
                    .add(view(task, Map.of(), names.of(task.getAssigneeUsername()), today));
        }
        return byInteraction;
    }

    private boolean mayManageAll() {
        return actor.hasAnyRole(Roles.ADMIN, Roles.DEVELOPMENT_OFFICER);
    }

    private String checkedAssignee(String username, StaffNames names) {
        String assignee = InteractionRules.normalizeUsername(username);
        String displayName = staff.displayNameOf(assignee).orElseThrow(() -> TaskProblems.unknownAssignee(assignee));
        names.put(assignee, displayName);
        return assignee;
    }

    private Task load(UUID id) {
        return tasks.findById(id).orElseThrow(() -> TaskProblems.notFound(id));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(timestamps.now(), ZoneOffset.UTC);
    }

    private static List<String> names(TaskFilter filter) {
        return filter.statuses().stream().map(Enum::name).toList();
    }

    /** Views for these tasks with their constituents' refs, fetched in one query. */
    private List<TaskView> views(List<Task> found, StaffNames names) {
        Map<ConstituentId, ConstituentRef> refs = refsOf(found);
        LocalDate today = today();
        return found.stream()
                .map(task -> view(task, refs, names.of(task.getAssigneeUsername()), today))
                .toList();
    }

    private Map<ConstituentId, ConstituentRef> refsOf(List<Task> found) {
        return constituents.refs(found.stream()
                .map(Task::getConstituentId)
                .filter(Objects::nonNull)
                .map(ConstituentId::new)
                .distinct()
                .toList());
    }

    private static TaskView view(
            Task task, Map<ConstituentId, ConstituentRef> refs, String assigneeName, LocalDate today) {
        ConstituentRef constituent =
                task.getConstituentId() == null ? null : refs.get(new ConstituentId(task.getConstituentId()));
        return new TaskView(
                task.getId(),
                constituent,
                task.getInteractionId(),
                task.getTitle(),
                task.getNotes(),
                task.getAssigneeUsername(),
                assigneeName,
                task.getDueDate(),
                task.getStatus(),
                TaskRules.overdue(task.getStatus(), task.getDueDate(), today),
                task.getCompletedAt(),
                task.getVersion(),
                task.getCreatedAt(),
                task.getCreatedBy(),
                task.getUpdatedAt(),
                task.getUpdatedBy());
    }
}
