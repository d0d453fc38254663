package org.steward.constituents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One merge in a constituent's history: who, when, what was filled and how many rows of each kind moved. */
@Serdeable
public record MergeView(
        UUID id,
        ConstituentRef survivor,
        ConstituentRef duplicate,
        Instant mergedAt,
        String mergedBy,
        @Nullable Instant undoneAt,
        @Nullable String undoneBy,
        List<String> filledFields,
        Map<String, Integer> moved) {}
