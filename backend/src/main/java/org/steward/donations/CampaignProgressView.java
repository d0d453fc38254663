package org.steward.donations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A campaign's progress against its goal, its sub-campaigns included (through {@code parentId}, at any depth).
 * Aggregates only: no donor and no gift is named. {@code raised} is in {@code currency}, the base currency: completed
 * gifts at their base amount net of refunds, after adjustments ({@code docs/guides/board-members.md}).
 *
 * <p>{@code percentOfGoal} is raised ÷ goal × 100 cut (not rounded) to four decimals, so "100.0000" or more means
 * the goal is reached; null when there is no goal or the goal is in another currency than the base currency (no
 * exchange rate is guessed). {@code remaining} is what is left to raise, never below zero. {@code daysLeft} counts
 * from {@code asOf} (today, UTC) to the end date: 0 on the last day and after it; null without an end date.
 */
@Serdeable
public record CampaignProgressView(
        UUID campaignId,
        String name,
        @Nullable UUID parentId,
        boolean active,
        String currency,
        String raised,
        long giftCount,
        long donorCount,
        @Nullable String goal,
        @Nullable String goalCurrency,
        @Nullable String percentOfGoal,
        @Nullable String remaining,
        boolean goalReached,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        LocalDate asOf,
        Phase phase,
        @Nullable Long daysLeft,
        int subCampaignCount) {

    /** Where today falls between the campaign's dates (a campaign without dates is always RUNNING). */
    public enum Phase {
        UPCOMING,
        RUNNING,
        ENDED
    }
}
