package org.steward.donations;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.UUID;

/** Filters of the gift list; each may be null. {@code from} and {@code to} are inclusive dates received. */
public record GiftQuery(
        @Nullable UUID constituentId, @Nullable UUID campaignId, @Nullable LocalDate from, @Nullable LocalDate to) {}
