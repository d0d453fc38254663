package org.steward.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Serdeable
public record UserView(
        UUID id,
        String username,
        String displayName,
        @Nullable String email,
        List<String> roles,
        boolean enabled,
        Instant createdAt,
        @Nullable Instant lastLoginAt) {}
