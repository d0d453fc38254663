package org.steward.constituents.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.HouseholdRole;
import org.steward.constituents.HouseholdService;
import org.steward.shared.security.Roles;

@Controller("/api/constituents/{id}")
@Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER, Roles.EVENT_COORDINATOR})
@Tag(name = "Households")
public class HouseholdController {

    private final HouseholdService households;

    HouseholdController(HouseholdService households) {
        this.households = households;
    }

    static final String ROLE_PATTERN = "HEAD|SPOUSE_PARTNER|CHILD|OTHER";
    static final String ROLE_MESSAGE = "must be one of HEAD, SPOUSE_PARTNER, CHILD, OTHER";

    /** {@code role}: absent when nobody has said. */
    @Serdeable
    public record MemberRequest(
            @NotNull UUID memberId,
            @Nullable LocalDate startDate,
            @Nullable @Pattern(regexp = ROLE_PATTERN, message = ROLE_MESSAGE) String role) {}

    /** Replaces a membership's role; absent clears it. */
    @Serdeable
    public record MembershipRequest(@Nullable @Pattern(regexp = ROLE_PATTERN, message = ROLE_MESSAGE) String role) {}

    @Get("/members")
    @Operation(summary = "A household's current members and salutations")
    public HouseholdService.HouseholdView members(UUID id) {
        return households.view(new ConstituentId(id));
    }

    @Post("/members")
    @Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER})
    @Operation(summary = "Add an individual to a household (ending their membership elsewhere), optionally with a role")
    public HouseholdService.HouseholdView addMember(UUID id, @Valid @Body MemberRequest request) {
        return households.addMember(
                new ConstituentId(id),
                new ConstituentId(request.memberId()),
                request.startDate(),
                role(request.role()));
    }

    @Put("/members/{memberId}")
    @Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER})
    @Operation(summary = "Change a current member's role (one head per household)")
    public HouseholdService.HouseholdView changeMember(UUID id, UUID memberId, @Valid @Body MembershipRequest request) {
        return households.changeRole(new ConstituentId(id), new ConstituentId(memberId), role(request.role()));
    }

    @Delete("/members/{memberId}")
    @Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER})
    @Operation(summary = "End an individual's membership of a household")
    public HouseholdService.HouseholdView removeMember(
            UUID id, UUID memberId, @QueryValue @Nullable LocalDate endDate) {
        return households.removeMember(new ConstituentId(id), new ConstituentId(memberId), endDate);
    }

    private static HouseholdRole role(String role) {
        return role == null ? null : HouseholdRole.valueOf(role);
    }

    @Get("/household-history")
    @Operation(summary = "Every household membership of an individual, or of everyone who was in a household")
    public List<HouseholdService.Membership> history(UUID id) {
        return households.history(new ConstituentId(id));
    }
}
