package org.steward.relationships.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

/** Codes of relationship types are slugs of their labels: "Board member of" becomes "board-member-of". */
public final class RelationshipTypeCodes {

    public static final int MAX_LENGTH = 60;

    private RelationshipTypeCodes() {}

    /**
     * Lower-case letters and digits (accents dropped, other scripts kept) joined by single hyphens, at most
     * {@value #MAX_LENGTH} characters; a label with no letter or digit at all gets a random code.
     */
    public static String slug(String label) {
        String decomposed = Normalizer.normalize(label == null ? "" : label, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String slug = decomposed.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        if (slug.isEmpty()) {
            return "type-" + UUID.randomUUID().toString().substring(0, 8);
        }
        return slug;
    }
}
