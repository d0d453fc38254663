package org.steward.users.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.steward.shared.security.Roles;
import org.steward.shared.web.PageResponse;
import org.steward.users.CreateUserCommand;
import org.steward.users.UserService;
import org.steward.users.UserView;

@Controller("/api/users")
@Secured(Roles.ADMIN)
@Tag(name = "Users")
public class UserController {

    private final UserService users;

    UserController(UserService users) {
        this.users = users;
    }

    @Get
    @Operation(summary = "Staff accounts by username; q matches username, name or email")
    public PageResponse<UserView> list(
            @QueryValue @Nullable @Size(max = 100) String q,
            @QueryValue(defaultValue = "0") @Min(0) int page,
            @QueryValue(defaultValue = "50") @Min(1) @Max(500) int size) {
        return PageResponse.of(users.list(q, page, size), user -> user);
    }

    @Post
    @Operation(summary = "Create a staff account")
    public HttpResponse<UserView> create(@Valid @Body UserRequests.CreateUserRequest request) {
        UserView created = users.create(new CreateUserCommand(
                request.username(), request.displayName(), request.email(), request.password(), request.roles()));
        return HttpResponse.created(created, URI.create("/api/users/" + created.id()));
    }

    @Get("/{id}")
    public UserView get(UUID id) {
        return users.get(id);
    }

    @Put("/{id}")
    @Operation(summary = "Change a user's display name and email")
    public UserView update(UUID id, @Valid @Body UserRequests.UpdateUserRequest request) {
        return users.updateProfile(id, request.displayName(), request.email());
    }

    @Put("/{id}/roles")
    @Operation(summary = "Replace a user's roles; their open sessions end")
    public UserView setRoles(UUID id, @Valid @Body UserRequests.RolesRequest request) {
        return users.setRoles(id, request.roles());
    }

    @Post("/{id}/disable")
    @Operation(summary = "Disable an account; its open sessions end at once")
    public UserView disable(UUID id) {
        return users.setEnabled(id, false);
    }

    @Post("/{id}/enable")
    public UserView enable(UUID id) {
        return users.setEnabled(id, true);
    }

    @Put("/{id}/password")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set a new password for a user; their open sessions end")
    public void resetPassword(UUID id, @Valid @Body UserRequests.PasswordRequest request) {
        users.resetPassword(id, request.password());
    }
}
