package org.steward.users.web;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.steward.users.SessionClaims;
import org.steward.users.UserProblems;
import org.steward.users.UserService;
import org.steward.users.UserView;

@Controller("/api/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Users")
public class MeController {

    private final UserService users;

    MeController(UserService users) {
        this.users = users;
    }

    @Get
    @Operation(summary = "The signed-in user, with current roles")
    public UserView me(Authentication authentication) {
        return users.findByUsername(authentication.getName())
                .orElseThrow(() -> UserProblems.notFound(authentication.getName()));
    }

    @Put("/password")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change your own password; your other sessions end, this one goes on")
    public void changePassword(
            Authentication authentication, @Valid @Body UserRequests.ChangeOwnPasswordRequest request) {
        Object session = authentication.getAttributes().get(SessionClaims.SESSION);
        users.changeOwnPassword(
                authentication.getName(),
                request.currentPassword(),
                request.newPassword(),
                session == null ? null : session.toString());
    }
}
