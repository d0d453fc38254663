package org.steward.users.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.steward.shared.text.Trim;
import org.steward.users.PasswordPolicy;

/**
 * Request bodies of the user endpoints. Usernames, names and emails arrive trimmed ({@link Trim}) before they are
 * validated, so a pasted {@code " jo "} becomes {@code "jo"}; passwords are taken exactly as typed.
 */
final class UserRequests {

    static final String ROLE_PATTERN = "ADMIN|DEVELOPMENT_OFFICER|EVENT_COORDINATOR|BOARD_MEMBER";
    static final String ROLE_MESSAGE = "must be one of ADMIN, DEVELOPMENT_OFFICER, EVENT_COORDINATOR, BOARD_MEMBER";

    private UserRequests() {}

    @Serdeable
    record CreateUserRequest(
            @NotBlank
                    @Size(min = 3, max = 100)
                    @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "may contain letters, digits and . _ @ - only")
                    String username,
            @NotBlank @Size(max = 200) String displayName,
            @Nullable @Email @Size(max = 320) String email,
            @NotNull @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH) String password,
            @NotEmpty Set<@NotNull @Pattern(regexp = ROLE_PATTERN, message = ROLE_MESSAGE) String> roles) {

        CreateUserRequest {
            username = Trim.trimmed(username);
            displayName = Trim.trimmed(displayName);
            email = Trim.orNull(email);
        }
    }

    @Serdeable
    record UpdateUserRequest(
            @NotBlank @Size(max = 200) String displayName, @Nullable @Email @Size(max = 320) String email) {

        UpdateUserRequest {
            displayName = Trim.trimmed(displayName);
            email = Trim.orNull(email);
        }
    }

    @Serdeable
    record RolesRequest(@NotEmpty Set<@NotNull @Pattern(regexp = ROLE_PATTERN, message = ROLE_MESSAGE) String> roles) {}

    @Serdeable
    record PasswordRequest(
            @NotNull @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH) String password) {}

    @Serdeable
    record ChangeOwnPasswordRequest(
            @NotNull @Size(max = PasswordPolicy.MAX_LENGTH) String currentPassword,
            @NotNull @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH) String newPassword) {}
}
