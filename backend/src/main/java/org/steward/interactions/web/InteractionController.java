package org.steward.interactions.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.UUID;
import org.steward.constituents.ConstituentId;
import org.steward.interactions.Channel;
import org.steward.interactions.Direction;
import org.steward.interactions.FollowUpCommand;
import org.steward.interactions.InteractionService;
import org.steward.interactions.InteractionView;
import org.steward.interactions.LogInteractionCommand;
import org.steward.interactions.UpdateInteractionCommand;
import org.steward.shared.security.Roles;
import org.steward.shared.web.PageResponse;

/**
 * The contact timeline. Administrators and development officers do everything; event coordinators read and log
 * interactions and change or delete only their own (else 403 {@code interactions.not-yours}).
 */
@Controller("/api")
@Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER, Roles.EVENT_COORDINATOR})
@Tag(name = "Interactions")
public class InteractionController {

    private final InteractionService interactions;

    InteractionController(InteractionService interactions) {
        this.interactions = interactions;
    }

    @Post("/constituents/{id}/interactions")
    @Operation(summary = "Log an interaction with a constituent, optionally with a follow-up task")
    public HttpResponse<InteractionView> log(UUID id, @Valid @Body InteractionRequests.LogInteractionRequest request) {
        var followUp = request.followUp();
        InteractionView logged = interactions.log(new LogInteractionCommand(
                new ConstituentId(id),
                Channel.valueOf(request.channel()),
                Direction.valueOf(request.direction()),
                request.subject(),
                request.notes(),
                request.occurredAt(),
                request.staffUsername(),
                followUp == null
                        ? null
                        : new FollowUpCommand(
                                followUp.title(), followUp.notes(), followUp.assignee(), followUp.dueDate())));
        return HttpResponse.created(logged, URI.create("/api/interactions/" + logged.id()));
    }

    @Get("/constituents/{id}/interactions")
    @Operation(summary = "A constituent's interactions, newest first, optionally of one channel")
    public PageResponse<InteractionView> timeline(
            UUID id,
            @QueryValue
                    @Nullable
                    @Pattern(
                            regexp = "|" + InteractionRequests.CHANNEL_PATTERN,
                            message = InteractionRequests.CHANNEL_MESSAGE)
                    String channel,
            @QueryValue(defaultValue = "0") @Min(0) int page,
            @QueryValue(defaultValue = "20") @Min(1) @Max(200) int size) {
        Channel only = channel == null || channel.isBlank() ? null : Channel.valueOf(channel);
        return PageResponse.of(interactions.timeline(new ConstituentId(id), only, page, size), view -> view);
    }

    @Get("/interactions/{id}")
    @Operation(summary = "One interaction")
    public InteractionView get(UUID id) {
        return interactions.get(id);
    }

    @Put("/interactions/{id}")
    @Operation(summary = "Change an interaction (send the version you read)")
    public InteractionView update(UUID id, @Valid @Body InteractionRequests.UpdateInteractionRequest request) {
        return interactions.update(
                id,
                new UpdateInteractionCommand(
                        Channel.valueOf(request.channel()),
                        Direction.valueOf(request.direction()),
                        request.subject(),
                        request.notes(),
                        request.occurredAt(),
                        request.staffUsername(),
                        request.version()));
    }

    @Delete("/interactions/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an interaction (hidden from the timeline, kept for the audit trail)")
    public void delete(UUID id) {
        interactions.delete(id);
    }
}
