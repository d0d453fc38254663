package org.steward.constituents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

@Serdeable
public record DuplicateRuleView(
        String code, String description, boolean enabled, @Nullable Instant updatedAt, @Nullable String updatedBy) {}
