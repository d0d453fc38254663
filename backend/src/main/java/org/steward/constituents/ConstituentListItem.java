package org.steward.constituents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One row of a search result: what a list shows, without loading the whole constituent. */
@Serdeable
public record ConstituentListItem(
        ConstituentId id,
        ConstituentType type,
        String displayName,
        @Nullable String primaryEmail,
        @Nullable String primaryPhone,
        @Nullable String city,
        @Nullable String postalCode,
        boolean deceased,
        boolean doNotContact,
        boolean deleted,
        Instant updatedAt) {}
