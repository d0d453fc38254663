package org.steward.donations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/**
 * A part of a total raised: an appeal's, a fund's or a campaign's. {@code id} and {@code name} are null for the
 * gifts that have none (no appeal, no fund allocation, no campaign). A gift split over several funds counts as
 * one gift in each, with its amount apportioned, so the amounts add up to the total but the counts may not.
 */
@Serdeable
public record GivingShare(@Nullable UUID id, @Nullable String name, String raised, long giftCount) {}
