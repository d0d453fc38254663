package org.steward.relationships.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.steward.constituents.ConstituentId;
import org.steward.relationships.CreateRelationshipCommand;
import org.steward.relationships.RelationshipService;
import org.steward.relationships.RelationshipView;
import org.steward.relationships.UpdateRelationshipCommand;
import org.steward.shared.security.Roles;

@Controller("/api/relationships")
@Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER})
@Tag(name = "Relationships")
public class RelationshipController {

    private final RelationshipService relationships;

    RelationshipController(RelationshipService relationships) {
        this.relationships = relationships;
    }

    @Post
    @Operation(
            summary = "Record a relationship: fromId is <type's label> of toId",
            description = "active defaults to true. Refused when both ends are the same constituent, the type is"
                    + " unknown or inactive, the end date is before the start date, or the same active relationship"
                    + " exists (either way round for symmetric types).")
    public HttpResponse<RelationshipView> create(@Valid @Body RelationshipRequests.CreateRelationshipRequest request) {
        RelationshipView created = relationships.create(new CreateRelationshipCommand(
                new ConstituentId(request.fromId()),
                new ConstituentId(request.toId()),
                request.type(),
                request.startDate(),
                request.endDate(),
                request.active(),
                request.notes()));
        return HttpResponse.created(created, URI.create("/api/relationships/" + created.id()));
    }

    @Get("/{id}")
    @Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER, Roles.EVENT_COORDINATOR})
    @Operation(summary = "One relationship, with both constituents")
    public RelationshipView get(UUID id) {
        return relationships.get(id);
    }

    @Put("/{id}")
    @Operation(
            summary = "Change a relationship's type, dates, activity and notes",
            description = "Send the version you read; a stale one is refused with common.stale-version.")
    public RelationshipView update(UUID id, @Valid @Body RelationshipRequests.UpdateRelationshipRequest request) {
        return relationships.update(
                id,
                new UpdateRelationshipCommand(
                        request.type(),
                        request.startDate(),
                        request.endDate(),
                        request.active(),
                        request.notes(),
                        request.version()));
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a relationship (to keep its history, set it inactive instead)")
    public void delete(UUID id) {
        relationships.delete(id);
    }
}
