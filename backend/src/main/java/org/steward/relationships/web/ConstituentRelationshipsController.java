package org.steward.relationships.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.steward.constituents.ConstituentId;
import org.steward.relationships.ConstituentRelationshipView;
import org.steward.relationships.RelationshipNetwork;
import org.steward.relationships.RelationshipService;
import org.steward.shared.security.Roles;

@Controller("/api/constituents/{id}")
@Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER, Roles.EVENT_COORDINATOR})
@Tag(name = "Relationships")
public class ConstituentRelationshipsController {

    private final RelationshipService relationships;

    ConstituentRelationshipsController(RelationshipService relationships) {
        this.relationships = relationships;
    }

    @Get("/relationships")
    @Operation(
            summary = "A constituent's relationships in both directions, labelled from its side",
            description = "Active first, then by label. ?active=true lists only active ones, ?active=false only"
                    + " inactive ones. Relationships with deleted constituents are left out.")
    public List<ConstituentRelationshipView> list(UUID id, @QueryValue @Nullable Boolean active) {
        return relationships.forConstituent(new ConstituentId(id), active);
    }

    @Get("/network")
    @Operation(
            summary = "The constituents within depth steps (1 to 3) and the relationships between them",
            description = "At most 500 constituents; truncated is true when more exist. ?activeOnly=true follows"
                    + " active relationships only. Deleted constituents are left out.")
    public RelationshipNetwork network(
            UUID id,
            @QueryValue(defaultValue = "2")
                    @Min(RelationshipService.MIN_NETWORK_DEPTH)
                    @Max(RelationshipService.MAX_NETWORK_DEPTH)
                    int depth,
            @QueryValue(defaultValue = "false") boolean activeOnly) {
        return relationships.network(new ConstituentId(id), depth, activeOnly);
    }
}
