package org.steward.events.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Names compared as people type them at the door: without case or accents, with single spaces ("Zoë" = "zoe"). */
public final class NameFolding {

    private NameFolding() {}

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return stripped.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }
}
