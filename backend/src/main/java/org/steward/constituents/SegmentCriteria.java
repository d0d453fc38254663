package org.steward.constituents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The filters of a saved search, as in {@link ConstituentQuery}: {@code q} (name prefix, email or phone), type,
 * tag, email, phone, postal code and free text. All optional; no filter at all means every active constituent.
 */
@Serdeable
public record SegmentCriteria(
        @Nullable String q,
        @Nullable ConstituentType type,
        @Nullable String tag,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String postalCode,
        @Nullable String text) {

    /** Blank filters are no filters. */
    public SegmentCriteria normalized() {
        return new SegmentCriteria(trim(q), type, trim(tag), trim(email), trim(phone), trim(postalCode), trim(text));
    }

    /** The search to run: active constituents only, sorted by name. */
    public ConstituentQuery toQuery() {
        return new ConstituentQuery(q, type, tag, email, phone, postalCode, text, false, ConstituentQuery.SORT_NAME);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
