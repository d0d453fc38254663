package org.steward.constituents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * One row of a search result: what a list shows, without loading the whole constituent. Tags sorted. {@code
 * sortName} is the name the way lists sort it ("Müller, Zoë"; an organization's or household's name as it is).
 */
@Serdeable
public record ConstituentListItem(
        ConstituentId id,
        ConstituentType type,
        String displayName,
        String sortName,
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
                sortName,
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
