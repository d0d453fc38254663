package org.steward.campaigns;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.UUID;

/** Creates or replaces a campaign; the goal is a decimal string, given together with its currency or not at all. */
public record SaveCampaignCommand(
        String name,
        @Nullable String goal,
        @Nullable String currency,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable UUID parentId,
        boolean active) {}
