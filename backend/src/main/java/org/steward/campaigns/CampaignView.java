package org.steward.campaigns;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A fundraising campaign; the goal is a decimal string with two decimals (e.g. "50000.00") in {@code currency}. */
@Serdeable
public record CampaignView(
        UUID id,
        String name,
        @Nullable String goal,
        @Nullable String currency,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable UUID parentId,
        boolean active,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {}
