package org.steward.constituents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** A saved search. {@code version} must be sent back with an update. */
@Serdeable
public record SegmentView(
        UUID id,
        String name,
        @Nullable String description,
        SegmentCriteria criteria,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {}
