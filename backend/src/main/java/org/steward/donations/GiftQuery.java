package org.steward.donations;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Filters of the gift list; each may be null. {@code from} and {@code to} are inclusive dates received;
 * {@code acknowledged} false keeps the gifts nobody has thanked for yet, true those thanked for.
 */
public record GiftQuery(
        @Nullable UUID constituentId,
        @Nullable UUID campaignId,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable Boolean acknowledged) {

    public GiftQuery(
            @Nullable UUID constituentId, @Nullable UUID campaignId, @Nullable LocalDate from, @Nullable LocalDate to) {
        this(constituentId, campaignId, from, to, null);
    }
}
