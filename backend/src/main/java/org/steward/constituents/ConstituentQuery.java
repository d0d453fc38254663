package org.steward.constituents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A search over constituents. {@code q} is the box on the page: a name prefix ("jan", "jane do", "doe, j"), an
 * email (contains "@"), or a phone number (mostly digits). The other filters narrow it; all are optional.
 * {@code text} searches names and notes anywhere in the text. Saved searches (segments) store this record.
 */
@Serdeable
public record ConstituentQuery(
        @Nullable String q,
        @Nullable ConstituentType type,
        @Nullable String tag,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String postalCode,
        @Nullable String text,
        @Nullable Boolean includeDeleted,
        @Nullable String sort) {

    public static final String SORT_NAME = "name";

    public static ConstituentQuery byName(String q) {
        return new ConstituentQuery(q, null, null, null, null, null, null, null, null);
    }

    public boolean deletedIncluded() {
        return Boolean.TRUE.equals(includeDeleted);
    }
}
