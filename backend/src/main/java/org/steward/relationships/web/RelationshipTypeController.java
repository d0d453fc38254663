package org.steward.relationships.web;

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
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.steward.relationships.CreateRelationshipTypeCommand;
import org.steward.relationships.RelationshipTypeService;
import org.steward.relationships.RelationshipTypeView;
import org.steward.relationships.UpdateRelationshipTypeCommand;
import org.steward.shared.security.Roles;

@Controller("/api/relationship-types")
@Secured(Roles.ADMIN)
@Tag(name = "Relationships")
public class RelationshipTypeController {

    private final RelationshipTypeService types;

    RelationshipTypeController(RelationshipTypeService types) {
        this.types = types;
    }

    @Get
    @Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER, Roles.EVENT_COORDINATOR})
    @Operation(summary = "Relationship types by label; ?active=true for the ones that can be chosen")
    public List<RelationshipTypeView> list(@QueryValue @Nullable Boolean active) {
        return types.list(Boolean.TRUE.equals(active));
    }

    @Post
    @Operation(
            summary = "Add a custom relationship type",
            description = "The code is derived from the label (\"Godparent of\" becomes godparent-of). A symmetric"
                    + " type reads the same both ways and needs no inverse label; any other type needs one.")
    public HttpResponse<RelationshipTypeView> create(
            @Valid @Body RelationshipRequests.CreateRelationshipTypeRequest request) {
        RelationshipTypeView created = types.create(
                new CreateRelationshipTypeCommand(request.label(), request.inverseLabel(), request.symmetric()));
        return HttpResponse.created(
                created,
                URI.create("/api/relationship-types/" + URLEncoder.encode(created.code(), StandardCharsets.UTF_8)));
    }

    @Put("/{code}")
    @Operation(
            summary = "Relabel, deactivate or reactivate a custom relationship type",
            description = "Built-in types cannot be changed. Existing relationships keep a deactivated type;"
                    + " new ones cannot use it.")
    public RelationshipTypeView update(
            @Size(max = 60) String code, @Valid @Body RelationshipRequests.UpdateRelationshipTypeRequest request) {
        return types.update(
                code,
                new UpdateRelationshipTypeCommand(
                        request.label(), request.inverseLabel(), request.active(), request.version()));
    }
}
