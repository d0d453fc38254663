package org.steward.interactions.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.steward.constituents.ConstituentId;
import org.steward.interactions.CreateTaskCommand;
import org.steward.interactions.TaskFilter;
import org.steward.interactions.TaskService;
import org.steward.interactions.TaskStatus;
import org.steward.interactions.TaskView;
import org.steward.interactions.TeamTasksView;
import org.steward.interactions.UpdateTaskCommand;
import org.steward.shared.security.Roles;
import org.steward.shared.web.PageResponse;

/**
 * Follow-up tasks. Administrators and development officers manage all of them and see the team's; event coordinators
 * create tasks, see the tasks assigned to them and change their status (else 403 {@code tasks.not-yours} /
 * {@code tasks.status-only}).
 */
@Controller("/api")
@Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER})
@Tag(name = "Tasks")
public class TaskController {

    private final TaskService tasks;

    TaskController(TaskService tasks) {
        this.tasks = tasks;
    }

    @Post("/tasks")
    @Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER, Roles.EVENT_COORDINATOR})
    @Operation(summary = "Create a task, optionally about a constituent or following up an interaction")
    public HttpResponse<TaskView> create(@Valid @Body TaskRequests.CreateTaskRequest request) {
        TaskView created = tasks.create(new CreateTaskCommand(
                request.constituentId() == null ? null : new ConstituentId(request.constituentId()),
                request.interactionId(),
                request.title(),
                request.notes(),
                request.assignee(),
                request.dueDate()));
        return HttpResponse.created(created, URI.create("/api/tasks/" + created.id()));
    }

    @Get("/tasks/mine")
    @Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER, Roles.EVENT_COORDINATOR})
    @Operation(summary = "Tasks assigned to you: unfinished ones by default, overdue first, then by due date")
    public PageResponse<TaskView> mine(
            @QueryValue(defaultValue = "OPEN")
                    @Pattern(regexp = "|" + TaskRequests.FILTER_PATTERN, message = TaskRequests.FILTER_MESSAGE)
                    String status,
            @QueryValue(defaultValue = "0") @Min(0) int page,
            @QueryValue(defaultValue = "50") @Min(1) @Max(200) int size) {
        return PageResponse.of(tasks.mine(filter(status), page, size), view -> view);
    }

    @Get("/tasks")
    @Operation(
            summary =
                    "Everyone's tasks, or one assignee's: unfinished ones by default, overdue first, then by due date")
    public PageResponse<TaskView> list(
            @QueryValue @Nullable @Size(max = InteractionRequests.USERNAME_MAX) String assignee,
            @QueryValue(defaultValue = "OPEN")
                    @Pattern(regexp = "|" + TaskRequests.FILTER_PATTERN, message = TaskRequests.FILTER_MESSAGE)
                    String status,
            @QueryValue(defaultValue = "0") @Min(0) int page,
            @QueryValue(defaultValue = "50") @Min(1) @Max(200) int size) {
        String who = assignee == null || assignee.isBlank() ? null : assignee;
        return PageResponse.of(tasks.list(who, filter(status), page, size), view -> view);
    }

    @Get("/tasks/team")
    @Operation(
            summary = "The team's unfinished tasks by assignee, most overdue first, with each one's first tasks"
                    + " (perAssignee, 10 by default)")
    public TeamTasksView team(@QueryValue(defaultValue = "10") @Min(1) @Max(50) int perAssignee) {
        return tasks.team(perAssignee);
    }

    @Get("/tasks/{id}")
    @Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER, Roles.EVENT_COORDINATOR})
    @Operation(summary = "One task")
    public TaskView get(UUID id) {
        return tasks.get(id);
    }

    @Put("/tasks/{id}")
    @Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER, Roles.EVENT_COORDINATOR})
    @Operation(summary = "Change a task (send the version you read); DONE records when it was completed")
    public TaskView update(UUID id, @Valid @Body TaskRequests.UpdateTaskRequest request) {
        return tasks.update(
                id,
                new UpdateTaskCommand(
                        request.title(),
                        request.notes(),
                        request.assignee(),
                        request.dueDate(),
                        TaskStatus.valueOf(request.status()),
                        request.version()));
    }

    @Get("/constituents/{id}/tasks")
    @Operation(summary = "A constituent's tasks: unfinished ones by default, overdue first, then by due date")
    public PageResponse<TaskView> forConstituent(
            UUID id,
            @QueryValue(defaultValue = "OPEN")
                    @Pattern(regexp = "|" + TaskRequests.FILTER_PATTERN, message = TaskRequests.FILTER_MESSAGE)
                    String status,
            @QueryValue(defaultValue = "0") @Min(0) int page,
            @QueryValue(defaultValue = "50") @Min(1) @Max(200) int size) {
        return PageResponse.of(tasks.forConstituent(new ConstituentId(id), filter(status), page, size), view -> view);
    }

    private static TaskFilter filter(String status) {
        return status == null || status.isBlank() ? TaskFilter.OPEN : TaskFilter.valueOf(status);
    }
}
