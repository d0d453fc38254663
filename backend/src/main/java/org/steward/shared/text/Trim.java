package org.steward.shared.text;

import io.micronaut.core.annotation.Nullable;

/**
 * Trims what people paste into one-line fields (names, emails, phone numbers, postal codes, usernames) at the edge of
 * the API, before validation: a trailing space copied from a mail program must not make an address invalid. Only the
 * ends are trimmed; inner text stays as typed. Notes and other free text do not come through here.
 *
 * <p>Whitespace is what a browser's {@code String.trim()} removes as well: Java whitespace, Unicode space separators
 * (the no-break space of HTML mail included) and the byte-order mark.
 */
public final class Trim {

    private Trim() {}

    /** The value without whitespace at either end; {@code null} stays {@code null}, blank becomes empty. */
    public static @Nullable String trimmed(@Nullable String value) {
        if (value == null) {
            return null;
        }
        int start = 0;
        int end = value.length();
        while (start < end && isSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(value.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == value.length() ? value : value.substring(start, end);
    }

    /** As {@link #trimmed}, but nothing left after trimming becomes {@code null}: an optional field not given. */
    public static @Nullable String orNull(@Nullable String value) {
        String trimmed = trimmed(value);
        return trimmed == null || trimmed.isEmpty() ? null : trimmed;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
