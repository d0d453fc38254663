package org.steward.users.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.steward.shared.security.Roles;
import org.steward.users.StaffMember;
import org.steward.users.UserService;

/** Who work can be assigned to, for everyone who assigns it (the user list itself stays with administrators). */
@Controller("/api/staff")
@Secured({Roles.ADMIN, Roles.DEVELOPMENT_OFFICER, Roles.EVENT_COORDINATOR})
@Tag(name = "Users")
public class StaffController {

    private final UserService users;

    StaffController(UserService users) {
        this.users = users;
    }

    @Get
    @Operation(summary = "Enabled colleagues who work with constituents (username and name only), by name")
    public List<StaffMember> staff() {
        return users.staff();
    }
}
