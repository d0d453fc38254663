package org.steward.users;

import io.micronaut.core.annotation.Nullable;
import java.util.Set;

public record CreateUserCommand(
        String username, String displayName, @Nullable String email, String password, Set<String> roles) {}
