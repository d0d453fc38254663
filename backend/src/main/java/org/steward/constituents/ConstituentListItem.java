package org.steward.constituents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** One row of a search result: what a list shows, without loading the whole constituent. Tags sorted. */
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
        Instant updatedAt,
        List<String> tags) {

    public ConstituentListItem {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The same row with these tags. */
    public ConstituentListItem withTags(List<String> tags) {
        return new ConstituentListItem(
                id,
                type,
                displayName,
                primaryEmail,
                primaryPhone,
                city,
                postalCode,
                deceased,
                doNotContact,
                deleted,
                updatedAt,
                tags);
    }
}
